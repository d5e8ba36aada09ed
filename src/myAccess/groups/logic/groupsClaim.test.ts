import {
  DEFAULT_GROUP_ID_ANNOTATION,
  candidateRefs,
  mapGroupsClaim,
  readGroupsClaim,
} from './groupsClaim';

const options = {
  claimNames: ['groups'],
  namespace: 'default',
  annotation: DEFAULT_GROUP_ID_ANNOTATION,
};
const entraId = '7d1f0c1e-5b7a-4c59-9a53-2f0a8f3e4b11';

// carol on the dev stack: the IdP asserts team-a, payments (no such Group)
// and an Entra object id that the data-platform Group carries.
const carol = {
  payload: { sub: 'carol', groups: ['team-a', 'payments', entraId] },
  options,
  catalogGroups: [
    { ref: 'group:default/team-a' },
    {
      ref: 'group:default/data-platform',
      annotations: { [DEFAULT_GROUP_ID_ANNOTATION]: entraId },
    },
  ],
  memberships: ['group:default/team-a', 'group:default/red-team'],
};

describe('mapGroupsClaim', () => {
  it('maps by name and by annotation, and says which claimed group the catalog lacks', () => {
    const result = mapGroupsClaim({
      ...carol,
      ownershipRefs: ['user:default/carol', 'group:default/team-a'],
    });
    expect(result).toEqual({
      kind: 'present',
      claims: ['groups'],
      claimed: [
        {
          value: 'team-a',
          claim: 'groups',
          ref: 'group:default/team-a',
          by: 'name',
          inOwnership: true,
        },
        { value: 'payments', claim: 'groups' },
        {
          value: entraId,
          claim: 'groups',
          ref: 'group:default/data-platform',
          by: 'annotation',
          inOwnership: false,
        },
      ],
      memberships: [
        { ref: 'group:default/team-a', assertedAs: 'team-a' },
        { ref: 'group:default/red-team', assertedAs: undefined },
      ],
    });
  });

  it('leaves ownership open when the identity is not known', () => {
    const result = mapGroupsClaim(carol);
    expect(result.kind === 'present' && result.claimed[0].inOwnership).toBe(
      undefined,
    );
  });

  it('compares names case-insensitively and reads full refs and other namespaces', () => {
    const result = mapGroupsClaim({
      payload: { roles: ['Team-A', 'group:ops/oncall'] },
      options: { ...options, claimNames: ['groups', 'roles'] },
      catalogGroups: [
        { ref: 'group:default/team-a' },
        { ref: 'group:ops/oncall' },
      ],
      memberships: [],
      ownershipRefs: ['group:default/TEAM-A'],
    });
    expect(result).toMatchObject({
      kind: 'present',
      claims: ['roles'],
      claimed: [
        { value: 'Team-A', ref: 'group:default/team-a', inOwnership: true },
        {
          value: 'group:ops/oncall',
          ref: 'group:ops/oncall',
          inOwnership: false,
        },
      ],
    });
  });

  it('uses the configured namespace for bare names', () => {
    const result = mapGroupsClaim({
      payload: { 'cognito:groups': ['admins'] },
      options: { ...options, claimNames: ['cognito:groups'], namespace: 'aws' },
      catalogGroups: [
        { ref: 'group:aws/admins' },
        { ref: 'group:default/admins' },
      ],
      memberships: [],
    });
    expect(result).toMatchObject({
      claimed: [{ ref: 'group:aws/admins', by: 'name' }],
    });
  });

  it('says the claim is absent, naming the claims it looked for', () => {
    expect(mapGroupsClaim({ ...carol, payload: { sub: 'carol' } })).toEqual({
      kind: 'absent',
      claimNames: ['groups'],
      overage: false,
    });
  });

  it('recognises Entra ID’s group overage marker', () => {
    expect(
      mapGroupsClaim({
        ...carol,
        payload: { _claim_names: { groups: 'src1' }, _claim_sources: {} },
      }),
    ).toMatchObject({ kind: 'absent', overage: true });
    expect(
      mapGroupsClaim({ ...carol, payload: { hasgroups: true } }),
    ).toMatchObject({ kind: 'absent', overage: true });
  });

  it('reports a claim that is not a list of strings', () => {
    expect(mapGroupsClaim({ ...carol, payload: { groups: [1, 2] } })).toEqual({
      kind: 'malformed',
      claim: 'groups',
      type: 'array of non-strings',
    });
    expect(mapGroupsClaim({ ...carol, payload: { groups: { a: 1 } } })).toEqual(
      { kind: 'malformed', claim: 'groups', type: 'object' },
    );
  });
});

describe('readGroupsClaim', () => {
  it('splits a single string claim', () => {
    expect(readGroupsClaim({ groups: 'a b,c' }, ['groups'])).toEqual({
      kind: 'present',
      values: [
        { value: 'a', claim: 'groups' },
        { value: 'b', claim: 'groups' },
        { value: 'c', claim: 'groups' },
      ],
    });
  });
});

describe('candidateRefs', () => {
  it('gives no candidate for what cannot be an entity name or is not a Group', () => {
    expect(candidateRefs('CN=Admins,OU=Groups,DC=corp', 'default')).toEqual([]);
    expect(candidateRefs('user:default/carol', 'default')).toEqual([]);
    expect(candidateRefs('/eng/platform', 'default')).toEqual([]);
  });
});
