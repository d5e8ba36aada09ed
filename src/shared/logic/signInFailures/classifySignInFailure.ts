import type { FindingEvidence, FindingText } from '../../findings/logic';
import {
  defaultSignInText,
  signInFinding,
  type SignInFinding,
} from './findings';
import { PROVIDER_LACK_FINDINGS, readProviderLack } from './checks';

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

/**
 * Turns a failed sign-in into a finding that says what happened, the likely
 * cause and the fix. Recognises Backstage's own error messages (popup, origin,
 * resolver, auth router and guest provider); anything else becomes `unknown`
 * with the original name and message as evidence.
 */
export function classifySignInFailure(
  failure: SignInFailure,
  context: SignInFailureContext,
  text: FindingText = defaultSignInText,
): SignInFinding {
  const message = failure.message ?? '';
  const environment = context.environment || 'development';
  const params = {
    provider: context.providerTitle,
    providerId: context.providerId,
    pageOrigin: context.pageOrigin,
    appBaseUrl: context.appBaseUrl ?? '',
    authBaseUrl: context.authBaseUrl ?? '',
    callbackUrl: context.callbackUrl ?? '',
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

  if (
    failure.name === 'PopupRejectedError' ||
    /failed to open auth popup/i.test(message)
  ) {
    return signInFinding(text, 'popupBlocked', 'problem', params);
  }

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
  if (
    failure.name === 'PopupClosedError' ||
    /popup was closed/i.test(message)
  ) {
    return signInFinding(text, 'popupClosed', 'warning', params);
  }
  if (/does not contain an email/i.test(message)) {
    return signInFinding(text, 'missingEmail', 'problem', params, raw);
  }
  if (
    /unable to resolve user identity/i.test(message) ||
    (failure.name === 'NotFoundError' && /user not found/i.test(message))
  ) {
    return signInFinding(text, 'unresolvedIdentity', 'problem', params, raw);
  }
  if (/not from an allowed domain/i.test(message)) {
    return signInFinding(text, 'emailDomainNotAllowed', 'problem', params, raw);
  }
  if (/origin '.*' is not allowed/i.test(message)) {
    return signInFinding(text, 'originNotAllowed', 'problem', params, [
      ...ev('pageOrigin', context.pageOrigin),
      ...ev('appBaseUrl', context.appBaseUrl),
      ...raw,
    ]);
  }
  if (/missing cookie nonce|invalid nonce/i.test(message)) {
    return signInFinding(text, 'cookieNonce', 'problem', params, [
      ...ev('callbackUrl', context.callbackUrl),
      ...raw,
    ]);
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
  if (
    /guest provider cannot be used outside of a development environment/i.test(
      message,
    ) ||
    /guest provider is NOT recommended for use outside/i.test(message)
  ) {
    return signInFinding(text, 'guestRefused', 'problem', params, raw);
  }
  if (isNetworkFailure(failure)) {
    return signInFinding(text, 'backendUnreachable', 'problem', params, [
      ...ev('authBaseUrl', context.authBaseUrl),
      ...ev('pageOrigin', context.pageOrigin),
      ...raw,
    ]);
  }
  if (/not configured to support sign-in/i.test(message)) {
    return signInFinding(text, 'noSignInResolver', 'problem', params, raw);
  }
  const unknownMessage =
    message ||
    [failure.name, failure.status].filter(Boolean).join(' ') ||
    text('noErrorMessage');
  return signInFinding(
    text,
    'unknown',
    'problem',
    { ...params, message: unknownMessage },
    raw,
  );
}

/**
 * The finding shown while a sign-in window stays open without an answer. The
 * page cannot see into the window, so it lists the likely causes, most likely
 * first, instead of asserting one; the first carries the exact callback URL.
 */
export function noAnswerFinding(
  context: SignInFailureContext,
  seconds: number,
  text: FindingText = defaultSignInText,
): SignInFinding {
  const params = {
    provider: context.providerTitle,
    count: seconds,
    callbackUrl: context.callbackUrl ?? '',
  };
  return {
    ...signInFinding(text, 'noAnswer', 'warning', params),
    causes: [
      context.callbackUrl
        ? text('noAnswerCauses.redirectUri', params)
        : text('noAnswerCauses.redirectUriUnknown', params),
      text('noAnswerCauses.waiting', params),
      text('noAnswerCauses.idpError', params),
      text('noAnswerCauses.backendError', params),
      text('noAnswerCauses.blocked', params),
    ],
  };
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
