import type { Rule } from './rule';

// Core's popup answers, and what the sign-in resolvers (auth-node's common
// resolvers, the provider modules' resolvers, auth-backend's catalog lookup)
// throw when they cannot turn a profile into a Backstage identity.
export const RESOLVER_RULES: Rule[] = [
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
];
