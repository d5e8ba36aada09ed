/**
 * Strings of My Access's summary: who you are, the session's time left, the
 * doctor's verdict, the counts the page knows and links to every card.
 */
export const summaryMessages = {
  title: 'Summary',
  signedInAs: 'Signed in as',
  doctor: '401 doctor',
  running: 'Running the checks…',
  failed: 'The checks could not run: {{message}}',
  verdict: '{{problem}}, {{warning}}',
  counts: {
    problem_one: '{{count}} problem',
    problem_other: '{{count}} problems',
    warning_one: '{{count}} warning',
    warning_other: '{{count}} warnings',
  },
  attention: 'Needs attention',
  openDoor: 'Open door',
  allClear: 'No problem or warning found.',
  session: 'Session',
  sessionLeft: 'expires {{relative}}',
  sessionExpired: 'expired {{relative}}',
  sessionAt: '({{at}})',
  groups: 'Catalog groups',
  groupsCount: '{{direct}} direct, {{inherited}} inherited',
  permissions: 'Permissions',
  permissionsCount: '{{allowed}} allowed, {{denied}} denied',
  permissionsPerResource: '{{count}} decided per resource',
  permissionsUnknown: '{{count}} could not tell',
  permissionsPending: '{{count}} still asked',
  loading: 'Could not tell yet: still loading',
  unknown: 'Could not tell',
  unknownBecause: 'Could not tell: {{reason}}',
  reasons: {
    noCatalog: 'this app has no catalog',
    noUser: 'the catalog has no entity for you',
    disabled: 'the permission framework is off',
  },
  jumpTo: 'Jump to',
  cards: {
    token: 'Backstage token',
    groups: 'Groups and ownership',
    sessions: 'Provider sessions',
    permissions: 'Permissions',
    doctor: '401 doctor',
    agents: 'Agents',
  },
} as const;
