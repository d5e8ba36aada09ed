import type { Rule } from './rule';

// The OAuth and OpenID Connect client libraries the provider modules use
// (openid-client 5, the passport strategies) and the auth backend's provider
// set-up.
export const OAUTH_CLIENT_RULES: Rule[] = [
  // openid-client 5 (the oidc module's client), reached as "Authentication
  // rejected, …" (RPError, OPError) or "Authentication failed, …".
  {
    // lib/issuer.js "discovered issuer mismatch, expected %s, got: %s";
    // lib/client.js "iss mismatch, expected …", "iss missing from the
    // response", "unexpected iss value, expected …".
    id: 'oidcIssuerMismatch',
    match:
      /discovered issuer mismatch|\biss mismatch, expected|\biss missing from the response|unexpected iss value/i,
  },
  {
    // lib/client.js "aud is missing the client_id, expected …", "aud
    // mismatch, expected …", "azp mismatch, got: …", "missing required JWT
    // property azp".
    id: 'oidcAudienceMismatch',
    match:
      /aud is missing the client_id|\baud mismatch, expected|\bazp mismatch, got|missing required jwt property azp/i,
  },
  {
    // lib/client.js "JWT not active yet, now …, nbf …", "JWT expired, now …,
    // exp …", "JWT issued too far in the past, now …, iat …", "too much time
    // has elapsed since the last End-User authentication, max_age …".
    id: 'oidcClockSkew',
    match:
      /jwt not active yet|jwt expired, now|jwt issued too far in the past|too much time has elapsed since the last end-user authentication/i,
  },
  {
    // lib/client.js "id_token not present in TokenSet", "access_token …",
    // "refresh_token not present in TokenSet", "no access token provided",
    // "invalid access token provided"; passport_strategy "expected
    // access_token to be returned when asking for userinfo in verify callback".
    id: 'oidcTokenMissing',
    match:
      /(id_token|access_token|refresh_token) not present in tokenset|no access token provided|invalid access token provided|expected access_token to be returned/i,
  },
  {
    // lib/client.js: the ID token's checks ("failed to validate JWT
    // signature", "unexpected JWT alg received", "nonce mismatch", "missing
    // required JWT property …", "missing required property at_hash", "sub
    // mismatch", JWE decryption); lib/helpers/issuer.js "no valid key found
    // in issuer's jwks_uri …", "multiple matching keys found …".
    id: 'oidcIdTokenRejected',
    match:
      /unexpected jwe (alg|enc)|failed to decrypt jwe|missing required jwt property|jwt (auth_time|iat|nbf|exp) claim must be|nonce mismatch, expected|missing required property (at|c|s)_hash|failed to decode jwt|unexpected jwt alg|sub_jwk|failed to match the subject|failed to validate jwt signature|\bsub mismatch, expected|(no valid key|multiple matching keys) found in issuer's jwks_uri/i,
  },
  {
    // lib/client.js: "code missing from response" (`${param} missing from
    // response`), "unexpected params encountered for "none" response",
    // "id_token detected in the response, …", "expected a JARM response",
    // "expected application/jwt response from the userinfo_endpoint",
    // "failed to parse userinfo JWE payload as JSON".
    id: 'oidcAnswerInvalid',
    match:
      /\b\w+ missing from response|unexpected params encountered for "none" response|id_token detected in the response|expected a jarm response|expected application\/jwt response from the userinfo_endpoint|failed to parse userinfo jwe/i,
  },
  {
    // lib/helpers/process_response.js "expected 200 OK, got: 401
    // Unauthorized": the userinfo endpoint refused the access token (the
    // token endpoint's refusals carry an OAuth error code instead).
    id: 'oidcUserinfoRejected',
    match: /expected 200 ok, got: 401\b/i,
  },
  {
    // The same text with 403: a proxy or the IdP refused the backend's
    // request (JWKS, userinfo, discovery).
    id: 'oidcRequestRefused',
    match: /expected 200 ok, got: 403\b/i,
  },
  {
    // process_response.js with any other status, or "expected 200 OK with
    // body but no body was returned"; lib/helpers/request.js "outgoing
    // request timed out after …ms".
    id: 'oidcRequestFailed',
    match:
      /expected \d{3} [\w ]+, got: \d{3}|with body but no body was returned|outgoing request timed out after/i,
  },
  {
    // passport-oauth2 strategy: InternalOAuthError "Failed to obtain access
    // token" (the token endpoint answered without a standard error code).
    id: 'tokenExchangeFailed',
    match: /failed to obtain access token/i,
  },
  {
    // The passport strategies (github2, gitlab2, google-oauth20, microsoft,
    // bitbucket-oauth2, onelogin-oauth, auth0): "Failed to fetch user
    // profile", "Failed to parse user profile", github2 "Failed to fetch
    // user emails", atlassian-oauth2 "Failed to parse accessible resources".
    id: 'profileFetchFailed',
    match:
      /failed to (fetch|parse) user (profile|emails)|failed to parse accessible resources/i,
  },
  {
    // auth-backend providers/router, at start-up: "Skipping <id> auth
    // provider, …" (logged in development), "Failed to initialize <id> auth
    // provider, …" (thrown elsewhere).
    id: 'providerMisconfigured',
    match: /^(skipping|failed to initialize) \S+ auth provider, /i,
  },
];
