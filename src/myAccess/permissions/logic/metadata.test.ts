import {
  basicPermission,
  catalogMetadata,
  permissionRule,
  resourcePermission,
} from '../../../../test/builders/permissions';
import { metadataToRows, parsePermissionMetadata } from './metadata';

describe('parsePermissionMetadata', () => {
  it('accepts the catalog metadata unchanged', () => {
    expect(parsePermissionMetadata(catalogMetadata())).toEqual(
      catalogMetadata(),
    );
  });

  it('treats missing permissions and rules as empty', () => {
    expect(parsePermissionMetadata({})).toEqual({ permissions: [], rules: [] });
  });

  it.each([
    [null, 'The body is not a JSON object'],
    [[], 'The body is not a JSON object'],
    [{ permissions: {} }, '"permissions" is not an array'],
    [{ rules: 'x' }, '"rules" is not an array'],
    [{ permissions: [{ type: 'basic' }] }, 'permissions[0] has no name'],
    [
      { permissions: [{ name: 'x', type: 'resource' }] },
      'permissions[0] (x) has no resourceType',
    ],
    [
      { permissions: [{ name: 'x', type: 'weird' }] },
      'permissions[0] (x) has unknown type "weird"',
    ],
    [{ rules: [{ name: 'R' }] }, 'rules[0] has no name or resourceType'],
  ])('rejects %j with "%s"', (body, message) => {
    expect(() => parsePermissionMetadata(body)).toThrow(message);
  });

  it('fills in missing attributes', () => {
    const parsed = parsePermissionMetadata({
      permissions: [{ name: 'x', type: 'basic' }],
    });
    expect(parsed.permissions).toEqual([
      { name: 'x', type: 'basic', attributes: {} },
    ]);
  });
});

describe('metadataToRows', () => {
  it('makes one row per permission, sorted, with resource rules on resource rows only', () => {
    const rows = metadataToRows('catalog', catalogMetadata());
    expect(rows.map(r => r.name)).toEqual([
      'catalog.entity.create',
      'catalog.entity.delete',
      'catalog.entity.read',
      'catalog.entity.refresh',
      'catalog.entity.validate',
      'catalog.ingestion.manage',
      'catalog.ingestion.read',
      'catalog.location.analyze',
      'catalog.location.create',
      'catalog.location.delete',
      'catalog.location.read',
    ]);
    const read = rows.find(r => r.name === 'catalog.entity.read')!;
    expect(read).toMatchObject({
      key: 'catalog:catalog.entity.read',
      pluginId: 'catalog',
      type: 'resource',
      resourceType: 'catalog-entity',
      action: 'read',
    });
    expect(read.rules.map(r => r.name)).toEqual([
      'HAS_ANNOTATION',
      'IS_ENTITY_KIND',
      'IS_ENTITY_OWNER',
    ]);
    const create = rows.find(r => r.name === 'catalog.entity.create')!;
    expect(create).toMatchObject({
      type: 'basic',
      action: 'create',
      rules: [],
    });
    expect(create.resourceType).toBeUndefined();
    expect(
      rows.find(r => r.name === 'catalog.entity.validate')!.action,
    ).toBeUndefined();
  });

  it('keeps only the rules of the permission’s own resource type and drops duplicates', () => {
    const rows = metadataToRows('p', {
      permissions: [
        resourcePermission('p.a', 'type-a'),
        resourcePermission('p.a', 'type-a'),
        basicPermission('p.b'),
      ],
      rules: [permissionRule('A', 'type-a'), permissionRule('B', 'type-b')],
    });
    expect(rows).toHaveLength(2);
    expect(rows[0].rules.map(r => r.name)).toEqual(['A']);
  });
});
