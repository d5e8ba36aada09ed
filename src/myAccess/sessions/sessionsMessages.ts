/** Strings of the provider sessions card. */
export const sessionsMessages = {
  title: 'Provider sessions',
  subheader:
    'Your sessions with the sign-in providers this app offers. Nothing here opens a popup until you click.',
  signedIn: 'Signed in',
  signedOut: 'Not signed in',
  checking: 'Checking…',
  usedForBackstage: 'used for this Backstage session',
  signIn: 'Sign in to {{provider}}',
  signOut: 'Sign out of {{provider}}',
  signOutTitle: 'Sign out of {{provider}}?',
  signOutEndsBackstage:
    'You signed in to Backstage with {{provider}}. Signing out of it also ends your Backstage session: you are signed out of Backstage and taken to the sign-in page.',
  signOutProviderOnly:
    'This ends the app’s session with {{provider}}; features that call {{provider}} ask you to sign in to it again. Your Backstage session did not come from {{provider}} and stays signed in.',
  signOutUnknown:
    'This ends the app’s session with {{provider}}. This page cannot tell which provider your Backstage session came from: if it was {{provider}}, Backstage asks you to sign in again.',
  confirmSignOut: 'Sign out',
  confirmSignOutBackstage: 'Sign out of Backstage',
  cancel: 'Cancel',
  backstageExpiry:
    'Backstage identity from this provider expires {{relative}} ({{absolute}})',
  scopesNotExposed:
    'Granted scopes and the provider token’s own expiry are not exposed by Backstage’s auth API for this provider.',
  idToken: 'ID token from {{provider}} (decoded, not verified)',
  idTokenFailed:
    'The ID token from {{provider}} could not be decoded: {{reason}}',
  showIdToken: 'Show ID token claims',
  hideIdToken: 'Hide ID token claims',
  idTokenRead: '{{provider}}: reading the ID token',
  idTokenNone:
    '{{provider}} returned no ID token for this session, though its API can offer one: the provider did not issue one (it does when the openid scope is granted).',
  idTokenNotVerified:
    'Decoded in this browser. Decoding is not verification: this page cannot tell whether the signature is genuine. The signature was dropped as soon as the token was decoded; it is never shown, kept or exported.',
  idTokenIssuer: 'Issuer',
  idTokenAudience: 'Audience (client id)',
  idTokenIssued: 'Issued',
  idTokenExpires: 'Expires',
  idTokenTime: '{{relative}} ({{absolute}})',
  idTokenMissingClaim: 'not in the token',
  idTokenClaims: 'Claims of the ID token from {{provider}}',
  oauthOnlyTitle: 'What this browser cannot see',
  oauthOnlyToken:
    '{{provider}} gives Backstage an OAuth access token and no ID token. The access token is opaque to this browser, or not meant to be read by anyone but {{provider}}: there are no claims to decode here.',
  oauthOnlyProfile:
    'The profile Backstage’s sign-in resolver saw came from {{provider}}’s user API, which the auth backend called at sign-in; the name, email and picture shown here are what it passed on.',
  oauthOnlyScopes:
    'What the access token may do is set by the scopes granted at sign-in. Backstage’s auth API does not expose them, or the token’s own expiry, to this page.',
  findings: {
    idTokenExpired: {
      title: 'The ID token expired {{relative}}',
      detail:
        'This is normal, not a problem: Backstage uses the ID token when you sign in, to resolve your identity. Your session rests on the Backstage token afterwards, so an expired ID token here does not end it; the next session refresh usually brings a new one.',
    },
  },
  noProviders:
    'No sign-in providers are configured (accessInspector.signIn.providers), so there are no provider sessions to show.',
  guest:
    'Guest sign-in has no provider session: the backend issues the Backstage token directly.',
  proxied: {
    intro:
      'Signed in by {{proxy}} in front of Backstage: the auth backend read who you are from the headers the proxy added to this request.',
    reading: '{{provider}}: asking the auth backend what the proxy passed on',
    call: '{{provider}}: GET /api/auth/{{providerId}}/refresh',
    identity: 'Backstage identity the sign-in resolver chose',
    ownership: 'Ownership refs',
    email: 'Email the proxy passed',
    name: 'Name the proxy passed',
    asserted:
      'Token the proxy passed (decoded, not verified; the signature is dropped and never shown)',
    assertedClaims: 'issuer {{iss}}, subject {{sub}}, expires {{expires}}',
    noneAsserted:
      'The backend passes on no token from the proxy for this provider: only the headers above.',
    notAToken:
      'The backend passes on a value from the proxy that is no JWT: it is not shown.',
  },
  unavailable:
    'The app has no API for this provider, so its session cannot be read.',
  readFailed: '{{provider}}: reading the session',
  actionFailed: '{{provider}}: {{action}} failed: {{message}}',
} as const;
