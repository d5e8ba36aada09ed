import type { Rule } from './rule';

// The auth backend's OAuth route handlers (auth-node createOAuthRouteHandlers,
// OAuthEnvironmentHandler, CookieScopeManager), the guest module and the
// proxied providers' route handlers: origin, redirect URL, state and env.
export const AUTH_ROUTER_RULES: Rule[] = [
  {
    id: 'originNotAllowed',
    match: /origin '.*' is not allowed/i,
    facts: ['pageOrigin', 'appBaseUrl'],
  },
  {
    // auth-node createOAuthRouteHandlers: "Redirect URL is not an allowed
    // origin", "Redirect URL is invalid, failed to parse", "No redirectUrl
    // provided in request query parameters".
    id: 'redirectUrlNotAllowed',
    match:
      /redirect url is not an allowed origin|redirect url is invalid|no redirecturl provided/i,
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
    // auth-node CookieScopeManager "No scope found in OAuth state", state
    // "OAuth state is invalid, missing env/nonce"; openid-client client
    // "state mismatch, expected …", "state missing from the response",
    // "checks.state argument is missing", passport_strategy "did not find
    // expected authorization request details in session …".
    id: 'oauthStateInvalid',
    match:
      /no scope found in oauth state|oauth state is invalid|\bstate mismatch, expected|\bstate missing from the response|checks\.state argument is missing|did not find expected authorization request details in session/i,
    facts: ['callbackUrl'],
  },
  {
    // auth-node OAuthEnvironmentHandler "Must specify 'env' query to select
    // environment", createOAuthRouteHandlers "No env provided in request
    // query parameters".
    id: 'authEnvironmentMismatch',
    match: /must specify 'env' query|no env provided in request query/i,
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
  {
    // auth-node createProxyRouteHandlers: NotImplementedError "Not
    // implemented" from start and handler/frame of a proxied provider.
    id: 'proxiedProviderPopup',
    match: /^not implemented$/i,
    when: f => f.name === 'NotImplementedError' || f.status === 501,
  },
];
