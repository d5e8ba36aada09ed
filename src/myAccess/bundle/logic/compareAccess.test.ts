import type { BundleV2, BundleV3 } from './bundleSchema';
import { compareAccess, decisionKey } from './compareAccess';

function bundle(overrides: Partial<BundleV2> = {}): BundleV2 {
  return {
    kind: 'backstage-access-inspector-diagnostics',
    version: 2,
    generatedAt: '2027-01-15T08:00:00.000Z',
    note: '',
    environment: {},
    checks: [
      {
        id: 'exp',
        severity: 'problem',
        title: 'The token expired',
        detail: '',
      },
      { id: 'aud', severity: 'ok', title: 'Audience', detail: '' },
    ],
    sender: {
      userEntityRef: 'user:default/alice',
      ownershipRefs: ['user:default/alice', 'group:default/team-a'],
    },
    groups: {
      differences: [
        { ref: 'group:default/team-b', inIdentity: false, inCatalog: true },
        { ref: 'group:default/team-a', inIdentity: true, inCatalog: true },
      ],
    },
    permissions: {
      enabled: true,
      decisions: [
        {
          pluginId: 'catalog',
          name: 'catalog.entity.create',
          decision: 'DENY',
        },
        { pluginId: 'catalog', name: 'catalog.entity.read', decision: 'ALLOW' },
        {
          pluginId: 'catalog',
          name: 'catalog.entity.delete',
          decision: 'PER_RESOURCE',
        },
        {
          pluginId: 'catalog',
          name: 'catalog.entity.refresh',
          decision: 'DENY',
          resourceRef: 'component:default/a',
          resourceType: 'catalog-entity',
        },
        { pluginId: 'x', name: 'x.gone', decision: 'DENY' },
      ],
    },
    actions: ['auth:who-am-i', 'catalog:unregister-entity'],
    timeline: [],
    ...overrides,
  };
}

const admin = {
  userEntityRef: 'user:default/admin',
  ownershipRefs: ['user:default/admin', 'group:default/admins'],
  decisions: new Map([
    ['catalog.entity.create', 'ALLOW'],
    ['catalog.entity.read', 'ALLOW'],
    [
      decisionKey({
        name: 'catalog.entity.refresh',
        resourceRef: 'component:default/a',
      }),
      'ALLOW',
    ],
  ]),
  unknownPermissions: ['x.gone'],
  actions: [
    'auth:who-am-i',
    'catalog:unregister-entity',
    'catalog:rotate-demo-secret',
  ],
};

describe('compareAccess', () => {
  it('puts the permissions that differ first, with the groups that may decide them', () => {
    const differences = compareAccess(bundle(), admin);
    expect(differences.slice(0, 2)).toEqual([
      {
        kind: 'permission',
        permission: 'catalog.entity.create',
        sender: 'DENY',
        mine: 'ALLOW',
        onlyMine: ['group:default/admins'],
        onlySender: ['group:default/team-a'],
      },
      {
        kind: 'permission',
        permission: 'catalog.entity.refresh',
        resourceRef: 'component:default/a',
        sender: 'DENY',
        mine: 'ALLOW',
        onlyMine: ['group:default/admins'],
        onlySender: ['group:default/team-a'],
        resourceType: 'catalog-entity',
      },
    ]);
  });

  it('names the rules a conditional decision can rest on, for a resource permission of a version 3 bundle', () => {
    const base = bundle();
    const v3: BundleV3 = {
      ...base,
      version: 3,
      permissions: {
        enabled: true,
        decisions: [
          {
            pluginId: 'catalog',
            name: 'catalog.entity.refresh',
            decision: 'DENY',
            resourceRef: 'component:default/a',
            resourceType: 'catalog-entity',
            rules: ['IS_ENTITY_OWNER', 'HAS_LABEL'],
          },
          // A basic permission has no rules to name, even if a bundle says so.
          {
            pluginId: 'catalog',
            name: 'catalog.entity.create',
            decision: 'DENY',
            rules: ['IS_ENTITY_OWNER'],
          },
        ],
      },
    };
    const permissions = compareAccess(v3, admin).filter(
      d => d.kind === 'permission',
    );
    expect(permissions).toEqual([
      expect.objectContaining({
        permission: 'catalog.entity.refresh',
        resourceType: 'catalog-entity',
        rules: ['IS_ENTITY_OWNER', 'HAS_LABEL'],
      }),
      expect.not.objectContaining({ rules: expect.anything() }),
    ]);
  });

  it('names each other kind of difference', () => {
    expect(compareAccess(bundle(), admin).slice(2)).toEqual([
      { kind: 'permissionUnknown', permission: 'x.gone' },
      { kind: 'tokenLacksGroup', ref: 'group:default/team-b' },
      { kind: 'groupOnlyMine', ref: 'group:default/admins' },
      { kind: 'groupOnlySender', ref: 'group:default/team-a' },
      { kind: 'actionOnlyMine', action: 'catalog:rotate-demo-secret' },
      { kind: 'senderProblems', count: 1, titles: ['The token expired'] },
    ]);
  });

  it('finds no difference between equal access, and compares no undecided answer', () => {
    const same = {
      userEntityRef: 'user:default/alice2',
      ownershipRefs: ['user:default/alice2', 'GROUP:default/team-a'],
      decisions: new Map([
        ['catalog.entity.create', 'DENY'],
        ['catalog.entity.read', 'ALLOW'],
        ['catalog.entity.delete', 'DENY'],
        [
          decisionKey({
            name: 'catalog.entity.refresh',
            resourceRef: 'component:default/a',
          }),
          'PENDING',
        ],
        ['x.gone', 'DENY'],
      ]),
      actions: ['catalog:unregister-entity', 'auth:who-am-i'],
    };
    expect(
      compareAccess(bundle({ checks: [], groups: undefined }), same),
    ).toEqual([]);
  });

  it('compares no groups or actions a version 1 bundle does not hold', () => {
    const { sender: _s, actions: _a, ...rest } = bundle();
    const v1 = { ...rest, version: 1 as const };
    expect(compareAccess(v1, admin).map(d => d.kind)).toEqual([
      'permission',
      'permission',
      'permissionUnknown',
      'tokenLacksGroup',
      'senderProblems',
    ]);
  });
});
