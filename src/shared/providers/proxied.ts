/**
 * Backstage's proxied providers: an authenticating proxy in front of
 * Backstage signs the user in, and the auth backend's
 * `GET /api/auth/<id>/refresh` reads what the proxy put into the request's
 * headers. There is no popup and nothing to click. Pure data: the failure
 * rules read it too.
 */
export type ProxiedProviderId =
  'oauth2Proxy' | 'gcpIap' | 'awsalb' | 'cfaccess' | 'azureEasyAuth';

/** What the page knows about one proxied provider's proxy. */
export type ProxiedProviderFacts = {
  /** The product in front of Backstage, as its vendor names it. */
  proxy: string;
  /** The title the sign-in page shows. */
  title: string;
  /**
   * The header the backend module reads first; a request without it did not
   * pass through the proxy. Each module's default; some modules let config
   * rename it (gcpIap `jwtHeader`, cfaccess `jwtHeaderName`).
   */
  header: string;
  /**
   * Where the proxy ends its own session, relative to the proxied origin, or
   * undefined when the proxy has no such address (AWS ALB: configure the
   * IdP's logout URL as `signOutUrl`).
   */
  signOutPath?: string;
};

export const PROXIED_PROVIDERS: Readonly<
  Record<ProxiedProviderId, ProxiedProviderFacts>
> = {
  oauth2Proxy: {
    proxy: 'oauth2-proxy',
    title: 'OAuth2 Proxy',
    // The oauth2-proxy module's resolvers read X-Forwarded-User or
    // X-Forwarded-Preferred-Username; the profile reads X-Forwarded-Email.
    header: 'x-forwarded-user',
    signOutPath: '/oauth2/sign_out',
  },
  gcpIap: {
    proxy: 'Google Cloud IAP',
    title: 'Google IAP',
    header: 'x-goog-iap-jwt-assertion',
    signOutPath: '/?gcp-iap-mode=CLEAR_LOGIN_COOKIE',
  },
  awsalb: {
    proxy: 'AWS Application Load Balancer',
    title: 'AWS ALB',
    header: 'x-amzn-oidc-data',
  },
  cfaccess: {
    proxy: 'Cloudflare Access',
    title: 'Cloudflare Access',
    header: 'cf-access-jwt-assertion',
    signOutPath: '/cdn-cgi/access/logout',
  },
  azureEasyAuth: {
    proxy: 'Azure App Service authentication (Easy Auth)',
    title: 'Azure Easy Auth',
    header: 'x-ms-token-aad-id-token',
    signOutPath: '/.auth/logout',
  },
};

/** Whether `id` is one of Backstage's proxied providers. */
export function isProxiedProviderId(id: string): id is ProxiedProviderId {
  return Object.prototype.hasOwnProperty.call(PROXIED_PROVIDERS, id);
}
