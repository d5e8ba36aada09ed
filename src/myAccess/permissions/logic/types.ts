import type {
  MetadataResponseSerializedRule,
  Permission,
} from '@backstage/plugin-permission-common';

/**
 * One permission a backend plugin declares, ready to be shown and authorised.
 */
export type PermissionRow = {
  /** `<pluginId>:<permission name>`, unique in a table. */
  key: string;
  pluginId: string;
  name: string;
  type: 'basic' | 'resource';
  /** Only for resource permissions. */
  resourceType?: string;
  action?: 'create' | 'read' | 'update' | 'delete';
  /** The permission exactly as the plugin declared it; sent to authorize. */
  permission: Permission;
  /**
   * The rules the plugin declares for this permission's resource type: what a
   * conditional policy decision can be made of. Empty for basic permissions.
   */
  rules: MetadataResponseSerializedRule[];
};

/**
 * What the permission policy decided for the signed-in user.
 *
 * - `PER_RESOURCE`: a resource permission not (yet) checked against a
 *   resource. The permission backend answers a user only for a given
 *   resource, so the page cannot tell whether the policy allows, denies or
 *   makes it depend on the resource.
 * - `PENDING`: the authorize request is in flight.
 * - `UNKNOWN`: the authorize request failed.
 */
export type PermissionDecision =
  'ALLOW' | 'DENY' | 'PER_RESOURCE' | 'PENDING' | 'UNKNOWN';

export const PERMISSION_DECISIONS: readonly PermissionDecision[] = [
  'ALLOW',
  'DENY',
  'PER_RESOURCE',
  'PENDING',
  'UNKNOWN',
];

/**
 * A row with its decision.
 */
export type DecidedPermissionRow = PermissionRow & {
  decision: PermissionDecision;
  /** The resource a resource permission's ALLOW/DENY applies to. */
  resourceRef?: string;
  /** The catalog returned no entity `resourceRef` (see the resource check). */
  resourceNotFound?: boolean;
};

/**
 * What the catalog says of a checked entity ref:
 * - `found`: it exists.
 * - `missing`: the catalog returns nothing although the policy lets you read
 *   that ref, so no such entity exists.
 * - `notVisible`: the catalog returns nothing and you may not read that ref:
 *   it does not exist, or the policy hides it.
 * - `unknown`: the lookup failed.
 */
export type CatalogEntityState =
  | { status: 'found' | 'missing' | 'notVisible' }
  | { status: 'unknown'; error: Error };

/** A definitive answer from the permission backend. */
export type DefinitiveDecision = 'ALLOW' | 'DENY';
