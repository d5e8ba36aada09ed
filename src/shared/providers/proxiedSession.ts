import type {
  BackstageUserIdentity,
  ProfileInfo,
} from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { ProxiedRequestHeaders } from './resolveSignInProviders';

/**
 * What a proxied provider's `GET <auth>/<id>/refresh` answers: the profile
 * the module read from the proxy's headers, what the proxy asserted as the
 * module passes it on (`providerInfo`), and the Backstage identity the
 * sign-in resolver chose.
 */
export type ProxiedSession = {
  profile: ProfileInfo;
  providerInfo?: Record<string, unknown>;
  backstageIdentity: { token: string; identity: BackstageUserIdentity };
};

/**
 * The proxy, not Backstage, answered: it redirected the request to its own
 * sign-in or refused it without Backstage's error body. The browser holds no
 * proxy session for this address (ended, or never started).
 */
export class ProxySignInRequiredError extends Error {
  readonly name = 'ProxySignInRequiredError';
  constructor(
    message: string,
    /** The proxy's HTTP status; undefined for a redirect. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Options of {@link fetchProxiedSession}. */
export type FetchProxiedSessionOptions = {
  /** The auth backend's base URL, from the discovery API. */
  authBaseUrl: string;
  providerId: string;
  /** `auth.environment`: the backend picks the provider's config by it. */
  environment?: string;
  headers?: ProxiedRequestHeaders;
  signal?: AbortSignal;
};

/** The refresh address of a proxied provider, with `env` when there is one. */
export function proxiedRefreshUrl(
  authBaseUrl: string,
  providerId: string,
  environment?: string,
): string {
  const url = `${authBaseUrl}/${encodeURIComponent(providerId)}/refresh`;
  return environment ? `${url}?env=${encodeURIComponent(environment)}` : url;
}

function readSession(body: unknown, url: string): ProxiedSession {
  const b = body as Partial<ProxiedSession> | undefined;
  const token = b?.backstageIdentity?.token;
  const identity = b?.backstageIdentity?.identity;
  if (
    typeof token !== 'string' ||
    !identity ||
    typeof identity.userEntityRef !== 'string'
  ) {
    throw new Error(
      `The answer of ${url} holds no Backstage identity (backstageIdentity.token and identity are required)`,
    );
  }
  const providerInfo = b?.providerInfo;
  return {
    profile: b?.profile ?? {},
    ...(providerInfo &&
      typeof providerInfo === 'object' && {
        providerInfo: providerInfo as Record<string, unknown>,
      }),
    backstageIdentity: {
      token,
      identity: {
        type: 'user',
        userEntityRef: identity.userEntityRef,
        ownershipEntityRefs: identity.ownershipEntityRefs ?? [],
      },
    },
  };
}

function isBackstageErrorBody(text: string): boolean {
  try {
    const body = JSON.parse(text);
    return typeof body?.error?.message === 'string';
  } catch {
    return false;
  }
}

/**
 * Asks the auth backend for the session a proxied provider reads from the
 * proxy's headers. Plain `fetch`: the app's fetchApi adds the Backstage token
 * this call is about to obtain.
 *
 * Unlike core's `ProxiedSignInIdentity` it passes `env`, asks for JSON (an
 * oauth2-proxy then answers 401 instead of its login page) and does not
 * follow redirects: a redirect or a 401/403 without Backstage's error body is
 * the proxy's answer, reported as {@link ProxySignInRequiredError}; a
 * Backstage error becomes a `ResponseError` with the backend's message.
 */
export async function fetchProxiedSession(
  options: FetchProxiedSessionOptions,
): Promise<ProxiedSession> {
  const { authBaseUrl, providerId, environment, signal } = options;
  const url = proxiedRefreshUrl(authBaseUrl, providerId, environment);
  const given =
    typeof options.headers === 'function'
      ? await options.headers()
      : options.headers;
  const headers = new Headers(given);
  headers.set('X-Requested-With', 'XMLHttpRequest');
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  const response = await fetch(url, {
    headers,
    credentials: 'include',
    redirect: 'manual',
    signal,
  });
  // Browsers hide a manual redirect as `opaqueredirect`; Node shows the 3xx.
  if (
    response.type === 'opaqueredirect' ||
    (response.status >= 300 && response.status < 400)
  ) {
    throw new ProxySignInRequiredError(
      `The request to ${url} was redirected instead of answered: a proxy in front of Backstage sends it to sign in first`,
    );
  }
  if (!response.ok) {
    const text = await response.text();
    if (
      (response.status === 401 || response.status === 403) &&
      !isBackstageErrorBody(text)
    ) {
      throw new ProxySignInRequiredError(
        `The request to ${url} was refused with HTTP ${response.status} before it reached Backstage (the answer is not the auth backend's)`,
        response.status,
      );
    }
    throw await ResponseError.fromResponse(
      new Response(text, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      }),
    );
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new Error(
      `The answer of ${url} is not JSON (${response.headers.get('content-type') ?? 'no content type'}): something other than the auth backend answered`,
    );
  }
  return readSession(body, url);
}
