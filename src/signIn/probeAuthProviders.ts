import type { ResolvedSignInProvider } from '../shared/providers';
import type { AuthProviderProbe } from '../shared/logic/signInFailures';

/**
 * Asks the auth backend about one provider without a session. A plain fetch,
 * because no token exists yet, and without cookies, so a real session's
 * refresh token is never rotated by a probe.
 *
 * Popup providers: `GET <auth>/<id>/refresh?optional&env=<environment>`. A
 * present one answers 401 (no session cookie); one the backend lacks answers
 * 404 with the auth router's message. Without `env` the backend answers 400
 * for every per-environment provider, which says nothing either way.
 *
 * Guest: its `refresh` signs in and mints a token, so asking it would start a
 * session on every look. It is a proxy provider, which has no `start` route:
 * `GET <auth>/guest/start` answers 501 NotImplementedError when it is
 * registered and 404 when not, and signs no one in. Every other path under
 * a registered provider answers 404 "Unknown auth provider", like a missing
 * module, so `start` is the one route that tells. The cost: the backend logs
 * each 501 as an error, which beats a guest session per look. It cannot tell
 * whether the backend refuses guests outside development; signing in does.
 */
export async function probeAuthProvider(
  authBaseUrl: string,
  provider: Pick<ResolvedSignInProvider, 'id' | 'kind'>,
  environment: string,
): Promise<AuthProviderProbe> {
  // Proxy providers (guest, proxied) answer start with 501 when registered;
  // their refresh would sign in.
  const endpoint = provider.kind === 'oauth' ? 'refresh' : 'start';
  const base = `${authBaseUrl}/${encodeURIComponent(provider.id)}`;
  const url =
    endpoint === 'start'
      ? `${base}/start`
      : `${base}/refresh?optional&env=${encodeURIComponent(environment)}`;
  let response: Response;
  try {
    // Plain fetch, as core's guest sign-in: fetchApi would wait for an identity that does not exist yet.
    response = await fetch(url, {
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
      credentials: 'omit',
    });
  } catch (error) {
    return {
      kind: 'networkError',
      message: error instanceof Error ? error.message : String(error),
    };
  }
  let errorName: string | undefined;
  let errorMessage: string | undefined;
  if (!response.ok) {
    try {
      const body = await response.json();
      errorName =
        typeof body?.error?.name === 'string' ? body.error.name : undefined;
      errorMessage =
        typeof body?.error?.message === 'string'
          ? body.error.message
          : undefined;
    } catch {
      // Not Backstage's JSON error body: the status alone has to do.
    }
  }
  // The body of a 2xx is deliberately never read.
  return {
    kind: 'response',
    status: response.status,
    errorName,
    errorMessage,
    endpoint,
  };
}

/** How long the start address may take before it counts as not answering. */
const START_PROBE_TIMEOUT_MS = 10_000;

/**
 * Follows a popup provider's start address the way the sign-in window does
 * — `<auth>/<id>/start`, redirected to the identity provider's authorization
 * page — to learn whether the browser can reach where it leads. An opaque
 * request (`no-cors`) without cookies: nothing of the answer is read, and no
 * cookie is sent or set, so a sign-in still open in the window keeps its
 * nonce. `unreachable` when no answer came (a refused connection, an unknown
 * host, a timeout), else `answered`: any page at all, error pages included.
 */
export async function probeSignInStart(
  authBaseUrl: string,
  providerId: string,
  environment: string,
  origin: string,
): Promise<'answered' | 'unreachable'> {
  const query = new URLSearchParams({ env: environment, origin });
  const url = `${authBaseUrl}/${encodeURIComponent(providerId)}/start?${query}`;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), START_PROBE_TIMEOUT_MS);
  try {
    await fetch(url, {
      mode: 'no-cors',
      credentials: 'omit',
      redirect: 'follow',
      cache: 'no-store',
      signal: controller.signal,
    });
    return 'answered';
  } catch {
    return 'unreachable';
  } finally {
    clearTimeout(timer);
  }
}
