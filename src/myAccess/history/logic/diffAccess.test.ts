import { buildSnapshot, type AccessObservations } from './buildSnapshot';
import { diffAccess } from './diffAccess';

const T0 = Date.UTC(2026, 11, 3, 14, 2);

function visit(overrides: Partial<AccessObservations> = {}) {
  return buildSnapshot(
    {
      userRef: 'user:default/alice',
      provider: 'oidc',
      token: { iat: 1000, exp: 4600 },
      ownershipRefs: [
        'user:default/alice',
        'group:default/team-a',
        'group:default/team-b',
      ],
      catalogGroups: {
        direct: ['group:default/team-a', 'group:default/team-b'],
        inherited: ['group:default/engineering', 'group:default/acme'],
      },
      groupsClaim: ['team-a', 'team-b'],
      permissions: [
        { pluginId: 'catalog', name: 'catalog.entity.read', decision: 'ALLOW' },
        {
          pluginId: 'catalog',
          name: 'catalog.entity.delete',
          decision: 'ALLOW',
        },
        {
          pluginId: 'catalog',
          name: 'catalog.entity.refresh',
          decision: 'PER_RESOURCE',
        },
      ],
      actions: ['catalog:unregister-entity', 'auth:who-am-i'],
      ...overrides,
    },
    T0,
  );
}

describe('diffAccess', () => {
  it('finds nothing between two equal visits', () => {
    expect(diffAccess(visit(), visit())).toEqual({
      changes: [],
      notCompared: [],
    });
  });

  it('is no change when lists come back in another order or case', () => {
    const reordered = visit({
      ownershipRefs: [
        'GROUP:default/team-b',
        'user:default/alice',
        'group:default/team-a',
      ],
      catalogGroups: {
        direct: ['group:default/team-b', 'group:default/team-a'],
        inherited: ['group:default/acme', 'group:default/engineering'],
      },
      groupsClaim: ['team-b', 'team-a', 'team-a'],
      permissions: [
        {
          pluginId: 'catalog',
          name: 'catalog.entity.refresh',
          decision: 'PER_RESOURCE',
        },
        {
          pluginId: 'catalog',
          name: 'catalog.entity.delete',
          decision: 'ALLOW',
        },
        { pluginId: 'catalog', name: 'catalog.entity.read', decision: 'ALLOW' },
      ],
      actions: ['auth:who-am-i', 'catalog:unregister-entity'],
    });
    expect(diffAccess(visit(), reordered).changes).toEqual([]);
  });

  it('names each kind of change', () => {
    const after = visit({
      provider: 'github',
      token: { iat: 1000, exp: 1600 },
      ownershipRefs: [
        'user:default/alice',
        'group:default/team-a',
        'group:default/admins',
      ],
      catalogGroups: {
        direct: ['group:default/team-a', 'group:default/admins'],
        inherited: ['group:default/acme'],
      },
      groupsClaim: ['team-a', 'admins'],
      permissions: [
        { pluginId: 'catalog', name: 'catalog.entity.read', decision: 'ALLOW' },
        {
          pluginId: 'catalog',
          name: 'catalog.entity.delete',
          decision: 'DENY',
        },
        {
          pluginId: 'scaffolder',
          name: 'scaffolder.action.execute',
          decision: 'ALLOW',
        },
      ],
      actions: ['auth:who-am-i', 'catalog:rotate-demo-secret'],
    });
    expect(diffAccess(visit(), after).changes).toEqual([
      { kind: 'groupLeft', ref: 'group:default/engineering', inherited: true },
      { kind: 'groupLeft', ref: 'group:default/team-b', inherited: false },
      { kind: 'groupJoined', ref: 'group:default/admins', inherited: false },
      { kind: 'ownershipRemoved', ref: 'group:default/team-b' },
      { kind: 'ownershipAdded', ref: 'group:default/admins' },
      { kind: 'claimRemoved', value: 'team-b' },
      { kind: 'claimAdded', value: 'admins' },
      {
        kind: 'permissionChanged',
        permission: 'catalog:catalog.entity.delete',
        from: 'ALLOW',
        to: 'DENY',
      },
      {
        kind: 'permissionGone',
        permission: 'catalog:catalog.entity.refresh',
        decision: 'PER_RESOURCE',
      },
      {
        kind: 'permissionNew',
        permission: 'scaffolder:scaffolder.action.execute',
        decision: 'ALLOW',
      },
      { kind: 'actionRemoved', action: 'catalog:unregister-entity' },
      { kind: 'actionAdded', action: 'catalog:rotate-demo-secret' },
      { kind: 'providerChanged', from: 'oidc', to: 'github' },
      { kind: 'lifetimeChanged', fromSeconds: 3600, toSeconds: 600 },
    ]);
  });

  it('does not compare a part one visit lacks, and says so', () => {
    const noPermissions = visit({ permissions: undefined, actions: undefined });
    expect(diffAccess(visit(), noPermissions)).toEqual({
      changes: [],
      notCompared: ['permissions', 'actions'],
    });
  });

  it('does not take a pending decision for a change', () => {
    const pending = visit({
      permissions: [
        { pluginId: 'catalog', name: 'catalog.entity.read', decision: 'ALLOW' },
        {
          pluginId: 'catalog',
          name: 'catalog.entity.delete',
          decision: 'PENDING',
        },
        {
          pluginId: 'catalog',
          name: 'catalog.entity.refresh',
          decision: 'PER_RESOURCE',
        },
      ],
    });
    expect(diffAccess(visit(), pending).changes).toEqual([
      {
        kind: 'permissionGone',
        permission: 'catalog:catalog.entity.delete',
        decision: 'ALLOW',
      },
    ]);
  });

  it('compares large visits exactly', () => {
    const groups = Array.from(
      { length: 1500 },
      (_, i) => `group:default/g${i}`,
    );
    const before = visit({
      catalogGroups: { direct: groups, inherited: [] },
      actions: groups.map(g => `catalog:${g}`),
    });
    const after = visit({
      catalogGroups: {
        direct: [...groups.slice(1), 'group:default/new'].reverse(),
        inherited: [],
      },
      actions: groups.map(g => `catalog:${g}`).reverse(),
    });
    expect(diffAccess(before, after).changes).toEqual([
      { kind: 'groupLeft', ref: 'group:default/g0', inherited: false },
      { kind: 'groupJoined', ref: 'group:default/new', inherited: false },
    ]);
  });
});
