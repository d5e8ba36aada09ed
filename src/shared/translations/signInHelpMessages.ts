/**
 * Strings that explain sign-in failures, and the checks of "Trouble signing
 * in?": loaded with the failure rules, never with a healthy sign-in. The 401
 * doctor uses them too.
 */
export const signInHelpMessages = {
  /** The provider in a finding's text when a pasted error names none. */
  unnamedProvider: 'IdP',
  checks: {
    intro:
      'These checks run in your browser before sign-in. Share them with whoever runs Backstage.',
    checkAgain: 'Check again',
    environment: 'Auth environment',
    environmentDefault: '{{environment}} (default)',
    environmentHint:
      'The backend reads each provider from auth.providers.<id>.{{environment}}.',
    providers: 'Offered providers',
    provider: 'Provider',
    callbackUrl: 'Callback URL to register at the identity provider',
    backend: 'Backend',
    copyCallbackUrl: 'Copy callback URL for {{provider}}',
    callbackCopied: 'Callback URL copied',
    noCallback: 'None: guest signs in without a popup',
    noCallbackProxied:
      'None: the proxy in front of Backstage signs you in; register its own callback at the identity provider',
    status: {
      present: 'Registered',
      notRegistered: 'Not configured',
      moduleMissing: 'No backend module',
      misconfigured: 'Misconfigured',
      guestRefused: 'Refused outside development',
      unreachable: 'No answer',
      unexpected: 'Could not tell ({{status}})',
    },
  },
  evidence: {
    provider: 'Provider',
    pageOrigin: 'This page is served from',
    appBaseUrl: 'app.baseUrl',
    expectedOrigin: 'Origin the backend expected',
    callbackUrl: 'Callback URL',
    authBaseUrl: 'Auth backend',
    environment: 'auth.environment',
    errorName: 'Error name',
    errorMessage: 'Error message',
    status: 'HTTP status',
    apiRef: 'API ref',
    configEntry: 'Config entry',
    idpError: 'Identity provider error',
    header: 'Header the backend looked for',
    proxy: 'Proxy in front of Backstage',
    request: 'Request',
  },
  openDoor: {
    thisAddress: 'this address',
    heading: 'Open door',
  },
  findings: {
    popupBlocked: {
      title: 'The browser blocked the {{provider}} sign-in window',
      detail:
        'Browsers only open a popup straight after a click. This attempt started without one (automatic sign-in, or the click was too long ago), so the window never opened.',
      fix: 'Click the button below to open it from your click, or allow popups for this site.',
    },
    popupClosed: {
      title: 'The {{provider}} sign-in window was closed',
      detail:
        'The window closed before {{provider}} sent an answer back to Backstage.',
      fix: 'Sign in again and finish in the window. If it closes by itself, the identity provider or the backend showed an error there: keep the window open to read it.',
    },
    incorrectOrigin: {
      title: 'This page runs on an origin the backend does not expect',
      detail:
        'The sign-in window answered for {{expectedOrigin}}, but this page is on {{pageOrigin}}. Browsers deliver the answer only to the expected origin, so sign-in cannot finish.',
      fix: 'Open Backstage at {{expectedOrigin}}, or set app.baseUrl to {{pageOrigin}} (on the backend too) and restart it.',
    },
    noAnswer: {
      title_one: 'No answer from {{provider}} after {{count}} second',
      title_other: 'No answer from {{provider}} after {{count}} seconds',
      detail:
        'The sign-in window is still open and has not answered. This page cannot see into that window, so it cannot tell which of the causes below it is.',
      fix: 'Look at the sign-in window (it may be behind this one): it shows what it is waiting for or what went wrong. Finish there if it lets you; otherwise copy these details for whoever runs Backstage.',
    },
    missingEmail: {
      title: '{{provider}} gave Backstage no verified email address',
      detail:
        'The backend signs users in by email, and the profile {{provider}} returned has no email it may use: the account has none, or {{provider}} reported it as not verified (Backstage’s OIDC provider ignores an email whose email_verified is not true). Email-based sign-in resolvers stop here.',
      fix: 'Verify your email at {{provider}} or make it visible, request the email scope, or put a username-based sign-in resolver first in auth.providers.{{providerId}}.{{environment}}.signIn.resolvers.',
    },
    unresolvedIdentity: {
      title:
        'Backstage does not know a user matching your {{provider}} account',
      detail:
        '{{provider}} signed you in, but no User entity in the catalog matches what the sign-in resolver looked for.',
      fix: 'Ask an admin to add your User entity to the catalog (or wait for the next ingestion), or check that its email/name matches your {{provider}} profile and namespace. Signed in with the wrong account? Sign out at {{provider}} first: the next attempt may otherwise reuse the same account.',
    },
    emailDomainNotAllowed: {
      title: 'Your email domain is not allowed',
      detail:
        'The sign-in resolver only accepts emails from the domains listed in its allowedDomains.',
      fix: 'Sign in with an account on an allowed domain (sign out at {{provider}} first, or the next attempt may reuse the same account), or ask an admin to add your domain.',
    },
    originNotAllowed: {
      title: 'The backend does not allow sign-in from this origin',
      detail: 'The auth backend refused the request from {{pageOrigin}}.',
      fix: 'Open Backstage at app.baseUrl ({{appBaseUrl}}), or add this origin to auth.experimentalExtraAllowedOrigins.',
    },
    cookieNonce: {
      title: 'The sign-in answer failed the backend’s nonce check',
      detail:
        'The backend sets a nonce cookie when sign-in starts and checks it in the callback. The cookie was missing or different: the callback URL and the backend URL disagree (for example a trailing slash, or localhost versus 127.0.0.1), or the browser dropped the cookie.',
      fix: 'Make the callback URL exactly {{callbackUrl}} on both the backend (callbackUrl) and the identity provider, and open the app and backend on the same host name.',
    },
    providerNotRegistered: {
      title: 'The backend has no {{provider}} provider',
      detail:
        'A backend module provides {{providerId}}, but auth.providers has no {{providerId}} entry, so the auth backend never set the provider up and answers 404.',
      fix: 'Configure auth.providers.{{providerId}}.{{environment}} in the backend, or stop offering {{provider}} on this page.',
    },
    providerModuleMissing: {
      title: 'The backend has no module for the {{provider}} provider',
      detail:
        'No auth backend module provides {{providerId}}, so the auth backend does not know the provider at all and answers 404.',
      fix: 'Add the auth backend module that provides {{providerId}} to the backend and configure auth.providers.{{providerId}}.{{environment}}, or stop offering {{provider}} on this page.',
    },
    providerMisconfigured: {
      title: 'The backend’s {{provider}} provider is misconfigured',
      detail:
        'auth.providers.{{providerId}} exists, but the provider failed to start from it (a missing key or environment variable) or has no entry for the {{environment}} environment, so the backend answers 404.',
      fix: 'Check auth.providers.{{providerId}}.{{environment}} and the environment variables it uses; the backend log at start-up says what is missing.',
    },
    guestRefused: {
      title: 'The backend refuses guest sign-in outside development',
      detail: 'The auth backend answered {{status}}: {{message}}',
      fix: 'Run the backend with NODE_ENV=development, or set auth.providers.guest.dangerouslyAllowOutsideDevelopment: true (never in production).',
    },
    backendUnreachable: {
      title: 'The auth backend cannot be reached',
      detail:
        'The browser got no answer from {{authBaseUrl}}: the backend is down, the URL is wrong, or its CORS settings (backend.cors.origin) do not allow {{pageOrigin}}.',
      fix: 'Check that the backend runs and that backend.baseUrl is right and reachable from your browser.',
    },
    noSignInResolver: {
      title: '{{provider}} is not set up for sign-in',
      detail:
        'The backend signed you in to {{provider}} but returned no Backstage identity: the provider has no sign-in resolver.',
      fix: 'Add a sign-in resolver under auth.providers.{{providerId}}.{{environment}}.signIn.resolvers.',
    },
    sessionNotRestored: {
      title: 'Your previous {{provider}} session could not be restored',
      detail:
        'Backstage tried to refresh it silently and got no session back: it expired, was signed out, or the refresh cookie did not reach the backend.',
      fix: 'Sign in again. If this happens on every reload, check that the app and backend are same-site and served over the same scheme.',
    },
    loginRejected: {
      title: 'You dismissed the {{provider}} sign-in request',
      detail:
        'Something on the page asked for a {{provider}} session and the request was rejected in Backstage’s login dialog ("Login failed, rejected by user"), so it got no token.',
      fix: 'Retry what needed {{provider}} (or reload the page) and choose to log in when the dialog asks.',
    },
    redirectUrlNotAllowed: {
      title: 'The backend will not send you back to this page after sign-in',
      detail:
        'A redirect sign-in asked the auth backend to return to a URL whose origin it does not allow ("Redirect URL is not an allowed origin"), or that is no http(s) URL.',
      fix: 'Start sign-in from a page at app.baseUrl ({{appBaseUrl}}); if Backstage is served from several origins, list the others in auth.experimentalExtraAllowedOrigins.',
    },
    appOriginInvalid: {
      title: 'The sign-in request carried an origin the backend cannot read',
      detail:
        '"App origin is invalid, failed to parse": the origin the app sent to the auth backend, or carried through the sign-in state, is not a URL. The app’s configuration or a proxy that rewrites the request broke it.',
      fix: 'Make app.baseUrl a full URL (such as https://backstage.example.com) in the frontend config, check proxies that rewrite query strings, and sign in again.',
    },
    unexpectedRedirect: {
      title: 'The {{provider}} answer reached the backend without a result',
      detail:
        '"Unexpected redirect": handling the callback, the provider’s sign-in code asked to start over instead of finishing. The callback arrived without the code it expects: it was opened directly, or something between the identity provider and the backend dropped its query string.',
      fix: 'Start sign-in again from this page. If it repeats, check that the identity provider returns to {{callbackUrl}} with a code parameter (response type code) and that proxies keep the query string.',
    },
    idTokenUnparsable: {
      title: 'The backend could not read the ID token {{provider}} sent',
      detail:
        '"Failed to parse id token and get profile info": the profile lacked an email, picture or name, so the backend looked for them in the ID token, and could not decode it.',
      fix: 'Check what the identity provider returns as id_token for this client: it must be a JWT. The backend log has the decoding error.',
    },
    tokenTooLarge: {
      title: 'Your Backstage token would be too large to issue',
      detail:
        'Backstage tokens may be at most 32,768 characters. The claims the sign-in resolver asked for make yours longer: usually the ownership refs in ent (a user in very many groups) or large custom claims.',
      fix: 'Make the sign-in resolver issue fewer ownership refs (direct groups only) or smaller custom claims, or set auth.omitIdentityTokenOwnershipClaim: true to keep ent out of the token.',
    },
    missingRequestedWith: {
      title: 'A refresh or sign-out request came without X-Requested-With',
      detail:
        '"Invalid X-Requested-With header": the auth backend serves refresh and logout only with the header X-Requested-With: XMLHttpRequest, a guard against cross-site requests. Backstage’s own clients send it; a plain link, a hand-written fetch or a proxy that strips the header does not.',
      fix: 'Go through Backstage’s auth APIs, or send X-Requested-With: XMLHttpRequest yourself; check that proxies forward the header.',
    },
    noUserSub: {
      title: 'The token names no user',
      detail:
        '"No user sub found in token": the token verified, but it has no sub claim, so the backend cannot tell who sent it. Only a hand-made token or a sign-in resolver that sets no sub produces this.',
      fix: 'Send the token from identityApi.getCredentials(); a custom sign-in resolver must issue claims.sub with the user’s entity ref.',
    },
    refreshRequestFailed: {
      title: 'Renewing the {{provider}} session failed (HTTP {{status}})',
      detail:
        '"{{message}}": Backstage asked the auth backend to renew the session and got an error. Backstage keeps only the status text, so the cause is in the response body of the refresh request, or in the backend log.',
      fix: 'Sign in again. To see the cause, find the request to …/refresh in the browser’s network tab and paste its response into My Access’s paste box.',
    },
    idpRedirectUriMismatch: {
      title: '{{provider}} rejected the callback URL (redirect_uri_mismatch)',
      detail:
        'An identity provider sends users back only to the redirect URIs registered for the client, and the one Backstage sent is not among them. The match is exact: scheme, host (localhost is not 127.0.0.1), port, path and trailing slash.',
      fix: 'Register exactly {{callbackUrl}} as a redirect URI of the client at the identity provider, or set auth.providers.{{providerId}}.{{environment}}.callbackUrl to the URI registered there.',
    },
    idpInvalidClient: {
      title:
        '{{provider}} does not accept Backstage’s client credentials (invalid_client)',
      detail:
        'The identity provider could not authenticate the client: the client ID is unknown there, the client secret is wrong or expired, or the client expects another authentication method.',
      fix: 'Compare auth.providers.{{providerId}}.{{environment}}.clientId and clientSecret with the client registered at the identity provider; renew an expired secret, then restart the backend.',
    },
    idpUnauthorizedClient: {
      title: 'The client may not use this sign-in flow (unauthorized_client)',
      detail:
        '{{provider}} knows the client but does not allow it the grant Backstage uses (authorization code, with refresh tokens), or the client is disabled.',
      fix: 'Enable the authorization code grant and refresh tokens for the client at the identity provider.',
    },
    idpInvalidGrant: {
      title: '{{provider}} refused the code or refresh token (invalid_grant)',
      detail:
        'The authorization code or refresh token the backend presented is expired, already used, revoked, or was issued for another redirect URI or client. Right after sign-in this means the callback ran twice or too late; on refresh, that the session ended at the provider (sign-out elsewhere, password change, token lifetime).',
      fix: 'Sign in again. If it fails right after sign-in every time, check that the backend’s and the identity provider’s clocks agree and that every backend instance shares the auth database.',
    },
    idpInvalidScope: {
      title:
        'Backstage asked {{provider}} for a scope it does not allow (invalid_scope)',
      detail:
        'The identity provider refused a requested scope: it does not exist there or is not granted to this client. Backstage asks for the provider’s default scopes, auth.providers.{{providerId}}.{{environment}}.additionalScopes, and scopes plugins request.',
      fix: 'Allow the scope for the client at the identity provider, or remove it from additionalScopes.',
    },
    idpAccessDenied: {
      title: 'The sign-in was denied at the identity provider',
      detail:
        '{{provider}} answered access_denied: Deny or Cancel was chosen on its consent or login page, or its policy refuses this account for the Backstage application (not assigned to it, a conditional access rule, a disabled account).',
      fix: 'Sign in again and allow access. If you did not deny it, ask the identity provider’s administrators to give your account access to the Backstage application.',
    },
    idpConsentRequired: {
      title: 'Consent is needed at {{provider}} (consent_required)',
      detail:
        'The identity provider needs you, or an administrator, to consent to the scopes Backstage asks for, and this request did not let it ask: a silent session refresh cannot.',
      fix: 'Sign in from the button, which lets the identity provider ask. If only an administrator may consent, ask them to grant it for the Backstage application.',
    },
    idpLoginRequired: {
      title: 'You are no longer signed in at {{provider}} (login_required)',
      detail:
        'A silent sign-in asked the identity provider to reuse its session without showing a page, and it has none: it expired, or you signed out there.',
      fix: 'Sign in again from the button.',
    },
    idpInteractionRequired: {
      title:
        '{{provider}} needs you to act before signing in (interaction_required)',
      detail:
        'The identity provider must show you a page first (multi-factor authentication, terms to accept, an account to choose), and the request was a silent one.',
      fix: 'Sign in from the button and finish what the identity provider asks.',
    },
    idpOther: {
      title: '{{provider}} answered the sign-in with an error',
      detail:
        'The backend got an error from the identity provider, or from reading its answer: "{{message}}".',
      fix: 'The text after "Authentication failed" is the provider’s own: look it up in the provider’s documentation, and compare the client registered there with auth.providers.{{providerId}}.{{environment}}. The auth backend log has the details.',
    },
    errorMissingCredentials: {
      title: 'No token was sent',
      detail:
        '"Missing credentials": the request reached the backend without an Authorization header or session cookie.',
      fix: 'Call backends through the fetch API (fetchApiRef), not window.fetch; check that the plugin’s URL is under backend.baseUrl or discovery.endpoints; and that the user is not the frontend-only guest.',
    },
    errorFailedUserToken: {
      title: 'The token expired or its signature is wrong',
      detail:
        '"Failed user token verification": the backend could not verify a user token. Either it expired, or it was signed by keys this backend does not know (another instance, rotated keys). Only the backend log says which.',
      fix: 'To tell them apart, paste the token into My Access’s paste box: if exp is in the past it expired (refresh the session); if not, it was issued by another backend or its keys changed (sign in again; check that all backend replicas share the auth database).',
    },
    errorIllegalToken: {
      title: 'The token is not a Backstage token',
      detail:
        '"Illegal token": the backend could not read the token as a Backstage user, limited-user or service token (e.g. an identity provider’s token, or a truncated one).',
      fix: 'Send the Backstage token from identityApi.getCredentials(); paste the token into My Access’s paste box to see what it is.',
    },
    errorIllegalLimitedToken: {
      title: 'The limited user token is not valid',
      detail:
        '"Illegal limited user token": the cookie or token meant for cookie authentication could not be verified.',
      fix: 'Reload the page to get a fresh session cookie; if it keeps failing, sign in again.',
    },
    errorMissingExpiration: {
      title: 'The token has no expiry',
      detail: '"User token is missing expiration": the token has no exp claim.',
      fix: 'Use a token issued by the Backstage auth backend.',
    },
    errorServiceToken: {
      title: 'A service token was rejected',
      detail:
        '"{{message}}": a backend-to-backend (plugin or static) token failed verification: wrong key, wrong audience, or a subject the target does not accept.',
      fix: 'Check backend.auth.keys / externalAccess in the calling backend’s config, and that the caller uses the auth service instead of a hand-made token.',
    },
    errorCredentialTypeRefused: {
      title: 'This endpoint refuses this kind of credentials',
      detail:
        '"{{message}}": the endpoint only accepts another principal type (user vs service).',
      fix: 'Call it with the right credentials: from the browser with the user token, from a backend with a service token obtained from the auth service.',
    },
    errorMissingSessionCookie: {
      title: 'The session cookie is missing',
      detail:
        '"Missing session cookie": the refresh request reached the auth backend without its refresh cookie. The cookie was never set, expired, or the browser did not send it (app and backend on different sites, http vs https, third-party cookies blocked).',
      fix: 'Sign in again; if it keeps happening, serve app and backend same-site over https and check the cookie’s domain and path.',
    },
    errorRefreshFailed: {
      title: 'Refreshing the session failed',
      detail: '"{{message}}": the auth backend could not renew the session.',
      fix: 'Sign in again. The cause after "caused by" names the provider’s answer.',
    },
    errorNotAllowed: {
      title: 'Forbidden: you are signed in but not allowed',
      detail:
        '"{{message}}": authentication worked, the permission policy or an access restriction denied the request.',
      fix: 'This is not a token problem: ask whoever runs Backstage which permission you lack.',
    },
    errorAuthentication: {
      title: 'The backend refused the credentials',
      detail: 'AuthenticationError "{{message}}".',
      fix: 'Paste the token into My Access’s paste box to check its type, audience and expiry.',
    },
    proxyHeaderMissing: {
      title:
        'This request reached Backstage without passing through {{proxy}}: header {{header}} is missing',
      detail:
        '{{provider}} signs you in from headers that {{proxy}} adds to each request it lets through. The auth backend got the request without {{header}} ("{{message}}"), so the request did not come through the proxy, or the proxy did not pass the header on.',
      fix: 'Open Backstage at its proxied address (the one where {{proxy}} asks you to sign in), not the app’s own port, an internal hostname or a direct service address. If you did: make {{proxy}} forward {{header}} to the backend on every path under /api/auth, check that no proxy or load balancer between them strips it, and that no health-check or bypass rule routes /api/auth around the proxy.',
    },
    // Open doors: what this page's own requests show about impersonation
    openDoorHeaderTrust: {
      title:
        'Anyone who can reach {{address}} can sign in as anyone: {{provider}} trusts headers that {{proxy}} did not write',
      detail:
        'The auth backend at {{address}} answered a {{provider}} sign-in request that did not pass through {{proxy}}: the header the proxy adds was missing. Its backend module signs users in from {{headers}} without checking who wrote them (it decodes the ID token without verifying a signature). So whoever reaches {{address}} without the proxy can set those headers and be signed in as any user, with that user’s permissions. This page did not try: it reasons from the answer above.',
      fix: 'Let only {{proxy}} reach Backstage: bind the backend (and the app) to the proxy’s network, or admit only the proxy with a firewall or network policy, so that every other address of it stops answering. Or switch to a provider whose module verifies signed headers (gcpIap, awsalb, cfaccess).',
    },
    openDoorSignedHeaders: {
      title:
        '{{provider}}: a request around {{proxy}} cannot sign anyone in',
      detail:
        'The auth backend at {{address}} answered a {{provider}} sign-in request that did not pass through {{proxy}}: the header the proxy adds was missing. Its module verifies the signature of {{headers}}, which only {{proxy}} can write: a request around the proxy fails to sign in, it cannot pose as anyone.',
    },
    openDoorUnknownModule: {
      title:
        '{{provider}}: could not tell whether a request around the proxy can sign in as anyone',
      detail:
        'The auth backend at {{address}} answered {{provider}}’s sign-in request itself, with an error of its own. The app marks {{provider}} as proxied, but its backend module is not one this page knows: whether it verifies signed headers or trusts plain ones (as the oauth2Proxy module does) cannot be seen from a browser.',
      fix: 'If its module trusts plain headers, let only the proxy reach Backstage (bind the backend to the proxy’s network).',
    },
    proxySignInRequired: {
      title: 'Sign in again at {{proxy}}',
      detail:
        'The proxy in front of Backstage answered instead of Backstage: it redirected the refresh request to its sign-in, or refused it without the auth backend’s error. Your proxy session ended (it expired, or you signed out at the proxy), or this browser has none for this address.',
      fix: 'Reload the page: the proxy sends you to sign in, then back here. If it happens again right after signing in, the proxy’s cookie does not reach this address (another host or path, SameSite) or its session is shorter than Backstage’s token.',
    },
    gcpIapTokenRejected: {
      title: 'Backstage refused the token Google Cloud IAP sent',
      detail:
        'The x-goog-iap-jwt-assertion header was there, but its JWT did not verify ("{{message}}"). Most often the audience in auth.providers.gcpIap.audience is not this backend service’s; otherwise the token expired, or the header was not written by IAP.',
      fix: 'Set auth.providers.gcpIap.audience to the value IAP shows for this backend: /projects/<project number>/global/backendServices/<service id> (or /projects/<project number>/apps/<project id> on App Engine), and make sure only IAP can reach the backend.',
    },
    gcpIapKeysUnavailable: {
      title: 'The backend cannot fetch Google IAP’s verification keys',
      detail:
        '"{{message}}": to verify IAP’s token the backend downloads Google’s public keys, and that request failed.',
      fix: 'Allow the backend outbound HTTPS to www.gstatic.com (https://www.gstatic.com/iap/verify/public_key), through the egress proxy if there is one.',
    },
    awsAlbIssuerMismatch: {
      title: 'The ALB’s token comes from another issuer than configured',
      detail:
        'The x-amzn-oidc-data token verified, but its iss is not auth.providers.awsalb.issuer ("{{message}}").',
      fix: 'Set auth.providers.awsalb.issuer to exactly the Issuer of the ALB listener’s authenticate-oidc action (the IdP’s issuer URL, trailing slash included or not, as the ALB has it).',
    },
    awsAlbTokenRejected: {
      title: 'Backstage could not verify the token the ALB sent',
      detail:
        '"{{message}}": the x-amzn-oidc-data header is signed by the load balancer with a key the backend downloads from public-keys.auth.elb.<region>.amazonaws.com. The region is wrong, the backend cannot reach that address, or the header was not written by this ALB.',
      fix: 'Check auth.providers.awsalb.region (and signer, the ALB’s ARN), allow the backend outbound HTTPS to the key endpoint, and make sure only the ALB can reach the backend.',
    },
    cfAccessServiceTokenRefused: {
      title:
        'Cloudflare Access let a service token through that Backstage does not accept',
      detail:
        '"{{message}}": the request carries a Cloudflare Access service token, not a person’s sign-in, and the backend accepts only the tokens listed in auth.providers.cfaccess.serviceTokens.',
      fix: 'Add the token to auth.providers.cfaccess.serviceTokens with the subject (an email of a catalog user) it signs in as, or sign in as a person instead of with the service token.',
    },
    azureEasyAuthTokenVersion: {
      title: 'Easy Auth passed an Entra ID token of version 1.0',
      detail:
        '"{{message}}": the azureEasyAuth module reads only version 2.0 ID tokens (claim ver "2.0") from x-ms-token-aad-id-token.',
      fix: 'Make the Entra ID app registration of Easy Auth issue 2.0 tokens: set "accessTokenAcceptedVersion": 2 (requestedAccessTokenVersion) in its manifest and use an issuer URL ending in /v2.0 in the App Service authentication settings.',
    },
    oauth2ProxyTokenUnreadable: {
      title: 'The ID token oauth2-proxy passed could not be read',
      detail:
        '"{{message}}": the oauth2Proxy module reads X-OAUTH2-PROXY-ID-TOKEN as "Bearer <ID token>" and decodes the token; what arrived there is no JWT.',
      fix: 'Forward oauth2-proxy’s ID token there: with --pass-authorization-header (or --set-authorization-header behind an auth_request) the proxy’s Authorization header carries it; map it to X-OAUTH2-PROXY-ID-TOKEN. An OAuth-only provider issues no ID token: leave the header out.',
    },
    pastedUnknown: {
      title: 'This text is no error this page knows',
      detail: '"{{message}}"',
      fix: 'Paste the whole answer if you have it (status line, headers and body from the network tab), or the full message. Otherwise copy the support bundle for whoever runs Backstage: the backend log at the same moment names the cause.',
    },
    unknown: {
      title: 'Sign-in with {{provider}} failed',
      detail: '{{message}}',
      fix: 'Try again. If it keeps failing, copy the details below for whoever runs Backstage.',
    },
    unknownProvider: {
      title: '{{provider}} is not a provider this page knows',
      detail:
        '"{{providerId}}" is neither built in nor passed by the app with an API ref.',
      fix: 'Pass it in code: providers={[{ id: "{{providerId}}", apiRef: yourAuthApiRef }]}, or remove it from accessInspector.signIn.providers.',
    },
    missingApi: {
      title: 'This app has no API for {{provider}}',
      detail:
        'No implementation is registered for the API ref {{apiRef}}, or it failed to start.',
      fix: 'Register an API factory for {{apiRef}} in the app, or remove {{providerId}} from the offered providers.',
    },
    invalidConfig: {
      title: 'An entry of accessInspector.signIn.providers was ignored',
      detail: 'It is not a provider id nor an object with a string id.',
      fix: 'Write it as a provider id, or as {id, title?, message?}.',
    },
    noProviders: {
      title: 'No sign-in providers are configured',
      detail:
        'Neither accessInspector.signIn.providers nor the providers prop offers a provider, so there is no way to sign in.',
      fix: 'List providers in app-config, for example accessInspector.signIn.providers: [github, guest].',
    },
    originMatches: {
      title: 'This page is served from app.baseUrl',
      detail: '{{pageOrigin}} matches app.baseUrl.',
    },
    originMismatch: {
      title: 'This page is not served from app.baseUrl',
      detail:
        'This page is on {{pageOrigin}} but app.baseUrl is {{appBaseUrl}}. Popup sign-in answers go to the app.baseUrl origin, so they never reach this page.',
      fix: 'Open Backstage at {{appBaseUrl}}, or set app.baseUrl to {{pageOrigin}} for both frontend and backend.',
    },
    backendAnswers: {
      title: 'The auth backend answers',
      detail: '{{authBaseUrl}} responded.',
    },
    providersMissing: {
      title_one: 'The backend lacks one of the offered providers',
      title_other: 'The backend lacks {{count}} of the offered providers',
      detail: 'Not available on the backend: {{providers}}.',
      fix: 'Install and configure them on the backend, or stop offering them.',
    },
    providersRefused: {
      title: 'Guest sign-in is offered here but refused by the backend',
      detail: 'Registered, but refused: {{providers}}.',
    },
    providersUnknown: {
      title_one:
        'Could not tell whether the backend has one of the offered providers',
      title_other:
        'Could not tell whether the backend has {{count}} of the offered providers',
      detail:
        'The backend’s answer for {{providers}} says neither yes nor no. This is not a verdict: signing in tells, and so does the backend’s log.',
    },
    providersPresent: {
      title: 'The backend has every offered provider',
      detail: 'Registered: {{providers}}.',
    },
  },
  noAnswerCauses: {
    redirectUri:
      'The identity provider rejected the redirect URI (redirect_uri_mismatch, invalid redirect_uri) and shows its error page. Register exactly this callback URL there (scheme, host, port and path; no trailing slash): {{callbackUrl}}',
    redirectUriUnknown:
      'The identity provider rejected the redirect URI (redirect_uri_mismatch, invalid redirect_uri) and shows its error page. Register exactly the callback URL listed under "Trouble signing in?".',
    waiting:
      'A login, consent or account-selection page is waiting for you in the window.',
    idpError:
      'The identity provider shows another error page there (access denied, account disabled, client misconfigured).',
    backendError:
      'The backend shows an error there, such as "Origin … is not allowed" when this page is not opened at app.baseUrl.',
    blocked:
      'A browser policy or extension blocked, emptied or hid the window, or it opened behind this one.',
  },
} as const;
