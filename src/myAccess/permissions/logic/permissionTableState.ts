import type { MetadataResponse } from '@backstage/plugin-permission-common';
import {
  type AuthorizeBatchPlan,
  type ResourceAuthorizeRequest,
} from './batchPlan';
import { metadataToRows } from './metadata';
import type {
  CatalogEntityState,
  DefinitiveDecision,
  PermissionRow,
} from './types';

export type {
  PermissionTable,
  ResourceCheckState,
} from './permissionTableSelectors';
export {
  selectFailedBasicBatch,
  selectLoading,
  selectNextBasicBatch,
  selectPermissionTable,
  selectPluginStates,
  selectRetryTargets,
  selectRows,
} from './permissionTableSelectors';

/**
 * Where one backend plugin's permission metadata stands.
 */
export type PluginMetadataState =
  | { pluginId: string; status: 'loading' }
  | { pluginId: string; status: 'found'; url: string; rows: PermissionRow[] }
  | { pluginId: string; status: 'not-found'; url: string }
  | { pluginId: string; status: 'error'; error: Error };

/** The last resource check of one resource type. */
export type ResourceEntry = {
  resourceRef: string;
  /** The check this entry belongs to; answers of older checks are dropped. */
  requestId: number;
  pending: boolean;
  results?: ReadonlyMap<string, DefinitiveDecision>;
  error?: Error;
  catalogEntity?: CatalogEntityState;
};

/**
 * The permissions card's state. Replaced, never mutated: every action that
 * changes nothing returns the same object.
 */
export type PermissionTableState = {
  /** Per plugin: its metadata and the request it belongs to. */
  plugins: Readonly<
    Record<string, { requestId: number; metadata: PluginMetadataState }>
  >;
  /** Basic permission answers by row key. */
  basic: ReadonlyMap<string, DefinitiveDecision>;
  basicPending: ReadonlySet<string>;
  basicFailed: ReadonlySet<string>;
  /** Why the last basic batch failed. */
  basicError?: Error;
  /** Basic row keys already sent once: the automatic batch skips them. */
  basicAsked: ReadonlySet<string>;
  /** Per resource type. */
  resources: ReadonlyMap<string, ResourceEntry>;
};

/** What the catalog said of a checked entity ref. */
export type EntityLookup = { exists: boolean } | { error: Error };

export type PermissionTableAction =
  | { type: 'metadataRequested'; pluginId: string; requestId: number }
  | {
      type: 'metadataLoaded';
      pluginId: string;
      requestId: number;
      result:
        | { status: 'found'; url: string; metadata: MetadataResponse }
        | { status: 'not-found'; url: string };
    }
  | {
      type: 'metadataFailed';
      pluginId: string;
      requestId: number;
      error: Error;
    }
  | { type: 'basicRequested'; keys: readonly string[] }
  | {
      type: 'basicDecided';
      keys: readonly string[];
      decisions: readonly DefinitiveDecision[];
    }
  | { type: 'basicFailed'; keys: readonly string[]; error: Error }
  | {
      type: 'resourceRequested';
      resourceType: string;
      resourceRef: string;
      requestId: number;
    }
  | {
      type: 'resourceDecided';
      resourceType: string;
      requestId: number;
      plan: AuthorizeBatchPlan<ResourceAuthorizeRequest>;
      decisions: readonly DefinitiveDecision[];
      /** Absent when the catalog was not asked. */
      lookup?: EntityLookup;
    }
  | {
      type: 'resourceFailed';
      resourceType: string;
      requestId: number;
      error: Error;
    };

export const initialPermissionTableState: PermissionTableState = {
  plugins: {},
  basic: new Map(),
  basicPending: new Set(),
  basicFailed: new Set(),
  basicAsked: new Set(),
  resources: new Map(),
};

const CATALOG_ENTITY_READ = 'catalog.entity.read';

function without<T>(set: ReadonlySet<T>, keys: readonly T[]): Set<T> {
  const next = new Set(set);
  keys.forEach(key => next.delete(key));
  return next;
}

function withAll<T>(set: ReadonlySet<T>, keys: readonly T[]): Set<T> {
  return new Set([...set, ...keys]);
}

/**
 * An authorize answer says nothing of whether the resource exists (a policy
 * that allows a permission allows it for any ref): the catalog is asked too.
 */
function catalogEntityState(
  plan: AuthorizeBatchPlan<ResourceAuthorizeRequest>,
  decisions: readonly DefinitiveDecision[],
  lookup: EntityLookup | undefined,
): CatalogEntityState | undefined {
  if (!lookup) return undefined;
  if ('error' in lookup) return { status: 'unknown', error: lookup.error };
  if (lookup.exists) return { status: 'found' };
  const readAllowed = plan.requests.some(
    (request, i) =>
      request.permission.name === CATALOG_ENTITY_READ &&
      decisions[i] === 'ALLOW',
  );
  return { status: readAllowed ? 'missing' : 'notVisible' };
}

function settlePlugin(
  state: PermissionTableState,
  pluginId: string,
  requestId: number,
  metadata: PluginMetadataState,
): PermissionTableState {
  if (state.plugins[pluginId]?.requestId !== requestId) return state;
  return {
    ...state,
    plugins: { ...state.plugins, [pluginId]: { requestId, metadata } },
  };
}

function settleResource(
  state: PermissionTableState,
  resourceType: string,
  requestId: number,
  settled: Omit<ResourceEntry, 'resourceRef' | 'requestId' | 'pending'>,
): PermissionTableState {
  const entry = state.resources.get(resourceType);
  if (!entry || entry.requestId !== requestId) return state;
  return {
    ...state,
    resources: new Map(state.resources).set(resourceType, {
      resourceRef: entry.resourceRef,
      requestId,
      pending: false,
      ...settled,
    }),
  };
}

/**
 * The permissions card's reducer. Answers to a plugin's or a resource type's
 * older request (one that a retry replaced) change nothing.
 */
export function reducePermissionTable(
  state: PermissionTableState,
  action: PermissionTableAction,
): PermissionTableState {
  switch (action.type) {
    case 'metadataRequested': {
      const { pluginId, requestId } = action;
      return {
        ...state,
        plugins: {
          ...state.plugins,
          [pluginId]: { requestId, metadata: { pluginId, status: 'loading' } },
        },
      };
    }
    case 'metadataLoaded': {
      const { pluginId, requestId, result } = action;
      return settlePlugin(
        state,
        pluginId,
        requestId,
        result.status === 'found'
          ? {
              pluginId,
              status: 'found',
              url: result.url,
              rows: metadataToRows(pluginId, result.metadata),
            }
          : { pluginId, status: 'not-found', url: result.url },
      );
    }
    case 'metadataFailed': {
      const { pluginId, requestId, error } = action;
      return settlePlugin(state, pluginId, requestId, {
        pluginId,
        status: 'error',
        error,
      });
    }
    case 'basicRequested':
      if (action.keys.length === 0) return state;
      return {
        ...state,
        basicAsked: withAll(state.basicAsked, action.keys),
        basicPending: withAll(state.basicPending, action.keys),
        basicFailed: without(state.basicFailed, action.keys),
        basicError: undefined,
      };
    case 'basicDecided': {
      const basic = new Map(state.basic);
      action.keys.forEach((key, i) => basic.set(key, action.decisions[i]));
      return {
        ...state,
        basic,
        basicPending: without(state.basicPending, action.keys),
      };
    }
    case 'basicFailed':
      return {
        ...state,
        basicPending: without(state.basicPending, action.keys),
        basicFailed: withAll(state.basicFailed, action.keys),
        basicError: action.error,
      };
    case 'resourceRequested':
      return {
        ...state,
        resources: new Map(state.resources).set(action.resourceType, {
          resourceRef: action.resourceRef,
          requestId: action.requestId,
          pending: true,
        }),
      };
    case 'resourceDecided': {
      const { plan, decisions, lookup } = action;
      return settleResource(state, action.resourceType, action.requestId, {
        results: new Map(plan.keys.map((key, i) => [key, decisions[i]])),
        catalogEntity: catalogEntityState(plan, decisions, lookup),
      });
    }
    case 'resourceFailed':
      return settleResource(state, action.resourceType, action.requestId, {
        error: action.error,
      });
    default:
      return state;
  }
}

/**
 * Turns anything thrown into an Error. Duck-typed: a ResponseError from
 * another realm must keep its status.
 */
export function toError(error: unknown): Error {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return error as Error;
  }
  return new Error(String(error));
}
