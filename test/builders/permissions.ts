import type {
  BasicPermission,
  MetadataResponse,
  MetadataResponseSerializedRule,
  PermissionAttributes,
  ResourcePermission,
} from '@backstage/plugin-permission-common';

/** Builders for permission metadata as backend plugins serve it. */

export function basicPermission(
  name: string,
  action?: PermissionAttributes['action'],
): BasicPermission {
  return { type: 'basic', name, attributes: action ? { action } : {} };
}

export function resourcePermission(
  name: string,
  resourceType: string,
  action?: PermissionAttributes['action'],
): ResourcePermission {
  return {
    type: 'resource',
    name,
    resourceType,
    attributes: action ? { action } : {},
  };
}

export function permissionRule(
  name: string,
  resourceType: string,
  description = `${name} rule`,
): MetadataResponseSerializedRule {
  return {
    name,
    description,
    resourceType,
    paramsSchema: { type: 'object', properties: {} },
  };
}

/** The catalog backend's metadata: 8 basic and 3 catalog-entity permissions. */
export function catalogMetadata(): MetadataResponse {
  return {
    permissions: [
      resourcePermission('catalog.entity.read', 'catalog-entity', 'read'),
      basicPermission('catalog.entity.create', 'create'),
      resourcePermission('catalog.entity.delete', 'catalog-entity', 'delete'),
      resourcePermission('catalog.entity.refresh', 'catalog-entity', 'update'),
      basicPermission('catalog.entity.validate'),
      basicPermission('catalog.location.read', 'read'),
      basicPermission('catalog.location.create', 'create'),
      basicPermission('catalog.location.analyze'),
      basicPermission('catalog.location.delete', 'delete'),
      basicPermission('catalog.ingestion.read', 'read'),
      basicPermission('catalog.ingestion.manage', 'update'),
    ],
    rules: [
      permissionRule(
        'HAS_ANNOTATION',
        'catalog-entity',
        'Allow entities with the specified annotation',
      ),
      permissionRule(
        'IS_ENTITY_KIND',
        'catalog-entity',
        'Allow entities matching a specified kind',
      ),
      permissionRule(
        'IS_ENTITY_OWNER',
        'catalog-entity',
        'Allow entities owned by a specified claim',
      ),
    ],
  };
}

export const CATALOG_BASIC_PERMISSIONS = catalogMetadata()
  .permissions!.filter(p => p.type === 'basic')
  .map(p => p.name);

export const CATALOG_RESOURCE_PERMISSIONS = catalogMetadata()
  .permissions!.filter(p => p.type === 'resource')
  .map(p => p.name);

/** A scaffolder-like plugin: basic task permissions, resource template permissions. */
export function scaffolderMetadata(): MetadataResponse {
  return {
    permissions: [
      basicPermission('scaffolder.task.create', 'create'),
      basicPermission('scaffolder.task.read', 'read'),
      resourcePermission(
        'scaffolder.template.parameter.read',
        'scaffolder-template',
        'read',
      ),
    ],
    rules: [permissionRule('HAS_TAG', 'scaffolder-template')],
  };
}

/** `count` basic permissions named `<pluginId>.p0000`…, for volume tests. */
export function manyBasicPermissions(
  pluginId: string,
  count: number,
): MetadataResponse {
  return {
    permissions: Array.from({ length: count }, (_, i) =>
      basicPermission(
        `${pluginId}.p${String(i).padStart(4, '0')}`,
        i % 2 ? 'read' : 'update',
      ),
    ),
    rules: [],
  };
}
