import type { Rule } from './rule';

// Tokens as the auth backend issues them and as the backends verify them
// (auth-backend, auth-node, backend-defaults UserTokenHandler,
// PluginTokenHandler, httpAuth), and the permission framework's refusals.
export const BACKEND_TOKEN_RULES: Rule[] = [
  { id: 'idTokenUnparsable', match: /failed to parse id token/i },
  { id: 'tokenTooLarge', match: /token is excessively large/i },
  { id: 'noSignInResolver', match: /not configured to support sign-in/i },
  {
    id: 'missingRequestedWith',
    match: /invalid x-requested-with header/i,
    facts: ['authBaseUrl'],
  },
  { id: 'noUserSub', match: /no user sub found in token/i },
  { id: 'errorMissingCredentials', match: /^missing credentials/i },
  {
    // auth-node DefaultIdentityClient (the legacy identity client): "No
    // token specified", "No keystore exists".
    id: 'legacyIdentityClient',
    match: /^no token specified$|^no keystore exists$/i,
  },
  {
    // backend-defaults UserTokenHandler logs "Failed to verify incoming user
    // token" with jose's reason appended by the logger: JWTExpired '"exp"
    // claim timestamp check failed' (jose lib/jwt_claims_set).
    id: 'userTokenExpired',
    match:
      /failed to verify incoming user token.*"exp" claim timestamp check failed/i,
  },
  {
    // The same log line with jose's JWSSignatureVerificationFailed
    // "signature verification failed" or JWKSNoMatchingKey "no applicable
    // key found in the JSON Web Key Set".
    id: 'userTokenUnknownKey',
    match:
      /failed to verify incoming user token.*(signature verification failed|no applicable key found in the json web key set)/i,
  },
  {
    // backend-defaults UserTokenHandler: thrown "Failed user token
    // verification", logged "Failed to verify incoming user token".
    id: 'errorFailedUserToken',
    match:
      /failed user token verification|failed to verify incoming user token/i,
  },
  {
    // backend-defaults UserTokenHandler: "Failed to create limited user
    // token, invalid token type", "… missing user identity proof".
    id: 'limitedTokenUnavailable',
    match: /failed to create limited user token/i,
  },
  {
    // backend-defaults PluginTokenHandler: "Failed to fetch jwks.json, 403",
    // "Invalid jwks.json response, missing keys", logged "Unexpected failure
    // for target JWKS check".
    id: 'jwksFetchFailed',
    match:
      /failed to fetch jwks\.json|invalid jwks\.json response|unexpected failure for target jwks check/i,
  },
  {
    // backend-defaults authenticateWebSocket "Missing or invalid WebSocket
    // credentials", createWebSocketRouter logs "WebSocket upgrade rejected".
    id: 'webSocketCredentials',
    match:
      /missing or invalid websocket credentials|websocket upgrade rejected/i,
  },
  {
    // backend-defaults createLifecycleMiddleware: ServiceUnavailableError
    // "Service has not started up yet", "Service is shutting down".
    id: 'backendStarting',
    match: /^service (is shutting down|has not started up yet)/i,
  },
  {
    // permission-backend router: "Conditional decision returned from
    // permission policy for non-resource permission …", "Invalid resource
    // conditions returned from permission policy …", "Resource permissions
    // require a resourceRef to be set. …"; permission-node
    // createPermissionIntegrationRouter: "This plugin does not expose any
    // permission rule …", "Permission rule '…' does not exist …",
    // "Unexpected resource types: …".
    id: 'permissionPolicyError',
    match:
      /returned from permission policy|does not expose any permission rule|permission rule '.*' does not exist|unexpected resource types|resource permissions require a resourceref/i,
  },
  { id: 'errorIllegalLimitedToken', match: /^illegal limited user token/i },
  { id: 'errorIllegalToken', match: /^illegal token/i },
  { id: 'errorMissingExpiration', match: /user token is missing expiration/i },
  { id: 'errorMissingSessionCookie', match: /missing session cookie/i },
];
