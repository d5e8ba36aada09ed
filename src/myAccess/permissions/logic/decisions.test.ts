import {
  catalogMetadata,
  manyBasicPermissions,
  scaffolderMetadata,
} from '../../../../test/builders/permissions';
import { metadataToRows } from './metadata';
import {
  countDecisions,
  decideRows,
  EMPTY_DECISIONS,
  filterPermissionRows,
} from './decisions';

const rows = [
  ...metadataToRows('catalog', catalogMetadata()),
  ...metadataToRows('scaffolder', scaffolderMetadata()),
];

function decisionOf(decided: ReturnType<typeof decideRows>, key: string) {
  return decided.find(r => r.key === key)!.decision;
}

describe('decideRows', () => {
  it('is PENDING for basic and PER_RESOURCE for resource permissions before any answer', () => {
    const decided = decideRows(rows, EMPTY_DECISIONS);
    expect(decisionOf(decided, 'catalog:catalog.entity.create')).toBe(
      'PENDING',
    );
    expect(decisionOf(decided, 'catalog:catalog.entity.read')).toBe(
      'PER_RESOURCE',
    );
  });

  it('uses basic answers, and UNKNOWN where the batch failed', () => {
    const decided = decideRows(rows, {
      ...EMPTY_DECISIONS,
      basic: new Map([['catalog:catalog.entity.create', 'DENY']]),
      basicFailed: new Set(['scaffolder:scaffolder.task.read']),
    });
    expect(decisionOf(decided, 'catalog:catalog.entity.create')).toBe('DENY');
    expect(decisionOf(decided, 'scaffolder:scaffolder.task.read')).toBe(
      'UNKNOWN',
    );
  });

  it('gives resource permissions the answer for the checked resource of their type only', () => {
    const decided = decideRows(rows, {
      ...EMPTY_DECISIONS,
      resources: new Map([
        [
          'catalog-entity',
          {
            resourceRef: 'component:default/a',
            results: new Map([
              ['catalog:catalog.entity.read', 'ALLOW' as const],
              ['catalog:catalog.entity.delete', 'DENY' as const],
            ]),
          },
        ],
      ]),
    });
    const read = decided.find(r => r.key === 'catalog:catalog.entity.read')!;
    expect(read).toMatchObject({
      decision: 'ALLOW',
      resourceRef: 'component:default/a',
    });
    expect(decisionOf(decided, 'catalog:catalog.entity.delete')).toBe('DENY');
    expect(
      decisionOf(decided, 'scaffolder:scaffolder.template.parameter.read'),
    ).toBe('PER_RESOURCE');
  });

  it('marks the answers for an entity the catalog does not return', () => {
    const checked = (status: 'found' | 'missing' | 'notVisible') =>
      decideRows(rows, {
        ...EMPTY_DECISIONS,
        resources: new Map([
          [
            'catalog-entity',
            {
              resourceRef: 'component:default/nope',
              results: new Map([
                ['catalog:catalog.entity.read', 'ALLOW' as const],
              ]),
              catalogEntity: { status },
            },
          ],
        ]),
      }).find(r => r.key === 'catalog:catalog.entity.read')!;
    expect(checked('missing').resourceNotFound).toBe(true);
    expect(checked('notVisible').resourceNotFound).toBe(true);
    expect(checked('found')).not.toHaveProperty('resourceNotFound');
  });

  it('shows a resource check in flight as PENDING', () => {
    const decided = decideRows(rows, {
      ...EMPTY_DECISIONS,
      resources: new Map([
        [
          'catalog-entity',
          { resourceRef: 'component:default/a', pending: true },
        ],
      ]),
    });
    expect(decisionOf(decided, 'catalog:catalog.entity.read')).toBe('PENDING');
  });
});

describe('countDecisions', () => {
  it('counts every decision, zero included', () => {
    expect(
      countDecisions([
        { decision: 'ALLOW' },
        { decision: 'ALLOW' },
        { decision: 'PER_RESOURCE' },
      ]),
    ).toEqual({ ALLOW: 2, DENY: 0, PER_RESOURCE: 1, PENDING: 0, UNKNOWN: 0 });
  });
});

describe('filterPermissionRows', () => {
  const decided = decideRows(rows, {
    ...EMPTY_DECISIONS,
    basic: new Map([
      ['catalog:catalog.entity.create', 'DENY'],
      ['catalog:catalog.location.read', 'ALLOW'],
      ['scaffolder:scaffolder.task.create', 'ALLOW'],
    ]),
  });

  it('filters by plugin and decision together', () => {
    expect(
      filterPermissionRows(decided, {
        pluginId: 'catalog',
        decision: 'ALLOW',
      }).map(r => r.name),
    ).toEqual(['catalog.location.read']);
  });

  it('searches names, types and rule names, every word must match', () => {
    expect(
      filterPermissionRows(decided, { search: 'LOCATION del' }).map(
        r => r.name,
      ),
    ).toEqual(['catalog.location.delete']);
    expect(
      filterPermissionRows(decided, { search: 'has_tag' }).map(r => r.name),
    ).toEqual(['scaffolder.template.parameter.read']);
    expect(
      filterPermissionRows(decided, { search: 'nothing-like-it' }),
    ).toEqual([]);
  });

  it('returns everything for an empty filter', () => {
    expect(filterPermissionRows(decided, {})).toHaveLength(decided.length);
  });

  it('filters 5,000 rows quickly', () => {
    const big = decideRows(
      metadataToRows('big', manyBasicPermissions('big', 5000)),
      EMPTY_DECISIONS,
    );
    const start = performance.now();
    const found = filterPermissionRows(big, { search: 'p4999' });
    expect(found.map(r => r.name)).toEqual(['big.p4999']);
    expect(performance.now() - start).toBeLessThan(200);
  });
});
