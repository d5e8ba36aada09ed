import { compareOwnership, type CatalogGroup } from '.';
import { MAX_GROUP_DIFFERENCES, summarizeGroups } from './summarizeGroups';

describe('summarizeGroups', () => {
  const catalogGroup = (ref: string, depth = 1): CatalogGroup => ({
    ref,
    depth,
    title: ref,
    parents: [],
  });

  it('names the groups the sources disagree on', () => {
    const comparison = compareOwnership({
      userRef: 'user:default/alice',
      identityRefs: [
        'user:default/alice',
        'group:default/a',
        'group:default/stale',
      ],
      userinfoRefs: ['user:default/alice', 'group:default/a'],
      catalog: {
        userFound: true,
        userRef: 'user:default/alice',
        user: {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'User',
          metadata: { name: 'alice' },
        },
        missing: [],
        groups: [
          catalogGroup('group:default/a'),
          catalogGroup('group:default/parent', 2),
        ],
      },
    });
    const summary = summarizeGroups({
      userEntityRef: 'user:default/alice',
      comparison,
      catalogRead: true,
    });
    expect(summary.differences).toEqual([
      {
        ref: 'group:default/parent',
        inIdentity: false,
        inUserinfo: false,
        inCatalog: true,
        note: 'inherited-not-in-token',
      },
      {
        ref: 'group:default/stale',
        inIdentity: true,
        inUserinfo: false,
        inCatalog: false,
        note: 'unknown-to-catalog',
      },
    ]);
    expect(summary).toMatchObject({
      identityRefs: 3,
      userinfoRefs: 2,
      catalogDirect: 1,
      catalogInherited: 1,
    });
  });

  it('bounds the list and says how many more there are', () => {
    const refs = Array.from(
      { length: MAX_GROUP_DIFFERENCES + 7 },
      (_, i) => `group:default/g${i}`,
    );
    const summary = summarizeGroups({
      userEntityRef: 'user:default/alice',
      comparison: compareOwnership({
        userRef: 'user:default/alice',
        identityRefs: ['user:default/alice'],
        userinfoRefs: ['user:default/alice', ...refs],
      }),
      catalogRead: false,
      errors: ['catalog: 503'],
    });
    expect(summary.differences).toHaveLength(MAX_GROUP_DIFFERENCES);
    expect(summary.differences?.[0]).toEqual({
      ref: 'group:default/g0',
      inIdentity: false,
      inUserinfo: true,
    });
    expect(summary.differencesNotListed).toBe(7);
    expect(summary.errors).toEqual(['catalog: 503']);
    expect(summary).not.toHaveProperty('catalogDirect');
  });
});
