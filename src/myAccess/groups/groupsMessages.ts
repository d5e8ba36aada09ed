/** Strings of the groups card and its groups claim section. */
export const groupsMessages = {
  groupsClaim: {
    title: 'Groups your identity provider asserts',
    claimLabel: 'Claimed group',
    claimName: 'Claim',
    mapsTo: 'Catalog Group',
    by: 'Matched by',
    byName: 'name',
    byAnnotation: 'annotation {{annotation}}',
    noGroup: 'none in the catalog',
    inIdentity: 'In your identity',
    tableLabel: 'Groups claim mapped to the catalog',
    how: 'Read from the {{provider}} ID token (decoded in this browser; not verified). Names are matched case-insensitively in namespace {{namespace}}, and IdP ids through the {{annotation}} annotation.',
    guest:
      'You signed in as a guest: there is no identity provider whose groups could be compared.',
    noProvider:
      'This page cannot tell which provider you signed in with, so it cannot read an ID token.',
    oauthOnly:
      '{{provider}} gives this page no ID token (an OAuth-only provider): the groups it knows stay on the server, where the sign-in resolver reads them. A browser cannot see them.',
    noIdToken: '{{provider}} has no ID token for this session.',
    undecodable: 'The {{provider}} ID token could not be decoded: {{reason}}',
    findings: {
      absent: {
        title: 'The ID token has no {{claims}} claim',
        detail:
          'The identity provider did not put groups into the {{provider}} ID token, so nothing it knows about your groups reaches Backstage’s sign-in resolver.',
        fix: 'Have the IdP emit the claim for the Backstage client (Okta: a groups claim filter; Entra ID: groupMembershipClaims in the app manifest; Keycloak: a group membership mapper; Cognito: cognito:groups), or set accessInspector.groups.claims to the claim your IdP uses.',
      },
      overage: {
        title: 'Too many groups for the ID token',
        detail:
          'Entra ID left the groups out of the token because you are in more than fit (it sends _claim_names or hasgroups instead).',
        fix: 'Emit only the groups assigned to the application, or let the sign-in resolver read group memberships from Microsoft Graph.',
      },
      malformed: {
        title: 'The {{claim}} claim is not a list of group names',
        detail: 'It holds {{type}}, so it cannot be matched to catalog Groups.',
        fix: 'Configure the IdP to send the groups as an array of strings.',
      },
      notInCatalog: {
        title_one: '{{count}} group the IdP asserts has no catalog Group',
        title_other: '{{count}} groups the IdP asserts have no catalog Group',
        detail:
          'Not found by name in namespace {{namespace}} nor by the {{annotation}} annotation: {{groups}}. Permissions and ownership tied to these groups cannot apply.',
        fix: 'Ingest the groups (the Microsoft Graph, LDAP or GitHub org catalog provider), or add the {{annotation}} annotation to the Group that stands for each.',
      },
      notInIdentity: {
        title_one:
          '{{count}} claimed group is in the catalog but not in your identity',
        title_other:
          '{{count}} claimed groups are in the catalog but not in your identity',
        detail:
          'The IdP asserts them and the catalog has them ({{groups}}), but your Backstage token’s ownership refs leave them out: the sign-in resolver does not apply the groups claim.',
        fix: 'In the sign-in resolver, add the claimed groups that exist in the catalog to ownershipEntityRefs (see "Groups from the IdP" in the README for a resolver that does this).',
      },
      notAsserted: {
        title_one: '{{count}} catalog membership is not asserted by the IdP',
        title_other:
          '{{count}} catalog memberships are not asserted by the IdP',
        detail:
          'The catalog makes you a member of {{groups}}, but the {{claims}} claim does not list it. The catalog and the IdP disagree; which one is current, this page cannot tell.',
        fix: 'Check the membership in the IdP, or refresh the catalog’s org data.',
      },
      noCatalog: {
        title: 'Could not tell whether the catalog has these groups',
        detail_one:
          'The IdP asserts {{count}} group in the {{claims}} claim, but this app has no catalog API to look it up in.',
        detail_other:
          'The IdP asserts {{count}} groups in the {{claims}} claim, but this app has no catalog API to look them up in.',
      },
      matches: {
        title: 'The IdP’s groups match the catalog and your identity',
        detail_one:
          '{{count}} group in the {{claims}} claim maps to a catalog Group that is in your identity.',
        detail_other:
          '{{count}} groups in the {{claims}} claim map to catalog Groups that are in your identity.',
      },
    },
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
    notAMembership: 'in the catalog, not a membership',
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
