import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { configApiRef, useApi, useApiHolder } from '@backstage/core-plugin-api';
import {
  catalogApiRef,
  type CatalogApi,
} from '@backstage/plugin-catalog-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  permissionApiRef,
  type PermissionApi,
} from '@backstage/plugin-permission-react';
import { permissionMetadataApiRef } from '../data/PermissionMetadataApi';
import { useAppPluginIds } from '../../shared/hooks/useAppPluginIds';
import { CALL_TIMEOUT_MS, callWithTimeout } from '../../shared/logic/async';
import {
  CATALOG_ENTITY_RESOURCE_TYPE,
  planResourceBatch,
  readPermissionSettings,
  type AuthorizeBatchPlan,
  type BasicAuthorizeRequest,
  type DefinitiveDecision,
  type ResourceAuthorizeRequest,
} from './logic';
import {
  initialPermissionTableState,
  reducePermissionTable,
  selectFailedBasicBatch,
  selectLoading,
  selectNextBasicBatch,
  selectPermissionTable,
  selectPluginStates,
  selectRetryTargets,
  selectRows,
  toError,
  type EntityLookup,
  type PermissionTable,
} from './logic/permissionTableState';

export type {
  PermissionTable,
  PluginMetadataState,
  ResourceCheckState,
} from './logic/permissionTableState';

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

/**
 * Calls `authorize` for every request in the same tick, so the permission
 * API's DataLoader sends them as one `POST /authorize` batch.
 */
function authorizeAll(
  permissionApi: PermissionApi,
  requests: Array<BasicAuthorizeRequest | ResourceAuthorizeRequest>,
  timeoutMs: number,
): Promise<DefinitiveDecision[]> {
  // PermissionApi takes no signal: the timeout bounds the wait only.
  return callWithTimeout(
    () => Promise.all(requests.map(r => permissionApi.authorize(r))),
    { what: 'POST /authorize', timeoutMs },
  ).then(responses =>
    responses.map(r =>
      r.result === AuthorizeResult.ALLOW ? 'ALLOW' : ('DENY' as const),
    ),
  );
}

/** Whether the catalog has the entity; never rejects. */
async function lookUpEntity(
  catalogApi: CatalogApi,
  entityRef: string,
  timeoutMs: number,
): Promise<EntityLookup> {
  try {
    const entity = await callWithTimeout(
      () => catalogApi.getEntityByRef(entityRef),
      { what: `GET ${entityRef} from the catalog`, timeoutMs },
    );
    return { exists: Boolean(entity) };
  } catch (error) {
    return { error: toError(error) };
  }
}

/**
 * Lists the permissions of the configured backend plugins and what the
 * permission policy decides for the signed-in user. The state and its rules
 * live in `logic/permissionTableState`; this hook makes the calls.
 *
 * Requests: one metadata `GET` per plugin in
 * `accessInspector.permissions.plugins`; once none is loading, one authorize
 * batch with every basic permission; one batch per resource check. With
 * `permission.enabled` not true, nothing at all is sent.
 */
export function usePermissionTable(
  options: { authorizeTimeoutMs?: number } = {},
): UsePermissionTableResult {
  const timeoutMs = options.authorizeTimeoutMs ?? CALL_TIMEOUT_MS;
  const configApi = useApi(configApiRef);
  const metadataApi = useApi(permissionMetadataApiRef);
  const apis = useApiHolder();
  const permissionApi = apis.get(permissionApiRef);
  const catalogApi = apis.get(catalogApiRef);

  const appPluginIds = useAppPluginIds();
  const settings = useMemo(
    () => readPermissionSettings(configApi, appPluginIds),
    [configApi, appPluginIds],
  );
  const { enabled, pluginIds } = settings;

  const [state, dispatch] = useReducer(
    reducePermissionTable,
    initialPermissionTableState,
  );
  // Tells a retry's answer from the one it replaced.
  const lastRequestId = useRef(0);

  const loadPlugin = useCallback(
    (pluginId: string) => {
      const requestId = ++lastRequestId.current;
      dispatch({ type: 'metadataRequested', pluginId, requestId });
      metadataApi.getPermissionMetadata(pluginId).then(
        result =>
          dispatch({ type: 'metadataLoaded', pluginId, requestId, result }),
        error =>
          dispatch({
            type: 'metadataFailed',
            pluginId,
            requestId,
            error: toError(error),
          }),
      );
    },
    [metadataApi],
  );

  useEffect(() => {
    if (!enabled || !permissionApi) return;
    pluginIds.forEach(loadPlugin);
  }, [enabled, permissionApi, pluginIds, loadPlugin]);

  // Recomputed when a plugin's metadata changes, not on every answer.
  const plugins = useMemo(
    () => selectPluginStates(state.plugins, pluginIds),
    [state.plugins, pluginIds],
  );

  const runBasic = useCallback(
    (plan: AuthorizeBatchPlan<BasicAuthorizeRequest>) => {
      if (!permissionApi || plan.keys.length === 0) return;
      const { keys } = plan;
      dispatch({ type: 'basicRequested', keys });
      authorizeAll(permissionApi, plan.requests, timeoutMs).then(
        decisions => dispatch({ type: 'basicDecided', keys, decisions }),
        error => dispatch({ type: 'basicFailed', keys, error: toError(error) }),
      );
    },
    [permissionApi, timeoutMs],
  );

  const nextBasicBatch = useMemo(
    () => selectNextBasicBatch(state.basicAsked, plugins),
    [state.basicAsked, plugins],
  );
  useEffect(() => {
    if (enabled) runBasic(nextBasicBatch);
  }, [enabled, nextBasicBatch, runBasic]);

  const retryBasic = useCallback(
    () => runBasic(selectFailedBasicBatch(state, plugins)),
    [state, plugins, runBasic],
  );

  const checkResource = useCallback(
    (resourceType: string, resourceRef: string) => {
      const plan = planResourceBatch(
        selectRows(plugins),
        resourceType,
        resourceRef,
      );
      if (!permissionApi || plan.keys.length === 0) return;
      const ref = plan.requests[0].resourceRef;
      const requestId = ++lastRequestId.current;
      dispatch({
        type: 'resourceRequested',
        resourceType,
        resourceRef: ref,
        requestId,
      });
      const lookup =
        resourceType === CATALOG_ENTITY_RESOURCE_TYPE && catalogApi
          ? lookUpEntity(catalogApi, ref, timeoutMs)
          : Promise.resolve(undefined);
      Promise.all([
        authorizeAll(permissionApi, plan.requests, timeoutMs),
        lookup,
      ]).then(
        ([decisions, entity]) =>
          dispatch({
            type: 'resourceDecided',
            resourceType,
            requestId,
            plan,
            decisions,
            lookup: entity,
          }),
        error =>
          dispatch({
            type: 'resourceFailed',
            resourceType,
            requestId,
            error: toError(error),
          }),
      );
    },
    [plugins, permissionApi, catalogApi, timeoutMs],
  );

  const retry = useCallback(() => {
    const targets = selectRetryTargets(state, plugins);
    targets.pluginIds.forEach(loadPlugin);
    if (targets.basic) retryBasic();
    targets.resources.forEach(r =>
      checkResource(r.resourceType, r.resourceRef),
    );
  }, [state, plugins, loadPlugin, retryBasic, checkResource]);

  const table = useMemo(
    () => selectPermissionTable(state, pluginIds, plugins),
    [state, pluginIds, plugins],
  );

  const common = { retry, retryPlugin: loadPlugin, retryBasic, checkResource };
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
  return { ...common, loading: selectLoading(plugins), value: table };
}
