/** Strings of the support bundle viewer (`/my-access/bundle`). */
export const bundleMessages = {
  pageTitle: 'Open a support bundle',
  pageSubtitle:
    'Someone’s access as their bundle recorded it, and how yours differs',
  openLink: 'Open a support bundle someone sent you',
  intro:
    'Choose or drop the JSON support bundle someone sent you, or paste its text. It is read in this browser only: nothing is sent anywhere and nothing is stored.',
  choose: 'Choose a file',
  dropHere: 'or drop it here',
  pasteLabel: 'Or paste the bundle’s text',
  open: 'Open',
  openedFrom: 'Opened {{source}}',
  problem: {
    title: 'This is not a support bundle this page can open',
    empty:
      'There is nothing to open: choose a file or paste the bundle’s text.',
    tooLarge:
      'The file is {{size}}; a support bundle is a few tens of kilobytes, and this page reads none larger than {{max}}. Ask for the JSON bundle from My Access’s Download JSON.',
    markdown:
      'This is the Markdown bundle, written for reading in a ticket. The page needs the JSON one: ask the sender for My Access’s “Download JSON”.',
    notJson: 'This is not JSON ({{message}}).',
    truncated:
      'The file is cut short ({{message}}): it was not copied or attached whole. Ask for the file again.',
    notBundle: 'This JSON is not an access-inspector support bundle.',
    notBundleKind:
      'This JSON is a “{{found}}”, not an access-inspector support bundle.',
    newer:
      'A newer version of this plugin made this bundle (version {{version}}); this page reads versions up to {{supported}}. Update the plugin to open it.',
    older: 'This bundle has a version this page does not know ({{version}}).',
    invalid: 'The bundle does not match its format; these fields are wrong:',
    readFailed: 'The file could not be read: {{message}}',
  },
  banner: {
    title: 'Someone else’s access: {{user}}',
    detail:
      'As their bundle recorded it at {{when}}. Everything below is theirs, read-only; nothing on this page is your own access until you compare.',
    unknownUser: 'the sender (the bundle does not name them)',
  },
  lacks:
    'This bundle was written by an older version of this plugin (bundle version {{version}}): it has no {{parts}}. The view and the comparison cannot show what it does not hold.',
  lackParts: {
    sender: 'record of the sender’s ownership refs',
    groupsBySource: 'groups by source',
    actions: 'list of the actions an agent acting as the sender could call',
    accessChanges: 'record of what changed since the sender’s last visit',
    providerSessions: 'provider sessions',
    rules: 'names of the rules a conditional decision can use',
  },
  leaks: {
    title: 'The bundle carries values that replay a credential',
    detail:
      'These values look like a token, a signature or a secret; they are masked here. Tell the sender: whoever holds the file may use them until they expire. Where: {{paths}}.',
  },
  compare: {
    button: 'Compare with my access',
    running: 'Evaluating your access now for what the bundle holds…',
    title: 'How your access differs (you are {{me}}, evaluated now)',
    none: 'No difference in what the bundle holds: the same decisions, groups and actions.',
    failed: 'Not compared, because a call failed: {{failures}}',
    policyNote:
      'The policy decides on what it reads — usually ownership refs — and this page cannot see the policy: the groups named are where to look, not a proof.',
    permission:
      'The sender is {{sender}} {{permission}}{{resource}}; you are {{mine}}.',
    resource: ' for {{ref}}',
    conditional:
      ' If the policy decides {{permission}} with conditions, they are made of the rules {{resourceType}} offers ({{rules}}): those test the resource’s data, which this page cannot see, and the permission backend answers a browser allow or deny without naming the rule that decided.',
    throughMine: ' You hold {{refs}}, which the sender does not.',
    throughSender: ' The sender holds {{refs}}, which you do not.',
    permissionUnknown:
      'This backend does not declare {{permission}}: the sender’s backend had another plugin or version.',
    tokenLacksGroup:
      'The sender’s token lacks {{ref}}, which the catalog lists for them.',
    groupOnlyMine: 'You hold {{ref}}; the sender does not.',
    groupOnlySender: 'The sender holds {{ref}}; you do not.',
    actionOnlyMine: 'You may list action {{action}}; the sender could not.',
    actionOnlySender: 'The sender could list action {{action}}; you cannot.',
    senderProblems_one: 'The sender’s doctor found 1 problem: {{titles}}.',
    senderProblems_other:
      'The sender’s doctor found {{count}} problems: {{titles}}.',
    allowed: 'allowed',
    denied: 'denied',
  },
  sections: {
    openDoors: 'Open doors the sender’s doctor found',
    checks: 'Sender’s doctor checks',
    checksEvaluated: 'Evaluated at {{when}}: relative times are as of then.',
    noChecks: 'The bundle holds no checks.',
    claims: 'Sender’s decoded token claims',
    noClaims: 'The bundle holds no decoded token.',
    groups: 'Sender’s groups',
    groupCounts:
      'Identity: {{identity}} ownership refs · userinfo: {{userinfo}} · catalog: {{direct}} direct, {{inherited}} inherited',
    groupRef: 'Group',
    inIdentity: 'In token',
    inUserinfo: 'In userinfo',
    inCatalog: 'In catalog',
    yes: 'yes',
    no: 'no',
    notRead: 'not read',
    noGroupDifferences: 'The sources agree on every group.',
    bySource: 'By source',
    permissions: 'Sender’s permission decisions',
    permission: 'Permission',
    resourceRef: 'Resource',
    decision: 'Decision',
    permissionsOff:
      'Permissions were off on the sender’s backend: everything is allowed.',
    noPermissions: 'The bundle holds no permission decisions.',
    rules: 'Rules a conditional decision can use',
    rulesNote:
      'Each plugin declares these for its resource type. A policy may answer a resource permission with conditions made of them; the permission backend evaluates them against the resource and tells a browser only allow or deny, so the sender’s page could not see which rule decided.',
    rulesOf: '{{resourceType}} ({{permissions}}): {{rules}}',
    sessions: 'Sender’s provider sessions',
    sessionsAsOf:
      'As the sender’s sessions card showed them at {{when}}, not your own sessions.',
    noSessions:
      'The bundle holds no provider sessions: the sender’s app offered no sign-in provider.',
    sessionState: {
      signedIn: 'Signed in',
      signedOut: 'Not signed in',
      checking: 'Still being read when the bundle was made',
      unavailable: 'The sender’s app had no API for this provider',
      failed: 'Reading the session failed',
      noSession: 'Guest: no provider session',
    },
    sessionUsedForBackstage: 'The sender’s Backstage session came from it.',
    sessionNotUsedForBackstage:
      'The sender’s Backstage session came from another provider.',
    sessionBackstageExpiry:
      'Backstage identity from this provider expires {{absolute}} ({{relative}} as of the bundle).',
    sessionScopes:
      'Granted scopes and the provider token’s own expiry: Backstage’s auth API does not expose them, so the sender’s page could not see them either.',
    idTokenNotShown:
      'The sender did not open the ID token’s claims, so the bundle holds none.',
    idTokenNone: '{{provider}} returned no ID token for the sender’s session.',
    idTokenOauthOnly:
      '{{provider}} gives an OAuth access token and no ID token: there were no claims to decode.',
    idTokenUndecodable:
      'The sender’s ID token could not be decoded: {{reason}}',
    idTokenClaims:
      'Claims of the sender’s ID token from {{provider}} (decoded, not verified)',
    proxiedIdentity: 'Backstage identity the sign-in resolver chose: {{ref}}',
    proxiedAsserted:
      'Token the proxy passed: issuer {{iss}}, subject {{sub}}, expires {{expires}}',
    pastedError: 'What the sender pasted into the doctor',
    pastedToken:
      'The token the sender pasted (its claims and checks; never the token)',
    actions: 'Actions an agent acting as the sender could list',
    changes: 'What changed in the sender’s access since their last visit',
    timeline: 'Sender’s session timeline',
    noTimeline: 'Nothing recorded in the sender’s tab.',
  },
} as const;
