import type {
  MetadataResponse,
  MetadataResponseSerializedRule,
  Permission,
} from '@backstage/plugin-permission-common';
import type { PermissionRow } from './types';

const ACTIONS = new Set(['create', 'read', 'update', 'delete']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkPermission(value: unknown, index: number): Permission {
  const where = `permissions[${index}]`;
  if (!isObject(value)) throw new Error(`${where} is not an object`);
  if (typeof value.name !== 'string' || !value.name) {
    throw new Error(`${where} has no name`);
  }
  if (value.type === 'resource') {
    if (typeof value.resourceType !== 'string' || !value.resourceType) {
      throw new Error(`${where} (${value.name}) has no resourceType`);
    }
  } else if (value.type !== 'basic') {
    throw new Error(
      `${where} (${value.name}) has unknown type ${JSON.stringify(value.type)}`,
    );
  }
  if (value.attributes !== undefined && !isObject(value.attributes)) {
    throw new Error(`${where} (${value.name}) has invalid attributes`);
  }
  return {
    ...value,
    attributes: (value.attributes ?? {}) as Permission['attributes'],
  } as Permission;
}

function checkRule(
  value: unknown,
  index: number,
): MetadataResponseSerializedRule {
  const where = `rules[${index}]`;
  if (!isObject(value)) throw new Error(`${where} is not an object`);
  if (
    typeof value.name !== 'string' ||
    typeof value.resourceType !== 'string'
  ) {
    throw new Error(`${where} has no name or resourceType`);
  }
  return {
    ...value,
    description: typeof value.description === 'string' ? value.description : '',
  } as MetadataResponseSerializedRule;
}

/**
 * Checks that a parsed body has the shape of
 * `/.well-known/backstage/permissions/metadata` and returns it; throws an
 * error naming the first field that does not fit.
 */
export function parsePermissionMetadata(body: unknown): MetadataResponse {
  if (!isObject(body)) {
    throw new Error('The body is not a JSON object');
  }
  const { permissions, rules } = body;
  if (permissions !== undefined && !Array.isArray(permissions)) {
    throw new Error('"permissions" is not an array');
  }
  if (rules !== undefined && !Array.isArray(rules)) {
    throw new Error('"rules" is not an array');
  }
  return {
    permissions: (permissions ?? []).map(checkPermission),
    rules: (rules ?? []).map(checkRule),
  };
}

/**
 * Turns one plugin's permission metadata into table rows, one per distinct
 * permission name, sorted by name. Resource permissions carry the rules the
 * same plugin declares for their resource type.
 */
export function metadataToRows(
  pluginId: string,
  metadata: MetadataResponse,
): PermissionRow[] {
  const byName = new Map<string, PermissionRow>();
  for (const permission of metadata.permissions ?? []) {
    if (byName.has(permission.name)) continue;
    const action = permission.attributes?.action;
    const resourceType =
      permission.type === 'resource' ? permission.resourceType : undefined;
    byName.set(permission.name, {
      key: `${pluginId}:${permission.name}`,
      pluginId,
      name: permission.name,
      type: permission.type,
      resourceType,
      action: action && ACTIONS.has(action) ? action : undefined,
      permission,
      rules: resourceType
        ? metadata.rules.filter(rule => rule.resourceType === resourceType)
        : [],
    });
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}
