import type { AuthProviderProbe } from '../../lib/signIn';

/**
 * Asks the auth backend about one provider without a session: `GET
 * <auth>/<id>/refresh?optional`. A plain fetch, because no token exists yet,
 * and without cookies, so a real session's refresh token is never rotated by
 * a probe. A present OAuth provider answers 401 (no session cookie); one the
 * backend lacks answers 404 with the auth router's message.
 */
export async function probeAuthProvider(
  authBaseUrl: string,
  providerId: string,
): Promise<AuthProviderProbe> {
  let response: Response;
  try {
    response = await fetch(
      `${authBaseUrl}/${encodeURIComponent(providerId)}/refresh?optional`,
      {
        headers: { 'X-Requested-With': 'XMLHttpRequest' },
        credentials: 'omit',
      },
    );
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
  // The body of a 200 (a guest token) is deliberately never read.
  return { kind: 'response', status: response.status, errorName, errorMessage };
}
