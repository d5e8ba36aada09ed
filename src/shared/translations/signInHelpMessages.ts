/**
 * Strings that explain sign-in failures, and the checks of "Trouble signing
 * in?": loaded with the failure rules, never with a healthy sign-in. The 401
 * doctor uses them too.
 */
export const signInHelpMessages = {
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
