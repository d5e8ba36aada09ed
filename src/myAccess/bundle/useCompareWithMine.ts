import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  AuthorizeResult,
  isResourcePermission,
  type Permission,
} from '@backstage/plugin-permission-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { callWithTimeout } from '../../shared/logic/async';
import { permissionMetadataApiRef } from '../data/PermissionMetadataApi';
import { agentsApiRef } from '../data/AgentsApi';
import {
  compareAccess,
  decisionKey,
  type AccessDifference,
  type AnyBundle,
} from './logic';

/** The viewer's access compared with the bundle's, and what could not be read. */
export type Comparison = {
  me: string;
  differences: AccessDifference[];
  /** Calls that failed: their part was not compared. */
  failures: string[];
};

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Evaluates the viewer's own access now for what a bundle holds — the same
 * permissions in one authorize batch (resource permissions for the same
 * resource refs), the identity's groups, the actions of the same plugins —
 * and compares it with the sender's. Runs on request only.
 */
export function useCompareWithMine(bundle: AnyBundle | undefined) {
  const identityApi = useApi(identityApiRef);
  const permissionApi = useApi(permissionApiRef);
  const metadataApi = useApi(permissionMetadataApiRef);
  const agentsApi = useApi(agentsApiRef);

  return useAsyncFn(async (): Promise<Comparison | undefined> => {
    if (!bundle) return undefined;
    const failures: string[] = [];
    const identity = await identityApi.getBackstageIdentity();
    const rows = (bundle.permissions?.decisions ?? []).filter(
      row => row.decision !== 'PER_RESOURCE' || row.resourceRef,
    );

    // The permissions as this backend declares them, by plugin.
    const pluginIds = [
      ...new Set(rows.map(row => row.pluginId).filter(Boolean)),
    ] as string[];
    const declared = new Map<string, Permission>();
    const failedPlugins = new Set<string>();
    await Promise.all(
      pluginIds.map(async pluginId => {
        try {
          const result = await metadataApi.getPermissionMetadata(pluginId);
          if (result.status !== 'found') return;
          for (const permission of result.metadata.permissions ?? []) {
            declared.set(`${pluginId}:${permission.name}`, permission);
          }
        } catch (e) {
          failedPlugins.add(pluginId);
          failures.push(`${pluginId} permission metadata: ${message(e)}`);
        }
      }),
    );
    const unknownPermissions: string[] = [];
    const requests: Array<{
      key: string;
      permission: Permission;
      resourceRef?: string;
    }> = [];
    for (const row of rows) {
      if (row.pluginId && failedPlugins.has(row.pluginId)) continue;
      const permission = declared.get(`${row.pluginId}:${row.name}`);
      if (!permission) {
        unknownPermissions.push(row.name);
        continue;
      }
      if (permission.type === 'resource' && !row.resourceRef) continue;
      requests.push({
        key: decisionKey(row),
        permission,
        ...(permission.type === 'resource' && { resourceRef: row.resourceRef }),
      });
    }
    const decisions = new Map<string, string>();
    try {
      // Asked in one tick: the permission API sends one authorize batch.
      const answers = await callWithTimeout(
        () =>
          Promise.all(
            requests.map(r =>
              permissionApi.authorize(
                r.resourceRef && isResourcePermission(r.permission)
                  ? { permission: r.permission, resourceRef: r.resourceRef }
                  : { permission: r.permission },
              ),
            ),
          ),
        { what: 'POST /authorize' },
      );
      answers.forEach((answer, i) =>
        decisions.set(
          requests[i].key,
          answer.result === AuthorizeResult.ALLOW ? 'ALLOW' : 'DENY',
        ),
      );
    } catch (e) {
      failures.push(`authorize: ${message(e)}`);
    }

    let actions: string[] | undefined;
    if (bundle.version !== 1 && bundle.actions) {
      const plugins = [...new Set(bundle.actions.map(a => a.split(':')[0]))];
      try {
        const listings = await Promise.all(
          plugins.map(p => agentsApi.listActions(p)),
        );
        actions = listings.flatMap(l =>
          l.status === 'listed' ? l.actions.map(a => a.id) : [],
        );
      } catch (e) {
        failures.push(`actions: ${message(e)}`);
      }
    }

    return {
      me: identity.userEntityRef,
      failures,
      differences: compareAccess(bundle, {
        userEntityRef: identity.userEntityRef,
        ownershipRefs: identity.ownershipEntityRefs,
        decisions,
        unknownPermissions,
        actions,
      }),
    };
  }, [bundle, identityApi, permissionApi, metadataApi, agentsApi]);
}
