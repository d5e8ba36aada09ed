/**
 * The URL an identity provider must redirect back to for a Backstage auth
 * provider: `<auth base URL>/<provider id>/handler/frame`. This is the
 * backend's default `callbackUrl`; the start URL carries `?env=…` but the
 * callback does not.
 *
 * @param authBaseUrl - the auth backend's base URL, e.g. `https://backstage.example.com/api/auth`
 */
export function providerCallbackUrl(
  authBaseUrl: string,
  providerId: string,
): string {
  return `${authBaseUrl.replace(/\/+$/, '')}/${encodeURIComponent(providerId)}/handler/frame`;
}
