import {
  planBasicBatch,
  summarizeResourceTypes,
  type AuthorizeBatchPlan,
  type BasicAuthorizeRequest,
} from './batchPlan';
import { decideRows } from './decisions';
import type {
  CatalogEntityState,
  DecidedPermissionRow,
  PermissionRow,
} from './types';
import type { ResourceTypeSummary } from './batchPlan';
import type {
  PermissionTableState,
  PluginMetadataState,
  ResourceEntry,
} from './permissionTableState';

// What the table shows, read from the reducer's state.

/**
 * The last check of a resource type's permissions against one resource.
 */
export type ResourceCheckState = {
  resourceType: string;
  resourceRef: string;
  status: 'loading' | 'done' | 'error';
  error?: Error;
  /** For catalog entities, when the app has a catalog API. */
  catalogEntity?: CatalogEntityState;
};

/**
 * Everything the permissions card shows.
 */
export type PermissionTable =
  | { enabled: false; pluginIds: string[] }
  | {
      enabled: true;
      pluginIds: string[];
      plugins: PluginMetadataState[];
      rows: DecidedPermissionRow[];
      resourceTypes: ResourceTypeSummary[];
      /** The failed basic authorize batch, if the last one failed. */
      basicFailure?: { error: Error; count: number };
      resourceChecks: Record<string, ResourceCheckState>;
    };

/** Each configured plugin's metadata; a plugin not yet asked is loading. */
export function selectPluginStates(
  plugins: PermissionTableState['plugins'],
  pluginIds: readonly string[],
): PluginMetadataState[] {
  return pluginIds.map(
    pluginId => plugins[pluginId]?.metadata ?? { pluginId, status: 'loading' },
  );
}

/** The rows of every plugin whose metadata was found, in plugin order. */
export function selectRows(
  plugins: readonly PluginMetadataState[],
): PermissionRow[] {
  return plugins.flatMap(p => (p.status === 'found' ? p.rows : []));
}

/**
 * The automatic basic batch: every basic permission not asked yet, once no
 * plugin's metadata is loading (so all of them go in one request).
 */
export function selectNextBasicBatch(
  basicAsked: PermissionTableState['basicAsked'],
  plugins: readonly PluginMetadataState[],
): AuthorizeBatchPlan<BasicAuthorizeRequest> {
  if (plugins.some(p => p.status === 'loading')) {
    return { keys: [], requests: [] };
  }
  return planBasicBatch(selectRows(plugins), basicAsked);
}

/** The basic permissions whose last batch failed, planned again. */
export function selectFailedBasicBatch(
  state: PermissionTableState,
  plugins: readonly PluginMetadataState[],
): AuthorizeBatchPlan<BasicAuthorizeRequest> {
  return planBasicBatch(
    selectRows(plugins).filter(row => state.basicFailed.has(row.key)),
  );
}

/** Everything "retry all" calls again. */
export function selectRetryTargets(
  state: PermissionTableState,
  plugins: readonly PluginMetadataState[],
): {
  pluginIds: string[];
  basic: boolean;
  resources: Array<{ resourceType: string; resourceRef: string }>;
} {
  return {
    pluginIds: plugins.filter(p => p.status === 'error').map(p => p.pluginId),
    basic: state.basicFailed.size > 0,
    resources: [...state.resources]
      .filter(([, entry]) => entry.error)
      .map(([resourceType, entry]) => ({
        resourceType,
        resourceRef: entry.resourceRef,
      })),
  };
}

function checkStatus(entry: ResourceEntry): ResourceCheckState['status'] {
  if (entry.pending) return 'loading';
  return entry.error ? 'error' : 'done';
}

/** True until the first plugin's metadata has settled. */
export function selectLoading(plugins: readonly PluginMetadataState[]) {
  return plugins.length > 0 && plugins.every(p => p.status === 'loading');
}

/** The table the card shows, with the framework on. */
export function selectPermissionTable(
  state: PermissionTableState,
  pluginIds: string[],
  plugins: PluginMetadataState[] = selectPluginStates(state.plugins, pluginIds),
): Extract<PermissionTable, { enabled: true }> {
  const rows = selectRows(plugins);
  const resourceChecks: Record<string, ResourceCheckState> = {};
  state.resources.forEach((entry, resourceType) => {
    resourceChecks[resourceType] = {
      resourceType,
      resourceRef: entry.resourceRef,
      status: checkStatus(entry),
      error: entry.error,
      catalogEntity: entry.catalogEntity,
    };
  });
  return {
    enabled: true,
    pluginIds,
    plugins,
    rows: decideRows(rows, state),
    resourceTypes: summarizeResourceTypes(rows),
    basicFailure:
      state.basicError && state.basicFailed.size > 0
        ? { error: state.basicError, count: state.basicFailed.size }
        : undefined,
    resourceChecks,
  };
}
