import type {
  BasicPermission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import type { PermissionRow } from './types';

/**
 * The requests of one authorize batch, in the order of `keys`.
 */
export type AuthorizeBatchPlan<TRequest> = {
  /** Row keys, one per request, in the same order. */
  keys: string[];
  requests: TRequest[];
};

export type BasicAuthorizeRequest = { permission: BasicPermission };

export type ResourceAuthorizeRequest = {
  permission: ResourcePermission;
  resourceRef: string;
};

/**
 * Plans the batch of basic permissions not yet asked for. Resource
 * permissions are left out on purpose: sent without a resourceRef, the
 * permission backend rejects the whole batch with 400.
 */
export function planBasicBatch(
  rows: readonly PermissionRow[],
  alreadyAsked: ReadonlySet<string> = new Set(),
): AuthorizeBatchPlan<BasicAuthorizeRequest> {
  const plan: AuthorizeBatchPlan<BasicAuthorizeRequest> = {
    keys: [],
    requests: [],
  };
  for (const row of rows) {
    if (row.permission.type !== 'basic' || alreadyAsked.has(row.key)) continue;
    plan.keys.push(row.key);
    plan.requests.push({ permission: row.permission });
  }
  return plan;
}

/**
 * Plans one batch asking every resource permission of `resourceType` about
 * one resource. An empty `resourceRef` plans nothing.
 */
export function planResourceBatch(
  rows: readonly PermissionRow[],
  resourceType: string,
  resourceRef: string,
): AuthorizeBatchPlan<ResourceAuthorizeRequest> {
  const plan: AuthorizeBatchPlan<ResourceAuthorizeRequest> = {
    keys: [],
    requests: [],
  };
  const ref = resourceRef.trim();
  if (!ref) return plan;
  for (const row of rows) {
    const { permission } = row;
    if (
      permission.type !== 'resource' ||
      permission.resourceType !== resourceType
    ) {
      continue;
    }
    plan.keys.push(row.key);
    plan.requests.push({ permission, resourceRef: ref });
  }
  return plan;
}

/**
 * One resource type the table holds resource permissions for.
 */
export type ResourceTypeSummary = {
  resourceType: string;
  pluginIds: string[];
  permissionNames: string[];
  rules: PermissionRow['rules'];
};

/**
 * The resource types of the resource permissions in `rows`, sorted, each with
 * its plugins, permissions and (deduplicated) rules.
 */
export function summarizeResourceTypes(
  rows: readonly PermissionRow[],
): ResourceTypeSummary[] {
  const byType = new Map<string, ResourceTypeSummary>();
  for (const row of rows) {
    if (!row.resourceType) continue;
    let summary = byType.get(row.resourceType);
    if (!summary) {
      summary = {
        resourceType: row.resourceType,
        pluginIds: [],
        permissionNames: [],
        rules: [],
      };
      byType.set(row.resourceType, summary);
    }
    if (!summary.pluginIds.includes(row.pluginId)) {
      summary.pluginIds.push(row.pluginId);
    }
    summary.permissionNames.push(row.name);
    for (const rule of row.rules) {
      if (!summary.rules.some(r => r.name === rule.name)) {
        summary.rules.push(rule);
      }
    }
  }
  return [...byType.values()].sort((a, b) =>
    a.resourceType.localeCompare(b.resourceType),
  );
}
