import {
  classifySignInFailure,
  type SignInFailureContext,
} from '../classifySignInFailure';
import { defaultSignInText } from '../findings';
import { idpCatalogMessages } from '../../../translations/idpCatalogMessages';
import { signInHelpMessages } from '../../../translations/signInHelpMessages';
import { IDP_CATALOG } from './idpCatalog';
import { readIdpError } from './readIdpError';
import { IDPS } from './types';

const context = (providerId: string): SignInFailureContext => ({
  providerId,
  providerTitle: providerId,
  pageOrigin: 'https://backstage.example.com',
  appBaseUrl: 'https://backstage.example.com',
  authBaseUrl: 'https://backstage.example.com/api/auth',
  callbackUrl: `https://backstage.example.com/api/auth/${providerId}/handler/frame`,
  environment: 'production',
});

// One case per catalog entry: the IdP's text as it reaches the page (a
// popup's "Authentication failed, …", a callback address, a token
// endpoint's JSON, or the IdP's error page copied), and the document it is
// quoted from.
const cases: Array<
  [entryId: string, source: string, provider: string, text: string]
> = [
  [
    'entraAadsts50011',
    'Microsoft Entra authentication and authorization error codes',
    'microsoft',
    "Sorry, but we’re having trouble signing you in.\nAADSTS50011: The redirect URI 'http://localhost:7007/api/auth/microsoft/handler/frame' specified in the request does not match the redirect URIs configured for the application '00000000-0000-0000-0000-000000000000'.",
  ],
  [
    'entraAadsts90102',
    'invalid_request: The provided value for the input parameter redirect_uri is not valid (Microsoft Q&A)',
    'microsoft',
    "AADSTS90102: 'redirect_uri' value must be a valid absolute URI.",
  ],
  [
    'entraRedirectUriNotValid',
    'invalid_request: The provided value for the input parameter redirect_uri is not valid (Microsoft Q&A)',
    'microsoft',
    "Authentication failed, invalid_request (The provided value for the input parameter 'redirect_uri' is not valid. The expected value is a URI which matches a redirect URI registered for this client application.)",
  ],
  [
    'entraAadsts50194',
    'Microsoft Entra authentication and authorization error codes',
    'microsoft',
    "AADSTS50194: Application 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx' is not configured as a multi-tenant application. Usage of the /common endpoint is not supported for such applications created after '10/15/2018'. Use a tenant-specific endpoint or configure the application to be multi-tenant.",
  ],
  [
    'entraAadsts700016',
    'Microsoft Entra authentication and authorization error codes',
    'microsoft',
    'https://backstage.example.com/api/auth/microsoft/handler/frame?error=unauthorized_client&error_description=AADSTS700016%3A+Application+with+identifier+%27abc%27+was+not+found+in+the+directory+%27Contoso%27.+You+may+have+sent+your+authentication+request+to+the+wrong+tenant.&state=x',
  ],
  [
    'entraAadsts7000215',
    'Microsoft Entra authentication and authorization error codes',
    'microsoft',
    "Login failed; caused by Error: Authentication failed, invalid_client (AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app 'abc'.)",
  ],
  [
    'entraAadsts7000222',
    'Microsoft Entra authentication and authorization error codes',
    'microsoft',
    '{"error":"invalid_client","error_description":"AADSTS7000222: The provided client secret keys are expired. Visit the Azure Portal to create new keys for your app.\\r\\nTrace ID: 1","error_codes":[7000222]}',
  ],
  [
    'entraAadsts50020',
    'Error AADSTS50020 - User account from identity provider does not exist in tenant',
    'microsoft',
    "AADSTS50020: User account 'user@domain.com' from identity provider live.com does not exist in tenant 'Contoso'.",
  ],
  [
    'entraAadsts50105',
    'Microsoft Entra authentication and authorization error codes',
    'microsoft',
    '?error=access_denied&error_description=AADSTS50105%3A+Your+administrator+has+configured+the+application+Backstage+(abc)+to+block+users+unless+they+are+specifically+granted+(%27assigned%27)+access+to+the+application.',
  ],
  [
    'entraAadsts65001',
    'Microsoft Entra authentication and authorization error codes',
    'microsoft',
    "Authentication failed, invalid_grant (AADSTS65001: The user or administrator has not consented to use the application with ID 'abc' named 'Backstage'. Send an interactive authorization request for this user and resource.)",
  ],
  [
    'entraAadsts53003',
    'Microsoft Entra authentication and authorization error codes',
    'microsoft',
    '{"error":"access_denied","error_description":"AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance."}',
  ],
  [
    'entraAadsts50076',
    'Microsoft Entra authentication and authorization error codes',
    'microsoft',
    "Authentication failed, interaction_required (AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '00000003-0000-0000-c000-000000000000'.)",
  ],
  [
    'oktaRedirectUri',
    'Okta Error "400 Bad Request" - "The redirect_uri Parameter Must Be a Login Redirect URI in the Client App Settings"',
    'okta',
    "400 Bad Request\nThe 'redirect_uri' parameter must be a Login redirect URI in the client app settings: https://dev-1.okta.com/admin/app/oidc_client/instance/abc#tab-general",
  ],
  [
    'oktaUserNotAssigned',
    'Why am I redirected back to my app instead of being shown the Okta-hosted error pages when my OpenID Connect app returns an error?',
    'okta',
    'https://backstage.example.com/api/auth/okta/handler/frame?error=access_denied&error_description=User+is+not+assigned+to+the+client+application.&state=abc',
  ],
  [
    'oktaE0000015',
    '401 Permissions Error during Log in to an OIDC App or when Configuring a Custom Authorization Server',
    'okta',
    'Okta HTTP 401 E0000015 You do not have permission to access the feature you are requesting.',
  ],
  [
    'oktaE0000011',
    'Okta error codes and descriptions',
    'okta',
    '{"errorCode":"E0000011","errorSummary":"Invalid token provided","errorLink":"E0000011","errorId":"oae1","errorCauses":[]}',
  ],
  [
    'oktaClientSecretInvalid',
    'Okta token endpoint answers, as tabulated by an Okta integration (NCI Wiki)',
    'okta',
    'Authentication failed, invalid_client (The client secret supplied for a confidential client is invalid.)',
  ],
  [
    'oktaClientIdInvalid',
    'Okta token endpoint answers, as tabulated by an Okta integration (NCI Wiki)',
    'okta',
    '{"errorCode":"invalid_client","errorSummary":"Invalid value for \'client_id\' parameter.","errorLink":"invalid_client","errorId":"oae2","errorCauses":[]}',
  ],
  [
    'googleRedirectUriMismatch',
    'Sign in with Google: Authorization Error (Google’s error page)',
    'google',
    "Authorization Error\nError 400: redirect_uri_mismatch\nYou can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy.\nIf you're the app developer, register the redirect URI in the Google Cloud Console.",
  ],
  [
    'googleInvalidRequest',
    'Access blocked: Authorization Error (Google’s error page)',
    'google',
    "Access blocked: Authorization Error\nYou can't sign in to this app because it doesn't comply with Google's OAuth 2.0 policy for keeping apps secure.\nError 400: invalid_request",
  ],
  [
    'googleOrgInternal',
    'Authorization Error (Google’s error page): org_internal',
    'google',
    'Authorization Error\nError 403: org_internal\nThis client is restricted to users within its organization.',
  ],
  [
    'googleAdminPolicyEnforced',
    'Authorization Error (Google’s error page): admin_policy_enforced',
    'google',
    'That’s an error.\nError: admin_policy_enforced\nAccess to your account data is restricted by policies within your organization. Please contact administrator for more information.',
  ],
  [
    'googleUnverifiedApp',
    'Access blocked: … has not completed the Google verification process',
    'google',
    'Access blocked: Backstage has not completed the Google verification process\nBackstage has not completed the Google verification process. The app is currently being tested, and can only be accessed by developer-approved testers.\nError 403: access_denied',
  ],
  [
    'googleClientNotFound',
    'Authorization Error (Google’s error page): invalid_client',
    'google',
    'Authorization Error\nError 401: invalid_client\nThe OAuth client was not found.',
  ],
  [
    'githubRedirectUriMismatch',
    'Troubleshooting authorization request errors',
    'github',
    'https://backstage.example.com/api/auth/github/handler/frame?error=redirect_uri_mismatch&error_description=The+redirect_uri+MUST+match+the+registered+callback+URL+for+this+application.&error_uri=%2Fapps%2Fmanaging-oauth-apps%2Ftroubleshooting-authorization-request-errors%2F%23redirect-uri-mismatch&state=xyz',
  ],
  [
    'githubIncorrectClientCredentials',
    'Troubleshooting OAuth app access token request errors',
    'github',
    '{"error":"incorrect_client_credentials","error_description":"The client_id and/or client_secret passed are incorrect.","error_uri":"/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors/#incorrect-client-credentials"}',
  ],
  [
    'githubBadVerificationCode',
    'Troubleshooting OAuth app access token request errors',
    'github',
    'Login failed; caused by Error: Authentication failed, bad_verification_code',
  ],
  [
    'githubApplicationSuspended',
    'Troubleshooting authorization request errors',
    'github',
    'http://your-application.com/callback?error=application_suspended&error_description=Your+application+has+been+suspended.+Contact+support@github.com.&state=xyz',
  ],
  [
    'githubAccessDenied',
    'Troubleshooting authorization request errors',
    'github',
    'Authentication rejected, The user has denied your application access.',
  ],
  [
    'gitlabRedirectUriInvalid',
    'Doorkeeper (the OAuth server inside GitLab): English error messages',
    'gitlab',
    'An error has occurred\nThe redirect URI included is not valid.',
  ],
  [
    'gitlabInvalidClient',
    'Doorkeeper (the OAuth server inside GitLab): English error messages',
    'gitlab',
    'An error has occurred\nClient authentication failed due to unknown client, no client authentication included, or unsupported authentication method.',
  ],
  [
    'keycloakInvalidRedirectUri',
    'Keycloak login theme messages (English)',
    'oidc',
    'We are sorry...\nInvalid parameter: redirect_uri',
  ],
  [
    'keycloakClientNotFound',
    'Keycloak login theme messages (English)',
    'oidc',
    'We are sorry...\nClient not found.',
  ],
  [
    'keycloakClientDisabled',
    'Keycloak login theme messages (English)',
    'oidc',
    'We are sorry...\nClient disabled.',
  ],
  [
    'keycloakStandardFlowDisabled',
    'Keycloak login theme messages (English)',
    'oidc',
    'Authentication failed, unauthorized_client (Client is not allowed to initiate browser login with given response_type. Standard flow is disabled for the client.)',
  ],
  [
    'keycloakBearerOnly',
    'Keycloak login theme messages (English)',
    'oidc',
    'We are sorry...\nBearer-only applications are not allowed to initiate browser login',
  ],
  [
    'keycloakInvalidClientCredentials',
    'Keycloak client authenticator: client id and secret',
    'oidc',
    'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"error":"unauthorized_client","error_description":"Invalid client or Invalid client credentials"}',
  ],
  [
    'keycloakCookieNotFound',
    'Keycloak login theme messages (English)',
    'oidc',
    'We are sorry...\nCookie not found. Please make sure cookies are enabled in your browser.',
  ],
  [
    'auth0CallbackMismatch',
    'Callback URL Mismatch Error: "{URL} Is Not in the List of Allowed Callback URLs"',
    'auth0',
    'Callback URL mismatch.\nhttp://localhost:7007/api/auth/auth0/handler/frame is not in the list of allowed callback URLs.',
  ],
  [
    'cognitoRedirectMismatch',
    'The redirect and authorization endpoint - Amazon Cognito',
    'oidc',
    'https://app.auth.us-east-1.amazoncognito.com/error?error=redirect_mismatch&client_id=abc',
  ],
  [
    'cognitoInvalidClient',
    'The token issuer endpoint - Amazon Cognito',
    'oidc',
    'POST https://app.auth.us-east-1.amazoncognito.com/oauth2/token\nHTTP/1.1 400 Bad Request\n\n{"error":"invalid_client"}',
  ],
  [
    'bitbucketInvalidRedirectUri',
    'Use OAuth on Bitbucket Cloud',
    'bitbucket',
    'Invalid redirect_uri\nThis integration is misconfigured. Contact the vendor for assistance.',
  ],
  [
    'bitbucketNoCallback',
    'Use OAuth on Bitbucket Cloud',
    'bitbucket',
    '{"error_description": "No callback uri defined for the OAuth client.", "error": "invalid_request"}',
  ],
  [
    'auth0ServiceNotFound',
    'Troubleshooting the "access_denied" Error',
    'auth0',
    'https://backstage.example.com/api/auth/auth0/handler/frame?error=access_denied&error_description=Service%20not%20found%3A%20https%3A%2F%2Fapi.example.com&state=abc',
  ],
  [
    'auth0UserCanceled',
    'Troubleshooting the "access_denied" Error',
    'auth0',
    'Authentication rejected, User has canceled the interaction.',
  ],
  [
    'oneloginRedirectUriMismatch',
    'onelogin/onelogin-oidc-node issue 17: Implicit Flow not working?',
    'oidc',
    "error: redirect_uri_mismatch\nerror_description: redirect_uri did not match any client's registered redirect_uris\nstate: 497592e85aae4273ad",
  ],
  [
    'oneloginClientInvalid',
    'onelogin/onelogin-oidc-node issue 17: Implicit Flow not working?',
    'oidc',
    'error: invalid_client\nerror_description: client is invalid\nstate: 7f38287367a6475f9eaa6c0b6370c1c',
  ],
  [
    'pingOneValidation',
    'PingOne: Troubleshooting redirect URI mismatch errors',
    'oidc',
    'The request could not be completed. One or more validation errors were in the request.',
  ],
];

describe('the IdP catalog, entry by entry', () => {
  it.each(cases)('%s, quoted from "%s"', (entryId, source, provider, text) => {
    const reading = readIdpError(text);
    expect(reading?.entry?.id).toBe(entryId);
    const entry = reading!.entry!;
    expect(entry.source.title).toBe(source);
    // A shared wording (the library the IdP is built on) names no IdP.
    expect(reading?.idp).toBe(entry.shared ? undefined : entry.idp);

    const finding = classifySignInFailure({ message: text }, context(provider));
    const messages =
      idpCatalogMessages.idpCatalog.entries[
        entryId as keyof typeof idpCatalogMessages.idpCatalog.entries
      ];
    expect(finding.title).toBe(
      defaultSignInText(`idpCatalog.entries.${entryId}.title`),
    );
    for (const part of [finding.title, finding.detail, finding.fix ?? '']) {
      expect(part).not.toMatch(/\{\{|idpCatalog\.|findings\./);
      expect(part.trim()).not.toBe('');
    }
    expect(
      finding.evidence!.some(
        e =>
          e.label === 'Identity provider (named by its wording)' &&
          e.value === defaultSignInText(`idpCatalog.idps.${entry.idp}`),
      ),
    ).toBe(!entry.shared);
    expect(finding.evidence).toContainEqual(
      expect.objectContaining({
        label: 'Documented in',
        value: expect.stringContaining(source),
      }),
    );
    // The fix names the exact callback URL exactly when the entry says so.
    const url = context(provider).callbackUrl!;
    expect(finding.fix!.includes(url)).toBe(Boolean(entry.callbackUrl));
    expect(
      finding.evidence!.some(
        e => e.label === 'Callback URL' && e.value === url,
      ),
    ).toBe(Boolean(entry.callbackUrl));
    // Several causes: one message each, in the entry's order.
    expect(finding.causes?.length ?? 0).toBe(entry.causes?.length ?? 0);
    expect(Object.keys((messages as { causes?: object }).causes ?? {})).toEqual(
      [...(entry.causes ?? [])],
    );
  });

  it.each(cases)(
    '%s never renders an empty placeholder when the provider is unknown',
    (_id, _source, _provider, text) => {
      const finding = classifySignInFailure(
        { message: text },
        { providerId: '', providerTitle: 'IdP', pageOrigin: '' },
        undefined,
        'pasted',
      );
      const rendered = [
        finding.title,
        finding.detail,
        finding.fix ?? '',
        ...(finding.causes ?? []),
      ].join('\n');
      expect(rendered).not.toMatch(
        /\{\{|auth\.providers\.\.|\/api\/auth\/\/|“”|""/,
      );
    },
  );

  it('has a case above for every entry, and a message for every case', () => {
    expect(cases.map(([id]) => id).sort()).toEqual(
      IDP_CATALOG.map(e => e.id).sort(),
    );
    expect(Object.keys(idpCatalogMessages.idpCatalog.entries).sort()).toEqual(
      IDP_CATALOG.map(e => e.id).sort(),
    );
  });

  it('gives every entry a source, a quote and a cause and fix in words', () => {
    const ids = new Set<string>();
    for (const entry of IDP_CATALOG) {
      expect(ids.has(entry.id)).toBe(false);
      ids.add(entry.id);
      expect(entry.quote.trim()).not.toBe('');
      expect(entry.source.title.trim()).not.toBe('');
      expect(
        entry.source.url ?? (entry.source.repo && entry.source.path),
      ).toBeTruthy();
      const messages = idpCatalogMessages.idpCatalog.entries[
        entry.id as keyof typeof idpCatalogMessages.idpCatalog.entries
      ] as { title: string; detail: string; fix: string };
      expect(messages.title.trim()).not.toBe('');
      expect(messages.detail.trim()).not.toBe('');
      expect(messages.fix.trim()).not.toBe('');
    }
  });

  it('counts entries for every IdP of the list', () => {
    const counts = Object.fromEntries(
      IDPS.map(idp => [idp, IDP_CATALOG.filter(e => e.idp === idp).length]),
    );
    expect(counts).toEqual({
      entraId: 12,
      okta: 6,
      google: 6,
      github: 5,
      gitlab: 2,
      keycloak: 7,
      auth0: 3,
      cognito: 2,
      bitbucket: 2,
      onelogin: 2,
      ping: 1,
    });
  });

  it('is carried by the sign-in help translation ref', () => {
    expect(signInHelpMessages.idpCatalog).toBe(idpCatalogMessages.idpCatalog);
  });
});

describe('reading the IdP answer in each wrapper', () => {
  const wrappers = [
    'Login failed; caused by Error: Authentication failed, incorrect_client_credentials (The client_id and/or client_secret passed are incorrect.)',
    '{"error":"incorrect_client_credentials","error_description":"The client_id and/or client_secret passed are incorrect."}',
    'https://backstage.example.com/api/auth/github/handler/frame?error=incorrect_client_credentials&error_description=The+client_id+and%2For+client_secret+passed+are+incorrect.',
    'incorrect_client_credentials (The client_id and/or client_secret passed are incorrect.)',
  ];

  it.each(wrappers)('finds GitHub’s code and description in %s', text => {
    expect(readIdpError(text)).toEqual(
      expect.objectContaining({
        code: 'incorrect_client_credentials',
        description: 'The client_id and/or client_secret passed are incorrect.',
        family: 'invalid_client',
        idp: 'github',
      }),
    );
  });

  it('names no IdP for a bare code several IdPs send', () => {
    const reading = readIdpError(
      'Authentication failed, redirect_uri_mismatch',
    );
    expect(reading).toEqual({
      code: 'redirect_uri_mismatch',
      family: 'redirect_uri_mismatch',
    });
  });

  it('names the IdP from its wording when no entry knows the text', () => {
    const reading = readIdpError(
      'POST https://login.microsoftonline.com/contoso/oauth2/v2.0/token answered invalid_grant',
    );
    expect(reading).toEqual(
      expect.objectContaining({ family: 'invalid_grant', idp: 'entraId' }),
    );
    expect(reading?.entry).toBeUndefined();
    const finding = classifySignInFailure(
      {
        message:
          'POST https://login.microsoftonline.com/contoso/oauth2/v2.0/token answered invalid_grant',
      },
      context('microsoft'),
    );
    expect(finding.id).toBe('idpInvalidGrant');
    expect(finding.evidence).toContainEqual({
      label: 'Identity provider (named by its wording)',
      value: 'Microsoft Entra ID',
    });
  });

  it('reads an error page that lists error and error_description on lines', () => {
    expect(
      readIdpError(
        'error: invalid_client\nerror_description: client is invalid\nstate: 7f38',
      ),
    ).toEqual(
      expect.objectContaining({
        code: 'invalid_client',
        description: 'client is invalid',
        family: 'invalid_client',
      }),
    );
  });

  it('recognises words several servers write without naming one of them', () => {
    // node-oidc-provider's current wording, as this project's dev IdP shows it.
    const reading = readIdpError(
      "invalid_redirect_uri (redirect_uri did not match any of the client's registered redirect_uris)",
    );
    expect(reading?.entry?.id).toBe('oneloginRedirectUriMismatch');
    expect(reading?.idp).toBeUndefined();
    const finding = classifySignInFailure(
      {
        message:
          "redirect_uri did not match any of the client's registered redirect_uris",
      },
      context('oidc'),
    );
    expect(finding.title).toBe(
      'The identity provider does not know Backstage’s callback URL',
    );
    expect(finding.fix).toContain(context('oidc').callbackUrl);
  });

  it('names the IdP of shared words when the text also carries its address', () => {
    const reading = readIdpError(
      'https://gitlab.example.com/oauth/authorize?client_id=abc\nAn error has occurred\nThe redirect URI included is not valid.',
    );
    expect(reading?.entry?.id).toBe('gitlabRedirectUriInvalid');
    expect(reading?.idp).toBe('gitlab');
  });

  it('calls a pasted text’s IdP by the name its words give when no provider is known', () => {
    const finding = classifySignInFailure(
      {
        message:
          'POST https://login.microsoftonline.com/contoso/oauth2/v2.0/token answered invalid_grant',
      },
      { providerId: '', providerTitle: 'IdP', pageOrigin: '' },
      undefined,
      'pasted',
    );
    expect(finding.title).toBe(
      'Microsoft Entra ID refused the code or refresh token (invalid_grant)',
    );
  });

  it('leaves a code that is no OAuth family to the provider’s own words', () => {
    expect(
      readIdpError('Authentication failed, temporarily_unavailable'),
    ).toBeUndefined();
    expect(readIdpError('the cat sat on the mat')).toBeUndefined();
    expect(readIdpError('')).toBeUndefined();
  });
});

describe('ambiguity is said, never hidden', () => {
  it('lets a description naming a configuration fault win over access_denied', () => {
    const finding = classifySignInFailure(
      {
        message:
          'Login failed; caused by Error: Authentication rejected, access_denied (User is not assigned to the client application.)',
      },
      context('okta'),
    );
    expect(finding.id).toBe('idpAccessDenied');
    expect(finding.severity).toBe('problem');
    expect(finding.title).toBe(
      'You are not assigned to the Backstage app in Okta',
    );
    expect(`${finding.detail} ${finding.fix}`).not.toMatch(
      /Deny or Cancel was chosen/,
    );
  });

  it('explains access_denied with a reason no entry knows by the reason, causes in order', () => {
    const description =
      'The client is not authorized to request an authorization code using this method.';
    const finding = classifySignInFailure(
      {
        message: `?error=access_denied&error_description=${encodeURIComponent(description)}`,
      },
      context('oidc'),
    );
    expect(finding.id).toBe('idpAccessDenied');
    expect(finding.severity).toBe('problem');
    expect(finding.title).toBe('oidc refused the sign-in and said why');
    expect(finding.detail).toContain(`“${description}”`);
    expect(finding.detail).not.toMatch(/Deny or Cancel was chosen/);
    expect(finding.causes).toHaveLength(3);
    expect(finding.causes![0]).toMatch(/^A policy or assignment refuses/);
    expect(finding.causes![2]).toMatch(/^Someone chose Deny or Cancel/);
    expect(finding.evidence).toContainEqual({
      label: 'What the identity provider said',
      value: description,
    });
  });

  it('puts the user’s own choice first when the reason says the user stopped', () => {
    const finding = classifySignInFailure(
      {
        message:
          'Authentication rejected, access_denied (End-User aborted interaction)',
      },
      context('oidc'),
    );
    expect(finding.id).toBe('idpAccessDenied');
    expect(finding.severity).toBe('warning');
    expect(finding.title).toBe(
      'The sign-in was denied at the identity provider',
    );
    expect(finding.causes![0]).toMatch(/^Someone chose Deny or Cancel/);
  });

  it('lists the causes of a bare invalid_client, most likely first, with how to tell them', () => {
    const finding = classifySignInFailure(
      { message: 'Authentication failed, invalid_client' },
      context('oidc'),
    );
    expect(finding.id).toBe('idpInvalidClient');
    expect(finding.causes).toHaveLength(4);
    expect(finding.causes![0]).toContain(
      'auth.providers.oidc.production.clientSecret',
    );
    expect(finding.causes![1]).toContain(
      'auth.providers.oidc.production.clientId',
    );
    expect(finding.causes![2]).toMatch(/environment variable/);
    expect(finding.causes![3]).toMatch(
      /client_secret_basic versus client_secret_post/,
    );
    for (const cause of finding.causes!) expect(cause).toMatch(/Tell: /);
  });

  it('does not give unauthorized_client one certain cause: a wrong secret comes first', () => {
    const finding = classifySignInFailure(
      { message: 'Authentication failed, unauthorized_client' },
      context('oidc'),
    );
    expect(finding.id).toBe('idpUnauthorizedClient');
    expect(finding.causes).toHaveLength(4);
    expect(finding.causes![0]).toMatch(/client secret/);
    expect(finding.causes![1]).toMatch(/grant/);
    for (const cause of finding.causes!) expect(cause).toMatch(/Tell: /);
  });

  it('reads Keycloak’s unauthorized_client for a wrong secret as a credentials fault', () => {
    const finding = classifySignInFailure(
      {
        message:
          '{"error":"unauthorized_client","error_description":"Invalid client or Invalid client credentials"}',
      },
      context('oidc'),
    );
    expect(finding.id).toBe('idpInvalidClient');
    expect(finding.title).toBe('Keycloak rejected Backstage’s client secret');
    expect(finding.evidence).toEqual(
      expect.arrayContaining([
        { label: 'Identity provider error', value: 'unauthorized_client' },
        { label: 'OAuth error family', value: 'invalid_client' },
      ]),
    );
    expect(finding.causes![0]).toMatch(/wrong, was regenerated/);
  });

  it('lists the causes of invalid_grant and tells sign-in from refresh', () => {
    const finding = classifySignInFailure(
      { message: 'Refresh failed; caused by Error: invalid_grant' },
      context('oidc'),
    );
    expect(finding.causes).toHaveLength(3);
    expect(finding.causes![2]).toMatch(/^On refresh/);
  });

  it('names the callback URL of the provider in question, never an empty one', () => {
    const finding = classifySignInFailure(
      { message: 'The redirect URI included is not valid.' },
      { ...context('gitlab'), callbackUrl: undefined },
    );
    expect(finding.fix).toContain(
      '<backend.baseUrl>/api/auth/gitlab/handler/frame',
    );
    expect(finding.fix).not.toMatch(/\{\{/);
  });
});
