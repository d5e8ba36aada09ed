import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import { groupEntity } from '../../../../test/builders/entities';
import { DEFAULT_GROUP_ID_ANNOTATION } from './groupsClaim';
import {
  loadClaimCandidates,
  type ClaimCandidateCatalog,
} from './loadClaimCandidates';

const entraId = '7d1f0c1e-5b7a-4c59-9a53-2f0a8f3e4b11';
const dataPlatform: Entity = {
  ...groupEntity('data-platform'),
  metadata: {
    name: 'data-platform',
    namespace: 'default',
    annotations: { [DEFAULT_GROUP_ID_ANNOTATION]: entraId },
  },
};

function fakeCatalog(entities: Entity[]) {
  const byRef = new Map(
    entities.map(e => [stringifyEntityRef(e).toLocaleLowerCase('en-US'), e]),
  );
  const calls: string[][] = [];
  const catalog: ClaimCandidateCatalog = {
    async getEntitiesByRefs(refs) {
      calls.push(refs);
      return refs.map(r => byRef.get(r));
    },
    async getGroupsByAnnotation(annotation, values) {
      calls.push([annotation, ...values]);
      return entities.filter(e =>
        values.includes(e.metadata.annotations?.[annotation] ?? ''),
      );
    },
  };
  return { catalog, calls };
}

describe('loadClaimCandidates', () => {
  it('finds Groups by name and by annotation, once each', async () => {
    const { catalog, calls } = fakeCatalog([
      groupEntity('team-a'),
      dataPlatform,
    ]);
    const groups = await loadClaimCandidates(
      ['team-a', 'payments', entraId],
      { namespace: 'default', annotation: DEFAULT_GROUP_ID_ANNOTATION },
      catalog,
    );
    expect(groups.map(g => g.ref).sort()).toEqual([
      'group:default/data-platform',
      'group:default/team-a',
    ]);
    expect(calls).toEqual([
      [
        'group:default/team-a',
        'group:default/payments',
        `group:default/${entraId}`,
      ],
      [DEFAULT_GROUP_ID_ANNOTATION, 'team-a', 'payments', entraId],
    ]);
  });

  it('asks by ref in calls of at most 100 refs', async () => {
    const { catalog, calls } = fakeCatalog([]);
    const values = Array.from({ length: 250 }, (_, i) => `g${i}`);
    await loadClaimCandidates(
      values,
      { namespace: 'default', annotation: DEFAULT_GROUP_ID_ANNOTATION },
      catalog,
    );
    expect(calls.slice(0, 3).map(c => c.length)).toEqual([100, 100, 50]);
  });

  it('makes no call for an empty claim', async () => {
    const { catalog, calls } = fakeCatalog([]);
    await expect(
      loadClaimCandidates(
        [],
        { namespace: 'default', annotation: DEFAULT_GROUP_ID_ANNOTATION },
        catalog,
      ),
    ).resolves.toEqual([]);
    expect(calls).toEqual([]);
  });
});
