import type { FindingEvidence, FindingText } from '../../findings/logic';
import {
  defaultSignInText,
  signInFinding,
  type SignInFinding,
  type SignInFindingId,
} from './findings';
import { PROVIDER_LACK_FINDINGS, readProviderLack } from './checks';
import { IDP_ERROR_FINDINGS, readIdpError } from './idpErrors';
import {
  popupClosedFinding,
  readSignInWindowPage,
  signInWindowPageFinding,
  type SignInWindowReach,
} from './windowFindings';
import {
  PROXIED_PROVIDERS,
  type ProxiedProviderId,
} from '../../providers/proxied';

/**
 * The parts of a failure that classification looks at.
 */
export type SignInFailure = {
  name?: string;
  message?: string;
  /** HTTP status, when the failure came from a response. */
  status?: number;
};

/**
 * Where the failure happened: the provider and the app's URLs, which most
 * explanations quote back to the user.
 */
export type SignInFailureContext = {
  providerId: string;
  providerTitle: string;
  /** `window.location.origin` */
  pageOrigin: string;
  /** `app.baseUrl` from config */
  appBaseUrl?: string;
  /** The auth backend's base URL from the discovery API. */
  authBaseUrl?: string;
  callbackUrl?: string;
  /** `auth.environment`, default `development`. */
  environment?: string;
  /** What the page found out about the sign-in window's way to the IdP. */
  windowReach?: SignInWindowReach;
};

function readString(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

/**
 * Extracts name, message and status from whatever a sign-in attempt threw:
 * a popup error, a `ResponseError` (whose `cause` is the backend's error), an
 * auth connector error with `status`, or a non-Error value.
 */
export function describeSignInError(error: unknown): SignInFailure {
  if (!error || typeof error !== 'object') {
    return { message: error === undefined ? undefined : String(error) };
  }
  const e = error as Record<string, unknown>;
  let status: number | undefined;
  if (typeof e.statusCode === 'number') status = e.statusCode;
  else if (typeof e.status === 'number') status = e.status;
  if (e.name === 'ResponseError' && e.cause && typeof e.cause === 'object') {
    const cause = e.cause as Record<string, unknown>;
    return {
      name: readString(cause.name) ?? 'ResponseError',
      message: readString(cause.message) ?? readString(e.message),
      status,
    };
  }
  return {
    name: readString(e.name),
    message: readString(e.message),
    status,
  };
}

const NETWORK_MESSAGES = [
  /failed to fetch/i,
  /networkerror/i,
  /network request failed/i,
  /load failed/i,
  /fetch failed/i,
  /ECONNREFUSED/,
];

/**
 * Whether a failure means the browser got no HTTP answer at all.
 */
export function isNetworkFailure(failure: SignInFailure): boolean {
  if (failure.name === 'AuthConnectionError') return true;
  if (failure.status !== undefined) return false;
  const message = failure.message ?? '';
  return NETWORK_MESSAGES.some(re => re.test(message));
}

type ContextFact = 'pageOrigin' | 'appBaseUrl' | 'callbackUrl' | 'authBaseUrl';

/**
 * One recognised message: the finding it gets, when a message, an error
 * name or a status matches. Findings quote the context facts listed, then
 * the error itself unless `quiet`.
 */
type Rule = {
  id: SignInFindingId;
  match?: RegExp;
  names?: string[];
  statuses?: number[];
  /** A condition every match must also meet. */
  when?: (failure: SignInFailure, context: SignInFailureContext) => boolean;
  /**
   * The proxied provider whose module writes the message: its proxy and
   * header fill the finding's text and evidence.
   */
  proxied?: ProxiedProviderId;
  /** The header the message names, when it names one. */
  header?: (match: RegExpExecArray) => string;
  severity?: 'warning';
  facts?: ContextFact[];
  quiet?: true;
};

// First match wins: specific messages before the generic 401 and 403.
// The messages are Backstage's own (core-app-api, auth-node, auth-backend,
// backend-defaults, the guest module) or the browser's.
const RULES: Rule[] = [
  // Proxied providers (their auth-backend modules' own messages). A missing
  // header means the request did not come through the proxy.
  {
    id: 'proxyHeaderMissing',
    match: /^missing google iap header/i,
    proxied: 'gcpIap',
  },
  {
    id: 'gcpIapKeysUnavailable',
    match: /unable to list google iap token verification keys/i,
    proxied: 'gcpIap',
  },
  {
    id: 'gcpIapTokenRejected',
    match: /google iap token (verification failed|payload is missing)/i,
    proxied: 'gcpIap',
  },
  {
    id: 'proxyHeaderMissing',
    match: /missing alb oidc header: (\S+)/i,
    proxied: 'awsalb',
    header: m => m[1],
  },
  {
    // Wrapped in "Exception occurred during JWT processing: …" by the module.
    id: 'awsAlbIssuerMismatch',
    match: /issuer mismatch on jwt token/i,
    proxied: 'awsalb',
  },
  {
    id: 'awsAlbTokenRejected',
    match: /exception occurred during jwt processing/i,
    proxied: 'awsalb',
  },
  {
    // Header and cookie: the module takes either.
    id: 'proxyHeaderMissing',
    match: /missing (\S+) and\s+(\S+) from cloudflare access/i,
    proxied: 'cfaccess',
    header: m => `${m[1]} (or the ${m[2]} cookie)`,
  },
  {
    id: 'cfAccessServiceTokenRefused',
    match: /is not a permitted service token/i,
    proxied: 'cfaccess',
  },
  {
    id: 'proxyHeaderMissing',
    match: /missing (x-ms-token-aad-id-token) header/i,
    proxied: 'azureEasyAuth',
    header: m => m[1],
  },
  {
    id: 'azureEasyAuthTokenVersion',
    match: /id_token is not version 2\.0/i,
    proxied: 'azureEasyAuth',
  },
  {
    // oauth2-proxy trusts its headers: only the resolvers notice one missing.
    id: 'proxyHeaderMissing',
    match: /request did not contain a user$/i,
    proxied: 'oauth2Proxy',
    header: () => 'x-forwarded-user',
  },
  {
    id: 'proxyHeaderMissing',
    match: /request did not contain a preferred username/i,
    proxied: 'oauth2Proxy',
    header: () => 'x-forwarded-preferred-username',
  },
  {
    // The email resolvers' message; from oauth2Proxy, X-Forwarded-Email is missing.
    id: 'proxyHeaderMissing',
    match: /does not contain an email/i,
    when: (_f, context) => context.providerId === 'oauth2Proxy',
    proxied: 'oauth2Proxy',
    header: () => 'x-forwarded-email',
  },
  {
    id: 'oauth2ProxyTokenUnreadable',
    match: /^authentication failed(;|$)/i,
    when: (f, context) =>
      context.providerId === 'oauth2Proxy' ||
      /JWTInvalid|Invalid JWT/.test(f.message ?? ''),
    proxied: 'oauth2Proxy',
  },
  {
    // This plugin's refresh client: the proxy answered, not Backstage.
    id: 'proxySignInRequired',
    names: ['ProxySignInRequiredError'],
    quiet: true,
  },
  {
    id: 'popupBlocked',
    match: /failed to open auth popup/i,
    names: ['PopupRejectedError'],
    quiet: true,
  },
  {
    id: 'popupClosed',
    match: /popup was closed/i,
    names: ['PopupClosedError'],
    severity: 'warning',
    quiet: true,
  },
  { id: 'loginRejected', match: /rejected by user/i, severity: 'warning' },
  { id: 'missingEmail', match: /does not contain an email/i },
  { id: 'unresolvedIdentity', match: /unable to resolve user identity/i },
  { id: 'emailDomainNotAllowed', match: /not from an allowed domain/i },
  {
    id: 'originNotAllowed',
    match: /origin '.*' is not allowed/i,
    facts: ['pageOrigin', 'appBaseUrl'],
  },
  {
    id: 'redirectUrlNotAllowed',
    match: /redirect url is not an allowed origin|redirect url is invalid/i,
    facts: ['pageOrigin', 'appBaseUrl'],
  },
  {
    id: 'appOriginInvalid',
    match: /app origin is invalid/i,
    facts: ['appBaseUrl'],
  },
  {
    id: 'cookieNonce',
    match: /missing cookie nonce|invalid nonce/i,
    facts: ['callbackUrl'],
  },
  {
    id: 'guestRefused',
    match:
      /guest provider (cannot be used outside of a development environment|is NOT recommended for use outside)/i,
  },
  {
    id: 'unexpectedRedirect',
    match: /unexpected redirect/i,
    facts: ['callbackUrl'],
  },
  { id: 'idTokenUnparsable', match: /failed to parse id token/i },
  { id: 'tokenTooLarge', match: /token is excessively large/i },
  { id: 'noSignInResolver', match: /not configured to support sign-in/i },
  {
    id: 'missingRequestedWith',
    match: /invalid x-requested-with header/i,
    facts: ['authBaseUrl'],
  },
  { id: 'noUserSub', match: /no user sub found in token/i },
  { id: 'errorMissingCredentials', match: /^missing credentials/i },
  { id: 'errorFailedUserToken', match: /failed user token verification/i },
  { id: 'errorIllegalLimitedToken', match: /^illegal limited user token/i },
  { id: 'errorIllegalToken', match: /^illegal token/i },
  { id: 'errorMissingExpiration', match: /user token is missing expiration/i },
  { id: 'errorMissingSessionCookie', match: /missing session cookie/i },
  { id: 'errorRefreshFailed', match: /^refresh failed/i },
  {
    id: 'refreshRequestFailed',
    match: /auth refresh request failed/i,
    facts: ['authBaseUrl'],
  },
  {
    id: 'errorCredentialTypeRefused',
    match: /does not allow '(service|user|none)' credentials/i,
  },
  {
    id: 'errorServiceToken',
    match:
      /plugin token|service token|static token|external access|obo claim|access restrictions|cannot be delegated|restricted to plugin/i,
  },
  { id: 'idpOther', match: /authentication (failed|rejected),/i },
  {
    id: 'unresolvedIdentity',
    match: /user not found/i,
    // Only the catalog lookup's NotFoundError means the user is unknown.
    when: f => f.name === 'NotFoundError',
  },
  {
    id: 'errorNotAllowed',
    names: ['NotAllowedError'],
    statuses: [403],
    severity: 'warning',
  },
  {
    id: 'errorAuthentication',
    names: ['AuthenticationError'],
    statuses: [401],
  },
];

function matches(
  rule: Rule,
  failure: SignInFailure,
  message: string,
  context: SignInFailureContext,
) {
  if (rule.when && !rule.when(failure, context)) return false;
  return (
    (rule.match?.test(message) ?? false) ||
    (!!failure.name && (rule.names?.includes(failure.name) ?? false)) ||
    (failure.status !== undefined &&
      (rule.statuses?.includes(failure.status) ?? false))
  );
}

/**
 * The proxy and header a proxied rule's finding names: the message's own
 * provider (a pasted message names none), else the failing provider's proxy,
 * else "the proxy".
 */
function proxiedParams(
  rule: Rule,
  message: string,
  context: SignInFailureContext,
): { proxy?: string; header?: string } {
  const known = (id: string) =>
    Object.prototype.hasOwnProperty.call(PROXIED_PROVIDERS, id)
      ? PROXIED_PROVIDERS[id as ProxiedProviderId]
      : undefined;
  const facts = rule.proxied
    ? PROXIED_PROVIDERS[rule.proxied]
    : known(context.providerId);
  if (!rule.proxied && rule.id !== 'proxySignInRequired') return {};
  const match = rule.match?.exec(message);
  return {
    proxy: facts?.proxy ?? 'the proxy',
    ...(rule.id === 'proxyHeaderMissing' && {
      header: (match && rule.header?.(match)) || facts?.header,
    }),
  };
}

/**
 * What to call a message no rule knows: a failed sign-in on the sign-in
 * page, a pasted text in the doctor (where there was no sign-in to speak of).
 */
export type UnrecognisedFailure = 'signIn' | 'pasted';

/**
 * The one explainer of failures, for the sign-in page and the 401 doctor:
 * turns an error into a finding that says what happened, the likely cause
 * and the fix. Recognises Backstage's own messages (popup, origin, resolver,
 * auth router, token verification, refresh, guest provider) and the
 * identity provider's error codes; anything else becomes `unknown` (or
 * `pastedUnknown`) with the original name and message as evidence.
 */
export function classifySignInFailure(
  failure: SignInFailure,
  context: SignInFailureContext,
  text: FindingText = defaultSignInText,
  unrecognised: UnrecognisedFailure = 'signIn',
): SignInFinding {
  const message = failure.message ?? '';
  const environment = context.environment || 'development';
  const params = {
    provider: context.providerTitle,
    providerId: context.providerId,
    pageOrigin: context.pageOrigin,
    appBaseUrl: context.appBaseUrl ?? '',
    authBaseUrl: context.authBaseUrl ?? '',
    // Unknown before the backend's URL is: its shape, to fill in.
    callbackUrl:
      context.callbackUrl ||
      `<backend.baseUrl>/api/auth/${context.providerId || '<provider id>'}/handler/frame`,
    environment,
    message,
    status: failure.status ?? '',
  };
  const ev = (key: string, value: string | number | undefined) =>
    value === undefined || value === ''
      ? []
      : [{ label: text(`evidence.${key}`), value: String(value) }];
  const raw: FindingEvidence[] = [
    ...ev('provider', context.providerId),
    ...ev('status', failure.status),
    ...ev('errorName', failure.name),
    ...ev('errorMessage', failure.message),
  ];

  const incorrectOrigin = /incorrect app origin, expected (\S+)/i.exec(message);
  if (incorrectOrigin) {
    const expectedOrigin = incorrectOrigin[1].replace(/[.,;]+$/, '');
    return signInFinding(
      text,
      'incorrectOrigin',
      'problem',
      { ...params, expectedOrigin },
      [
        ...ev('pageOrigin', context.pageOrigin),
        ...ev('expectedOrigin', expectedOrigin),
        ...ev('appBaseUrl', context.appBaseUrl),
      ],
    );
  }
  const idpError = readIdpError(message);
  if (idpError) {
    const id = IDP_ERROR_FINDINGS[idpError];
    const quiet = /_required$|access_denied/.test(idpError);
    return signInFinding(
      text,
      id,
      quiet ? 'warning' : 'problem',
      { ...params, idpError },
      [
        ...ev('idpError', idpError),
        ...(idpError === 'redirect_uri_mismatch'
          ? ev('callbackUrl', context.callbackUrl)
          : []),
        ...raw,
      ],
    );
  }
  const windowPage = readSignInWindowPage(message);
  if (windowPage) {
    return signInWindowPageFinding(windowPage, failure, context, text);
  }
  const lack = readProviderLack(message);
  if (lack) {
    return signInFinding(
      text,
      PROVIDER_LACK_FINDINGS[lack],
      'problem',
      params,
      [
        ...(lack === 'misconfigured'
          ? []
          : ev('authBaseUrl', context.authBaseUrl)),
        ...raw,
      ],
    );
  }
  if (isNetworkFailure(failure)) {
    return signInFinding(text, 'backendUnreachable', 'problem', params, [
      ...ev('authBaseUrl', context.authBaseUrl),
      ...ev('pageOrigin', context.pageOrigin),
      ...raw,
    ]);
  }
  const rule = RULES.find(r => matches(r, failure, message, context));
  if (rule?.id === 'popupClosed') return popupClosedFinding(context, text);
  if (rule) {
    const proxy = proxiedParams(rule, message, context);
    return signInFinding(
      text,
      rule.id,
      rule.severity ?? 'problem',
      { ...params, ...proxy },
      rule.quiet
        ? undefined
        : [
            ...ev('proxy', proxy.proxy),
            ...ev('header', proxy.header),
            ...(rule.facts ?? []).flatMap(f => ev(f, context[f])),
            ...raw,
          ],
    );
  }
  const unknownMessage =
    message ||
    [failure.name, failure.status].filter(Boolean).join(' ') ||
    text('noErrorMessage');
  return signInFinding(
    text,
    unrecognised === 'pasted' ? 'pastedUnknown' : 'unknown',
    unrecognised === 'pasted' ? 'warning' : 'problem',
    { ...params, message: unknownMessage },
    raw,
  );
}

/**
 * A failure the auth backend reported by redirecting back with `?error=`,
 * after a redirect sign-in this tab started. Classified like any failure, and
 * the message is quoted as the backend's. Only for a redirect the page itself
 * started: anyone can put text into a link's `?error=`.
 */
export function redirectErrorFinding(
  message: string,
  context: SignInFailureContext,
  text: FindingText = defaultSignInText,
): SignInFinding {
  const finding = classifySignInFailure({ message }, context, text);
  const answered = text('redirect.backendAnswered', { message });
  // The detail quotes the message: the evidence need not repeat it.
  const evidence = (finding.evidence ?? []).filter(
    e => e.label !== text('evidence.errorMessage'),
  );
  const { evidence: _quoted, ...rest } = finding;
  return {
    ...rest,
    detail:
      finding.id === 'unknown' ? answered : `${answered} ${finding.detail}`,
    ...(evidence.length > 0 && { evidence }),
  };
}

/**
 * The finding shown when the remembered provider's session could not be
 * restored silently.
 */
export function sessionNotRestoredFinding(
  context: Pick<SignInFailureContext, 'providerTitle'>,
  text: FindingText = defaultSignInText,
): SignInFinding {
  return signInFinding(text, 'sessionNotRestored', 'warning', {
    provider: context.providerTitle,
  });
}
