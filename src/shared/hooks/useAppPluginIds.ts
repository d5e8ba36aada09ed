import { useMemo } from 'react';
import { useApp, type AppContext } from '@backstage/core-plugin-api';

function useOptionalApp(): AppContext | undefined {
  try {
    return useApp();
  } catch {
    // No app context (a bare test harness): the app cannot tell.
    return undefined;
  }
}

function pluginIdsOf(app: AppContext): string[] | undefined {
  try {
    return [...new Set(app.getPlugins().map(plugin => plugin.getId()))].sort();
  } catch {
    return undefined;
  }
}

/**
 * Ids of the frontend plugins the app registers (legacy `createApp`
 * plugins, or the new frontend system's app tree), sorted; undefined when
 * the app cannot tell. Stable between renders while the list is unchanged.
 */
export function useAppPluginIds(): string[] | undefined {
  const app = useOptionalApp();
  const key = app ? pluginIdsOf(app)?.join('\n') : undefined;
  return useMemo(
    () => (key === undefined ? undefined : key.split('\n').filter(Boolean)),
    [key],
  );
}
