import { idpCatalogMessages } from './idpCatalogMessages';

/**
 * Strings that explain sign-in failures, and the checks of "Trouble signing
 * in?": loaded with the failure rules, never with a healthy sign-in. The 401
 * doctor uses them too.
 */
export const signInHelpMessages = {
  ...idpCatalogMessages,
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
  /**
   * Said instead of a fact a finding's sentence needs but the page does not
   * have: a sentence never shows an empty placeholder.
   */
  placeholders: {
    authBaseUrl: 'the auth backend (its address is not known here)',
    pageOrigin: 'this page’s origin',
    appBaseUrl: 'the app.baseUrl of the frontend config',
    expectedOrigin: 'the origin of app.baseUrl',
    callbackUrl: '<backend.baseUrl>/api/auth/<provider id>/handler/frame',
    provider: 'IdP',
    providerId: '<provider id>',
    environment: '<environment>',
    message: 'no error text',
    status: 'status unknown',
    proxy: 'the proxy',
    header: 'the identity header',
    idpError: 'an error code',
    other: 'unknown',
  },
  /** What a text no rule knows looks like, appended to its quote. */
  unknownFamily: {
    identityProvider:
      'It looks like an error from signing in at the identity provider ("Authentication failed/rejected, …").',
    tokenVerification:
      'It looks like a token verification error: a token was missing, expired, or signed by keys the backend does not trust.',
    authBackend:
      'It looks like an auth backend error: the sign-in, refresh or sign-out routes under /api/auth.',
    permission:
      'It looks like a permission error: a permission policy decision or its conditions.',
    forbidden:
      'It is a refusal (403): Backstage’s permission or access checks, or a proxy in front of it.',
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
    browserError: 'Browser error',
    unreachableHost: 'Address that did not answer',
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
      title: 'The {{provider}} sign-in window closed without an answer',
      detail:
        'The window closed before {{provider}} and the backend sent an answer back to this page. When a window is closed by hand, it was usually showing an error it would not get past. This page cannot see into the window: below is what it most likely showed, most likely first.',
      fix: 'Paste what the window showed into the box below to have it explained. If you closed it by mistake, sign in again; if it fails again, keep the window open and read it.',
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
      fix: 'Look at the sign-in window (it may be behind this one): it shows what it is waiting for or what went wrong. Finish there if it lets you; otherwise paste what it says into the box below to have it explained.',
    },
    windowIdpUnreachable: {
      title: 'The sign-in window could not reach {{host}}',
      detail:
        'The window shows the browser’s own error page ("{{message}}"): nothing answered at {{host}}, the address of {{provider}} that the auth backend sent the window to. {{provider}} is down, or your network does not let you reach it (VPN, proxy, firewall, DNS).',
      fix: 'Open {{host}} in a new tab: if it does not load either, ask whoever runs {{provider}} whether it is up, or connect to the network it needs (VPN). If it loads there, the backend sends the window to another address: compare the issuer in auth.providers.{{providerId}}.{{environment}} (metadataUrl) with the address you can reach.',
    },
    windowUnreachable: {
      title: 'The sign-in window could not reach {{host}}',
      detail:
        'The window shows the browser’s own error page ("{{message}}"): nothing answered at {{host}}. The window goes to the auth backend ({{authBaseUrl}}) first, then to {{provider}}’s sign-in page, then back to the backend; the error page does not say which of them did not answer.',
      fix: 'Look at the address in the window: if it is under {{authBaseUrl}}, the backend is down or not reachable from your browser; otherwise {{provider}} is (check that it is up, and your VPN or proxy).',
    },
    missingEmail: {
      title: '{{provider}} gave Backstage no verified email address',
      detail:
        'The backend signs users in by email, and the profile {{provider}} returned has no email it may use: the account has none, or {{provider}} reported it as not verified (Backstage’s OIDC provider ignores an email whose email_verified is not true). Email-based sign-in resolvers stop here.',
      fix: 'Verify your email at {{provider}} or make it visible, and request the email scope. To let accounts without one sign in, match them on another field: with signIn.resolvers under auth.providers.{{providerId}}.{{environment}}, or, where a backend module sets the resolver in its code (as the README’s groups module does, which takes no signIn.resolvers), in that module.',
    },
    unresolvedIdentity: {
      title:
        'Backstage does not know a user matching your {{provider}} account',
      detail:
        '{{provider}} signed you in, but no User entity in the catalog matches what the sign-in resolver looked for.',
      fix: 'Ask an admin to add your User entity to the catalog (or wait for the next ingestion), or check that its email/name matches your {{provider}} profile and namespace. Signed in with the wrong account? Sign out at {{provider}} first: the next attempt may otherwise reuse the same account.',
    },
    userLookupAmbiguous: {
      title: 'More than one catalog user matches your {{provider}} account',
      detail:
        '"{{message}}": the sign-in resolver looked up your User entity and found several, so Backstage will not pick one. Usually two User entities share the email, name or annotation the resolver matches on: one person ingested from two sources (an org provider and a catalog-info.yaml), or two accounts of one person.',
      fix: 'Ask an admin to find the User entities that share your {{provider}} email or username (the annotation or spec.profile.email the resolver matches) and remove or change all but one.',
    },
    githubUserIdMismatch: {
      title: 'Your GitHub account is not the one the catalog user belongs to',
      detail:
        '"{{message}}": the GitHub resolver found a User entity with your GitHub username, but its github.com/user-id annotation holds another account’s ID: the username was renamed, or another account took it over.',
      fix: 'Ask an admin to update the User entity’s github.com/user-id annotation (the GitHub org ingestion does so on its next run), or sign in with the account it names.',
    },
    profileFieldMissing: {
      title: 'The {{provider}} profile lacks a field the sign-in needs',
      detail:
        '"{{message}}": the sign-in resolver (or the provider module) reads this field from the profile {{provider}} returned, and it was empty. Causes, most likely first: the scope that returns it was not granted (the client’s scopes at the identity provider, auth.providers.{{providerId}}.{{environment}}.additionalScopes); the account has no such value (no public username, a service account); the identity provider sends the claim under another name.',
      fix: 'Grant the scope at the identity provider and in additionalScopes, or choose a sign-in resolver that matches on a field your accounts have (signIn.resolvers).',
    },
    signInResolverError: {
      title: 'The sign-in resolver for {{provider}} failed',
      detail:
        '"{{message}}": the sign-in resolver did something Backstage refuses: an invalid catalog query, a sub claim that is no entity ref (it must look like user:default/jane), or it threw something that is not an error. This is a bug in a custom resolver, not a problem with your account.',
      fix: 'Ask whoever maintains the backend to check the custom sign-in resolver of {{provider}}: ctx.findCatalogUser({ entityRef | annotations | filter }) and ctx.issueToken({ claims: { sub: "user:default/<name>" } }).',
    },
    identityResponseInvalid: {
      title: 'The backend built a sign-in answer it then refused',
      detail:
        '"{{message}}": after the sign-in resolver ran, the Backstage token in the answer was missing, had no sub claim, or had already expired. A token issued by the auth backend a moment ago has all three; a custom sign-in resolver or token issuer that returns a stored or hand-made token does not.',
      fix: 'Ask whoever maintains the backend to make the resolver issue the token with ctx.issueToken({ claims: { sub, ent } }) and to check the server clock of a custom token issuer.',
    },
    auth0OrganizationMismatch: {
      title: 'Auth0 signed you in to another organization',
      detail:
        '"{{message}}": auth.providers.auth0.{{environment}}.organization names an Auth0 organization, and the answer came for a different one, or for none.',
      fix: 'Sign in with an account that belongs to the configured organization, or correct organization (the org_… ID) in the auth0 provider config.',
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
    oauthStateInvalid: {
      title: 'The sign-in answer did not match the sign-in that started it',
      detail:
        '"{{message}}": the backend (or its OpenID client) keeps the state of each sign-in it starts and checks it when the identity provider answers. This answer carried no state, another one, or one with parts missing. Causes, most likely first: the callback was opened again (reload, back button, bookmark), or a second sign-in started in another window; the state was lost between start and callback because the callback reaches another host than the start (localhost versus 127.0.0.1, a proxy); the identity provider dropped or changed the state parameter. The text tells them apart: "mismatch" means the state of another sign-in came back (a second window, a reload), "missing" or "invalid" that it was lost or cut on the way.',
      fix: 'Close other sign-in windows and sign in again from this page. If it repeats, register exactly {{callbackUrl}} at the identity provider, on the same host name as the backend.',
    },
    authEnvironmentMismatch: {
      title: 'A request to the auth backend named no environment',
      detail:
        '"{{message}}": providers configured per environment (auth.providers.<id>.<environment>) need env=<environment> on start and refresh requests. Backstage’s auth clients add it from auth.environment; a hand-made request, an old client or a proxy that drops the query string does not.',
      fix: 'Set auth.environment in the app’s config (here {{environment}}) to an environment configured under auth.providers.{{providerId}}, send requests through Backstage’s auth APIs, and check that proxies keep the query string.',
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
        'A redirect sign-in asked the auth backend to return to a URL that is missing, no http(s) URL, or of an origin it does not allow ("{{message}}").',
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
    proxiedProviderPopup: {
      title: '{{provider}} has no sign-in window: a proxy signs you in',
      detail:
        '"{{message}}": the provider this request went to is a proxied one on the backend (such as oauth2Proxy, gcpIap, awsalb, cfaccess or azureEasyAuth): the proxy in front of Backstage signs users in, and the provider’s start and handler/frame routes answer 501. The sign-in page opened a sign-in window for it.',
      fix: 'Offer it as a proxied provider on the sign-in page (ProxiedSignInPage, or this plugin’s proxied provider kind), not as a popup provider.',
    },
    oidcNoUserinfoEndpoint: {
      title: '{{provider}} publishes no userinfo endpoint',
      detail:
        '"{{message}}": Backstage’s OIDC provider reads your profile from the identity provider’s userinfo endpoint, and the discovery document at auth.providers.{{providerId}}.{{environment}}.metadataUrl lists none.',
      fix: 'Point metadataUrl at the identity provider’s OpenID Connect discovery document (…/.well-known/openid-configuration) that lists userinfo_endpoint, or use the provider module made for this identity provider.',
    },
    tokenExchangeFailed: {
      title: 'The backend could not exchange the sign-in code for a token',
      detail:
        '"{{message}}": after {{provider}} sent you back, the backend called its token endpoint and got no token and no standard OAuth error code (text after " - " is the provider’s). Causes, most likely first: the client secret is wrong or expired, or the client expects another authentication method (some providers answer with a page instead of invalid_client); the backend cannot reach the token endpoint (egress proxy, firewall, DNS); the token endpoint address is wrong.',
      fix: 'Compare auth.providers.{{providerId}}.{{environment}}.clientId and clientSecret with the client at the identity provider, renew an expired secret, and check from the backend host that the token endpoint answers.',
    },
    profileFetchFailed: {
      title: 'The backend could not read your {{provider}} profile',
      detail:
        '"{{message}}": with the token in hand, the provider’s sign-in code asks {{provider}}’s API for your profile (GitHub: also your emails), and the request failed or returned something unreadable. Causes, most likely first: the token lacks the scope for that API (read:user and user:email at GitHub, profile at Google); the backend cannot reach the API host (egress proxy, firewall); the API answered with an error page (rate limit, outage). Text after " - " is the API’s own answer (GitHub: "Bad credentials", "Requires authentication"); none means it gave no readable answer, often because the backend could not reach it.',
      fix: 'Check the client’s scopes and additionalScopes, and that the backend reaches the provider’s API host through its proxy; then sign in again.',
    },
    oidcUserinfoRejected: {
      title:
        '{{provider}} rejected the access token at its userinfo endpoint (expected 200 OK, got 401)',
      detail:
        '"{{message}}": after exchanging the code, openid-client (the OpenID client of Backstage’s OIDC provider) called the identity provider’s userinfo endpoint with the new access token, and the endpoint answered 401 Unauthorized. openid-client reports an unexpected status as a rejection, hence "rejected"; the text says no more, and the backend log has nothing beyond it. Causes, most likely first: 1. the token answer gave token_type "bearer" in lower case (or another type): openid-client sends "Authorization: bearer …" as given, and the userinfo endpoint accepts only "Bearer"; 2. the access token is not meant for the userinfo endpoint (its audience is another API, set for the client at the identity provider); 3. a proxy between the backend and the identity provider drops the Authorization header; 4. less likely, the signing keys (jwks_uri) or the discovery document sit behind an authenticating proxy that answered 401.',
      fix: 'Tell them apart with an access token of this client: curl -H "Authorization: Bearer <token>" <userinfo_endpoint>, then the same with "bearer". If only "Bearer" works, make the identity provider accept the scheme in any case (RFC 6750) or return token_type "Bearer"; if both fail, check the token’s aud and the proxies.',
    },
    oidcRequestRefused: {
      title:
        'A request from the backend to {{provider}} was refused (403 Forbidden)',
      detail:
        '"{{message}}": openid-client expected 200 OK from the identity provider and got 403 Forbidden. The browser reached Backstage; it is the backend’s own request that something refused. The text does not say which request: the signing keys (jwks_uri, fetched to check the ID token), the userinfo endpoint, or the discovery document. Causes, most likely first: a corporate proxy or firewall between the backend and the identity provider refuses the address (the backend’s HTTPS_PROXY and NO_PROXY); the identity provider’s firewall or WAF blocks the backend’s address; the userinfo endpoint refuses the token’s scopes.',
      fix: 'From the backend host, fetch jwks_uri and userinfo_endpoint of the metadataUrl document (curl -v, with the backend’s proxy settings): the one that answers 403 is the cause. Allow it in the proxy, or add the identity provider to NO_PROXY.',
    },
    oidcRequestFailed: {
      title: 'A request from the backend to {{provider}} failed',
      detail:
        '"{{message}}": openid-client asked the identity provider for something (the signing keys, userinfo, the token, the discovery document) and got an unexpected status, an empty answer, or no answer in time. The browser reached Backstage; this is the backend’s request. Causes, most likely first: the identity provider is down or overloaded (5xx, a timeout); a proxy between backend and identity provider failed (502, 504); an endpoint of the discovery document is not reachable from the backend.',
      fix: 'From the backend host, fetch the endpoints of the metadataUrl document (curl -v, with the backend’s proxy settings) to see which one fails; sign in again once the identity provider answers.',
    },
    oidcIssuerMismatch: {
      title: 'The issuer in {{provider}}’s answer is not the one configured',
      detail:
        '"{{message}}": the OpenID client checks that the issuer of the ID token, of the callback or of the discovery document is exactly the one of auth.providers.{{providerId}}.{{environment}}.metadataUrl. Causes, most likely first: a trailing slash or another spelling difference between metadataUrl and the issuer the identity provider announces; the identity provider is reached under a host name other than the one it knows itself by (a proxy, an internal address); a multi-tenant issuer (such as Entra ID’s "common") whose tokens name the tenant.',
      fix: 'Open metadataUrl in a browser and compare its "issuer" with the addresses in the message character by character; point metadataUrl at the issuer’s own …/.well-known/openid-configuration, or fix the identity provider’s host name (frontend URL) setting.',
    },
    oidcAudienceMismatch: {
      title: 'The ID token {{provider}} sent is for another client',
      detail:
        '"{{message}}": the ID token’s aud (or azp) must name the client Backstage signs in as, auth.providers.{{providerId}}.{{environment}}.clientId. Causes: clientId is not the client this identity provider signed you in for (copied from another environment); the identity provider puts another audience into ID tokens (an audience mapper, a resource).',
      fix: 'Compare clientId with the client registered at the identity provider, and remove mappers that replace the client ID in ID tokens.',
    },
    oidcClockSkew: {
      title: 'The backend’s clock and {{provider}}’s disagree',
      detail:
        '"{{message}}": the ID token’s times (issued at, not before, expiry, time of authentication) are checked against the backend’s clock, and they are further off than the client allows. Causes, most likely first: the backend’s or the identity provider’s clock is wrong (no time sync in a container or VM); the answer was used late (a callback opened long after sign-in); the identity provider session is older than the max_age asked for.',
      fix: 'Compare the backend host’s time (date -u) with a reliable clock and with the identity provider’s (its Date response header), sync them, and sign in again.',
    },
    oidcTokenMissing: {
      title: '{{provider}} did not return a token Backstage needs',
      detail:
        '"{{message}}": the identity provider’s token answer lacked a token, and which one tells the cause. id_token: the openid scope was not granted, or the client is plain OAuth 2.0. access_token: the answer is incomplete, or the response type is not code. refresh_token: refresh tokens are off for the client, or offline_access was not granted, so the session cannot be renewed.',
      fix: 'At the identity provider, enable the authorization code flow with refresh tokens for the client and allow openid, profile, email and offline_access (and add them to auth.providers.{{providerId}}.{{environment}}.additionalScopes if needed); then sign in again.',
    },
    oidcIdTokenRejected: {
      title: 'The backend refused the ID token {{provider}} sent',
      detail:
        '"{{message}}": the OpenID client validates the ID token (signature, algorithm, nonce, required claims), and this check failed. Causes, most likely first: the signing keys changed and the identity provider’s jwks_uri no longer has the token’s key, or a proxy serves an old copy; the token is signed with another algorithm than the client expects (auth.providers.{{providerId}}.{{environment}}.tokenSignedResponseAlg, default RS256, against the client’s setting at the identity provider); a required claim is missing, or the nonce of another sign-in came back.',
      fix: 'Compare the signing algorithm at both ends, restart the backend to reload the identity provider’s keys, and sign in again.',
    },
    oidcAnswerInvalid: {
      title: '{{provider}}’s answer lacked what OpenID Connect requires',
      detail:
        '"{{message}}": the callback or the userinfo answer did not have the shape the OpenID client expects: no code in the callback, parameters of another response type, or a signed or encrypted userinfo answer it was not set up for. Causes: the client at the identity provider uses another response type or response mode than code with query; userinfo signing or encryption is on for the client; something between the identity provider and the backend changed the answer.',
      fix: 'Set the client at the identity provider to the authorization code flow (response type code) with plain JSON userinfo, then sign in again.',
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
    signingKeyFailed: {
      title: 'The backend cannot sign tokens',
      detail:
        '"{{message}}": to issue Backstage tokens the backend creates a signing key and stores it in its database (auth-backend for user tokens, backend-defaults for plugin tokens). Creating or storing it failed, so sign-in, or the call between plugins, fails too. Causes, most likely first: the database refuses the write (permissions, a read-only replica, a full disk, a failed migration); a static key store (auth.keyStore.provider: static) whose key lacks its algorithm.',
      fix: 'Check the backend’s database connection and that its user may write the auth plugin’s tables; with a static key store, check each key of auth.keyStore.static.keys.',
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
    refreshScopeMissing: {
      title: 'Your {{provider}} session lacks a scope a plugin asked for',
      detail:
        '"{{message}}": a plugin asked for a {{provider}} token with more scopes than your session was granted, and a silent refresh cannot add scopes.',
      fix: 'Accept the sign-in request Backstage shows: it opens a {{provider}} window that asks for the extra scopes. If the request keeps coming back, the identity provider does not grant that scope to this client.',
    },
    githubTokenRevoked: {
      title: 'GitHub no longer accepts your stored token',
      detail:
        '"{{message}}": GitHub OAuth apps issue no refresh token, so Backstage keeps the access token as your session and checks it on refresh; GitHub answered 401. Causes: the app’s authorization was revoked at GitHub (Settings, Applications), the token expired (a GitHub App with expiring user tokens), or an organization’s SAML single sign-on withdrew it.',
      fix: 'Sign in with GitHub again.',
    },
    cookieRefreshFailed: {
      title: 'Renewing the session cookie failed',
      detail:
        '"{{message}}": the app keeps a cookie (/.backstage/auth/v1/cookie) with which the browser loads assets such as TechDocs pages, and the backend refused to renew it or answered something else. Causes, most likely first: your Backstage token expired or was refused (status 401); a proxy answered instead of the backend (no expiration date in the answer); app and backend are on different sites, and the browser blocks the cookie.',
      fix: 'Reload the page or sign in again. If it repeats, open the request named in the message in the browser’s network tab and paste its response into My Access’s paste box.',
    },
    logoutFailed: {
      title: 'Signing out at the backend failed',
      detail:
        '"{{message}}": the app asked the auth backend to end the {{provider}} session, and the request failed or was refused, so the session cookie may still be valid. A network error in the text means the auth backend at {{authBaseUrl}} did not answer.',
      fix: 'Sign out again; to be sure, clear this site’s cookies.',
    },
    microsoftScopesMultipleResources: {
      title: 'A plugin asked Microsoft for one token for several APIs',
      detail:
        '"{{message}}": an Entra ID access token is for one resource (audience), and a plugin asked for scopes of several at once.',
      fix: 'This is a bug in the plugin that asked: it must request each API’s scopes separately (one getAccessToken call per resource).',
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
        'This page does not know this exact text: "{{message}}". It is a sign-in error at {{provider}}: auth-node writes "Authentication failed, …" when the provider’s sign-in code (a passport strategy or openid-client) fails, and "Authentication rejected, …" when that code refuses the answer; the rest is the identity provider’s or the library’s own text.',
      fix: 'Look up the text after the comma in the identity provider’s documentation (or the library’s source), and compare the client registered there with auth.providers.{{providerId}}.{{environment}}.',
    },
    errorMissingCredentials: {
      title: 'No token was sent',
      detail:
        '"Missing credentials": the request reached the backend without an Authorization header or session cookie.',
      fix: 'Call backends through the fetch API (fetchApiRef), not window.fetch; check that the plugin’s URL is under backend.baseUrl or discovery.endpoints; and that the user is not the frontend-only guest.',
    },
    legacyIdentityClient: {
      title: 'A plugin using the old identity client refused the request',
      detail:
        '"{{message}}": the plugin checks tokens with auth-node’s DefaultIdentityClient, the old way. "No token specified": the request carried no Backstage token (it was not sent through the fetch API). "No keystore exists": the client could not load the auth backend’s public keys ({{authBaseUrl}}/.well-known/jwks.json), or found none.',
      fix: 'For the first, call the plugin through fetchApiRef; for the second, check that the plugin’s backend reaches the auth backend. The lasting fix is the plugin moving to the httpAuth service of the new backend system.',
    },
    errorFailedUserToken: {
      title: 'The token expired or its signature is wrong',
      detail:
        '"Failed user token verification": the backend could not verify a user token. Either it expired, or it was signed by keys this backend does not know (another instance, rotated keys). Only the backend log says which.',
      fix: 'To tell them apart, paste the token into My Access’s paste box: if exp is in the past it expired (refresh the session); if not, it was issued by another backend or its keys changed (sign in again; check that all backend replicas share the auth database).',
    },
    userTokenExpired: {
      title: 'The user token had expired',
      detail:
        '"{{message}}": the backend’s log line gives the reason behind "Failed user token verification": the token’s exp is in the past. Causes, most likely first: the app did not renew its session in time (a failed refresh, a tab asleep for longer than the token lives); the clock of the backend that checked it runs ahead of the auth backend’s.',
      fix: 'Reload the page or sign in again. If it happens well before the token’s exp, compare the clocks of the backend hosts.',
    },
    userTokenUnknownKey: {
      title: 'The user token was signed with keys this backend does not know',
      detail:
        '"{{message}}": the backend’s log line gives the reason behind "Failed user token verification": the signature does not verify with the auth backend’s public keys. Causes, most likely first: the token was issued by another Backstage (another environment, an instance with its own database) or before the auth backend’s keys were replaced (a reset database); this backend fetched the keys before they rotated.',
      fix: 'Sign in again. If it keeps happening, make every backend instance share the auth database, and check that discovery points every plugin at the same auth backend.',
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
    limitedTokenUnavailable: {
      title: 'Cookie sign-in cannot be made from this token',
      detail:
        '"{{message}}": for cookie authentication (app assets, TechDocs) the backend turns your user token into a limited one, which needs the token’s uip claim. This token has none, or is no user token: it was issued by a Backstage older than cookie authentication or by a custom token issuer, or it is a service token.',
      fix: 'Sign out and in again to get a current token; a custom token issuer must issue tokens through the auth backend.',
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
    jwksFetchFailed: {
      title: 'A backend could not fetch another plugin’s signing keys',
      detail:
        '"{{message}}": to verify a token one plugin sends another, the receiving backend downloads the calling plugin’s public keys (its /.backstage/auth/v1/jwks.json, found through discovery) and got no usable answer. The browser reached Backstage: this request is between backends, so the backend is not unreachable. Causes, most likely first: an HTTP proxy in the backend’s environment (HTTPS_PROXY) or a gateway refused the request (403, 407) or answered with its own page; discovery (backend.baseUrl, discovery.endpoints) gives an address the backend cannot use from inside; the calling plugin runs a Backstage without this endpoint.',
      fix: 'From the backend host, fetch the calling plugin’s …/.backstage/auth/v1/jwks.json; add internal hosts to NO_PROXY, or point discovery.endpoints at internal addresses.',
    },
    webSocketCredentials: {
      title: 'A WebSocket connection was refused: no valid credentials',
      detail:
        '"{{message}}": the backend authenticates a WebSocket upgrade with the tokens in its Sec-WebSocket-Protocol or Authorization header, and none of them verified. Causes: the client sent no token, the token expired, or a proxy dropped the header.',
      fix: 'Reload the page for a fresh token; check that proxies in front of the backend pass WebSocket upgrades on with their headers.',
    },
    backendStarting: {
      title: 'The backend is starting up or shutting down',
      detail:
        '"{{message}}": the backend answers 503 until all of its plugins have started, and again while it stops; sign-in and API calls in that window fail.',
      fix: 'Wait a few seconds and try again. If it lasts, a plugin failed to start: the backend log at start-up names it.',
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
    permissionPolicyError: {
      title: 'A permission check failed inside the permission framework',
      detail:
        '"{{message}}": this is no denial: the permission backend or a plugin could not evaluate the check. Causes, most likely first: the permission policy returned a conditional decision for a permission without a resource type, or conditions the plugin does not know (a rule or resource type it does not offer); a frontend or backend asked about a resource permission without naming the resource.',
      fix: 'Ask whoever maintains the permission policy to check its decision for the permission the message names: conditions must use the rules of the plugin that owns the resource type.',
    },
    errorAuthentication: {
      title: 'The backend refused the credentials',
      detail:
        'The backend refused the credentials with AuthenticationError "{{message}}". This page does not know this exact text; it is a token or credentials check.',
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
      title: '{{provider}}: a request around {{proxy}} cannot sign anyone in',
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
    awsAlbSignerMismatch: {
      title: 'The ALB’s token was signed by another load balancer',
      detail:
        'The x-amzn-oidc-data token names a signer (a load balancer’s ARN) other than auth.providers.awsalb.signer ("{{message}}").',
      fix: 'Set auth.providers.awsalb.signer to the ARN of the load balancer in front of this backend, or remove it to accept any load balancer of the region.',
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
    cfAccessIdentityFailed: {
      title: 'The backend could not read your identity from Cloudflare Access',
      detail:
        '"{{message}}": with a valid Access token, the cfaccess module asks Cloudflare for the full identity (https://<team>.cloudflareaccess.com/cdn-cgi/access/get-identity), and that request failed. Causes, most likely first: the backend cannot reach Cloudflare (egress proxy, firewall); auth.providers.cfaccess.teamName is wrong; the Access session ended.',
      fix: 'Check auth.providers.cfaccess.teamName, allow the backend outbound HTTPS to <team>.cloudflareaccess.com, and reload.',
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
      title: 'This page does not recognise this text',
      detail: 'This page does not know this exact text: "{{message}}".',
      fix: 'Paste the whole answer if you have it (status line, headers and body from the network tab), or the full message. Otherwise copy the support bundle for whoever runs Backstage: the backend log at the same moment may name the cause.',
    },
    unknown: {
      title: 'Sign-in with {{provider}} failed',
      detail: 'This page does not know this exact text: "{{message}}".',
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
      'The identity provider does not know the callback URL (redirect_uri_mismatch, invalid redirect_uri): it shows its own error page and never sends the window back. Register exactly this callback URL there (scheme, host, port and path; no trailing slash): {{callbackUrl}}',
    redirectUriUnknown:
      'The identity provider does not know the callback URL (redirect_uri_mismatch, invalid redirect_uri): it shows its own error page and never sends the window back. Register exactly the callback URL listed under "Trouble signing in?".',
    idpUnreachable:
      'The identity provider cannot be reached: the window shows the browser’s connection error ("This site can’t be reached", ERR_CONNECTION_REFUSED), because {{provider}} is down or your network does not reach it (VPN, proxy, firewall).',
    idpUnreachableSeen:
      'The identity provider cannot be reached: this page followed the same sign-in address just now and got no answer from where the backend sends it, while the backend itself answers. The window most likely shows the browser’s connection error ("This site can’t be reached"): {{provider}} is down or your network does not reach it (VPN, proxy, firewall).',
    refused:
      'The identity provider refused you on a page of its own: a policy (account not assigned to the application, conditional access, disabled account) or a consent it needs and you or an administrator have not given.',
    backendError:
      'The backend shows an error there, such as "Origin … is not allowed" when this page is not opened at app.baseUrl.',
    waiting:
      'A login, consent or account-selection page is waiting for you in the window, which may be behind this one.',
    closedByUser:
      'You closed the window before finishing, with nothing wrong: sign in again.',
  },
  signInWindow: {
    unreachableHost: 'the address the window went to',
    pasteLabel: 'What the sign-in window says',
    pasteHelp:
      'Select all the text in the sign-in window (or its address) and paste it here: it stays in this page.',
    explanation: 'What the sign-in window says, explained',
    copyCallbackUrl: 'Copy the callback URL of {{provider}}',
    callbackCopied: 'Callback URL copied',
  },
} as const;
