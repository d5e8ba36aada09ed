import type { ConfigApi } from '@backstage/core-plugin-api';
import { MCP_PLUGIN_ID, readAgentsConfig } from '../../logic/agentsConfig';
import { defaultsTheAppUses } from '../../../shared/logic/appPlugins';

/**
 * Plugins probed when `accessInspector.doctor.probePlugins` is not set, before
 * the ones of `accessInspector.permissions.plugins` and
 * `accessInspector.agents.plugins` are added. `mcp-actions` is the MCP
 * server agents use: its probe answers as its MCP endpoint would, since both
 * sit behind the plugin's one authentication (200 token accepted, 401
 * refused, 404 not installed).
 */
export const DEFAULT_PROBE_PLUGINS: readonly string[] = [
  'catalog',
  'permission',
  MCP_PLUGIN_ID,
];

function readList(
  config: Pick<ConfigApi, 'getOptionalStringArray'>,
  key: string,
): string[] | undefined {
  try {
    return config.getOptionalStringArray(key);
  } catch {
    // A mistyped list: the doctor still runs with the defaults.
    return undefined;
  }
}

/**
 * The backend plugin ids the doctor probes: `accessInspector.doctor.probePlugins`,
 * or catalog, permission, mcp-actions, `accessInspector.permissions.plugins`
 * and the plugins whose actions the agents card lists
 * (`accessInspector.agents.plugins`: auth, catalog, scaffolder and
 * notifications by default, less those the app has no frontend plugin for
 * when `appPluginIds` tells); trimmed and deduplicated. Ids that cannot be a
 * plugin id are dropped.
 */
export function readProbePlugins(
  config: Pick<ConfigApi, 'getOptionalStringArray'>,
  appPluginIds?: readonly string[],
): string[] {
  const configured = readList(config, 'accessInspector.doctor.probePlugins');
  const ids = configured ?? [
    ...DEFAULT_PROBE_PLUGINS,
    ...(readList(config, 'accessInspector.permissions.plugins') ?? []),
    ...readAgentsConfig(config, appPluginIds).plugins,
  ];
  return [
    ...new Set(
      ids.map(id => id.trim()).filter(id => /^[a-z0-9][a-z0-9_.-]*$/i.test(id)),
    ),
  ];
}

/**
 * The plugins whose cookie authentication the doctor checks: `app` only when
 * the page is served by the backend's app plugin (`servedByAppBackend`; not
 * when that cannot be told), `techdocs` unless the app tells it has no
 * TechDocs frontend plugin.
 */
export function cookieProbePlugins(
  appPluginIds: readonly string[] | undefined,
  servedByAppBackend: boolean | undefined,
): string[] {
  return [
    ...(servedByAppBackend ? ['app'] : []),
    ...defaultsTheAppUses(['techdocs'], appPluginIds),
  ];
}
