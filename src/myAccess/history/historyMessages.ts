/** Strings of the "Since your last visit" section. */
export const historyMessages = {
  title: 'Since your last visit',
  comparing: 'Comparing with your last visit…',
  since: 'Since {{when}}:',
  unchanged: 'Nothing changed since {{when}}.',
  first:
    'This is your first visit from this browser. My Access now remembers what it shows, in this browser only, so your next visit can say what changed.',
  off: 'Remembering is off: My Access keeps nothing in this browser and compares nothing.',
  unavailable:
    'This browser does not let the page keep anything ({{message}}), so nothing is compared.',
  discarded: {
    older:
      'The snapshot of your last visit was written by an older version of this plugin and was discarded. Your next visit is compared with this one.',
    newer:
      'A newer version of this plugin wrote the snapshot of your last visit. This page cannot read it and leaves it alone.',
    corrupt:
      'The snapshot of your last visit could not be read and was discarded. Your next visit is compared with this one.',
    otherUser:
      'The snapshot kept for you belonged to another user and was discarded.',
  },
  saveFailed: {
    full: 'This visit could not be remembered: the browser’s storage for this site is full.',
    unavailable:
      'This visit could not be remembered: the browser refused to store it ({{message}}).',
    tooLarge:
      'This visit is too large to remember in this browser, so the next visit compares with the last one kept.',
    newer:
      'This visit is not remembered: a newer version of this plugin keeps your snapshots.',
  },
  notCompared:
    'Not compared, because one of the two visits did not load it: {{parts}}.',
  parts: {
    provider: 'sign-in provider',
    tokenLifetimeSeconds: 'token lifetime',
    ownershipRefs: 'ownership refs',
    catalogGroups: 'catalog groups',
    groupsClaim: 'the IdP’s groups claim',
    permissions: 'permissions',
    actions: 'agents’ actions',
  },
  decision: {
    ALLOW: 'allowed',
    DENY: 'denied',
    PER_RESOURCE: 'decided per resource',
    other: '{{decision}}',
  },
  change: {
    groupLeft: 'No longer in {{ref}} (catalog)',
    groupLeftInherited: 'No longer in {{ref}} (catalog, inherited)',
    groupJoined: 'Now in {{ref}} (catalog)',
    groupJoinedInherited: 'Now in {{ref}} (catalog, inherited)',
    ownershipRemoved: '{{ref}} no longer in your identity’s ownership refs',
    ownershipAdded: '{{ref}} now in your identity’s ownership refs',
    claimRemoved: 'The IdP no longer asserts group {{value}}',
    claimAdded: 'The IdP now asserts group {{value}}',
    permissionChanged: '{{permission}} now {{to}} (was {{from}})',
    permissionGone: '{{permission}} no longer listed (was {{decision}})',
    permissionNew: '{{permission}} newly listed: {{decision}}',
    actionRemoved: 'Action {{action}} no longer listed',
    actionAdded: 'Action {{action}} now listed',
    providerChanged: 'Signed in with {{to}} (was {{from}})',
    lifetimeChanged: 'Token lifetime {{to}} (was {{from}})',
  },
  show: {
    token: 'Backstage token',
    groups: 'Groups',
    sessions: 'Provider sessions',
    permissions: 'Permissions',
    agents: 'Agents',
  },
  showPrefix: 'See',
  remember: 'Remember what My Access shows, in this browser only',
  forget: 'Forget every snapshot',
  forgotten_one: 'Forgot the snapshots of the one user kept in this browser.',
  forgotten_other:
    'Forgot the snapshots of {{count}} users kept in this browser.',
  forgetFailed: 'The snapshots could not be forgotten: {{message}}',
} as const;
