/** Strings of the My Access page and its cards. */
export const myAccessMessages = {
  myAccessPage: {
    title: 'My Access',
    subtitle: 'Who Backstage thinks you are, and why a request may get 401',
  },
  tokenCard: {
    title: 'Backstage token',
    subheader: 'Decoded in this browser from the token your requests carry',
    entityRef: 'Signed in as',
    tokenType: 'Token type',
    typeUser: 'User token (vnd.backstage.user)',
    typeLimitedUser: 'Limited user token (vnd.backstage.limited-user)',
    typeOther: 'Not a Backstage user token (typ: {{typ}})',
    noToken:
      'This session has no Backstage token. Every backend request is sent without credentials and fails with 401 "Missing credentials". This happens with the legacy frontend-only guest sign-in.',
    decodeFailed: 'The token could not be decoded',
    notVerified:
      'Decoding is not verification: this page reads the token, it cannot tell whether the signature is genuine. Only a backend can.',
    header: 'Header',
    payload: 'Claims',
    claim: 'Claim',
    value: 'Value',
    meaning: 'Meaning',
    length: '{{length}} characters',
    revealToken: 'Reveal token',
    hideToken: 'Hide token',
    copyToken: 'Copy token',
    rawTokenLabel: 'Raw Backstage token',
    copyClaims: 'Copy claims',
    secretsNote:
      'Values that work as a credential are hidden until you reveal them, and copied claims never hold them.',
  },
  secretClaim: {
    hidden: 'Hidden: {{kind}}, {{length}} characters',
    reveal: 'Reveal',
    revealLabel: 'Reveal {{claim}}',
    hide: 'Hide',
    hideLabel: 'Hide {{claim}}',
    kindLimitedTokenSignature: 'limited-token signature',
    kindJwt: 'JWT',
    kindSignature: 'signature',
    kindSecret: 'secret',
  },
  errors: {
    identityFailed: 'Could not read your identity from the identity API',
    retry: 'Retry',
    callFailed: '{{call}} failed',
    callFailedWithStatus: '{{call}} failed with status {{status}}',
    networkError: 'Network error: {{message}}. The backend did not answer.',
  },
  providersCard: {
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
    idTokenFailed: 'The ID token could not be decoded: {{reason}}',
    noProviders:
      'No sign-in providers are configured (accessInspector.signIn.providers), so there are no provider sessions to show.',
    guest:
      'Guest sign-in has no provider session: the backend issues the Backstage token directly.',
    unavailable:
      'The app has no API for this provider, so its session cannot be read.',
    readFailed: '{{provider}}: reading the session',
    actionFailed: '{{provider}}: {{action}} failed: {{message}}',
  },
  groupsCard: {
    title: 'Groups and ownership',
    subheader:
      'What your identity claims, what the auth backend reports, and what the catalog says',
    group: 'Group or ref',
    membership: 'Membership',
    direct: 'direct member',
    inherited: 'inherited via {{via}}',
    identity: 'Identity',
    userinfo: 'Auth backend',
    catalog: 'Catalog',
    yes: 'yes',
    no: 'no',
    couldNotTell: 'could not tell',
    you: 'you',
    notInToken: 'not in your token',
    unknownToCatalog: 'unknown to the catalog',
    summary:
      'Catalog: {{direct}} direct and {{inherited}} inherited groups. Identity: {{identity}} ownership refs.',
    summaryNoCatalog:
      'Catalog: not available in this app. Identity: {{identity}} ownership refs.',
    summaryCatalogFailed:
      'Catalog: could not be read. Identity: {{identity}} ownership refs.',
    findingsLabel: 'What the comparison found',
    findings: {
      userMissing: {
        title: 'Your user entity {{ref}} is not in the catalog',
        detail:
          'Backstage resolved your sign-in to an entity the catalog does not have (yet). Group memberships come from the User entity, so none can be shown.',
        fix: 'Check that the entity has been ingested and that its name and namespace match.',
      },
      inheritedMissing: {
        title_one: '{{count}} group the catalog has is not in your token',
        title_other: '{{count}} groups the catalog has are not in your token',
        detail:
          'Your sign-in resolver includes direct groups only. Parent groups are not part of your identity, so "owned by me" filters and ownership-based permission rules (IS_ENTITY_OWNER) do not count them.',
        fix: 'To include them, have the resolver add parent groups to ownershipEntityRefs.',
      },
      directMissing: {
        title_one: '{{count}} of your direct groups is not in your token',
        title_other: '{{count}} of your direct groups are not in your token',
        detail:
          'Your sign-in resolver did not put these groups into ownershipEntityRefs. A custom resolver that sets its own ownership refs is the usual cause.',
      },
      unknownRefs: {
        title_one: '{{count}} ref in your identity is unknown to the catalog',
        title_other:
          '{{count}} refs in your identity are unknown to the catalog',
        detail:
          'The identity claims ownership through entities the catalog does not have: the group may have been renamed or deleted, or the resolver builds refs with a different namespace.',
      },
      danglingMemberships: {
        title:
          'Memberships pointing to entities the catalog does not have: {{refs}}',
        detail:
          'Your User entity or one of your groups names these as a group or parent, but the catalog returned no such entity: it may have been renamed, deleted or not ingested yet.',
      },
      noCatalog: {
        title:
          'The app has no catalog API, so catalog memberships cannot be compared.',
        detail:
          'The table lists what your identity and the auth backend claim; whether the catalog agrees cannot be told.',
      },
    },
    userinfoUnavailable: 'The auth backend’s userinfo could not be read',
    catalogCall: 'Catalog: read your groups',
    userinfoCall: 'Auth backend: GET /v1/userinfo',
    empty:
      'You are not a member of any group, and your identity claims no group ownership.',
    emptyNoCatalog:
      'Your identity claims no group ownership. Without the catalog, group memberships cannot be listed.',
    userinfoNote:
      'The token has no ent claim (the default since Backstage 1.50); ownership refs come from the identity API.',
  },
} as const;
