import type { ConfigApi } from '@backstage/core-plugin-api';
import type { Finding, FindingText } from '../../../shared/findings/logic';
import { defaultDoctorText, doctorFinding } from './findings';

/**
 * The config that decides where the fetch API sends the token.
 */
export type TokenInjectionConfig = {
  backendBaseUrl?: string;
  /** `discovery.endpoints`, with the external target of each. */
  endpoints: Array<{ target?: string; plugins: string[] }>;
};

const PLUGIN_ID_TEMPLATE = /\{\{\s*pluginId\s*\}\}/g;

/**
 * Reads `backend.baseUrl` and `discovery.endpoints` as core-app-api's
 * IdentityAuthInjectorFetchMiddleware does: a target is a string or
 * `{ internal, external }`, of which the browser uses `external`.
 * Malformed entries are skipped rather than thrown.
 */
export function readTokenInjectionConfig(
  config: Pick<ConfigApi, 'getOptionalString' | 'getOptionalConfigArray'>,
): TokenInjectionConfig {
  let backendBaseUrl: string | undefined;
  try {
    backendBaseUrl = config.getOptionalString('backend.baseUrl');
  } catch {
    backendBaseUrl = undefined;
  }
  let entries: ReturnType<ConfigApi['getOptionalConfigArray']> = [];
  try {
    entries = config.getOptionalConfigArray('discovery.endpoints') ?? [];
  } catch {
    entries = [];
  }
  const endpoints = entries.flatMap(entry => {
    try {
      const raw = entry.getOptional('target');
      const target =
        typeof raw === 'object' && raw !== null
          ? entry.getOptionalString('target.external')
          : entry.getOptionalString('target');
      return [
        { target, plugins: entry.getOptionalStringArray('plugins') ?? [] },
      ];
    } catch {
      return [];
    }
  });
  return { backendBaseUrl, endpoints };
}

function escapeRegExp(value: string) {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The URL prefixes (and wildcard patterns) the fetch API sends the token to,
 * for display.
 */
export function tokenInjectionTargets(config: TokenInjectionConfig): string[] {
  const targets = config.backendBaseUrl ? [config.backendBaseUrl] : [];
  for (const endpoint of config.endpoints) {
    if (!endpoint.target) continue;
    for (const pluginId of endpoint.plugins) {
      targets.push(
        pluginId === '*'
          ? endpoint.target
          : endpoint.target.replace(PLUGIN_ID_TEMPLATE, pluginId),
      );
    }
  }
  return [...new Set(targets)];
}

/**
 * Whether the fetch API adds the Authorization header to a URL: a replica of
 * core-app-api's `FetchMiddlewares.injectIdentityAuth` rule (prefix match on
 * `backend.baseUrl` and each configured discovery endpoint target, plus
 * `{{pluginId}}` patterns for `plugins: ['*']` endpoints).
 */
export function createTokenInjectionMatcher(
  config: TokenInjectionConfig,
): (url: string) => boolean {
  const prefixes: string[] = [];
  const patterns: RegExp[] = [];
  if (config.backendBaseUrl) prefixes.push(config.backendBaseUrl);
  for (const endpoint of config.endpoints) {
    if (!endpoint.target) continue;
    for (const pluginId of endpoint.plugins) {
      if (pluginId !== '*') {
        prefixes.push(endpoint.target.replace(PLUGIN_ID_TEMPLATE, pluginId));
      }
    }
    if (endpoint.plugins.includes('*')) {
      const parts = endpoint.target
        .replace(/\/$/, '')
        .split(PLUGIN_ID_TEMPLATE);
      let source = escapeRegExp(parts[0]);
      for (let i = 1; i < parts.length; i++) {
        source += i === 1 ? '([^/?#]+)' : '\\1';
        source += escapeRegExp(parts[i]);
      }
      patterns.push(new RegExp(`^${source}(?:/|$|[?#])`));
    }
  }
  const trimmed = prefixes.map(p => p.replace(/\/$/, ''));
  return url =>
    trimmed.some(p => url === p || url.startsWith(`${p}/`)) ||
    patterns.some(p => p.test(url));
}

/**
 * One plugin's injection check: does its discovered base URL get the token.
 */
export function checkTokenInjection(
  pluginId: string,
  baseUrl: string,
  config: TokenInjectionConfig,
  text: FindingText = defaultDoctorText,
): Finding {
  const injected = createTokenInjectionMatcher(config)(baseUrl);
  const evidence = [
    { label: text('evidence.pluginBaseUrl'), value: baseUrl },
    {
      label: text('evidence.allowlist'),
      value: tokenInjectionTargets(config).join(', ') || '(none)',
    },
  ];
  return injected
    ? doctorFinding(
        text,
        'tokenInjected',
        'ok',
        { pluginId, baseUrl },
        { id: `injection:${pluginId}` },
      )
    : doctorFinding(
        text,
        'tokenNotInjected',
        'problem',
        { pluginId, baseUrl },
        {
          id: `injection:${pluginId}`,
          evidence,
        },
      );
}
