/** Strings of the 401 doctor: its checks, the paste panels and the support bundle. */
export const doctorMessages = {
  card: {
    title: '401 doctor',
    subheader:
      'Checks that explain why a request gets 401, run in this browser. They read the token’s claims; only a backend can tell whether its signature is genuine.',
    checks: 'Checks',
    otherChecks: 'Token, environment and plugins',
    running: 'Running the checks…',
    runAgain: 'Run the checks again',
    summary: '{{problem}}, {{warning}}, {{ok}}, {{unknown}}, {{info}}',
    counts: {
      problem_one: '{{count}} problem',
      problem_other: '{{count}} problems',
      warning_one: '{{count}} warning',
      warning_other: '{{count}} warnings',
      ok_one: '{{count}} passed',
      ok_other: '{{count}} passed',
      unknown_one: '{{count}} could not tell',
      unknown_other: '{{count}} could not tell',
      info: '{{count}} for information',
    },
    probeCall: 'Probing the backend plugins',
    relatedChecks: 'Where this error comes from',
  },
  paste: {
    title: 'Paste a token or an error',
    label: 'Paste a token, an error or a response',
    helper:
      'A token (with or without "Bearer "), an error body, a whole response with its status line and headers, or a message from a toast, the sign-in window, the identity provider’s error page or a log. It is read in this browser: nothing is sent or stored.',
    clear: 'Clear',
    readAs: {
      token: 'Read as a token.',
      errorBody: 'Read as a Backstage error body.',
      oauthError:
        'Read as an OAuth error answer, as an identity provider’s token endpoint sends it.',
      response: 'Read as an HTTP response with status {{status}}{{body}}.',
      address: 'Read as an address carrying the identity provider’s error.',
      log: 'Read as a log entry.',
      json: 'Read as JSON.',
      message:
        'Read as a message, as a toast, a sign-in window, an error page or a log shows it.',
    },
    body: {
      errorBody: ' and a Backstage error body',
      oauthError: ' and an OAuth error answer',
      log: ' and a log entry',
      json: ' and a JSON body',
      message: ' and a body that is not JSON',
    },
    header: 'Header of the pasted token',
    claims: 'Claims of the pasted token',
  },
  timeline: {
    title: 'Session timeline',
    subheader:
      'What happened to the session in this tab since it was opened. Kept in memory only.',
    empty: 'Nothing recorded yet in this tab.',
    list: 'Session events',
    types: {
      'sign-in': 'Signed in',
      refresh: 'Session refreshed',
      'refresh-failed': 'Refresh failed',
      'expiry-warning': 'Expiry warning',
      expired: 'Session expired',
      'sign-out': 'Signed out',
      'token-observed': 'Token observed',
      'probe-failed': 'Request failed',
      failure: 'Failure',
    },
  },
  bundle: {
    title: 'Support bundle',
    intro:
      'Environment, checks (with when they ran), decoded claims, differing groups, permissions, what you pasted above and the timeline, for whoever runs Backstage. It never contains your token, a pasted token, a signature or uip, and strings that look like secrets are redacted.',
    copy: 'Copy diagnostics',
    copied: 'Diagnostics copied',
    copyFailed: 'Could not copy to the clipboard: {{message}}',
    downloadMarkdown: 'Download Markdown',
    downloadJson: 'Download JSON',
  },
  evidence: {
    tokenLength: 'Token length',
    typ: 'typ',
    aud: 'aud',
    iss: 'iss',
    authBaseUrl: 'Auth backend (discovery)',
    exp: 'Expires',
    nbf: 'Not before',
    iat: 'Issued at',
    now: 'Browser time',
    backendDate: 'Backend Date header',
    pageUrl: 'This page',
    appBaseUrl: 'app.baseUrl',
    backendBaseUrl: 'backend.baseUrl',
    pluginBaseUrl: 'Discovered base URL',
    allowlist: 'Token sent to',
    probeUrl: 'Request',
    status: 'HTTP status',
    errorName: 'Error name',
    errorMessage: 'Error message',
    limit: 'Backend limit',
    usedBecause: 'Why it matters',
    authEnvironment: 'auth.environment',
    appBuild: 'This app’s build',
    signedInWith: 'Signed in with',
  },
  values: {
    unset: 'not set',
  },
  doorRefresh: {
    yes: 'The backend also issues refresh tokens: that access outlives the browser session until it is revoked.',
    no: 'The backend issues no refresh tokens: the access ends when the agent’s token expires.',
  },
  openDoors: {
    title: 'Open doors',
    intro:
      'Ways anyone could act as anyone, reasoned from what this page observed. The page never sends another identity to prove a point.',
    none: 'No open door seen from this page.',
  },
  pluginUse: {
    registered: 'the app registers a frontend plugin "{{pluginId}}"',
    permissionEnabled:
      'permission.enabled is true, so the app asks the permission backend',
    discovery: 'discovery.endpoints in the app config names "{{pluginId}}"',
    probeConfig: 'accessInspector.doctor.probePlugins lists "{{pluginId}}"',
    pastedError: 'the pasted error came from {{url}}',
  },
  findings: {
    tokenMissing: {
      title: 'There is no Backstage token',
      detail:
        'The identity API returned no token, so every backend request goes out without credentials and fails with 401 "Missing credentials". The legacy frontend-only guest sign-in does this.',
      fix: 'Sign in with a provider of the auth backend (for local use: the backend’s guest provider module) instead of the frontend-only guest.',
    },
    tokenPresent: {
      title: 'A Backstage token is sent with requests',
      detail_one: 'The identity API returned a token of {{count}} character.',
      detail_other:
        'The identity API returned a token of {{count}} characters.',
    },
    tokenUndecodable: {
      title: 'The token cannot be decoded',
      detail: '{{reason}}',
      fix: 'Backstage user tokens are JWTs. Check that the identity API returns the token issued by the auth backend.',
    },
    typUser: {
      title: 'It is a Backstage user token',
      detail: 'typ is vnd.backstage.user, the type every backend accepts.',
    },
    typLimited: {
      title: 'It is a limited user token',
      detail:
        'typ is vnd.backstage.limited-user: a token meant for cookie authentication. Endpoints that require full user credentials reject it with 401.',
      fix: 'Send the full user token from identityApi.getCredentials(); limited tokens belong in the backstage-auth cookie only.',
    },
    typOther: {
      title: 'It is not a Backstage user token',
      detail:
        'typ is "{{typ}}", not vnd.backstage.user. Backstage backends reject it with 401 "Illegal token".',
      fix: 'Send the Backstage token from identityApi.getCredentials(), not an identity provider’s ID or access token.',
    },
    audOk: {
      title: 'The audience is backstage',
      detail: 'aud contains "backstage", as backends require.',
    },
    audWrong: {
      title: 'The audience is not backstage',
      detail:
        'aud is "{{aud}}". Backstage backends only accept tokens whose audience is "backstage" and answer 401 otherwise.',
      fix: 'Use a token issued by the Backstage auth backend; a provider token is meant for the provider’s own APIs.',
    },
    issOk: {
      title: 'The issuer is this backend’s auth plugin',
      detail: 'iss is {{iss}}, where the app discovers the auth backend.',
    },
    issMismatch: {
      title: 'The issuer is not the auth backend this app uses',
      detail:
        'iss is "{{iss}}" but the app discovers the auth backend at {{authBaseUrl}}. A token from another Backstage instance or environment fails verification with 401.',
      fix: 'Sign out and in again against this Backstage; if the URLs differ only by host name, make backend.baseUrl the URL browsers use.',
    },
    issOtherAddress: {
      title: 'The token names another address of this backend',
      detail:
        'iss is "{{iss}}" while the app discovers the auth backend at {{authBaseUrl}}, and {{plugins}} accepted the token there: the same backend issued it under another of its addresses (its backend.baseUrl is not the address this browser uses, as behind a proxy).',
    },
    issUnknown: {
      title: 'The issuer could not be compared',
      detail:
        'The auth backend’s base URL could not be discovered ({{message}}), so iss ({{iss}}) was not checked.',
    },
    expValid: {
      title: 'The token is valid for {{remaining}}',
      detail: 'It expires at {{exp}}.',
    },
    expSoon: {
      title: 'The token expires {{relative}}',
      detail:
        'It expires at {{exp}}. Requests after that fail with 401 "Failed user token verification" until the session is refreshed.',
      fix: 'Refresh the session (or reload the page) before it expires; if this keeps happening, check that session refresh works.',
    },
    expired: {
      title: 'The token expired {{relative}}',
      detail:
        'It expired at {{exp}}. Every backend answers 401 "Failed user token verification".',
      fix: 'Refresh the session or sign in again. If a fresh token expires at once, the browser clock may be ahead.',
    },
    expMissing: {
      title: 'The token has no expiry',
      detail:
        'There is no numeric exp claim. Backends reject such a user token with 401 "User token is missing expiration".',
      fix: 'Sign in again to get a token from the auth backend.',
    },
    notYetValid: {
      title: 'The token is not valid yet',
      detail:
        'nbf is {{nbf}}, {{relative}}. Backends reject it until then: the browser clock is behind, or the issuer’s is ahead.',
      fix: 'Synchronise the clocks of this computer and the Backstage backend (NTP).',
    },
    issuedInFuture: {
      title: 'The token was issued in the future',
      detail:
        'iat is {{iat}}, {{relative}} by this browser’s clock: this browser’s clock is behind the backend’s by about {{skew}}.',
      fix: 'Synchronise this computer’s clock (NTP). Backends check exp without tolerance, so skew causes 401s near the end of a token’s life.',
    },
    lengthOk: {
      title: 'The token is well below the size limit',
      detail_one:
        '{{count}} character; backends refuse tokens over {{limit}} characters.',
      detail_other:
        '{{count}} characters; backends refuse tokens over {{limit}} characters.',
    },
    lengthNear: {
      title: 'The token is close to the size limit',
      detail:
        '{{length}} characters; backends refuse tokens over {{limit}} characters. Large ownership claims (ent) or custom claims make it grow.',
      fix: 'Keep custom claims small; since Backstage 1.50 ownership refs can stay out of the token (auth.omitIdentityTokenOwnershipClaim).',
    },
    lengthTooLong: {
      title: 'The token is longer than backends accept',
      detail:
        '{{length}} characters; backends refuse tokens over {{limit}} characters with 401.',
      fix: 'Remove large claims from the sign-in resolver (ownership refs, custom claims), or set auth.omitIdentityTokenOwnershipClaim: true.',
    },
    clockSkewOk: {
      title: 'The browser and backend clocks agree',
      detail:
        'The backend’s Date header differs from this browser’s clock by {{skew}}.',
    },
    clockSkew: {
      title: 'The browser’s clock is off by {{skew}}',
      detail:
        'The backend’s Date header says {{backendDate}}, this browser says {{now}} ({{direction}}). Backends check exp without tolerance, so tokens look valid here but fail there, or the other way round.',
      fix: 'Synchronise the clocks of this computer and the backend (NTP).',
    },
    clockSkewUnmeasurable: {
      title: 'Clock skew cannot be measured',
      detail:
        'The backend does not expose its Date header to this page (cross-origin responses hide it unless Access-Control-Expose-Headers lists Date), so this check could not run. Only the token’s iat is compared with this browser’s clock.',
    },
    httpsOk: {
      title: 'The app and backend use {{protocol}}',
      detail: 'Page and backend use the same scheme.',
    },
    mixedContent: {
      title: 'The page is on https but the backend on http',
      detail:
        'Browsers block http requests from https pages (mixed content): every call fails as a network error.',
      fix: 'Serve the backend over https and set backend.baseUrl to its https URL.',
    },
    insecureHttp: {
      title: 'The app is served over plain http',
      detail:
        '{{pageOrigin}} is not https and not localhost. Secure cookies (sessions, SameSite=None) are not kept, so sessions do not survive a reload.',
      fix: 'Serve Backstage over https.',
    },
    schemeDiffers: {
      title: 'The page and the backend use different schemes',
      detail:
        'The page is on {{pageProtocol}} and the backend on {{backendProtocol}}: they are not same-site, so the session cookie may not be sent.',
      fix: 'Serve both over https.',
    },
    sameSite: {
      title: 'The app and backend are same-site',
      detail:
        '{{appSite}} and {{backendSite}}: the refresh and auth cookies are sent with requests.',
    },
    crossSite: {
      title: 'The app and backend are on different sites',
      detail:
        'The app is on {{appSite}}, the backend on {{backendSite}}. Browsers that block third-party cookies drop the refresh cookie: you sign in again on every reload, and TechDocs assets get 401.',
      fix: 'Serve the app and backend from the same site (e.g. backstage.example.com and backstage-api.example.com, or one host).',
    },
    siteUnknown: {
      title: 'Same-site could not be checked',
      detail: 'A URL could not be read: {{message}}.',
    },
    tokenInjected: {
      title: '{{pluginId}}: requests carry the token',
      detail:
        '{{baseUrl}} is under backend.baseUrl or a discovery endpoint, so the fetch API adds the Authorization header.',
    },
    tokenNotInjected: {
      title: '{{pluginId}}: requests go out without the token',
      detail:
        '{{baseUrl}} is neither under backend.baseUrl nor a configured discovery.endpoints target, so the fetch API sends no Authorization header and the plugin answers 401 "Missing credentials".',
      fix: 'Add the target to discovery.endpoints in the app’s config (or serve the plugin under backend.baseUrl).',
    },
    discoveryFailed: {
      title: '{{pluginId}}: its base URL cannot be discovered',
      detail: 'The discovery API failed: {{message}}.',
      fix: 'Check discovery.endpoints and backend.baseUrl in the app’s config.',
    },
    probeOk: {
      title: '{{pluginId}}: the plugin accepts your token',
      detail: 'GET {{path}} answered {{status}}.',
    },
    probeUnauthorized: {
      title: '{{pluginId}}: 401 {{message}}',
      detail: '{{explanation}}',
      fix: '{{fix}}',
    },
    probeForbidden: {
      title: '{{pluginId}}: 403 {{message}}',
      detail:
        'The plugin knows who you are but refuses this request: a permission policy or an access restriction denies it.',
      fix: 'Ask whoever runs Backstage which permission you lack; the permissions section shows your decisions.',
    },
    probeNotInstalled: {
      title: '{{pluginId}}: not installed in the backend',
      detail:
        'GET {{path}} answered 404. Every plugin of the new backend system serves this path, so the backend at {{baseUrl}} has no plugin "{{pluginId}}" (or runs it on the legacy backend system). This app uses it: {{usedBecause}}.',
      fix: 'Install the plugin in the backend, fix the plugin id, or point discovery at the backend that runs it.',
    },
    probeNotInstalledUnused: {
      title: '{{pluginId}}: not installed on this backend',
      detail:
        'GET {{path}} answered 404: the backend at {{baseUrl}} has no plugin "{{pluginId}}" (or runs it on the legacy backend system). Nothing this page can see shows that the app uses it, so this is not a problem by itself; it becomes one if requests to /api/{{pluginId}} fail.',
    },
    probeServerError: {
      title: '{{pluginId}}: the backend failed with {{status}}',
      detail:
        'GET {{path}} answered {{status}} {{message}}: a backend or proxy failure, not an authentication problem.',
      fix: 'Check the backend’s logs (and any proxy in front of it).',
    },
    probeNetworkError: {
      title: '{{pluginId}}: no answer',
      detail:
        'GET {{path}} got no HTTP answer: {{message}}. The backend is down, the URL is wrong, CORS refuses this origin, or the browser blocked the request.',
      fix: 'Check that {{baseUrl}} is reachable from this browser and that backend.cors.origin includes this page’s origin.',
    },
    probeUnexpected: {
      title: '{{pluginId}}: unexpected answer {{status}}',
      detail: 'GET {{path}} answered {{status}} {{message}}.',
    },
    cookieOk: {
      title: '{{pluginId}}: cookie authentication works',
      detail:
        'The plugin issued its session cookie (valid until {{expiresAt}}), so assets it serves to the browser directly (e.g. TechDocs pages) load.',
    },
    cookieNotServed: {
      title: '{{pluginId}}: no cookie authentication endpoint',
      detail:
        'GET {{path}} answered 404: the backend has no "{{pluginId}}" plugin on the new backend system, so there is no cookie to get. Nothing this page can see shows that the app uses it.',
    },
    cookieNotServedUsed: {
      title: '{{pluginId}}: no cookie sign-in, the plugin is missing',
      detail:
        'GET {{path}} answered 404: the backend has no "{{pluginId}}" plugin on the new backend system, but this app uses it: {{usedBecause}}. What the app loads from it fails.',
      fix: 'Install the plugin in the backend, or point discovery at the backend that runs it.',
    },
    cookieRefused: {
      title: '{{pluginId}}: cookie authentication failed ({{status}})',
      detail:
        'GET {{path}} answered {{status}} {{message}}. Without the cookie, assets the browser loads directly from this plugin get 401.',
      fix: 'Serve app and backend from the same site over https, and check that the backend accepts this origin with credentials (backend.cors.credentials).',
    },
    cookieNetworkError: {
      title: '{{pluginId}}: cookie endpoint gave no answer',
      detail: 'GET {{path}} got no HTTP answer: {{message}}.',
      fix: 'Check that backend.cors.credentials is true and that backend.cors.origin includes this page’s origin.',
    },
    // Proxied providers: one refresh through the sign-in page's client
    proxiedSignedIn: {
      title: '{{provider}}: the proxy signs you in as {{user}}',
      detail:
        'The refresh request from this address passed through the proxy, and the auth backend signed in {{user}} from the headers the proxy added.',
    },
    proxiedBypassed: {
      title: '{{provider}}: requests from this address bypass the proxy',
      detail:
        '{{reason}}. {{explanation}} You signed in with {{provider}}, so the Backstage session cannot be renewed from this address.',
    },
    proxiedBypassedElsewhere: {
      title: '{{provider}}: requests from this address bypass the proxy',
      detail:
        '{{reason}}. {{explanation}} {{provider}} cannot sign anyone in from this address; a session started another way does not depend on it.',
    },
    proxiedSignInRequired: {
      title: '{{provider}}: your session at the proxy has ended',
      detail:
        '{{explanation}} You signed in with {{provider}}, so the Backstage session cannot be renewed until you sign in at the proxy again.',
    },
    proxiedSignInRequiredElsewhere: {
      title: '{{provider}}: no session at the proxy for this address',
      detail:
        '{{explanation}} A session started another way does not depend on it; {{provider}} signs you in again once the proxy has signed you in.',
    },
    proxiedUnknown: {
      title: '{{provider}}: could not tell whether the proxy signs you in',
      detail:
        'Asking the auth backend for the session {{provider}} reads from the proxy’s headers ended with "{{message}}". That answer does not show whether requests from this address pass through the proxy.',
      fix: 'Paste the message into this card’s paste box for its explanation.',
    },
    // Open doors
    doorGuestOutsideDevelopment: {
      title:
        'Anyone who opens the portal is signed in: guest sign-in works outside development',
      detail:
        'This session came from the guest provider ({{user}}), although {{where}}. The guest module refuses outside NODE_ENV=development unless auth.providers.guest.dangerouslyAllowOutsideDevelopment is true, so that flag is on or the backend runs in development mode. Anyone who reaches the portal is a user, with whatever the permission policy gives {{user}}.',
      fix: 'Remove the guest provider module (@backstage/plugin-auth-backend-module-guest-provider) from the backend, or at least its dangerouslyAllowOutsideDevelopment flag, and drop guest from the sign-in page’s providers.',
    },
    doorGuestDevelopment: {
      title: 'Guest sign-in is on, in development',
      detail:
        'This session came from the guest provider ({{user}}) with auth.environment development, as the guest module expects for local use. Outside development it would let anyone in.',
    },
    doorGuestUnknown: {
      title: 'Could not tell whether the backend lets guests in',
      detail:
        'The sign-in page offers guest and this portal is not in development ({{where}}). Whether the backend admits guests shows only by signing in as one, which this page does not do: a guest sign-in mints a token.',
      fix: 'Sign in with guest once: if it works, this card reports it. Better, remove guest from the sign-in page’s providers and the guest module from the backend.',
    },
    doorPermissionsOn: {
      title: 'Permissions are on: a policy decides what each user may do',
      detail:
        'permission.enabled is true, so plugins ask the permission backend’s policy before each action.',
    },
    doorPermissionsOff: {
      title: 'Permissions are off: every signed-in user may do everything',
      detail:
        'permission.enabled is {{value}} in the app’s config, so no permission policy runs: every signed-in user, and every agent acting as one, may do every action every plugin offers (unregister catalog entities, run templates, …).',
      fix: 'Set permission.enabled: true and give the permission backend a policy (a module on policyExtensionPoint) that says who may do what.',
    },
    doorAgentsDynamicRegistration: {
      title: 'Any program can register itself as an agent acting as you',
      detail:
        'The auth backend’s discovery document advertises a registration endpoint ({{endpoint}}): dynamic client registration lets any client register and, after one approval click by a user, obtain a token that carries that user’s full access. {{refresh}}',
      fix: 'Remove auth.experimentalDynamicClientRegistration (auth-backend 0.31 removed it for client ID metadata documents), or restrict its allowedRedirectUriPatterns to the clients you trust.',
    },
    doorAgentsClientIdMetadata: {
      title: 'Agents from the allowed list can act as you after one approval',
      detail:
        'The auth backend’s discovery document advertises client ID metadata documents: an MCP client whose client ID URL matches auth.clientIdMetadataDocuments.allowedClientIdPatterns (by default Claude, VS Code, ChatGPT Codex, Cursor and the Backstage CLI) obtains a token after one approval click, and that token carries the user’s full access. That may be intended. {{refresh}}',
      fix: 'If it is not: set allowedClientIdPatterns and allowedRedirectUriPatterns under auth.clientIdMetadataDocuments to the clients you trust, or set enabled: false.',
    },
    doorAgentsClosed: {
      title: 'Agents cannot register themselves',
      detail:
        'The auth backend’s discovery document advertises neither dynamic client registration nor client ID metadata documents.',
    },
    doorAgentsUnknown: {
      title: 'Could not tell whether agents can register themselves',
      detail:
        'Reading the auth backend’s discovery document failed: {{message}}.',
    },
    // Pasted tokens
    pastedEmpty: {
      title: 'Nothing to decode',
      detail: 'Paste a token into the box above.',
    },
    pastedNotJwt: {
      title: 'This is not a JWT',
      detail: '{{reason}}',
      fix: 'Backstage user tokens are JWTs (three base64url parts separated by dots). An opaque access token can only be checked by the provider that issued it.',
    },
    pastedProviderToken: {
      title: 'This is an identity provider’s token, not a Backstage token',
      detail:
        'Issued by {{iss}} for {{aud}}. Backstage backends accept only tokens issued by the auth backend (typ vnd.backstage.user, aud backstage) and answer 401 "Illegal token" to this one.',
      fix: 'Send the token from identityApi.getCredentials() to Backstage backends; keep provider tokens for the provider’s APIs.',
    },
    pastedNoSignature: {
      title: 'The token has no signature',
      detail: 'Its third part is empty. No backend accepts an unsigned token.',
      fix: 'Copy the whole token: it may have been cut off after the second dot.',
    },
    // Pasted error bodies
    errorEmpty: {
      title: 'Nothing to explain',
      detail: 'Paste the body of a failed response into the box above.',
    },
    errorNotBackstage: {
      title: 'This is not a Backstage error body',
      detail:
        'Backstage backends answer errors with JSON like {"error": {"name", "message"}}; this JSON has no error in it. It may come from a proxy, a load balancer or the identity provider.',
      fix: 'Copy the response body from the browser’s network tab (Response, not Preview), or check the proxy in front of Backstage.',
    },
    errorOther: {
      title: 'A Backstage error: {{name}}',
      detail: '"{{message}}"{{status}}. It is not an authentication failure.',
    },
  },
} as const;
