import type { ConfigApi } from '@backstage/core-plugin-api';
import type { FindingText } from '../../../shared/findings/logic';
import type { TokenInjectionConfig } from './tokenInjection';

/**
 * Why the doctor takes it that the app uses a backend plugin: what it saw.
 */
export type PluginUse =
  | { reason: 'registered' | 'permissionEnabled' | 'discovery' | 'probeConfig' }
  | { reason: 'pastedError'; url: string };

/**
 * What the app shows about the backend plugins it uses. A missing plugin
 * matters only when one of these names it; absent signals name nothing.
 */
export type AppPluginSignals = {
  /** Ids of the frontend plugins the app registers, when the app can tell. */
  registeredPluginIds?: readonly string[];
  /** `accessInspector.doctor.probePlugins`: plugins the app asked to check. */
  probePlugins?: readonly string[];
  /** `permission.enabled` is true. */
  permissionEnabled?: boolean;
  /** Plugin ids `discovery.endpoints` routes somewhere. */
  discoveryPluginIds?: readonly string[];
};

// The frontend plugin "app" is the app itself, not a sign that it needs the
// backend plugin of that name (which serves the bundle, often elsewhere).
const NOT_A_BACKEND_SIGNAL = new Set(['app']);

/**
 * Reads the {@link AppPluginSignals} of the app config; `registeredPluginIds`
 * comes from the app (see `useAppPluginIds`).
 */
export function readAppPluginSignals(
  config: Pick<ConfigApi, 'getOptionalBoolean' | 'getOptionalStringArray'>,
  injection: TokenInjectionConfig,
  registeredPluginIds?: readonly string[],
): AppPluginSignals {
  let probePlugins: string[] | undefined;
  let permissionEnabled = false;
  try {
    probePlugins = config.getOptionalStringArray(
      'accessInspector.doctor.probePlugins',
    );
  } catch {
    probePlugins = undefined;
  }
  try {
    permissionEnabled =
      config.getOptionalBoolean('permission.enabled') === true;
  } catch {
    permissionEnabled = false;
  }
  return {
    registeredPluginIds,
    probePlugins: probePlugins?.map(id => id.trim()),
    permissionEnabled,
    discoveryPluginIds: injection.endpoints
      .flatMap(endpoint => endpoint.plugins)
      .filter(id => id !== '*'),
  };
}

/**
 * Whether the app uses a backend plugin, and how the doctor can tell; or
 * undefined when nothing says so (which is not the same as "unused").
 */
export function findPluginUse(
  pluginId: string,
  signals: AppPluginSignals,
): PluginUse | undefined {
  if (signals.probePlugins?.includes(pluginId)) {
    return { reason: 'probeConfig' };
  }
  if (pluginId === 'permission' && signals.permissionEnabled) {
    return { reason: 'permissionEnabled' };
  }
  if (signals.discoveryPluginIds?.includes(pluginId)) {
    return { reason: 'discovery' };
  }
  if (
    !NOT_A_BACKEND_SIGNAL.has(pluginId) &&
    signals.registeredPluginIds?.includes(pluginId)
  ) {
    return { reason: 'registered' };
  }
  return undefined;
}

function escapeRegExp(value: string) {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Pasted text longer than this is not searched further. */
const MAX_SEARCHED_LENGTH = 200_000;
/** Quoted URLs are cut to this length. */
const QUOTE_LENGTH = 200;

/** The URL or path around `index`: up to whitespace, quotes or brackets. */
function wordAround(text: string, index: number): string {
  // Bounded windows: an anchored-at-end pattern over the whole text is quadratic.
  const window = text.slice(Math.max(0, index - QUOTE_LENGTH), index);
  const before = /[^\s"'`<>(]*$/.exec(window)?.[0] ?? '';
  const after =
    /^[^\s"'`<>),;]*/.exec(text.slice(index, index + QUOTE_LENGTH))?.[0] ?? '';
  return `${before}${after}`;
}

/**
 * The plugins a pasted error points at: the text holds a URL under the
 * plugin's discovered base URL, or a path `/api/<pluginId>` followed by `/`,
 * `?`, `#`, a quote, a space or the end. Returns, per plugin id, the URL or
 * path found, cut short.
 */
export function pluginsNamedInText(
  input: string,
  pluginBaseUrls: Readonly<Record<string, string>>,
): Record<string, string> {
  const text = input.slice(0, MAX_SEARCHED_LENGTH);
  const named: Record<string, string> = {};
  const end = '(?=$|[/?#\\s"\'`<>),;])';
  for (const [pluginId, baseUrl] of Object.entries(pluginBaseUrls)) {
    const patterns = [
      ...(baseUrl
        ? [new RegExp(`${escapeRegExp(baseUrl.replace(/\/+$/, ''))}${end}`)]
        : []),
      new RegExp(`/api/${escapeRegExp(pluginId)}${end}`),
    ];
    for (const pattern of patterns) {
      const match = pattern.exec(text);
      if (!match) continue;
      const whole = wordAround(text, match.index);
      named[pluginId] =
        whole.length > QUOTE_LENGTH
          ? `${whole.slice(0, QUOTE_LENGTH)}…`
          : whole;
      break;
    }
  }
  return named;
}

/**
 * The sentence that says why a plugin matters, for the finding's text.
 */
export function describePluginUse(
  pluginId: string,
  use: PluginUse,
  text: FindingText,
): string {
  return text(`pluginUse.${use.reason}`, {
    pluginId,
    url: use.reason === 'pastedError' ? use.url : '',
  });
}
