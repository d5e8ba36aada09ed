import type { FindingEvidence, FindingText } from '../../findings/logic';
import {
  defaultSignInText,
  signInFinding,
  type SignInFinding,
  type SignInFindingId,
} from './findings';
import { PROVIDER_LACK_FINDINGS, readProviderLack } from './checks';
import { explainIdpError, readIdpError } from './idp';
import {
  popupClosedFinding,
  readSignInWindowPage,
  signInWindowPageFinding,
  type SignInWindowReach,
} from './windowFindings';
import {
  PROXIED_PROVIDERS,
  type ProxiedProviderId,
} from '../../providers/proxied';

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

type ContextFact = 'pageOrigin' | 'appBaseUrl' | 'callbackUrl' | 'authBaseUrl';

/**
 * One recognised message: the finding it gets, when a message, an error
 * name or a status matches. Findings quote the context facts listed, then
 * the error itself unless `quiet`.
 */
type Rule = {
  id: SignInFindingId;
  match?: RegExp;
  names?: string[];
  statuses?: number[];
  /** A condition every match must also meet. */
  when?: (failure: SignInFailure, context: SignInFailureContext) => boolean;
  /**
   * The proxied provider whose module writes the message: its proxy and
   * header fill the finding's text and evidence.
   */
  proxied?: ProxiedProviderId;
  /** The header the message names, when it names one. */
  header?: (match: RegExpExecArray) => string;
  severity?: 'warning';
  facts?: ContextFact[];
  quiet?: true;
};

// First match wins: specific messages before the generic 401 and 403.
// The messages are Backstage's own (core-app-api, auth-node, auth-backend,
// backend-defaults, the guest module) or the browser's.
const RULES: Rule[] = [
  // Proxied providers (their auth-backend modules' own messages). A missing
  // header means the request did not come through the proxy.
  {
    id: 'proxyHeaderMissing',
    match: /^missing google iap header/i,
    proxied: 'gcpIap',
  },
  {
    id: 'gcpIapKeysUnavailable',
    match: /unable to list google iap token verification keys/i,
    proxied: 'gcpIap',
  },
  {
    id: 'gcpIapTokenRejected',
    match: /google iap token (verification failed|payload is missing)/i,
    proxied: 'gcpIap',
  },
  {
    id: 'proxyHeaderMissing',
    match: /missing alb oidc header: (\S+)/i,
    proxied: 'awsalb',
    header: m => m[1],
  },
  {
    // Wrapped in "Exception occurred during JWT processing: …" by the module.
    id: 'awsAlbIssuerMismatch',
    match: /issuer mismatch on jwt token/i,
    proxied: 'awsalb',
  },
  {
    // aws-alb module authenticator: "Signer mismatch on JWT token".
    id: 'awsAlbSignerMismatch',
    match: /signer mismatch on jwt token/i,
    proxied: 'awsalb',
  },
  {
    // aws-alb module: "Exception occurred during JWT processing" (authenticator),
    // "No key id was specified in header" (helpers).
    id: 'awsAlbTokenRejected',
    match:
      /exception occurred during jwt processing|no key id was specified in header/i,
    proxied: 'awsalb',
  },
  {
    // Header and cookie: the module takes either.
    id: 'proxyHeaderMissing',
    match: /missing (\S+) and\s+(\S+) from cloudflare access/i,
    proxied: 'cfaccess',
    header: m => `${m[1]} (or the ${m[2]} cookie)`,
  },
  {
    id: 'cfAccessServiceTokenRefused',
    match: /is not a permitted service token/i,
    proxied: 'cfaccess',
  },
  {
    // cloudflare-access module helpers: "Failed to populate access identity
    // information" and "getIdentityProfile failed" (the get-identity call).
    id: 'cfAccessIdentityFailed',
    match:
      /failed to populate access identity information|getidentityprofile failed/i,
    proxied: 'cfaccess',
  },
  {
    id: 'proxyHeaderMissing',
    match: /missing (x-ms-token-aad-id-token) header/i,
    proxied: 'azureEasyAuth',
    header: m => m[1],
  },
  {
    id: 'azureEasyAuthTokenVersion',
    match: /id_token is not version 2\.0/i,
    proxied: 'azureEasyAuth',
  },
  {
    // oauth2-proxy trusts its headers: only the resolvers notice one missing.
    id: 'proxyHeaderMissing',
    match: /request did not contain a user$/i,
    proxied: 'oauth2Proxy',
    header: () => 'x-forwarded-user',
  },
  {
    id: 'proxyHeaderMissing',
    match: /request did not contain a preferred username/i,
    proxied: 'oauth2Proxy',
    header: () => 'x-forwarded-preferred-username',
  },
  {
    // The email resolvers' message; from oauth2Proxy, X-Forwarded-Email is missing.
    id: 'proxyHeaderMissing',
    match: /does not contain an email/i,
    when: (_f, context) => context.providerId === 'oauth2Proxy',
    proxied: 'oauth2Proxy',
    header: () => 'x-forwarded-email',
  },
  {
    id: 'oauth2ProxyTokenUnreadable',
    match: /^authentication failed(;|$)/i,
    when: (f, context) =>
      context.providerId === 'oauth2Proxy' ||
      /JWTInvalid|Invalid JWT/.test(f.message ?? ''),
    proxied: 'oauth2Proxy',
  },
  {
    // This plugin's refresh client: the proxy answered, not Backstage.
    id: 'proxySignInRequired',
    names: ['ProxySignInRequiredError'],
    quiet: true,
  },
  {
    id: 'popupBlocked',
    match: /failed to open auth popup/i,
    names: ['PopupRejectedError'],
    quiet: true,
  },
  {
    id: 'popupClosed',
    match: /popup was closed/i,
    names: ['PopupClosedError'],
    severity: 'warning',
    quiet: true,
  },
  { id: 'loginRejected', match: /rejected by user/i, severity: 'warning' },
  {
    // auth-node commonSignInResolvers and the modules' resolvers: "Login
    // failed, user profile does not contain an email"; "Google/Microsoft/Okta
    // profile contained no email"; gcp-iap "Google IAP sign-in result is
    // missing email"; aws-alb "Missing email in the JWT token".
    id: 'missingEmail',
    match:
      /does not contain an email|profile contained no email|sign-in result is missing email|missing email in the jwt token/i,
  },
  {
    // The modules' resolvers: "GitHub user profile does not contain a
    // username", "… a user ID", "GitLab … a profile URL", "Microsoft profile
    // contained no id", azure-easyauth "User profile contained no id",
    // cloudflare-access "Missing both sub and common_name from Cloudflare
    // Access JWT".
    id: 'profileFieldMissing',
    match:
      /user profile does not contain an? (username|user id|id|profile url)\b|profile contained no id|missing both sub and common_name/i,
  },
  { id: 'unresolvedIdentity', match: /unable to resolve user identity/i },
  {
    // auth-backend CatalogIdentityClient / CatalogAuthResolverContext: "User
    // lookup resulted in multiple matches"; github module resolvers: "… exact
    // matches".
    id: 'userLookupAmbiguous',
    match: /user lookup resulted in multiple (exact )?matches/i,
  },
  {
    // github module resolvers: "GitHub user ID does not match the catalog user".
    id: 'githubUserIdMismatch',
    match: /github user id does not match the catalog user/i,
  },
  {
    // auth-backend CatalogAuthResolverContext "Invalid user lookup query",
    // issueUserToken '"sub" claim provided by the auth resolver is not a
    // valid EntityRef.', auth-node createOAuthRouteHandlers "Encountered
    // invalid error" (something threw a non-Error).
    id: 'signInResolverError',
    match:
      /invalid user lookup query|claim provided by the auth resolver is not a valid entityref|encountered invalid error/i,
  },
  {
    // auth-node prepareBackstageIdentityResponse: "Identity response must
    // return a token", "… with subject claim", "… must not return an expired
    // token".
    id: 'identityResponseInvalid',
    match: /identity response must/i,
  },
  {
    // auth-backend TokenFactory / backend-defaults DatabasePluginKeySource:
    // "Failed to generate new signing key, …"; issueUserToken "No algorithm
    // was provided in the key".
    id: 'signingKeyFailed',
    match:
      /failed to generate new signing key|no algorithm was provided in the key/i,
  },
  {
    // auth0 module strategy: "Organization mismatch. The organization
    // provided in the request does not match …".
    id: 'auth0OrganizationMismatch',
    match: /organization mismatch/i,
  },
  {
    // oidc module authenticator: "OIDC IdP must provide a userinfo_endpoint
    // in the metadata response".
    id: 'oidcNoUserinfoEndpoint',
    match: /must provide a userinfo_endpoint/i,
  },
  { id: 'emailDomainNotAllowed', match: /not from an allowed domain/i },
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
  {
    // github module authenticator: "Refresh failed, session has not been
    // granted the requested scope"; core-app-api RefreshingAuthSessionManager:
    // "Refreshed session did not receive the required scopes".
    id: 'refreshScopeMissing',
    match:
      /session has not been granted the requested scope|refreshed session did not receive the required scopes/i,
  },
  {
    // github module authenticator, refreshing with the stored access token:
    // "Invalid access token" (GitHub answered 401).
    id: 'githubTokenRevoked',
    match: /^invalid access token$/i,
  },
  {
    // auth-node createOAuthRouteHandlers "Refresh failed", the oidc module
    // "Refresh failed"/"Refresh Failed", PassportHelpers "Failed to refresh
    // access token" (", no access token received").
    id: 'errorRefreshFailed',
    match: /^refresh failed|failed to refresh access token/i,
  },
  {
    // core-app-api startCookieAuthRefresh: "Request failed with status 401
    // Unauthorized, see request towards …/.backstage/auth/v1/cookie for more
    // details", "No expiration date in response", "Invalid expiration date
    // in response", "Session refresh failed, see developer console for
    // details".
    id: 'cookieRefreshFailed',
    match:
      /request failed with status \d+ .*see request towards|expiration date in response|session refresh failed, see developer console/i,
  },
  {
    // core-app-api DefaultAuthConnector / DirectAuthConnector: "Logout
    // request failed, …".
    id: 'logoutFailed',
    match: /logout request failed/i,
  },
  {
    // core-app-api MicrosoftAuth: "Requested access token with scopes from
    // multiple Azure resources: …".
    id: 'microsoftScopesMultipleResources',
    match: /scopes from multiple azure resources/i,
  },
  {
    id: 'refreshRequestFailed',
    match: /auth refresh request failed/i,
    facts: ['authBaseUrl'],
  },
  {
    // backend-defaults httpAuth "This endpoint does not allow 'user'
    // credentials", "Refused to issue cookie for non-user principal";
    // userInfo "Only user credentials are supported".
    id: 'errorCredentialTypeRefused',
    match:
      /does not allow '(service|user|none)' credentials|refused to issue cookie for non-user principal|only user credentials are supported/i,
  },
  {
    id: 'errorServiceToken',
    match:
      /plugin token|service token|static token|external access|obo claim|access restrictions|cannot be delegated|restricted to plugin/i,
  },
  { id: 'idpOther', match: /authentication (failed|rejected),/i },
  {
    id: 'unresolvedIdentity',
    match: /user not found/i,
    // Only the catalog lookup's NotFoundError means the user is unknown.
    when: f => f.name === 'NotFoundError' || f.status === 404,
  },
  {
    id: 'errorNotAllowed',
    names: ['NotAllowedError'],
    statuses: [403],
    severity: 'warning',
  },
  {
    id: 'errorAuthentication',
    names: ['AuthenticationError'],
    statuses: [401],
  },
];

function matches(
  rule: Rule,
  failure: SignInFailure,
  inner: SignInFailure,
  context: SignInFailureContext,
) {
  if (rule.when && !rule.when(inner, context)) return false;
  const name = (n?: string) => !!n && (rule.names?.includes(n) ?? false);
  const status = failure.status ?? inner.status;
  return (
    (rule.match?.test(inner.message ?? '') ?? false) ||
    (rule.match?.test(failure.message ?? '') ?? false) ||
    name(inner.name) ||
    name(failure.name) ||
    (status !== undefined && (rule.statuses?.includes(status) ?? false))
  );
}

/**
 * The proxy and header a proxied rule's finding names: the message's own
 * provider (a pasted message names none), else the failing provider's proxy,
 * else "the proxy".
 */
function proxiedParams(
  rule: Rule,
  message: string,
  context: SignInFailureContext,
): { proxy?: string; header?: string } {
  const known = (id: string) =>
    Object.prototype.hasOwnProperty.call(PROXIED_PROVIDERS, id)
      ? PROXIED_PROVIDERS[id as ProxiedProviderId]
      : undefined;
  const facts = rule.proxied
    ? PROXIED_PROVIDERS[rule.proxied]
    : known(context.providerId);
  if (!rule.proxied && rule.id !== 'proxySignInRequired') return {};
  const match = rule.match?.exec(message);
  return {
    proxy: facts?.proxy ?? 'the proxy',
    ...(rule.id === 'proxyHeaderMissing' && {
      header: (match && rule.header?.(match)) || facts?.header,
    }),
  };
}

/**
 * What to call a message no rule knows: a failed sign-in on the sign-in
 * page, a pasted text in the doctor (where there was no sign-in to speak of).
 */
export type UnrecognisedFailure = 'signIn' | 'pasted';

/**
 * The one explainer of failures, for the sign-in page and the 401 doctor:
 * turns an error into a finding that says what happened, the likely cause
 * and the fix. Recognises Backstage's own messages (popup, origin, resolver,
 * auth router, token verification, refresh, guest provider) and the
 * identity provider's error codes; anything else becomes `unknown` (or
 * `pastedUnknown`) with the original name and message as evidence.
 */
export function classifySignInFailure(
  failure: SignInFailure,
  context: SignInFailureContext,
  text: FindingText = defaultSignInText,
  unrecognised: UnrecognisedFailure = 'signIn',
): SignInFinding {
  const message = failure.message ?? '';
  const environment = context.environment || 'development';
  const params = {
    provider: context.providerTitle,
    providerId: context.providerId,
    pageOrigin: context.pageOrigin,
    appBaseUrl: context.appBaseUrl ?? '',
    authBaseUrl: context.authBaseUrl ?? '',
    // Unknown before the backend's URL is: its shape, to fill in.
    callbackUrl:
      context.callbackUrl ||
      `<backend.baseUrl>/api/auth/${context.providerId || '<provider id>'}/handler/frame`,
    environment,
    message,
    status: failure.status ?? '',
  };
  const ev = (key: string, value: string | number | undefined) =>
    value === undefined || value === ''
      ? []
      : [{ label: text(`evidence.${key}`), value: String(value) }];
  const raw: FindingEvidence[] = [
    ...ev('provider', context.providerId),
    ...ev('status', failure.status),
    ...ev('errorName', failure.name),
    ...ev('errorMessage', failure.message),
  ];

  const incorrectOrigin = /incorrect app origin, expected (\S+)/i.exec(message);
  if (incorrectOrigin) {
    const expectedOrigin = incorrectOrigin[1].replace(/[.,;]+$/, '');
    return signInFinding(
      text,
      'incorrectOrigin',
      'problem',
      { ...params, expectedOrigin },
      [
        ...ev('pageOrigin', context.pageOrigin),
        ...ev('expectedOrigin', expectedOrigin),
        ...ev('appBaseUrl', context.appBaseUrl),
      ],
    );
  }
  const idpError = readIdpError(message);
  if (idpError) {
    return explainIdpError(idpError, params, text, {
      callbackUrl: context.callbackUrl,
      raw,
    });
  }
  const windowPage = readSignInWindowPage(message);
  if (windowPage) {
    return signInWindowPageFinding(windowPage, failure, context, text);
  }
  const lack = readProviderLack(message);
  if (lack) {
    return signInFinding(
      text,
      PROVIDER_LACK_FINDINGS[lack],
      'problem',
      params,
      [
        ...(lack === 'misconfigured'
          ? []
          : ev('authBaseUrl', context.authBaseUrl)),
        ...raw,
      ],
    );
  }
  if (isNetworkFailure(failure)) {
    return signInFinding(text, 'backendUnreachable', 'problem', params, [
      ...ev('authBaseUrl', context.authBaseUrl),
      ...ev('pageOrigin', context.pageOrigin),
      ...raw,
    ]);
  }
  const inner = innermostFailure(failure);
  const rule = RULES.find(r => matches(r, failure, inner, context));
  if (rule?.id === 'popupClosed') return popupClosedFinding(context, text);
  if (rule) {
    const matched = rule.match?.test(inner.message ?? '')
      ? (inner.message ?? '')
      : message;
    const proxy = proxiedParams(rule, matched, context);
    return signInFinding(
      text,
      rule.id,
      rule.severity ?? 'problem',
      { ...params, ...proxy },
      rule.quiet
        ? undefined
        : [
            ...ev('proxy', proxy.proxy),
            ...ev('header', proxy.header),
            ...(rule.facts ?? []).flatMap(f => ev(f, context[f])),
            ...raw,
          ],
    );
  }
  const unknownMessage =
    message ||
    [failure.name, failure.status].filter(Boolean).join(' ') ||
    text('noErrorMessage');
  const unknown = signInFinding(
    text,
    unrecognised === 'pasted' ? 'pastedUnknown' : 'unknown',
    unrecognised === 'pasted' ? 'warning' : 'problem',
    { ...params, message: unknownMessage },
    raw,
  );
  const family = unknownFamily({
    ...inner,
    status: failure.status ?? inner.status,
  });
  return family
    ? {
        ...unknown,
        detail: `${unknown.detail} ${text(`unknownFamily.${family}`)}`,
      }
    : unknown;
}

/**
 * The nearest known family of a text no rule knows, said after the quote so
 * that the reader gets a direction, never a cause.
 */
function unknownFamily(failure: SignInFailure): string | undefined {
  const message = failure.message ?? '';
  if (/^authentication (failed|rejected)\b/i.test(message)) {
    return 'identityProvider';
  }
  if (
    failure.name === 'AuthenticationError' ||
    failure.status === 401 ||
    /\b(token|jwt|jwks|signature|credentials?)\b/i.test(message)
  ) {
    return 'tokenVerification';
  }
  if (/permission|policy/i.test(message)) return 'permission';
  if (failure.name === 'NotAllowedError' || failure.status === 403) {
    return 'forbidden';
  }
  if (
    /\/api\/auth\b|auth provider|sign-?in|log(in|out)|refresh/i.test(message)
  ) {
    return 'authBackend';
  }
  return undefined;
}

/**
 * A failure the auth backend reported by redirecting back with `?error=`,
 * after a redirect sign-in this tab started. Classified like any failure, and
 * the message is quoted as the backend's. Only for a redirect the page itself
 * started: anyone can put text into a link's `?error=`.
 */
export function redirectErrorFinding(
  message: string,
  context: SignInFailureContext,
  text: FindingText = defaultSignInText,
): SignInFinding {
  const finding = classifySignInFailure({ message }, context, text);
  const answered = text('redirect.backendAnswered', { message });
  // The detail quotes the message: the evidence need not repeat it.
  const evidence = (finding.evidence ?? []).filter(
    e => e.label !== text('evidence.errorMessage'),
  );
  const { evidence: _quoted, ...rest } = finding;
  return {
    ...rest,
    detail:
      finding.id === 'unknown' ? answered : `${answered} ${finding.detail}`,
    ...(evidence.length > 0 && { evidence }),
  };
}

/**
 * The finding shown when the remembered provider's session could not be
 * restored silently.
 */
export function sessionNotRestoredFinding(
  context: Pick<SignInFailureContext, 'providerTitle'>,
  text: FindingText = defaultSignInText,
): SignInFinding {
  return signInFinding(text, 'sessionNotRestored', 'warning', {
    provider: context.providerTitle,
  });
}
