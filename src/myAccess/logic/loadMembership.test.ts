import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import {
  groupEntity,
  syntheticOrg,
  userEntity,
} from '../../../test/builders/entities';
import { loadMembership, type MembershipCatalog } from './loadMembership';

function fakeCatalog(entities: Entity[]) {
  const byRef = new Map(entities.map(e => [stringifyEntityRef(e), e]));
  const calls: Array<{ method: string; refs: string[] }> = [];
  const catalog: MembershipCatalog = {
    async getEntityByRef(ref) {
      calls.push({ method: 'getEntityByRef', refs: [ref] });
      return byRef.get(ref);
    },
    async getEntitiesByRefs(refs) {
      calls.push({ method: 'getEntitiesByRefs', refs });
      return refs.map(r => byRef.get(r));
    },
  };
  return { catalog, calls };
}

const org = [
  groupEntity('acme'),
  groupEntity('engineering', 'acme'),
  groupEntity('platform', 'engineering'),
  groupEntity('team-a', 'engineering'),
  groupEntity('team-b', 'platform'),
];

describe('loadMembership', () => {
  it('walks from direct groups up to the root, level by level', async () => {
    const { catalog, calls } = fakeCatalog([
      userEntity('alice', ['team-a', 'team-b']),
      ...org,
    ]);
    const result = await loadMembership('user:default/alice', catalog);

    expect(result.userFound).toBe(true);
    if (!result.userFound) return;
    expect(result.groups.map(g => [g.ref, g.depth, g.via])).toEqual([
      ['group:default/team-a', 1, undefined],
      ['group:default/team-b', 1, undefined],
      ['group:default/engineering', 2, 'group:default/team-a'],
      ['group:default/platform', 2, 'group:default/team-b'],
      ['group:default/acme', 3, 'group:default/engineering'],
    ]);
    expect(result.missing).toEqual([]);
    expect(calls).toEqual([
      { method: 'getEntityByRef', refs: ['user:default/alice'] },
      {
        method: 'getEntitiesByRefs',
        refs: ['group:default/team-a', 'group:default/team-b'],
      },
      {
        method: 'getEntitiesByRefs',
        refs: ['group:default/engineering', 'group:default/platform'],
      },
      { method: 'getEntitiesByRefs', refs: ['group:default/acme'] },
    ]);
  });

  it('looks up identity refs outside the membership once, to tell granted ownership from refs the catalog lacks', async () => {
    const { catalog, calls } = fakeCatalog([
      userEntity('carol', ['team-a']),
      ...org,
      groupEntity('data-platform'),
    ]);
    const result = await loadMembership('user:default/carol', catalog, [
      'user:default/carol',
      'group:default/team-a',
      'group:default/Data-Platform',
      'group:default/payments',
    ]);
    if (!result.userFound) throw new Error('carol not found');
    expect(result.notMemberships).toEqual([
      { ref: 'group:default/data-platform', title: 'data-platform' },
    ]);
    expect(calls.at(-1)).toEqual({
      method: 'getEntitiesByRefs',
      refs: ['group:default/data-platform', 'group:default/payments'],
    });

    // No extra request when every identity ref is a membership.
    const plain = fakeCatalog([userEntity('alice', ['team-a']), ...org]);
    await loadMembership('user:default/alice', plain.catalog, [
      'user:default/alice',
      'group:default/team-a',
    ]);
    expect(plain.calls).toHaveLength(4);
  });

  it('reports a user the catalog does not have, with one request', async () => {
    const { catalog, calls } = fakeCatalog(org);
    await expect(
      loadMembership('user:default/ghost', catalog),
    ).resolves.toEqual({
      userFound: false,
      userRef: 'user:default/ghost',
    });
    expect(calls).toHaveLength(1);
  });

  it('lists dangling memberships and survives parent cycles', async () => {
    const { catalog, calls } = fakeCatalog([
      userEntity('bob', ['loop-a', 'deleted-team']),
      groupEntity('loop-a', 'loop-b'),
      groupEntity('loop-b', 'loop-a'),
    ]);
    const result = await loadMembership('user:default/bob', catalog);
    expect(result.userFound && result.missing).toEqual([
      'group:default/deleted-team',
    ]);
    expect(result.userFound && result.groups.map(g => g.ref)).toEqual([
      'group:default/loop-a',
      'group:default/loop-b',
    ]);
    expect(calls).toHaveLength(3);
  });

  it('falls back to spec.memberOf and spec.parent when relations are absent', async () => {
    const user = userEntity('carol', [], { namespace: 'ops' });
    user.spec!.memberOf = ['oncall'];
    const group = groupEntity('oncall', undefined, { namespace: 'ops' });
    group.spec!.parent = 'group:default/acme';
    const { catalog } = fakeCatalog([user, group, groupEntity('acme')]);
    const result = await loadMembership('user:ops/carol', catalog);
    expect(result.userFound && result.groups.map(g => g.ref)).toEqual([
      'group:ops/oncall',
      'group:default/acme',
    ]);
  });

  it('keeps requests constant as the org grows: ceil(refs/100) calls per level, no duplicates', async () => {
    const { user, groups } = syntheticOrg({ leaves: 2000, levels: 4 });
    const { catalog, calls } = fakeCatalog([user, ...groups]);
    const result = await loadMembership('user:default/big', catalog);

    const levelSizes = [2000, 200, 20, 1];
    expect(result.userFound && result.groups).toHaveLength(2221);
    expect(
      calls
        .filter(c => c.method === 'getEntitiesByRefs')
        .map(c => c.refs.length),
    ).toEqual(
      levelSizes.flatMap(size =>
        Array.from({ length: Math.ceil(size / 100) }, (_, i) =>
          Math.min(100, size - i * 100),
        ),
      ),
    );
    const requested = calls.flatMap(c => c.refs);
    expect(new Set(requested).size).toBe(requested.length);
  });
});
