import type { Rule } from './rule';

// Session refresh and sign-out: the provider modules' refresh, core-app-api's
// session managers and cookie refresh.
export const REFRESH_RULES: Rule[] = [
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
];
