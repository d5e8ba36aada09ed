import type { IdpCatalogEntry, IdpSource } from '../types';

// Microsoft Entra ID's own words. Cause, fix and causes: idpCatalogMessages.ts under
// each entry's id.

const ENTRA_CODES: IdpSource = {
  title: 'Microsoft Entra authentication and authorization error codes',
  url: 'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes',
};
const entra = (note: string): IdpSource => ({ ...ENTRA_CODES, note });

export const ENTRA: IdpCatalogEntry[] = [
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
