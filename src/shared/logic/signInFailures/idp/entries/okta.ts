import type { IdpCatalogEntry, IdpSource } from '../types';

// Okta's own words. Cause, fix and causes: idpCatalogMessages.ts under
// each entry's id.

const OKTA_ERROR_CODES: IdpSource = {
  title: 'Okta error codes and descriptions',
  url: 'https://developer.okta.com/docs/reference/error-codes/',
};

const OKTA_ANSWERS: IdpSource = {
  title:
    'Okta token endpoint answers, as tabulated by an Okta integration (NCI Wiki)',
  url: 'https://wiki.nci.nih.gov/pages/diffpagesbyversion.action?pageId=453018227&selectedPageVersions=7&selectedPageVersions=8',
  note: "Okta's own OpenID Connect & OAuth 2.0 API reference was not in the search tool; this table quotes Okta's answers verbatim.",
};

export const OKTA: IdpCatalogEntry[] = [
  {
    id: 'oktaRedirectUri',
    idp: 'okta',
    quote:
      "The 'redirect_uri' parameter must be a Login redirect URI in the client app settings",
    match: /'?redirect_uri'? parameter must be a Login redirect URI/i,
    family: 'redirect_uri_mismatch',
    callbackUrl: true,
    source: {
      title:
        'Okta Error "400 Bad Request" - "The redirect_uri Parameter Must Be a Login Redirect URI in the Client App Settings"',
      url: 'https://support.okta.com/help/s/article/okta-error-400-bad-request-the-redirect-uri-parameter-must-be-a-login-redirect-uri-in-the-client-app-settings',
    },
  },
  {
    id: 'oktaUserNotAssigned',
    idp: 'okta',
    quote: 'User is not assigned to the client application.',
    match: /User is not assigned to the client application/i,
    family: 'access_denied',
    source: {
      title:
        'Why am I redirected back to my app instead of being shown the Okta-hosted error pages when my OpenID Connect app returns an error?',
      url: 'https://support.okta.com/help/s/article/Why-am-I-redirected-back-to-my-app-instead-of-being-shown-the-OktaHosted-Error-Pages-when-my-OpenID-Connect-app-returns-an-error',
      note: 'Okta sends the error (user_not_assigned) to the redirect URI; the error_description as it arrives is quoted in "User not Assigned to the Client Application Error at Log In" (community.auth0.com/t/186794).',
    },
  },
  {
    id: 'oktaE0000015',
    idp: 'okta',
    quote:
      'E0000015 You do not have permission to access the feature you are requesting.',
    match:
      /E0000015\b|do not have permission to access the feature you are requesting/i,
    family: 'unauthorized_client',
    source: {
      title:
        '401 Permissions Error during Log in to an OIDC App or when Configuring a Custom Authorization Server',
      url: 'https://support.okta.com/help/s/article/401-permissions-error-during-log-in-to-an-oidc-app-or-when-configuring-a-custom-authorization-server',
    },
  },
  {
    id: 'oktaE0000011',
    idp: 'okta',
    quote: 'E0000011: Invalid token provided',
    match: /E0000011\b/,
    family: 'invalid_request',
    source: {
      ...OKTA_ERROR_CODES,
      note: 'Cause from "HTTP 401 Okta E0000011 Invalid Token provided Error When Calling APIs" (support.okta.com/help/s/article/HTTP-401-Okta-E0000011-Invalid-Token-provided-error).',
    },
  },
  {
    id: 'oktaClientSecretInvalid',
    idp: 'okta',
    quote: 'The client secret supplied for a confidential client is invalid.',
    match: /client secret supplied for a confidential client is invalid/i,
    family: 'invalid_client',
    causes: ['wrongOrRotated', 'authMethod', 'notSubstituted'],
    source: OKTA_ANSWERS,
  },
  {
    id: 'oktaClientIdInvalid',
    idp: 'okta',
    quote: "Invalid value for 'client_id' parameter.",
    match: /Invalid value for '?client_id'? parameter/i,
    family: 'invalid_client',
    source: OKTA_ANSWERS,
  },
];
