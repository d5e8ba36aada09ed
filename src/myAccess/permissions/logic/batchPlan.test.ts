import fc from 'fast-check';
import {
  catalogMetadata,
  scaffolderMetadata,
  basicPermission,
  resourcePermission,
} from '../../../../test/builders/permissions';
import { metadataToRows } from './metadata';
import {
  planBasicBatch,
  planResourceBatch,
  summarizeResourceTypes,
} from './batchPlan';

const rows = [
  ...metadataToRows('catalog', catalogMetadata()),
  ...metadataToRows('scaffolder', scaffolderMetadata()),
];

describe('planBasicBatch', () => {
  it('asks every basic permission once and no resource permission', () => {
    const plan = planBasicBatch(rows);
    expect(plan.requests).toHaveLength(10);
    expect(plan.requests.every(r => r.permission.type === 'basic')).toBe(true);
    expect(plan.keys).toContain('scaffolder:scaffolder.task.create');
    expect(plan.keys).not.toContain('catalog:catalog.entity.read');
    expect(plan.requests.every(r => !('resourceRef' in r))).toBe(true);
  });

  it('skips permissions already asked', () => {
    const plan = planBasicBatch(
      rows,
      new Set(planBasicBatch(rows).keys.filter(k => k.startsWith('catalog:'))),
    );
    expect(plan.keys).toEqual([
      'scaffolder:scaffolder.task.create',
      'scaffolder:scaffolder.task.read',
    ]);
  });

  it('never plans a resource permission, whatever the metadata', () => {
    const permission = fc.oneof(
      fc.string().map(name => basicPermission(`b${name}`)),
      fc
        .tuple(fc.string(), fc.constantFrom('t1', 't2'))
        .map(([name, type]) => resourcePermission(`r${name}`, type)),
    );
    fc.assert(
      fc.property(fc.array(permission), permissions => {
        const plan = planBasicBatch(
          metadataToRows('p', { permissions, rules: [] }),
        );
        expect(plan.requests.every(r => r.permission.type === 'basic')).toBe(
          true,
        );
      }),
    );
  });
});

describe('planResourceBatch', () => {
  it('asks every permission of the type about the resource', () => {
    const plan = planResourceBatch(
      rows,
      'catalog-entity',
      ' component:default/payments ',
    );
    expect(plan.keys).toEqual([
      'catalog:catalog.entity.delete',
      'catalog:catalog.entity.read',
      'catalog:catalog.entity.refresh',
    ]);
    expect(plan.requests.map(r => [r.permission.name, r.resourceRef])).toEqual([
      ['catalog.entity.delete', 'component:default/payments'],
      ['catalog.entity.read', 'component:default/payments'],
      ['catalog.entity.refresh', 'component:default/payments'],
    ]);
  });

  it('plans nothing without a resource ref', () => {
    expect(planResourceBatch(rows, 'catalog-entity', '  ').requests).toEqual(
      [],
    );
  });

  it('plans nothing for a type without permissions', () => {
    expect(planResourceBatch(rows, 'nope', 'x').requests).toEqual([]);
  });
});

describe('summarizeResourceTypes', () => {
  it('lists each resource type with its plugins, permissions and rules', () => {
    expect(summarizeResourceTypes(rows)).toEqual([
      expect.objectContaining({
        resourceType: 'catalog-entity',
        pluginIds: ['catalog'],
        permissionNames: [
          'catalog.entity.delete',
          'catalog.entity.read',
          'catalog.entity.refresh',
        ],
        rules: [
          expect.objectContaining({ name: 'HAS_ANNOTATION' }),
          expect.objectContaining({ name: 'IS_ENTITY_KIND' }),
          expect.objectContaining({ name: 'IS_ENTITY_OWNER' }),
        ],
      }),
      expect.objectContaining({
        resourceType: 'scaffolder-template',
        pluginIds: ['scaffolder'],
        rules: [expect.objectContaining({ name: 'HAS_TAG' })],
      }),
    ]);
  });
});
