import type { ConfigApi } from '@backstage/core-plugin-api';

/**
 * Plugins probed when `accessInspector.doctor.probePlugins` is not set, before
 * the ones of `accessInspector.permissions.plugins` are added.
 */
export const DEFAULT_PROBE_PLUGINS: readonly string[] = [
  'catalog',
  'permission',
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
 * or catalog, permission and `accessInspector.permissions.plugins`; trimmed
 * and deduplicated. Ids that cannot be a plugin id are dropped.
 */
export function readProbePlugins(
  config: Pick<ConfigApi, 'getOptionalStringArray'>,
): string[] {
  const configured = readList(config, 'accessInspector.doctor.probePlugins');
  const ids = configured ?? [
    ...DEFAULT_PROBE_PLUGINS,
    ...(readList(config, 'accessInspector.permissions.plugins') ?? []),
  ];
  return [
    ...new Set(
      ids.map(id => id.trim()).filter(id => /^[a-z0-9][a-z0-9_.-]*$/i.test(id)),
    ),
  ];
}
