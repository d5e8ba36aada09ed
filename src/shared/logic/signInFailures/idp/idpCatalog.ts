import type { IdpCatalogEntry, IdpSource } from './types';

// Each entry quotes the IdP as it writes the text and names where it was
// read. The messages (cause, fix, causes) are in
// src/shared/translations/idpCatalogMessages.ts under the entry's id.

const ENTRA_CODES: IdpSource = {
  title: 'Microsoft Entra authentication and authorization error codes',
  url: 'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes',
};
const entra = (note: string): IdpSource => ({ ...ENTRA_CODES, note });

const ENTRA: IdpCatalogEntry[] = [
  {
    id: 'entraAadsts50011',
    idp: 'entraId',
    quote:
      "AADSTS50011: The redirect URI '…' specified in the request does not match the redirect URIs configured for the application",
    match: /AADSTS50011\b|reply URL specified in the request does not match/i,
    family: 'redirect_uri_mismatch',
    callbackUrl: true,
    source: entra(
      'Code and name (InvalidReplyTo) from the reference; the page\'s sentence as users copied it from Entra\'s error page (github.com/dudil/fastapi_msal/issues/19). Older tenants write "The reply URL specified in the request does not match the reply URLs configured for the application" (github.com/xwikisas/application-office365/issues/6).',
    ),
  },
  {
    id: 'entraAadsts90102',
    idp: 'entraId',
    quote: "AADSTS90102: 'redirect_uri' value must be a valid absolute URI.",
    match: /AADSTS90102\b/,
    family: 'redirect_uri_mismatch',
    callbackUrl: true,
    source: {
      title:
        'invalid_request: The provided value for the input parameter redirect_uri is not valid (Microsoft Q&A)',
      url: 'https://learn.microsoft.com/en-us/answers/questions/276908/invalid-request-the-provided-value-for-the-input-p',
      note: 'The reference lists the code (InvalidUriParameter); this answer quotes the page.',
    },
  },
  {
    id: 'entraRedirectUriNotValid',
    idp: 'entraId',
    quote:
      "invalid_request: The provided value for the input parameter 'redirect_uri' is not valid. The expected value is a URI which matches a redirect URI registered for this client application.",
    match:
      /input parameter 'redirect_uri' is not valid\. The expected value is a URI which matches a redirect URI registered/i,
    family: 'redirect_uri_mismatch',
    callbackUrl: true,
    source: {
      title:
        'invalid_request: The provided value for the input parameter redirect_uri is not valid (Microsoft Q&A)',
      url: 'https://learn.microsoft.com/en-us/answers/questions/276908/invalid-request-the-provided-value-for-the-input-p',
      note: 'Entra ID (and Entra External ID) write this instead of AADSTS50011 on some endpoints; also quoted in github.com/Azure-Samples/ms-identity-ciam-javascript-tutorial/issues/77.',
    },
  },
  {
    id: 'entraAadsts50194',
    idp: 'entraId',
    quote:
      "AADSTS50194: Application '…' is not configured as a multi-tenant application. Usage of the /common endpoint is not supported for such applications created after '10/15/2018'. Use a tenant-specific endpoint or configure the application to be multi-tenant.",
    match: /AADSTS50194\b|Usage of the \/common endpoint is not supported/i,
    family: 'invalid_request',
    source: entra(
      'The sentence as Entra writes it, quoted in support.backendless.com/t/microsoft-oauth-single-tenant/13995.',
    ),
  },
  {
    id: 'entraAadsts700016',
    idp: 'entraId',
    quote:
      "AADSTS700016: Application with identifier '…' was not found in the directory '…'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.",
    match: /AADSTS700016\b/,
    family: 'invalid_client',
    causes: ['wrongClientId', 'wrongTenant', 'deleted'],
    source: entra(
      'Code and name (UnauthorizedClient_DoesNotMatchRequest) from the reference; the sentence as Entra writes it, quoted in devopsaitoolkit.com/blog/azure-error-aadsts700016-50076.',
    ),
  },
  {
    id: 'entraAadsts7000215',
    idp: 'entraId',
    quote:
      'AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID',
    match: /AADSTS7000215\b/,
    family: 'invalid_client',
    causes: ['secretId', 'wrongValue', 'notSubstituted'],
    source: entra(
      'Code and name (InvalidClientSecretProvided) from the reference; the sentence as Entra writes it, quoted in aztokenwatch.com/blog/fix-aadsts7000215-invalid-client-secret.',
    ),
  },
  {
    id: 'entraAadsts7000222',
    idp: 'entraId',
    quote: 'AADSTS7000222: The provided client secret keys are expired.',
    match: /AADSTS7000222\b/,
    family: 'invalid_client',
    source: entra(
      'Code and name (InvalidClientSecretExpiredKeysProvided) from the reference; the token response quoted in code2care.org/sharepoint/sharepoint-app-error-aadsts7000222-the-provided-client-secret-keys-are-expired.',
    ),
  },
  {
    id: 'entraAadsts50020',
    idp: 'entraId',
    quote:
      "AADSTS50020: User account '…' from identity provider … does not exist in tenant ….",
    match: /AADSTS50020\b/,
    family: 'access_denied',
    causes: ['otherTenant', 'guestNotInvited', 'personalAccount'],
    source: {
      title:
        'Error AADSTS50020 - User account from identity provider does not exist in tenant',
      url: 'https://learn.microsoft.com/en-us/troubleshoot/azure/active-directory/error-code-aadsts50020-user-account-identity-provider-does-not-exist',
    },
  },
  {
    id: 'entraAadsts50105',
    idp: 'entraId',
    quote:
      "AADSTS50105: Your administrator has configured the application … to block users unless they are specifically granted ('assigned') access to the application.",
    match: /AADSTS50105\b|not assigned to a role for the application/i,
    family: 'access_denied',
    source: entra(
      "Code and name (EntitlementGrantsNotFound: the signed-in user isn't assigned to a role for the app) from the reference; the sentence as Entra writes it, quoted in devopsaitoolkit.com/blog/azure-error-aadsts50105. Older wording: \"The signed in user '…' is not assigned to a role for the application '…'\".",
    ),
  },
  {
    id: 'entraAadsts65001',
    idp: 'entraId',
    quote:
      "AADSTS65001: The user or administrator has not consented to use the application with ID '…' named '…'. Send an interactive authorization request for this user and resource.",
    match: /AADSTS65001\b/,
    family: 'consent_required',
    causes: ['adminConsent', 'newScope', 'silent'],
    source: entra(
      'Code and name (DelegationDoesNotExist) from the reference; the sentence as Entra writes it, quoted in blogs.aaddevsup.xyz/2020/04/troubleshooting-consent-in-azure-ad.',
    ),
  },
  {
    id: 'entraAadsts53003',
    idp: 'entraId',
    quote:
      'AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
    match: /AADSTS53003\b/,
    family: 'access_denied',
    source: entra(
      'Code and name (BlockedByConditionalAccess) from the reference; the sentence quoted in devopsaitoolkit.com/blog/teams-error-aadsts50105-conditional-access-blocked.',
    ),
  },
  {
    id: 'entraAadsts50076',
    idp: 'entraId',
    quote:
      "AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '…'.",
    match: /AADSTS50076\b/,
    family: 'interaction_required',
    warning: true,
    source: entra(
      'Code and name (UserStrongAuthClientAuthNRequired) from the reference; the sentence quoted in devopsaitoolkit.com/blog/azure-error-aadsts700016-50076.',
    ),
  },
];

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

const OKTA: IdpCatalogEntry[] = [
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

const GOOGLE: IdpCatalogEntry[] = [
  {
    id: 'googleRedirectUriMismatch',
    idp: 'google',
    quote:
      "Error 400: redirect_uri_mismatch — You can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy. If you're the app developer, register the redirect URI in the Google Cloud Console.",
    match:
      /Error 400: redirect_uri_mismatch|register the redirect URI in the Google Cloud Console/i,
    family: 'redirect_uri_mismatch',
    callbackUrl: true,
    source: {
      title: 'Sign in with Google: Authorization Error (Google’s error page)',
      url: 'https://developers.google.com/identity/protocols/oauth2/web-server#authorization-errors-redirect-uri-mismatch',
      note: "Google's page as served (captured at myget.org/Account/Challenge/google-v1 and developers.google.cn/oauth2authorize); the OAuth guide's error section was not in the search tool.",
    },
  },
  {
    id: 'googleInvalidRequest',
    idp: 'google',
    quote:
      "Access blocked: This app's request is invalid — Error 400: invalid_request",
    match:
      /Access blocked: This app.s request is invalid|Error 400: invalid_request/i,
    family: 'invalid_request',
    callbackUrl: true,
    causes: ['redirectUri', 'parameters'],
    source: {
      title: 'Access blocked: Authorization Error (Google’s error page)',
      url: 'https://developers.google.com/identity/protocols/oauth2/web-server#authorization-errors',
      note: 'Page text as users copied it (github.com/sameerasw/tasks/issues/2, github.com/interaapps/pastefy/issues/53).',
    },
  },
  {
    id: 'googleOrgInternal',
    idp: 'google',
    quote:
      'Error 403: org_internal — This client is restricted to users within its organization.',
    match: /org_internal|restricted to users within its organization/i,
    family: 'access_denied',
    source: {
      title: 'Authorization Error (Google’s error page): org_internal',
      url: 'https://developers.google.com/identity/protocols/oauth2/web-server#authorization-errors-org-internal',
      note: 'Page text as users copied it (github.com/cloudyr/googleCloudStorageR/issues/138, github.com/googlesamples/google-services/issues/404).',
    },
  },
  {
    id: 'googleAdminPolicyEnforced',
    idp: 'google',
    quote:
      'Error: admin_policy_enforced — Access to your account data is restricted by policies within your organization.',
    match:
      /admin_policy_enforced|restricted by policies within your organization/i,
    family: 'access_denied',
    source: {
      title: 'Authorization Error (Google’s error page): admin_policy_enforced',
      url: 'https://developers.google.com/identity/protocols/oauth2/web-server#authorization-errors-admin-policy-enforced',
      note: 'Page text as a user copied it (github.com/google/clasp/issues/85).',
    },
  },
  {
    id: 'googleUnverifiedApp',
    idp: 'google',
    quote:
      '… has not completed the Google verification process. The app is currently being tested, and can only be accessed by developer-approved testers. — Error 403: access_denied',
    match:
      /has not completed the Google verification process|only be accessed by developer-approved testers|developer hasn.t given you access to this app/i,
    family: 'access_denied',
    source: {
      title:
        'Access blocked: … has not completed the Google verification process',
      url: 'https://developers.google.com/identity/protocols/oauth2/production-readiness/brand-verification#projects-used-in-dev-test-stage',
      note: 'Page text as users copied it (github.com/googleworkspace/cli/issues/281; older wording "The developer hasn’t given you access to this app": github.com/googlecodelabs/feedback/issues/975).',
    },
  },
  {
    id: 'googleClientNotFound',
    idp: 'google',
    quote: 'Error 401: invalid_client — The OAuth client was not found.',
    match: /The OAuth client was not found/i,
    family: 'invalid_client',
    causes: ['wrongClientId', 'notSubstituted', 'deleted'],
    source: {
      title: 'Authorization Error (Google’s error page): invalid_client',
      url: 'https://developers.google.com/identity/protocols/oauth2/web-server#authorization-errors-invalid-client',
      note: 'Page and token answer as users copied them (github.com/compserv/hknweb/issues/306, github.com/erebusnz/gapi-google-analytics-php-interface/issues/149).',
    },
  },
];

const GITHUB_AUTHORIZE: IdpSource = {
  title: 'Troubleshooting authorization request errors',
  url: 'https://docs.github.com/en/apps/oauth-apps/maintaining-oauth-apps/troubleshooting-authorization-request-errors',
};
const GITHUB_TOKEN: IdpSource = {
  title: 'Troubleshooting OAuth app access token request errors',
  url: 'https://docs.github.com/en/apps/oauth-apps/maintaining-oauth-apps/troubleshooting-oauth-app-access-token-request-errors',
};

const GITHUB: IdpCatalogEntry[] = [
  {
    id: 'githubRedirectUriMismatch',
    idp: 'github',
    quote:
      'The redirect_uri MUST match the registered callback URL for this application.',
    match: /redirect_uri MUST match the registered callback URL/i,
    family: 'redirect_uri_mismatch',
    callbackUrl: true,
    source: GITHUB_AUTHORIZE,
  },
  {
    id: 'githubIncorrectClientCredentials',
    idp: 'github',
    quote:
      'incorrect_client_credentials: The client_id and/or client_secret passed are incorrect.',
    match:
      /incorrect_client_credentials|client_id and\/or client_secret passed are incorrect/i,
    family: 'invalid_client',
    causes: ['wrongSecret', 'appMixup', 'notSubstituted'],
    source: GITHUB_TOKEN,
  },
  {
    id: 'githubBadVerificationCode',
    idp: 'github',
    quote: 'bad_verification_code: The code passed is incorrect or expired.',
    match: /bad_verification_code|The code passed is incorrect or expired/i,
    family: 'invalid_grant',
    causes: ['usedTwice', 'expired', 'otherInstance'],
    source: {
      ...GITHUB_TOKEN,
      note: "The error_description as GitHub sends it, with error_uri pointing to this page's #bad-verification-code (recorded in a test fixture of github.com/dagger/dagger, website/cypress/fixtures/bad_verification.code.json).",
    },
  },
  {
    id: 'githubApplicationSuspended',
    idp: 'github',
    quote:
      'application_suspended: Your application has been suspended. Contact support@github.com.',
    match: /application_suspended|Your application has been suspended/i,
    family: 'access_denied',
    source: GITHUB_AUTHORIZE,
  },
  {
    id: 'githubAccessDenied',
    idp: 'github',
    quote: 'The user has denied your application access.',
    match: /has denied your application access/i,
    family: 'access_denied',
    warning: true,
    source: {
      ...GITHUB_AUTHORIZE,
      note: 'Section "Access denied"; the excerpt the search tool returned ends before it, the description is as GitHub sends it (error_uri …#access-denied) and as several GitHub-compatible servers copy it.',
    },
  },
];

const GITLAB_OAUTH: IdpSource = {
  title: 'Doorkeeper (the OAuth server inside GitLab): English error messages',
  repo: 'doorkeeper-gem/doorkeeper',
  path: 'config/locales/en.yml',
};
const GITLAB_PAGE =
  "GitLab's page as users copied it (github.com/nextauthjs/next-auth/issues/1769, github.com/PostHog/posthog/issues/4049). GitLab's OAuth provider (docs.gitlab.com/integration/oauth_provider) is Doorkeeper, and other Doorkeeper servers (Mastodon…) write the same words, so they do not name GitLab.";

const GITLAB: IdpCatalogEntry[] = [
  {
    id: 'gitlabRedirectUriInvalid',
    idp: 'gitlab',
    quote: 'The redirect URI included is not valid.',
    match:
      /redirect URI included is not valid|requested redirect uri is malformed or doesn.t match client redirect URI/i,
    family: 'redirect_uri_mismatch',
    callbackUrl: true,
    shared: true,
    source: {
      ...GITLAB_OAUTH,
      note: `Older Doorkeeper releases; the current locale says "The requested redirect uri is malformed or doesn't match client redirect URI." ${GITLAB_PAGE}`,
    },
  },
  {
    id: 'gitlabInvalidClient',
    idp: 'gitlab',
    quote:
      'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.',
    match: /Client authentication failed due to unknown client/i,
    family: 'invalid_client',
    causes: ['wrongSecret', 'wrongClientId', 'otherInstance'],
    shared: true,
    source: {
      ...GITLAB_OAUTH,
      note: `errors.messages.invalid_client. ${GITLAB_PAGE}`,
    },
  },
];

const KEYCLOAK_MESSAGES: IdpSource = {
  title: 'Keycloak login theme messages (English)',
  repo: 'keycloak/keycloak',
  path: 'themes/src/main/resources/theme/base/login/messages/messages_en.properties',
};

const KEYCLOAK: IdpCatalogEntry[] = [
  {
    id: 'keycloakInvalidRedirectUri',
    idp: 'keycloak',
    quote: 'Invalid parameter: redirect_uri',
    match: /Invalid parameter: redirect_uri/i,
    family: 'redirect_uri_mismatch',
    callbackUrl: true,
    source: {
      ...KEYCLOAK_MESSAGES,
      note: 'invalidParameterMessage=Invalid parameter\\: {0}, with {0} = redirect_uri.',
    },
  },
  {
    id: 'keycloakClientNotFound',
    idp: 'keycloak',
    quote: 'Client not found.',
    match: /Client not found\./,
    family: 'invalid_client',
    causes: ['wrongClientId', 'wrongRealm'],
    source: { ...KEYCLOAK_MESSAGES, note: 'clientNotFoundMessage' },
  },
  {
    id: 'keycloakClientDisabled',
    idp: 'keycloak',
    quote: 'Client disabled.',
    match: /Client disabled\./,
    family: 'unauthorized_client',
    source: { ...KEYCLOAK_MESSAGES, note: 'clientDisabledMessage' },
  },
  {
    id: 'keycloakStandardFlowDisabled',
    idp: 'keycloak',
    quote:
      'Client is not allowed to initiate browser login with given response_type. Standard flow is disabled for the client.',
    match: /Standard flow is disabled for the client/i,
    family: 'unauthorized_client',
    source: { ...KEYCLOAK_MESSAGES, note: 'standardFlowDisabledMessage' },
  },
  {
    id: 'keycloakBearerOnly',
    idp: 'keycloak',
    quote: 'Bearer-only applications are not allowed to initiate browser login',
    match:
      /Bearer-only applications are not allowed to initiate browser login/i,
    family: 'unauthorized_client',
    source: { ...KEYCLOAK_MESSAGES, note: 'bearerOnlyMessage' },
  },
  {
    id: 'keycloakInvalidClientCredentials',
    idp: 'keycloak',
    quote:
      '{"error":"unauthorized_client","error_description":"Invalid client or Invalid client credentials"}',
    match: /Invalid client or Invalid client credentials/i,
    family: 'invalid_client',
    causes: ['wrongSecret', 'noSecret', 'authenticator'],
    source: {
      title: 'Keycloak client authenticator: client id and secret',
      repo: 'keycloak/keycloak',
      path: 'services/src/main/java/org/keycloak/authentication/authenticators/client/ClientIdAndSecretAuthenticator.java',
      note: 'Sent with HTTP 401 and the code unauthorized_client for a missing, wrong or expired secret (older releases sent invalid_client).',
    },
  },
  {
    id: 'keycloakCookieNotFound',
    idp: 'keycloak',
    quote:
      'Cookie not found. Please make sure cookies are enabled in your browser.',
    match: /Cookie not found\. Please make sure cookies are enabled/i,
    family: 'invalid_request',
    causes: ['staleTab', 'blocked', 'hostname'],
    source: { ...KEYCLOAK_MESSAGES, note: 'cookieNotFoundMessage' },
  },
];

const AUTH0: IdpCatalogEntry[] = [
  {
    id: 'auth0CallbackMismatch',
    idp: 'auth0',
    quote:
      'Callback URL mismatch. … is not in the list of allowed callback URLs.',
    match: /Callback URL mismatch|is not in the list of allowed callback URLs/i,
    family: 'redirect_uri_mismatch',
    callbackUrl: true,
    source: {
      title:
        'Callback URL Mismatch Error: "{URL} Is Not in the List of Allowed Callback URLs"',
      url: 'https://support.auth0.com/center/s/article/Callback-URL-Mismatch-Error-Is-Not-in-the-List-of-Allowed-Callback-URLs',
      note: 'The page heading "Callback URL mismatch." as users copied it (docs.mewrite.jp/errors/auth0-callback-error).',
    },
  },
];

const COGNITO_AUTHORIZE: IdpSource = {
  title: 'The redirect and authorization endpoint - Amazon Cognito',
  url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html',
};

const COGNITO: IdpCatalogEntry[] = [
  {
    id: 'cognitoRedirectMismatch',
    idp: 'cognito',
    quote: 'error=redirect_mismatch',
    match: /\bredirect_mismatch\b/,
    family: 'redirect_uri_mismatch',
    callbackUrl: true,
    source: {
      ...COGNITO_AUTHORIZE,
      note: "The excerpt the search tool returned shows the endpoint's parameters, not its error table; the code as Cognito's hosted page puts it in its address (pastebin.com/Tb0v6Mf4).",
    },
  },
  {
    id: 'cognitoInvalidClient',
    idp: 'cognito',
    quote:
      "invalid_client: Client authentication failed. For example, when the client includes client_id and client_secret in the authorization header, but there's no such client with that client_id and client_secret.",
    // Cognito sends the bare code: only its host in the same text names it.
    match:
      /amazoncognito\.com[\s\S]*\binvalid_client\b|\binvalid_client\b[\s\S]*amazoncognito\.com/,
    family: 'invalid_client',
    causes: ['basicHeader', 'wrongSecret', 'noSecret'],
    source: {
      title: 'The token issuer endpoint - Amazon Cognito',
      url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html',
      note: "The explanation is the page's, as quoted by AWS (repost.aws/questions/QUlrEPiyWKQYWvCp0sbUtBfg); the answer itself carries only the code.",
    },
  },
];

const BITBUCKET: IdpCatalogEntry[] = [
  {
    id: 'bitbucketInvalidRedirectUri',
    idp: 'bitbucket',
    quote:
      'Invalid redirect_uri — This integration is misconfigured. Contact the vendor for assistance.',
    match: /This integration is misconfigured\. Contact the vendor/i,
    family: 'redirect_uri_mismatch',
    callbackUrl: true,
    source: {
      title: 'Use OAuth on Bitbucket Cloud',
      url: 'https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/',
      note: "The page as users copied it from Bitbucket (github.com/hickford/git-credential-oauth/issues/1, github.com/SonarSource/sonar-auth-bitbucket/issues/7); Atlassian's page itself was not in the search tool.",
    },
  },
  {
    id: 'bitbucketNoCallback',
    idp: 'bitbucket',
    quote: 'No callback uri defined for the OAuth client.',
    match: /No callback uri defined for the OAuth client/i,
    family: 'invalid_request',
    callbackUrl: true,
    source: {
      title: 'Use OAuth on Bitbucket Cloud',
      url: 'https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/',
      note: "The token endpoint's answer as quoted in github.com/composer/composer/pull/5335 and github.com/jonhadfield/soba/issues/50.",
    },
  },
];

const AUTH0_ACCESS_DENIED: IdpSource = {
  title: 'Troubleshooting the "access_denied" Error',
  url: 'https://support.auth0.com/center/s/article/troubleshooting-the-access-denied-error',
};

const AUTH0_MORE: IdpCatalogEntry[] = [
  {
    id: 'auth0ServiceNotFound',
    idp: 'auth0',
    quote: 'access_denied: Service not found: …',
    match: /Service not found: /,
    family: 'access_denied',
    source: AUTH0_ACCESS_DENIED,
  },
  {
    id: 'auth0UserCanceled',
    idp: 'auth0',
    quote: 'access_denied: User has canceled the interaction.',
    match: /User has canceled the interaction/i,
    family: 'access_denied',
    warning: true,
    source: AUTH0_ACCESS_DENIED,
  },
];

const ONELOGIN_SAMPLE: IdpSource = {
  title: 'onelogin/onelogin-oidc-node issue 17: Implicit Flow not working?',
  url: 'https://github.com/onelogin/onelogin-oidc-node/issues/17',
  note: "OneLogin's own sample repository, where its answers are quoted; its developer documentation held no error text in the search tool. The words are node-oidc-provider's, which OneLogin's OIDC server writes (the current release says \"any of the client's\": node_modules/oidc-provider/lib/helpers/errors.js), so they do not name OneLogin.",
};

const ONELOGIN: IdpCatalogEntry[] = [
  {
    id: 'oneloginRedirectUriMismatch',
    idp: 'onelogin',
    quote:
      "redirect_uri_mismatch: redirect_uri did not match any client's registered redirect_uris",
    match:
      /redirect_uri did not match any (?:of the )?client.s registered redirect_uris/i,
    family: 'redirect_uri_mismatch',
    callbackUrl: true,
    shared: true,
    source: ONELOGIN_SAMPLE,
  },
  {
    id: 'oneloginClientInvalid',
    idp: 'onelogin',
    quote: 'invalid_client: client is invalid',
    match: /\bclient is invalid\b/i,
    family: 'invalid_client',
    shared: true,
    causes: ['otherClientId', 'wrongSecret', 'notSubstituted'],
    source: ONELOGIN_SAMPLE,
  },
];

const PING: IdpCatalogEntry[] = [
  {
    id: 'pingOneValidation',
    idp: 'ping',
    quote:
      'The request could not be completed. One or more validation errors were in the request.',
    match: /One or more validation errors were in the request/i,
    family: 'redirect_uri_mismatch',
    callbackUrl: true,
    causes: ['redirectUri', 'other'],
    source: {
      title: 'PingOne: Troubleshooting redirect URI mismatch errors',
      url: 'https://docs.pingidentity.com/pingone/pingone_tutorials/p1_troubleshooting_nodejs_express_app.html',
    },
  },
];

/**
 * The IdPs' own words that a Backstage sign-in meets, most specific first:
 * the first entry whose `match` finds its text wins.
 */
export const IDP_CATALOG: readonly IdpCatalogEntry[] = [
  ...ENTRA,
  ...OKTA,
  ...GOOGLE,
  ...GITHUB,
  ...GITLAB,
  ...KEYCLOAK,
  ...AUTH0,
  ...AUTH0_MORE,
  ...COGNITO,
  ...BITBUCKET,
  ...ONELOGIN,
  ...PING,
];
