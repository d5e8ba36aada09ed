import type { FindingEvidence, FindingText } from '../../findings/logic';
import {
  defaultSignInText,
  signInFinding,
  type SignInFinding,
} from './findings';
import { PROVIDER_LACK_FINDINGS, readProviderLack } from './checks';
import {
  innermostFailure,
  isNetworkFailure,
  type SignInFailure,
  type SignInFailureContext,
} from './failure';
import { explainIdpError, readIdpError } from './idp';
import { RULES, type Rule } from './rules';
import {
  popupClosedFinding,
  readSignInWindowPage,
  signInWindowPageFinding,
} from './windowFindings';
import {
  PROXIED_PROVIDERS,
  type ProxiedProviderId,
} from '../../providers/proxied';

export {
  describeSignInError,
  innermostFailure,
  isNetworkFailure,
  type SignInFailure,
  type SignInFailureContext,
} from './failure';

function matches(
  rule: Rule,
  failure: SignInFailure,
  inner: SignInFailure,
  context: SignInFailureContext,
) {
  if (rule.when && !rule.when(inner, context)) return false;
  const name = (n?: string) => !!n && (rule.names?.includes(n) ?? false);
  const status = failure.status ?? inner.status;
  return (
    (rule.match?.test(inner.message ?? '') ?? false) ||
    (rule.match?.test(failure.message ?? '') ?? false) ||
    name(inner.name) ||
    name(failure.name) ||
    (status !== undefined && (rule.statuses?.includes(status) ?? false))
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
    return explainIdpError(idpError, params, text, {
      callbackUrl: context.callbackUrl,
      raw,
    });
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
  const inner = innermostFailure(failure);
  const rule = RULES.find(r => matches(r, failure, inner, context));
  if (rule?.id === 'popupClosed') return popupClosedFinding(context, text);
  if (rule) {
    const matched = rule.match?.test(inner.message ?? '')
      ? (inner.message ?? '')
      : message;
    const proxy = proxiedParams(rule, matched, context);
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
  const unknown = signInFinding(
    text,
    unrecognised === 'pasted' ? 'pastedUnknown' : 'unknown',
    unrecognised === 'pasted' ? 'warning' : 'problem',
    { ...params, message: unknownMessage },
    raw,
  );
  const family = unknownFamily({
    ...inner,
    status: failure.status ?? inner.status,
  });
  return family
    ? {
        ...unknown,
        detail: `${unknown.detail} ${text(`unknownFamily.${family}`)}`,
      }
    : unknown;
}

/**
 * The nearest known family of a text no rule knows, said after the quote so
 * that the reader gets a direction, never a cause.
 */
function unknownFamily(failure: SignInFailure): string | undefined {
  const message = failure.message ?? '';
  if (/^authentication (failed|rejected)\b/i.test(message)) {
    return 'identityProvider';
  }
  if (
    failure.name === 'AuthenticationError' ||
    failure.status === 401 ||
    /\b(token|jwt|jwks|signature|credentials?)\b/i.test(message)
  ) {
    return 'tokenVerification';
  }
  if (/permission|policy/i.test(message)) return 'permission';
  if (failure.name === 'NotAllowedError' || failure.status === 403) {
    return 'forbidden';
  }
  if (
    /\/api\/auth\b|auth provider|sign-?in|log(in|out)|refresh/i.test(message)
  ) {
    return 'authBackend';
  }
  return undefined;
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
