import type { ConfigApi } from '@backstage/core-plugin-api';
import { toError } from './permissionTableState';
import { defaultsTheAppUses } from '../../../shared/logic/appPlugins';

/**
 * Backend plugins asked for permission metadata when
 * `accessInspector.permissions.plugins` is not set; the scaffolder only when
 * the app has its frontend plugin (see `defaultsTheAppUses`).
 */
export const DEFAULT_PERMISSION_PLUGINS: readonly string[] = [
  'catalog',
  'scaffolder',
];

/**
 * The backend plugin ids to list permissions of: the configured ones, trimmed
 * and deduplicated, or {@link DEFAULT_PERMISSION_PLUGINS} less those the app
 * has no frontend plugin for (when `appPluginIds` tells). Throws when the
 * key holds something else than a list of strings.
 */
export function readPermissionPlugins(
  config: Pick<ConfigApi, 'getOptionalStringArray'>,
  appPluginIds?: readonly string[],
): string[] {
  const configured = config.getOptionalStringArray(
    'accessInspector.permissions.plugins',
  );
  const ids = (
    configured ?? defaultsTheAppUses(DEFAULT_PERMISSION_PLUGINS, appPluginIds)
  )
    .map(id => id.trim())
    .filter(Boolean);
  return [...new Set(ids)];
}

/**
 * Whether the app has the permission framework on. Mirrors PermissionClient:
 * anything but `permission.enabled: true` means every request is allowed.
 */
export function isPermissionFrameworkEnabled(
  config: Pick<ConfigApi, 'getOptionalBoolean'>,
): boolean {
  return config.getOptionalBoolean('permission.enabled') === true;
}

/**
 * What the permissions card reads from config. A broken setting is returned
 * as `error` (with the framework treated as off) instead of thrown.
 */
export function readPermissionSettings(
  config: Pick<ConfigApi, 'getOptionalBoolean' | 'getOptionalStringArray'>,
  appPluginIds?: readonly string[],
): { enabled: boolean; pluginIds: string[]; error?: Error } {
  try {
    return {
      enabled: isPermissionFrameworkEnabled(config),
      pluginIds: readPermissionPlugins(config, appPluginIds),
    };
  } catch (error) {
    return { enabled: false, pluginIds: [], error: toError(error) };
  }
}
