/**
 * Backend plugins that default lists ask only when the app has a frontend
 * plugin of the same id: an app without the scaffolder's, notifications' or
 * TechDocs' pages rarely runs their backends, and asking anyway logs a red
 * "404" in the browser console on every healthy page load. Plugins named in
 * config are always asked: config is the user's word.
 */
export const FRONTEND_GATED_PLUGINS: readonly string[] = [
  'scaffolder',
  'notifications',
  'techdocs',
];

/**
 * `defaults` without the {@link FRONTEND_GATED_PLUGINS} the app has no
 * frontend plugin for. `appPluginIds` undefined (the app cannot tell):
 * every default is kept.
 */
export function defaultsTheAppUses(
  defaults: readonly string[],
  appPluginIds: readonly string[] | undefined,
): string[] {
  if (!appPluginIds) return [...defaults];
  return defaults.filter(
    id => !FRONTEND_GATED_PLUGINS.includes(id) || appPluginIds.includes(id),
  );
}

/**
 * Whether the page is served by the backend's `app` plugin: the page's
 * origin is the origin of the `app` plugin's discovered base URL. Undefined
 * when either is missing or not a URL (then it cannot be told).
 */
export function isServedByAppBackend(
  pageOrigin: string | undefined,
  appPluginBaseUrl: string | undefined,
): boolean | undefined {
  if (!pageOrigin || !appPluginBaseUrl) return undefined;
  try {
    return new URL(appPluginBaseUrl).origin === pageOrigin;
  } catch {
    return undefined;
  }
}
