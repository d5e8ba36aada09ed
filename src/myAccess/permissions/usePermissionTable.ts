import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  configApiRef,
  discoveryApiRef,
  fetchApiRef,
  useApi,
  useApiHolder,
} from '@backstage/core-plugin-api';
import {
  catalogApiRef,
  type CatalogApi,
} from '@backstage/plugin-catalog-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  permissionApiRef,
  type PermissionApi,
} from '@backstage/plugin-permission-react';
import { permissionMetadataApiRef } from './PermissionMetadataApi';
import { PermissionMetadataClient } from './PermissionMetadataClient';
import { withTimeout } from '../../shared/logic/async/withTimeout';
import {
  CATALOG_ENTITY_RESOURCE_TYPE,
  decideRows,
  isPermissionFrameworkEnabled,
  metadataToRows,
  planBasicBatch,
  planResourceBatch,
  readPermissionPlugins,
  summarizeResourceTypes,
  type AuthorizeBatchPlan,
  type BasicAuthorizeRequest,
  type CatalogEntityState,
  type DecidedPermissionRow,
  type DefinitiveDecision,
  type PermissionRow,
  type ResourceAuthorizeRequest,
  type ResourceTypeSummary,
} from './logic';

const DEFAULT_AUTHORIZE_TIMEOUT_MS = 15_000;

/**
 * Where one backend plugin's permission metadata stands.
 */
export type PluginMetadataState =
  | { pluginId: string; status: 'loading' }
  | { pluginId: string; status: 'found'; url: string; rows: PermissionRow[] }
  | { pluginId: string; status: 'not-found'; url: string }
  | { pluginId: string; status: 'error'; error: Error };

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

export type UsePermissionTableResult = {
  value?: PermissionTable;
  /** True until the first plugin's metadata has settled. */
  loading: boolean;
  /** Only for failures that leave nothing to show (bad config, no permission API). */
  error?: Error;
  /** Retries every failed call. */
  retry: () => void;
  retryPlugin: (pluginId: string) => void;
  retryBasic: () => void;
  /** Authorises every resource permission of the type against one resource, in one batch. */
  checkResource: (resourceType: string, resourceRef: string) => void;
};

type ResourceEntry = {
  resourceRef: string;
  pending: boolean;
  results?: Map<string, DefinitiveDecision>;
  error?: Error;
  catalogEntity?: CatalogEntityState;
};

const CATALOG_ENTITY_READ = 'catalog.entity.read';

/** Whether the catalog has the entity; never rejects. */
async function lookUpEntity(
  catalogApi: CatalogApi,
  entityRef: string,
  timeoutMs: number,
): Promise<{ exists: boolean } | { error: Error }> {
  try {
    const entity = await withTimeout(
      catalogApi.getEntityByRef(entityRef),
      timeoutMs,
      `GET ${entityRef} from the catalog`,
    );
    return { exists: Boolean(entity) };
  } catch (error) {
    return { error: toError(error) };
  }
}

function checkStatus(entry: ResourceEntry): ResourceCheckState['status'] {
  if (entry.pending) return 'loading';
  return entry.error ? 'error' : 'done';
}

function timeoutError(timeoutMs: number) {
  return new Error(
    `The permission backend did not answer POST /authorize within ${
      timeoutMs / 1000
    } s`,
  );
}

/**
 * Calls `authorize` for every request in the same tick, so the permission
 * API's DataLoader sends them as one `POST /authorize` batch.
 */
function authorizeAll(
  permissionApi: PermissionApi,
  requests: Array<BasicAuthorizeRequest | ResourceAuthorizeRequest>,
  timeoutMs: number,
): Promise<DefinitiveDecision[]> {
  const batch = Promise.all(requests.map(r => permissionApi.authorize(r)));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError(timeoutMs)), timeoutMs);
  });
  // A batch answering after the timeout must not become an unhandled rejection.
  batch.catch(() => {});
  return Promise.race([batch, timeout])
    .then(responses =>
      responses.map(r =>
        r.result === AuthorizeResult.ALLOW ? 'ALLOW' : ('DENY' as const),
      ),
    )
    .finally(() => clearTimeout(timer));
}

function toError(error: unknown): Error {
  // Duck-typed: a ResponseError from another realm must keep its status.
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return error as Error;
  }
  return new Error(String(error));
}

/**
 * Lists the permissions of the configured backend plugins and what the
 * permission policy decides for the signed-in user.
 *
 * Requests: one metadata `GET` per plugin in
 * `accessInspector.permissions.plugins`; once none is loading, one authorize
 * batch with every basic permission; one batch per resource check. With
 * `permission.enabled` not true, nothing at all is sent.
 *
 * Uses the app's {@link permissionMetadataApiRef} if registered, else a
 * {@link PermissionMetadataClient} built from discovery and fetch.
 */
export function usePermissionTable(
  options: { authorizeTimeoutMs?: number } = {},
): UsePermissionTableResult {
  const authorizeTimeoutMs =
    options.authorizeTimeoutMs ?? DEFAULT_AUTHORIZE_TIMEOUT_MS;
  const configApi = useApi(configApiRef);
  const apis = useApiHolder();
  const discoveryApi = useApi(discoveryApiRef);
  const fetchApi = useApi(fetchApiRef);

  const registeredMetadataApi = apis.get(permissionMetadataApiRef);
  const metadataApi = useMemo(
    () =>
      registeredMetadataApi ??
      PermissionMetadataClient.create({ discoveryApi, fetchApi }),
    [registeredMetadataApi, discoveryApi, fetchApi],
  );
  const permissionApi = apis.get(permissionApiRef);
  const catalogApi = apis.get(catalogApiRef);

  const settings = useMemo(() => {
    try {
      return {
        enabled: isPermissionFrameworkEnabled(configApi),
        pluginIds: readPermissionPlugins(configApi),
      };
    } catch (error) {
      return { enabled: false, pluginIds: [], error: toError(error) };
    }
  }, [configApi]);
  const { enabled, pluginIds } = settings;
  const pluginIdsKey = pluginIds.join('\n');

  const [plugins, setPlugins] = useState<Record<string, PluginMetadataState>>(
    {},
  );
  const [basic, setBasic] = useState<Map<string, DefinitiveDecision>>(
    () => new Map(),
  );
  const [basicPending, setBasicPending] = useState<Set<string>>(
    () => new Set(),
  );
  const [basicFailed, setBasicFailed] = useState<Set<string>>(() => new Set());
  const [basicError, setBasicError] = useState<Error | undefined>();
  const [resources, setResources] = useState<Map<string, ResourceEntry>>(
    () => new Map(),
  );

  const mounted = useRef(true);
  const pluginGenerations = useRef(new Map<string, number>());
  const resourceGenerations = useRef(new Map<string, number>());
  const askedBasic = useRef(new Set<string>());
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const loadPlugin = useCallback(
    async (pluginId: string) => {
      const generation = (pluginGenerations.current.get(pluginId) ?? 0) + 1;
      pluginGenerations.current.set(pluginId, generation);
      const isCurrent = () =>
        mounted.current &&
        pluginGenerations.current.get(pluginId) === generation;
      setPlugins(p => ({ ...p, [pluginId]: { pluginId, status: 'loading' } }));
      let next: PluginMetadataState;
      try {
        const result = await metadataApi.getPermissionMetadata(pluginId);
        next =
          result.status === 'found'
            ? {
                pluginId,
                status: 'found',
                url: result.url,
                rows: metadataToRows(pluginId, result.metadata),
              }
            : { pluginId, status: 'not-found', url: result.url };
      } catch (error) {
        next = { pluginId, status: 'error', error: toError(error) };
      }
      if (isCurrent()) setPlugins(p => ({ ...p, [pluginId]: next }));
    },
    [metadataApi],
  );

  useEffect(() => {
    if (!enabled || !permissionApi) return;
    for (const pluginId of pluginIdsKey.split('\n').filter(Boolean)) {
      loadPlugin(pluginId);
    }
  }, [enabled, permissionApi, pluginIdsKey, loadPlugin]);

  const pluginStates = useMemo(
    () =>
      pluginIds.map(
        (pluginId): PluginMetadataState =>
          plugins[pluginId] ?? { pluginId, status: 'loading' },
      ),
    [pluginIds, plugins],
  );
  const anyLoading = pluginStates.some(p => p.status === 'loading');
  const allRows = useMemo(
    () => pluginStates.flatMap(p => (p.status === 'found' ? p.rows : [])),
    [pluginStates],
  );

  const runBasic = useCallback(
    (plan: AuthorizeBatchPlan<BasicAuthorizeRequest>) => {
      if (!permissionApi || plan.keys.length === 0) return;
      const keys = new Set(plan.keys);
      keys.forEach(k => askedBasic.current.add(k));
      setBasicPending(prev => new Set([...prev, ...keys]));
      setBasicFailed(prev => new Set([...prev].filter(k => !keys.has(k))));
      setBasicError(undefined);
      authorizeAll(permissionApi, plan.requests, authorizeTimeoutMs).then(
        decisions => {
          if (!mounted.current) return;
          setBasic(prev => {
            const next = new Map(prev);
            plan.keys.forEach((key, i) => next.set(key, decisions[i]));
            return next;
          });
          setBasicPending(prev => new Set([...prev].filter(k => !keys.has(k))));
        },
        error => {
          if (!mounted.current) return;
          setBasicPending(prev => new Set([...prev].filter(k => !keys.has(k))));
          setBasicFailed(prev => new Set([...prev, ...keys]));
          setBasicError(toError(error));
        },
      );
    },
    [permissionApi, authorizeTimeoutMs],
  );

  // One batch for every basic permission, sent once no metadata is loading.
  useEffect(() => {
    if (!enabled || anyLoading) return;
    runBasic(planBasicBatch(allRows, askedBasic.current));
  }, [enabled, anyLoading, allRows, runBasic]);

  const retryBasic = useCallback(() => {
    runBasic(planBasicBatch(allRows.filter(row => basicFailed.has(row.key))));
  }, [allRows, basicFailed, runBasic]);

  const checkResource = useCallback(
    (resourceType: string, resourceRef: string) => {
      const plan = planResourceBatch(allRows, resourceType, resourceRef);
      if (!permissionApi || plan.keys.length === 0) return;
      const ref = plan.requests[0].resourceRef;
      const generation =
        (resourceGenerations.current.get(resourceType) ?? 0) + 1;
      resourceGenerations.current.set(resourceType, generation);
      const update = (entry: ResourceEntry) =>
        setResources(prev => new Map(prev).set(resourceType, entry));
      update({ resourceRef: ref, pending: true });
      // An authorize answer says nothing of whether the resource exists (a
      // policy that allows a permission allows it for any ref): ask the catalog.
      const existence =
        resourceType === CATALOG_ENTITY_RESOURCE_TYPE && catalogApi
          ? lookUpEntity(catalogApi, ref, authorizeTimeoutMs)
          : Promise.resolve(undefined);
      Promise.all([
        authorizeAll(permissionApi, plan.requests, authorizeTimeoutMs),
        existence,
      ]).then(
        ([decisions, lookup]) => {
          if (
            !mounted.current ||
            resourceGenerations.current.get(resourceType) !== generation
          ) {
            return;
          }
          const results = new Map(
            plan.keys.map((key, i) => [key, decisions[i]]),
          );
          let catalogEntity: CatalogEntityState | undefined;
          if (lookup && 'error' in lookup) {
            catalogEntity = { status: 'unknown', error: lookup.error };
          } else if (lookup) {
            const readAllowed = plan.requests.some(
              (request, i) =>
                request.permission.name === CATALOG_ENTITY_READ &&
                decisions[i] === 'ALLOW',
            );
            let status: 'found' | 'missing' | 'notVisible' = 'found';
            if (!lookup.exists) status = readAllowed ? 'missing' : 'notVisible';
            catalogEntity = { status };
          }
          update({
            resourceRef: ref,
            pending: false,
            results,
            catalogEntity,
          });
        },
        error => {
          if (
            !mounted.current ||
            resourceGenerations.current.get(resourceType) !== generation
          ) {
            return;
          }
          update({ resourceRef: ref, pending: false, error: toError(error) });
        },
      );
    },
    [allRows, permissionApi, catalogApi, authorizeTimeoutMs],
  );

  const retryPlugin = useCallback(
    (pluginId: string) => {
      loadPlugin(pluginId);
    },
    [loadPlugin],
  );

  const retry = useCallback(() => {
    for (const state of pluginStates) {
      if (state.status === 'error') loadPlugin(state.pluginId);
    }
    if (basicFailed.size > 0) retryBasic();
    resources.forEach((entry, resourceType) => {
      if (entry.error) checkResource(resourceType, entry.resourceRef);
    });
  }, [
    pluginStates,
    loadPlugin,
    basicFailed,
    retryBasic,
    resources,
    checkResource,
  ]);

  const rows = useMemo(
    () =>
      decideRows(allRows, {
        basic,
        basicPending,
        basicFailed,
        resources,
      }),
    [allRows, basic, basicPending, basicFailed, resources],
  );
  const resourceTypes = useMemo(
    () => summarizeResourceTypes(allRows),
    [allRows],
  );
  const resourceChecks = useMemo(() => {
    const checks: Record<string, ResourceCheckState> = {};
    resources.forEach((entry, resourceType) => {
      checks[resourceType] = {
        resourceType,
        resourceRef: entry.resourceRef,
        status: checkStatus(entry),
        error: entry.error,
        catalogEntity: entry.catalogEntity,
      };
    });
    return checks;
  }, [resources]);

  const common = { retry, retryPlugin, retryBasic, checkResource };
  if (settings.error) {
    return { ...common, loading: false, error: settings.error };
  }
  if (!enabled) {
    return { ...common, loading: false, value: { enabled: false, pluginIds } };
  }
  if (!permissionApi) {
    return {
      ...common,
      loading: false,
      error: new Error(
        'permission.enabled is true but the app registers no permissionApiRef implementation',
      ),
    };
  }
  return {
    ...common,
    loading:
      pluginStates.length > 0 &&
      pluginStates.every(p => p.status === 'loading'),
    value: {
      enabled: true,
      pluginIds,
      plugins: pluginStates,
      rows,
      resourceTypes,
      basicFailure:
        basicError && basicFailed.size > 0
          ? { error: basicError, count: basicFailed.size }
          : undefined,
      resourceChecks,
    },
  };
}
