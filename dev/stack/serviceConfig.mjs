// The configuration the stack's variants give the backend and the dev app,
// as APP_CONFIG_* environment variables.

/**
 * The backend of the proxied stack: the oauth2Proxy provider signs in the
 * user the proxy forwards (X-Forwarded-User is the catalog user's name), and
 * the proxied origin may start popup sign-ins too.
 */
export function proxiedBackendConfig(urls, ports) {
  return {
    APP_CONFIG_auth_providers_oauth2Proxy: JSON.stringify({
      signIn: {
        resolvers: [{ resolver: 'forwardedUserMatchingUserEntityName' }],
      },
    }),
    APP_CONFIG_auth_experimentalExtraAllowedOrigins: JSON.stringify([
      `http://localhost:${ports.APP_PORT}`,
      `http://127.0.0.1:${ports.APP_PORT + 1}`,
      urls.proxy,
    ]),
  };
}

/**
 * `guestOutsideDevelopment`: the portal as a deployment that left guest on.
 * The backend runs with NODE_ENV=production and auth.environment production,
 * where the guest module refuses unless dangerouslyAllowOutsideDevelopment is
 * set, and it is set; the oidc provider gets the same settings under
 * `production`, so the seeded accounts still sign in. The app is told
 * auth.environment production too.
 */
export function guestOutsideDevelopmentBackendConfig(urls) {
  return {
    NODE_ENV: 'production',
    APP_CONFIG_auth_environment: 'production',
    APP_CONFIG_auth_providers_guest_dangerouslyAllowOutsideDevelopment: 'true',
    APP_CONFIG_auth_providers_oidc_production: JSON.stringify({
      metadataUrl: `${urls.idp}/.well-known/openid-configuration`,
      clientId: 'backstage',
      clientSecret: 'backstage-dev-secret',
      additionalScopes: ['offline_access'],
      prompt: 'login',
    }),
  };
}

/** The dev app of the proxied stack offers oauth2Proxy beside its popup providers. */
export const PROXIED_APP_CONFIG = {
  APP_CONFIG_accessInspector_signIn_providers: JSON.stringify([
    { id: 'oauth2Proxy', title: 'Dev proxy (oauth2-proxy)' },
    {
      id: 'oidc',
      title: 'Local IdP',
      message: 'Sign in with the local OpenID Connect provider',
      apiRef: 'dev.auth.oidc',
    },
    'guest',
  ]),
};
