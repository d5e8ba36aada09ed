import type { ConfigApi } from '@backstage/core-plugin-api';
import { defaultsTheAppUses } from '../../shared/logic/appPlugins';

/** The MCP actions backend's plugin id: the agents card and the doctor's probes. */
export const MCP_PLUGIN_ID = 'mcp-actions';

/**
 * Backend plugins asked for their actions when `accessInspector.agents.plugins`
 * is not set: those that register actions in Backstage itself (auth's
 * who-am-i, the catalog's entity actions, the scaffolder's template and task
 * actions, notifications'). Scaffolder and notifications are asked only
 * when the app has their frontend plugins (see `defaultsTheAppUses`).
 */
export const DEFAULT_AGENT_PLUGINS: readonly string[] = [
  'auth',
  'catalog',
  'scaffolder',
  'notifications',
];

/** What the agents card reads from the app config. */
export type AgentsConfig = {
  /** Plugin ids whose actions are listed, deduplicated, in config order. */
  plugins: string[];
  /** Named MCP servers (`mcpActions.servers` keys) shown beside the default one. */
  mcpServers: string[];
  /** Config keys that were set but unusable, with why; defaults replaced them. */
  problems: Array<{ key: string; message: string }>;
};

const PLUGIN_ID = /^[a-z0-9][a-z0-9_.-]*$/i;
// The MCP actions backend refuses any other server key at start-up.
const SERVER_KEY = /^[a-z0-9][a-z0-9-]*$/;

function readList(
  config: Pick<ConfigApi, 'getOptionalStringArray'>,
  key: string,
  problems: AgentsConfig['problems'],
): string[] | undefined {
  try {
    return config.getOptionalStringArray(key);
  } catch (e) {
    problems.push({ key, message: e instanceof Error ? e.message : String(e) });
    return undefined;
  }
}

function cleanList(
  key: string,
  values: string[],
  pattern: RegExp,
  problems: AgentsConfig['problems'],
): string[] {
  const trimmed = values.map(value => value.trim());
  const invalid = trimmed.filter(value => !pattern.test(value));
  if (invalid.length > 0) {
    problems.push({
      key,
      message: `not an id: ${invalid.map(v => JSON.stringify(v)).join(', ')}`,
    });
  }
  return [...new Set(trimmed.filter(value => pattern.test(value)))];
}

/**
 * Reads `accessInspector.agents.plugins` (default {@link DEFAULT_AGENT_PLUGINS},
 * less the ones the app has no frontend plugin for, when `appPluginIds`
 * tells) and `accessInspector.agents.mcpServers` (default none). A key of the wrong
 * type, or ids that cannot be ids, are reported in `problems`; the card
 * still runs, with the defaults or the usable ids.
 */
export function readAgentsConfig(
  config: Pick<ConfigApi, 'getOptionalStringArray'>,
  appPluginIds?: readonly string[],
): AgentsConfig {
  const problems: AgentsConfig['problems'] = [];
  const pluginsKey = 'accessInspector.agents.plugins';
  const serversKey = 'accessInspector.agents.mcpServers';
  const plugins = readList(config, pluginsKey, problems);
  const servers = readList(config, serversKey, problems);
  return {
    plugins: plugins
      ? cleanList(pluginsKey, plugins, PLUGIN_ID, problems)
      : defaultsTheAppUses(DEFAULT_AGENT_PLUGINS, appPluginIds),
    mcpServers: servers
      ? cleanList(serversKey, servers, SERVER_KEY, problems)
      : [],
    problems,
  };
}
