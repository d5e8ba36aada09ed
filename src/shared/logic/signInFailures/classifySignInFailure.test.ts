import {
  classifySignInFailure,
  describeSignInError,
  innermostFailure,
  isNetworkFailure,
  redirectErrorFinding,
  sessionNotRestoredFinding,
  type SignInFailure,
  type SignInFailureContext,
} from './classifySignInFailure';
import { formatFinding } from '../../findings/logic';
import {
  defaultSignInText,
  signInFinding,
  type SignInFindingId,
} from './findings';
import { signInHelpMessages } from '../../translations/signInHelpMessages';

const context: SignInFailureContext = {
  providerId: 'oidc',
  providerTitle: 'Local IdP',
  pageOrigin: 'http://localhost:3000',
  appBaseUrl: 'http://127.0.0.1:3000',
  authBaseUrl: 'http://127.0.0.1:7007/api/auth',
  callbackUrl: 'http://127.0.0.1:7007/api/auth/oidc/handler/frame',
  environment: 'development',
};

// Every message below is the exact text Backstage produces (core-app-api,
// auth-node, auth-backend, the guest module) or the browser throws.
const cases: Array<
  [string, SignInFailure, SignInFindingId, 'warning' | 'problem']
> = [
  [
    'popup blocked',
    { name: 'PopupRejectedError', message: 'Failed to open auth popup.' },
    'popupBlocked',
    'problem',
  ],
  [
    'popup blocked, name lost',
    { message: 'Failed to open auth popup.' },
    'popupBlocked',
    'problem',
  ],
  [
    'popup closed',
    { name: 'PopupClosedError', message: 'Login failed, popup was closed' },
    'popupClosed',
    'warning',
  ],
  [
    'incorrect origin',
    {
      name: 'PopupClosedError',
      message:
        'Login failed, Incorrect app origin, expected http://127.0.0.1:3000',
    },
    'incorrectOrigin',
    'problem',
  ],
  [
    'missing email',
    {
      name: 'Error',
      message: 'Login failed, user profile does not contain an email',
    },
    'missingEmail',
    'problem',
  ],
  [
    'unresolved identity',
    {
      name: 'Error',
      message:
        'Failed to sign-in, unable to resolve user identity. Please verify that your catalog contains the expected User entities that would match your configured sign-in resolver.',
    },
    'unresolvedIdentity',
    'problem',
  ],
  [
    'user not found',
    { name: 'NotFoundError', message: 'User not found' },
    'unresolvedIdentity',
    'problem',
  ],
  [
    'email domain',
    {
      name: 'NotAllowedError',
      message: 'Sign-in user email is not from an allowed domain',
    },
    'emailDomainNotAllowed',
    'problem',
  ],
  [
    'origin not allowed',
    {
      name: 'NotAllowedError',
      message: "Origin 'http://localhost:3000' is not allowed",
    },
    'originNotAllowed',
    'problem',
  ],
  [
    'cookie nonce',
    {
      name: 'NotAllowedError',
      message: 'Auth response is missing cookie nonce',
    },
    'cookieNonce',
    'problem',
  ],
  [
    'invalid nonce',
    { name: 'NotAllowedError', message: 'Invalid nonce' },
    'cookieNonce',
    'problem',
  ],
  [
    'not registered',
    {
      name: 'NotFoundError',
      message: "No auth provider registered for 'oidc'",
      status: 404,
    },
    'providerNotRegistered',
    'problem',
  ],
  [
    'module missing',
    {
      name: 'NotFoundError',
      message: "Unknown auth provider 'oidc'",
      status: 404,
    },
    'providerModuleMissing',
    'problem',
  ],
  [
    'misconfigured',
    {
      name: 'NotFoundError',
      message:
        "Auth provider registered for 'oidc' is misconfigured. This could mean …",
      status: 404,
    },
    'providerMisconfigured',
    'problem',
  ],
  [
    'guest refused (authenticator)',
    {
      name: 'NotAllowedError',
      message:
        "The guest provider cannot be used outside of a development environment unless 'auth.providers.guest.dangerouslyAllowOutsideDevelopment' is enabled",
      status: 403,
    },
    'guestRefused',
    'problem',
  ],
  [
    'guest refused (resolver)',
    {
      name: 'NotImplementedError',
      message:
        'The guest provider is NOT recommended for use outside of a development environment. If you want to enable this, set …',
      status: 501,
    },
    'guestRefused',
    'problem',
  ],
  [
    'auth connection error',
    {
      name: 'AuthConnectionError',
      message: 'Auth refresh request failed, TypeError: Failed to fetch',
    },
    'backendUnreachable',
    'problem',
  ],
  [
    'fetch TypeError (Chrome)',
    { name: 'TypeError', message: 'Failed to fetch' },
    'backendUnreachable',
    'problem',
  ],
  [
    'fetch TypeError (Firefox)',
    {
      name: 'TypeError',
      message: 'NetworkError when attempting to fetch resource.',
    },
    'backendUnreachable',
    'problem',
  ],
  [
    'fetch TypeError (Safari)',
    { name: 'TypeError', message: 'Load failed' },
    'backendUnreachable',
    'problem',
  ],
  [
    'no sign-in resolver',
    {
      name: 'Error',
      message: 'The Local IdP provider is not configured to support sign-in',
    },
    'noSignInResolver',
    'problem',
  ],
  [
    'anything else',
    { name: 'Error', message: 'Something odd happened', status: 500 },
    'unknown',
    'problem',
  ],
  ['nothing at all', {}, 'unknown', 'problem'],
];

// Each message quoted exactly as the package named beside it writes it
// (node_modules/@backstage/<package>/dist), or as the identity provider
// sends it; `${…}` parts filled in the way they are at run time.
const quoted: Array<[string, SignInFailure, SignInFindingId]> = [
  [
    'core-app-api OAuthRequestManager: the login dialog rejected',
    { name: 'RejectedError', message: 'Login failed, rejected by user' },
    'loginRejected',
  ],
  [
    'auth-node createOAuthRouteHandlers: redirect flow to a foreign origin',
    {
      name: 'NotAllowedError',
      message: 'Redirect URL is not an allowed origin',
      status: 403,
    },
    'redirectUrlNotAllowed',
  ],
  [
    'auth-node createOAuthRouteHandlers: origin that is no URL (start)',
    {
      name: 'InputError',
      message: 'App origin is invalid, failed to parse',
      status: 400,
    },
    'appOriginInvalid',
  ],
  [
    'auth-node PassportHelpers: strategy redirected in the callback',
    { name: 'Error', message: 'Unexpected redirect' },
    'unexpectedRedirect',
  ],
  [
    'auth-node PassportHelpers: unreadable ID token',
    {
      name: 'ForwardedError',
      message:
        'Failed to parse id token and get profile info; caused by Error: Invalid token specified',
    },
    'idTokenUnparsable',
  ],
  [
    'core-app-api DefaultAuthConnector: refresh answered with an error status',
    {
      name: 'Error',
      message: 'Auth refresh request failed, Unauthorized',
      status: 401,
    },
    'refreshRequestFailed',
  ],
  [
    'core-app-api DefaultAuthConnector: HTTP/2 has no status text',
    { name: 'Error', message: 'Auth refresh request failed, ', status: 500 },
    'refreshRequestFailed',
  ],
  [
    'auth-backend issueUserToken: token over 32,768 characters',
    {
      name: 'Error',
      message:
        'Failed to issue a new user token. The resulting token is excessively large, with either too many ownership claims or too large custom claims. You likely have a bug either in the sign-in resolver or catalog data. The following claims were requested: \'{"sub":"user:default/many","ent":[]}\'',
    },
    'tokenTooLarge',
  ],
  [
    'backend-defaults UserTokenHandler: no sub',
    {
      name: 'AuthenticationError',
      message: 'No user sub found in token',
      status: 401,
    },
    'noUserSub',
  ],
  [
    'auth-node createOAuthRouteHandlers: refresh without X-Requested-With',
    {
      name: 'AuthenticationError',
      message: 'Invalid X-Requested-With header',
      status: 401,
    },
    'missingRequestedWith',
  ],
  [
    'backend-defaults: no token at all',
    {
      name: 'AuthenticationError',
      message: 'Missing credentials',
      status: 401,
    },
    'errorMissingCredentials',
  ],
  [
    'backend-defaults UserTokenHandler: expired or foreign token',
    {
      name: 'AuthenticationError',
      message: 'Failed user token verification',
      status: 401,
    },
    'errorFailedUserToken',
  ],
  [
    'auth-backend: refresh without the cookie',
    {
      name: 'AuthenticationError',
      message: 'Refresh failed; caused by InputError: Missing session cookie',
      status: 401,
    },
    'errorMissingSessionCookie',
  ],
  [
    'auth-node PassportHelpers: an IdP error by code (popup, ForwardedError)',
    {
      name: 'Error',
      message:
        'Login failed; caused by Error: Authentication failed, redirect_uri_mismatch',
    },
    'idpRedirectUriMismatch',
  ],
  [
    'auth-node PassportHelpers via openid-client: invalid_client',
    {
      name: 'Error',
      message:
        'Authentication failed, invalid_client (client authentication failed)',
    },
    'idpInvalidClient',
  ],
  [
    'auth-node PassportHelpers: unauthorized_client',
    { name: 'Error', message: 'Authentication failed, unauthorized_client' },
    'idpUnauthorizedClient',
  ],
  [
    'auth-node PassportHelpers via openid-client: invalid_grant',
    {
      name: 'Error',
      message:
        'Authentication failed, invalid_grant (grant request is invalid)',
    },
    'idpInvalidGrant',
  ],
  [
    'auth-node PassportHelpers: invalid_scope',
    {
      name: 'Error',
      message:
        'Authentication failed, invalid_scope (requested scope is not allowed)',
    },
    'idpInvalidScope',
  ],
  [
    'auth-node PassportHelpers (strategy.fail): access_denied',
    { name: 'Error', message: 'Authentication rejected, access_denied' },
    'idpAccessDenied',
  ],
  [
    'passport-oauth2 (GitHub) puts the description in Authentication rejected',
    {
      name: 'Error',
      message:
        'Authentication rejected, The user has denied your application access.',
    },
    'idpAccessDenied',
  ],
  [
    'GitHub describes a redirect mismatch in words',
    {
      name: 'Error',
      message:
        'Authentication failed, The redirect_uri MUST match the registered callback URL for this application.',
    },
    'idpRedirectUriMismatch',
  ],
  [
    'Entra ID error page: AADSTS50011',
    {
      message:
        "AADSTS50011: The redirect URI 'http://localhost:7007/api/auth/microsoft/handler/frame' specified in the request does not match the redirect URIs configured for the application",
    },
    'idpRedirectUriMismatch',
  ],
  [
    'OIDC silent request: consent_required',
    { name: 'Error', message: 'Authentication failed, consent_required' },
    'idpConsentRequired',
  ],
  [
    'OIDC silent request: login_required',
    {
      name: 'Error',
      message:
        'Authentication failed, login_required (End-User authentication is required)',
    },
    'idpLoginRequired',
  ],
  [
    'OIDC silent request: interaction_required',
    { name: 'Error', message: 'Authentication failed, interaction_required' },
    'idpInteractionRequired',
  ],
  [
    '@backstage/plugin-auth-backend-module-gcp-iap-provider: no IAP header',
    {
      name: 'AuthenticationError',
      message: 'Missing Google IAP header',
      status: 401,
    },
    'proxyHeaderMissing',
  ],
  [
    '@backstage/plugin-auth-backend-module-gcp-iap-provider: wrong audience',
    {
      name: 'AuthenticationError',
      message:
        'Google IAP token verification failed, Error: Wrong recipient, payload audience != requiredAudience',
      status: 401,
    },
    'gcpIapTokenRejected',
  ],
  [
    '@backstage/plugin-auth-backend-module-gcp-iap-provider: keys not fetched',
    {
      name: 'AuthenticationError',
      message:
        'Unable to list Google IAP token verification keys, Error: getaddrinfo ENOTFOUND www.gstatic.com',
      status: 401,
    },
    'gcpIapKeysUnavailable',
  ],
  [
    '@backstage/plugin-auth-backend-module-aws-alb-provider: no OIDC data header',
    {
      name: 'AuthenticationError',
      message: 'Missing ALB OIDC header: x-amzn-oidc-data',
      status: 401,
    },
    'proxyHeaderMissing',
  ],
  [
    '@backstage/plugin-auth-backend-module-aws-alb-provider: issuer mismatch',
    {
      name: 'Error',
      message:
        'Exception occurred during JWT processing: AuthenticationError: Issuer mismatch on JWT token',
      status: 500,
    },
    'awsAlbIssuerMismatch',
  ],
  [
    '@backstage/plugin-auth-backend-module-aws-alb-provider: signature not verified',
    {
      name: 'Error',
      message:
        'Exception occurred during JWT processing: JWSSignatureVerificationFailed: signature verification failed',
      status: 500,
    },
    'awsAlbTokenRejected',
  ],
  [
    '@backstage/plugin-auth-backend-module-cloudflare-access-provider: neither header nor cookie',
    {
      name: 'AuthenticationError',
      // The module's template literal spans two lines.
      message:
        'Missing cf-access-jwt-assertion and \n          CF_Authorization from Cloudflare Access',
      status: 401,
    },
    'proxyHeaderMissing',
  ],
  [
    '@backstage/plugin-auth-backend-module-cloudflare-access-provider: unlisted service token',
    {
      name: 'AuthenticationError',
      message: '2f1e3d4c5b6a.access is not a permitted Service Token.',
      status: 401,
    },
    'cfAccessServiceTokenRefused',
  ],
  [
    '@backstage/plugin-auth-backend-module-azure-easyauth-provider: no ID token header',
    {
      name: 'AuthenticationError',
      message: 'Missing x-ms-token-aad-id-token header',
      status: 401,
    },
    'proxyHeaderMissing',
  ],
  [
    '@backstage/plugin-auth-backend-module-azure-easyauth-provider: v1 token',
    { name: 'Error', message: 'id_token is not version 2.0 ', status: 500 },
    'azureEasyAuthTokenVersion',
  ],
  [
    '@backstage/plugin-auth-backend-module-oauth2-proxy-provider: no X-Forwarded-User',
    { name: 'Error', message: 'Request did not contain a user', status: 500 },
    'proxyHeaderMissing',
  ],
  [
    '@backstage/plugin-auth-backend-module-oauth2-proxy-provider: no X-Forwarded-Preferred-Username',
    {
      name: 'Error',
      message: 'Request did not contain a preferred username',
      status: 500,
    },
    'proxyHeaderMissing',
  ],
  [
    '@backstage/plugin-auth-backend-module-oauth2-proxy-provider: ID token header is no JWT',
    {
      name: 'AuthenticationError',
      message: 'Authentication failed; caused by JWTInvalid: Invalid JWT',
      status: 401,
    },
    'oauth2ProxyTokenUnreadable',
  ],
  [
    'this plugin’s proxied refresh: the proxy answered 401 itself',
    {
      name: 'ProxySignInRequiredError',
      message:
        'The request to http://127.0.0.1:7007/api/auth/oauth2Proxy/refresh was refused with HTTP 401 before it reached Backstage (the answer is not the auth backend’s)',
    },
    'proxySignInRequired',
  ],
  [
    'auth-node PassportHelpers: any other provider error',
    {
      name: 'Error',
      message: 'Authentication failed, temporarily_unavailable',
    },
    'idpOther',
  ],
];

describe('each message Backstage and identity providers write', () => {
  it.each(quoted)('%s', (_source, failure, id) => {
    const finding = classifySignInFailure(failure, context);
    expect(finding.id).toBe(id);
    expect(finding.title).not.toMatch(/\{\{|findings\./);
    expect(finding.fix).toBeTruthy();
  });

  it('gives every listed message a finding of its own', () => {
    const ids = new Set(quoted.map(([, , id]) => id));
    // 40 messages, 31 findings: GitHub's and Entra ID's wordings of a code
    // share the code's finding, and so do the two refresh status texts; every
    // proxied module's missing header shares proxyHeaderMissing.
    expect(ids.size).toBe(31);
    expect(ids.has('unknown')).toBe(false);
  });

  it('names the exact callback URL to register for redirect_uri_mismatch', () => {
    const finding = classifySignInFailure(
      { message: 'Authentication failed, redirect_uri_mismatch' },
      context,
    );
    expect(finding.fix).toContain(
      'Register exactly http://127.0.0.1:7007/api/auth/oidc/handler/frame',
    );
    expect(finding.evidence).toContainEqual({
      label: 'Callback URL',
      value: 'http://127.0.0.1:7007/api/auth/oidc/handler/frame',
    });
  });

  it('tells a denial at the identity provider from a failure', () => {
    const denied = classifySignInFailure(
      { message: 'Authentication rejected, access_denied' },
      context,
    );
    expect(denied.severity).toBe('warning');
    expect(denied.title).toBe(
      'The sign-in was denied at the identity provider',
    );
    expect(denied.evidence).toContainEqual({
      label: 'Identity provider error',
      value: 'access_denied',
    });
    expect(
      classifySignInFailure(
        { message: 'Authentication failed, invalid_grant' },
        context,
      ).severity,
    ).toBe('problem');
  });

  it('quotes an unrecognised provider error in its detail', () => {
    const finding = classifySignInFailure(
      { message: 'Authentication failed, temporarily_unavailable' },
      context,
    );
    expect(finding.detail).toContain(
      '"Authentication failed, temporarily_unavailable"',
    );
  });

  it('calls text it does not know a paste, not a failed sign-in, when asked', () => {
    const finding = classifySignInFailure(
      { message: 'the cat sat on the mat' },
      context,
      undefined,
      'pasted',
    );
    expect(finding.id).toBe('pastedUnknown');
    expect(finding.title).not.toMatch(/sign-in with/i);
  });
});

describe('proxied providers', () => {
  const proxied = (providerId: string): SignInFailureContext => ({
    ...context,
    providerId,
    providerTitle: providerId,
    callbackUrl: undefined,
  });

  it('says the request did not pass through the proxy, names the header and the way around it', () => {
    const finding = classifySignInFailure(
      {
        name: 'AuthenticationError',
        message: 'Missing Google IAP header',
        status: 401,
      },
      proxied('gcpIap'),
    );
    expect(finding.title).toBe(
      'This request reached Backstage without passing through Google Cloud IAP: header x-goog-iap-jwt-assertion is missing',
    );
    expect(finding.fix).toMatch(/Open Backstage at its proxied address/);
    expect(finding.fix).toMatch(/forward x-goog-iap-jwt-assertion/);
    expect(finding.fix).toMatch(/health-check or bypass rule/);
    expect(finding.evidence).toEqual(
      expect.arrayContaining([
        { label: 'Proxy in front of Backstage', value: 'Google Cloud IAP' },
        {
          label: 'Header the backend looked for',
          value: 'x-goog-iap-jwt-assertion',
        },
        { label: 'Error message', value: 'Missing Google IAP header' },
      ]),
    );
  });

  it('names the header the message names', () => {
    expect(
      classifySignInFailure(
        { message: 'Missing ALB OIDC header: x-amzn-oidc-accesstoken' },
        proxied('awsalb'),
      ).title,
    ).toMatch(/AWS Application Load Balancer: header x-amzn-oidc-accesstoken/);
    expect(
      classifySignInFailure(
        {
          message:
            'Missing cf-access-jwt-assertion and \n          CF_Authorization from Cloudflare Access',
        },
        proxied('cfaccess'),
      ).title,
    ).toMatch(
      /Cloudflare Access: header cf-access-jwt-assertion \(or the CF_Authorization cookie\)/,
    );
  });

  it('reads a missing email from oauth2-proxy as a missing X-Forwarded-Email, and from others as before', () => {
    const failure = {
      name: 'Error',
      message: 'Login failed, user profile does not contain an email',
    };
    const fromProxy = classifySignInFailure(failure, proxied('oauth2Proxy'));
    expect(fromProxy.id).toBe('proxyHeaderMissing');
    expect(fromProxy.title).toMatch(/oauth2-proxy: header x-forwarded-email/);
    expect(classifySignInFailure(failure, context).id).toBe('missingEmail');
  });

  it('reads a bare "Authentication failed" as oauth2-proxy’s only for oauth2Proxy', () => {
    const failure = {
      name: 'AuthenticationError',
      message: 'Authentication failed',
    };
    expect(classifySignInFailure(failure, proxied('oauth2Proxy')).id).toBe(
      'oauth2ProxyTokenUnreadable',
    );
    expect(classifySignInFailure(failure, context).id).not.toBe(
      'oauth2ProxyTokenUnreadable',
    );
  });

  it('names the proxy to sign in again at, or the proxy for a custom id', () => {
    const failure = { name: 'ProxySignInRequiredError', message: 'refused' };
    expect(classifySignInFailure(failure, proxied('oauth2Proxy')).title).toBe(
      'Sign in again at oauth2-proxy',
    );
    expect(classifySignInFailure(failure, proxied('corpSso')).title).toBe(
      'Sign in again at the proxy',
    );
  });
});

describe('classifySignInFailure', () => {
  it.each(cases)('%s', (_name, failure, id, severity) => {
    const finding = classifySignInFailure(failure, context);
    expect(finding.id).toBe(id);
    expect(finding.severity).toBe(severity);
    expect(finding.title).toBeTruthy();
    expect(finding.detail).toBeTruthy();
    // no unfilled {{placeholders}} reach the user
    expect(formatFinding(finding)).not.toMatch(/\{\{|\}\}/);
  });

  it('has a message set for every finding id it can produce', () => {
    for (const [, , id] of cases) {
      const key = `findings.${id}.title`;
      expect(defaultSignInText(key, { count: 2 })).not.toBe(key);
    }
  });

  it('shows both origins for an incorrect app origin', () => {
    const finding = classifySignInFailure(
      {
        name: 'PopupClosedError',
        message:
          'Login failed, Incorrect app origin, expected http://127.0.0.1:3000',
      },
      context,
    );
    expect(finding.detail).toContain('http://127.0.0.1:3000');
    expect(finding.detail).toContain('http://localhost:3000');
    expect(finding.evidence).toEqual([
      { label: 'This page is served from', value: 'http://localhost:3000' },
      { label: 'Origin the backend expected', value: 'http://127.0.0.1:3000' },
      { label: 'app.baseUrl', value: 'http://127.0.0.1:3000' },
    ]);
  });

  it('keeps the original error as evidence for anything unrecognised', () => {
    const finding = classifySignInFailure(
      { name: 'Error', message: 'Something odd happened', status: 500 },
      context,
    );
    expect(finding.title).toBe('Sign-in with Local IdP failed');
    expect(finding.detail).toBe(
      'This page does not know this exact text: "Something odd happened".',
    );
    expect(finding.evidence).toEqual([
      { label: 'Provider', value: 'oidc' },
      { label: 'HTTP status', value: '500' },
      { label: 'Error name', value: 'Error' },
      { label: 'Error message', value: 'Something odd happened' },
    ]);
  });

  it('names the backend message and config key for a provider the backend lacks', () => {
    const finding = classifySignInFailure(
      {
        name: 'NotFoundError',
        message: "No auth provider registered for 'oidc'",
        status: 404,
      },
      context,
    );
    expect(finding.title).toBe('The backend has no Local IdP provider');
    expect(finding.detail).toBe(
      'A backend module provides oidc, but auth.providers has no oidc entry, so the auth backend never set the provider up and answers 404.',
    );
    expect(finding.evidence).toContainEqual({
      label: 'Error message',
      value: "No auth provider registered for 'oidc'",
    });
    expect(finding.fix).toBe(
      'Configure auth.providers.oidc.development in the backend, or stop offering Local IdP on this page.',
    );
  });

  it('defaults the environment to development in fixes', () => {
    const finding = classifySignInFailure(
      { message: 'Login failed, user profile does not contain an email' },
      { ...context, environment: undefined },
    );
    expect(finding.fix).toContain(
      'signIn.resolvers under auth.providers.oidc.development,',
    );
  });

  it('says where a resolver lives for a missing email: config, or the module that sets it in code', () => {
    // A module that sets signInResolver and passes no resolver factories
    // (the README's groups module) refuses declared resolvers:
    // readDeclarativeSignInResolver in @backstage/plugin-auth-node throws
    // "Sign-in resolver '…' is not available".
    const finding = classifySignInFailure(
      { message: 'Login failed, user profile does not contain an email' },
      context,
    );
    expect(finding.fix).toMatch(
      /with signIn\.resolvers under auth\.providers\.oidc\.development, or, where a backend module sets the resolver in its code .*takes no signIn\.resolvers\), in that module\.$/,
    );
    expect(finding.fix).not.toMatch(/put .* first in auth\.providers/);
  });

  it('uses the translation function it is given', () => {
    const text = jest.fn((key: string) => `<${key}>`);
    const finding = classifySignInFailure(
      { name: 'PopupRejectedError' },
      context,
      text,
    );
    expect(finding.title).toBe('<findings.popupBlocked.title>');
    expect(text).toHaveBeenCalledWith(
      'findings.popupBlocked.title',
      expect.objectContaining({ provider: 'Local IdP' }),
    );
  });
});

describe('describeSignInError', () => {
  it('reads the backend cause of a ResponseError', () => {
    const error = Object.assign(
      new Error('Request failed with 403 Forbidden'),
      {
        name: 'ResponseError',
        statusCode: 403,
        cause: {
          name: 'NotAllowedError',
          message: 'The guest provider cannot be used…',
        },
      },
    );
    expect(describeSignInError(error)).toEqual({
      name: 'NotAllowedError',
      message: 'The guest provider cannot be used…',
      status: 403,
    });
  });

  it('reads an auth connector error with a status', () => {
    const error = Object.assign(
      new Error('Auth refresh request failed, Not Found'),
      { status: 404 },
    );
    expect(describeSignInError(error)).toEqual({
      name: 'Error',
      message: 'Auth refresh request failed, Not Found',
      status: 404,
    });
  });

  it('copes with values that are not errors', () => {
    expect(describeSignInError('boom')).toEqual({ message: 'boom' });
    expect(describeSignInError(undefined)).toEqual({ message: undefined });
    expect(describeSignInError({})).toEqual({
      name: undefined,
      message: undefined,
      status: undefined,
    });
  });
});

describe('isNetworkFailure', () => {
  it('is false for an HTTP answer even when its text mentions fetch', () => {
    expect(
      isNetworkFailure({ message: 'Failed to fetch user', status: 500 }),
    ).toBe(false);
    expect(
      isNetworkFailure({ name: 'TypeError', message: 'Failed to fetch' }),
    ).toBe(true);
  });
});

describe('redirectErrorFinding', () => {
  it('quotes an unrecognised message as the auth backend’s answer', () => {
    const finding = redirectErrorFinding('Something odd happened', context);
    expect(finding).toMatchObject({
      id: 'unknown',
      title: 'Sign-in with Local IdP failed',
      detail: 'The auth backend answered: “Something odd happened”',
    });
    expect(finding.evidence).toEqual([{ label: 'Provider', value: 'oidc' }]);
  });

  it('keeps the explanation of a recognised message after the quote', () => {
    const finding = redirectErrorFinding(
      'Login failed, user profile does not contain an email',
      context,
    );
    expect(finding.id).toBe('missingEmail');
    expect(finding.detail).toMatch(
      /^The auth backend answered: “Login failed, user profile does not contain an email” The backend signs users in by email/,
    );
  });
});

describe('sessionNotRestoredFinding', () => {
  it('is a warning naming the provider', () => {
    expect(
      sessionNotRestoredFinding({ providerTitle: 'GitHub' }),
    ).toMatchObject({
      id: 'sessionNotRestored',
      severity: 'warning',
      title: 'Your previous GitHub session could not be restored',
    });
  });
});

describe('defaultSignInText', () => {
  it('fills placeholders and leaves unknown keys visible', () => {
    expect(defaultSignInText('signInWith', { provider: 'GitHub' })).toBe(
      'Sign in with GitHub',
    );
    expect(defaultSignInText('no.such.key')).toBe('no.such.key');
  });

  it('picks the plural form from count, as the translation ref does', () => {
    const key = 'findings.providersMissing.title';
    expect(defaultSignInText(key, { count: 1 })).toBe(
      'The backend lacks one of the offered providers',
    );
    expect(defaultSignInText(key, { count: 3 })).toBe(
      'The backend lacks 3 of the offered providers',
    );
  });

  it('does not read inherited properties as params', () => {
    const inherited = Object.create({ message: 'inherited' });
    expect(defaultSignInText('findings.unknown.detail', inherited)).toBe(
      'This page does not know this exact text: "{{message}}".',
    );
  });
});

describe('no sentence with an empty placeholder', () => {
  const findings = signInHelpMessages.findings as Record<string, object>;
  const names = (id: string) =>
    [
      ...Object.values(findings[id])
        .join(' ')
        .matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g),
    ].map(m => m[1]);

  it.each(Object.keys(findings))('%s, rendered without any fact', id => {
    const empty = Object.fromEntries(
      names(id).map(n => [n, n === 'count' ? 2 : '']),
    );
    for (const params of [empty, { count: 2 }]) {
      const text = formatFinding(
        signInFinding(
          defaultSignInText,
          id as SignInFindingId,
          'problem',
          params,
        ),
      );
      expect(text).not.toMatch(/\{\{|\}\}/);
      // An empty fact leaves "", (), " :" or two spaces; getCredentials() is fine.
      expect(text).not.toMatch(/""|“”|(^|[^\w])\(\s*\)|\s[:,.;]|: :|\s{2}/);
    }
  });

  it('says which backend cannot be reached, or that its address is unknown', () => {
    const finding = classifySignInFailure(
      { name: 'TypeError', message: 'Failed to fetch' },
      { ...context, authBaseUrl: undefined, pageOrigin: '' },
    );
    expect(finding.id).toBe('backendUnreachable');
    expect(finding.detail).toBe(
      'The browser got no answer from the auth backend (its address is not known here): the backend is down, the URL is wrong, or its CORS settings (backend.cors.origin) do not allow this page’s origin.',
    );
  });
});

describe('a request the backend makes is not the browser failing to reach it', () => {
  it.each([
    // backend-defaults PluginTokenHandler
    ['Failed to fetch jwks.json, 403', 'jwksFetchFailed'],
    // openid-client lib/helpers/process_response.js, via auth-node PassportHelpers
    [
      'Authentication rejected, expected 200 OK, got: 403 Forbidden',
      'oidcRequestRefused',
    ],
    [
      'Authentication rejected, expected 200 OK, got: 504 Gateway Timeout',
      'oidcRequestFailed',
    ],
    // gcp-iap module helpers, with Node's own fetch error inside
    [
      'Unable to list Google IAP token verification keys, TypeError: fetch failed',
      'gcpIapKeysUnavailable',
    ],
  ])('"%s" is %s', (message, id) => {
    const finding = classifySignInFailure({ name: 'Error', message }, context);
    expect(finding.id).toBe(id);
    expect(finding.title).not.toMatch(/cannot be reached/);
  });

  it('only takes the browsers’ own words for "no answer"', () => {
    expect(isNetworkFailure({ message: 'fetch failed' })).toBe(false);
    expect(isNetworkFailure({ message: 'connect ECONNREFUSED ::1:7007' })).toBe(
      false,
    );
    expect(
      isNetworkFailure({
        message: 'Login failed; caused by TypeError: Failed to fetch',
      }),
    ).toBe(true);
  });
});

describe("openid-client's userinfo refusal", () => {
  // openid-client lib/helpers/process_response.js, reached through
  // auth-node PassportHelpers' strategy.fail: "Authentication rejected, …".
  const finding = classifySignInFailure(
    {
      name: 'Error',
      message:
        'Authentication rejected, expected 200 OK, got: 401 Unauthorized',
    },
    context,
  );

  it('is its own finding, naming the userinfo call and saying "rejected"', () => {
    expect(finding.id).toBe('oidcUserinfoRejected');
    expect(finding.title).toBe(
      'Local IdP rejected the access token at its userinfo endpoint (expected 200 OK, got 401)',
    );
    expect(finding.detail).toContain('openid-client');
    expect(finding.detail).toContain('userinfo endpoint');
  });

  it('lists the causes in order, lower-case "bearer" first', () => {
    const order = ['token_type "bearer"', 'audience', 'Authorization header'];
    const at = order.map(cause => finding.detail.indexOf(cause));
    expect(at.every(i => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('promises nothing from the backend log, which has no more', () => {
    expect(`${finding.detail} ${finding.fix}`).not.toMatch(
      /log has the details|see the backend log|in the backend log/i,
    );
    expect(finding.detail).toContain('the backend log has nothing beyond it');
  });

  it('is the same finding when a refresh wraps it', () => {
    expect(
      classifySignInFailure(
        {
          message:
            'Refresh failed; caused by OPError: expected 200 OK, got: 401 Unauthorized',
        },
        context,
      ).id,
    ).toBe('oidcUserinfoRejected');
  });
});

describe('wrapped and logged failures', () => {
  it('reads the backend error handler’s log line', () => {
    expect(
      innermostFailure({
        message: 'Request failed with status 401 Missing credentials',
      }),
    ).toEqual({ message: 'Missing credentials', status: 401 });
  });

  it('reads the innermost cause of a forwarded error', () => {
    expect(
      innermostFailure({
        name: 'Error',
        message: 'Login failed; caused by NotFoundError: User not found',
      }),
    ).toEqual({ name: 'NotFoundError', message: 'User not found' });
  });

  it('keeps core-app-api’s own "Request failed with status …, see request towards …"', () => {
    const message =
      'Request failed with status 401 Unauthorized, see request towards https://backstage.example.com/api/techdocs/.backstage/auth/v1/cookie for more details';
    expect(innermostFailure({ message }).message).toBe(message);
    expect(classifySignInFailure({ message }, context).id).toBe(
      'cookieRefreshFailed',
    );
  });
});

describe('the generic fallback', () => {
  it('quotes the text and says plainly it is unknown', () => {
    const finding = classifySignInFailure(
      { message: 'the cat sat on the mat' },
      context,
      undefined,
      'pasted',
    );
    expect(finding.id).toBe('pastedUnknown');
    expect(finding.detail).toBe(
      'This page does not know this exact text: "the cat sat on the mat".',
    );
  });

  it.each([
    [
      'Authentication failed, frobnication_refused',
      'idpOther',
      'This page does not know this exact text: "Authentication failed, frobnication_refused".',
    ],
    [
      'The token was frobnicated',
      'pastedUnknown',
      'It looks like a token verification error',
    ],
    [
      'Permission policy frobnicated',
      'pastedUnknown',
      'It looks like a permission error',
    ],
    [
      'Frobnication of the sign-in state',
      'pastedUnknown',
      'It looks like an auth backend error',
    ],
  ])('names the nearest family of "%s"', (message, id, sentence) => {
    const finding = classifySignInFailure(
      { message },
      context,
      undefined,
      'pasted',
    );
    expect(finding.id).toBe(id);
    expect(finding.detail).toContain(`"${message}"`);
    expect(finding.detail).toContain(sentence);
  });
});

describe("the backend log's reason for a failed user token", () => {
  // backend-defaults UserTokenHandler logs "Failed to verify incoming user
  // token" with the error; winston appends jose's message to the line.
  const line = (reason: string) =>
    JSON.stringify({
      level: 'warn',
      message: `Failed to verify incoming user token ${reason}`,
      plugin: 'catalog',
      service: 'backstage',
      timestamp: '2026-12-07T14:03:11.482Z',
    });

  it.each([
    ['"exp" claim timestamp check failed', 'userTokenExpired'],
    ['signature verification failed', 'userTokenUnknownKey'],
    ['no applicable key found in the JSON Web Key Set', 'userTokenUnknownKey'],
    ['something else entirely', 'errorFailedUserToken'],
  ])('"%s" is %s', (reason, id) => {
    expect(
      classifySignInFailure(
        { message: JSON.parse(line(reason)).message },
        context,
      ).id,
    ).toBe(id);
  });
});
