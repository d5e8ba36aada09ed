import type { SignInWindowReach } from './windowFindings';

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

// The browsers' own words for "no HTTP answer" (Chrome, Firefox, Safari,
// React Native), as the whole text: a backend's "Failed to fetch jwks.json,
// 403" is an answer, and Node's "fetch failed" is the backend's own request.
const NETWORK_MESSAGE =
  /^(?:TypeError: )?(?:failed to fetch|networkerror when attempting to fetch resource\.?|load failed|network request failed)$/i;

/**
 * Whether a failure means the browser got no HTTP answer at all.
 */
export function isNetworkFailure(failure: SignInFailure): boolean {
  if (failure.name === 'AuthConnectionError') return true;
  if (failure.status !== undefined) return false;
  const inner = innermostFailure(failure);
  if (inner.status !== undefined) return false;
  return NETWORK_MESSAGE.test((inner.message ?? '').trim());
}

/**
 * The failure a wrapper carries: the backend's error-handler log line
 * ("Request failed with status 401 Missing credentials") and Backstage's
 * forwarded errors ("Login failed; caused by NotFoundError: User not found",
 * innermost cause last) give the original name, message and status.
 */
export function innermostFailure(failure: SignInFailure): SignInFailure {
  let message = failure.message ?? '';
  let { name, status } = failure;
  const logged =
    /^Request failed with status (\d{3}) (?![^,]*, see request towards)/.exec(
      message,
    );
  if (logged) {
    status = status ?? Number(logged[1]);
    message = message.slice(logged[0].length);
  }
  const caused = message.lastIndexOf('; caused by ');
  if (caused !== -1) {
    const cause = message.slice(caused + '; caused by '.length);
    const named = /^([A-Z]\w*): ([\s\S]*)$/.exec(cause);
    name = named ? named[1] : undefined;
    message = named ? named[2] : cause;
  }
  return { name, message, status };
}
