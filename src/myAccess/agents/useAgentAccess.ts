import { configApiRef, useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { describeError } from '../../shared/logic/describeError';
import { agentsApiRef } from '../data/AgentsApi';
import { useOptionalMyAccessData } from '../data/useMyAccessData';
import { useAppPluginIds } from '../../shared/hooks/useAppPluginIds';
import {
  failedListing,
  readAgentSignIn,
  readAgentsConfig,
  type AgentsConfig,
  type McpServerProbe,
  type PluginActions,
  type SignInResult,
} from './logic';

/** Everything the agents card shows, each part with its own outcome. */
export type AgentAccess = {
  config: AgentsConfig;
  signIn: SignInResult;
  authBaseUrl?: string;
  /** The default MCP server first, then the named ones; empty when discovery failed. */
  mcp: McpServerProbe[];
  /** Why the MCP servers could not be probed (discovery has no mcp-actions URL). */
  mcpUnresolved?: string;
  /** One per plugin asked, in config order. */
  plugins: PluginActions[];
};

function message(e: unknown): string {
  return describeError(e).message;
}

function readSignIn(document: unknown): SignInResult {
  try {
    return { ok: true, signIn: readAgentSignIn(document) };
  } catch (e) {
    return { ok: false, message: message(e) };
  }
}

/**
 * Reads, all at once and each on its own: the auth discovery document, the
 * MCP endpoints and every configured plugin's actions. A failing part is an
 * outcome of that part, so the hook's `error` stays unset; one plugin's
 * failure leaves the others listed.
 */
export function useAgentAccess() {
  const configApi = useApi(configApiRef);
  const agentsApi = useApi(agentsApiRef);
  // On My Access the doctor reads the same document: asked once.
  const readAuthDiscovery = useOptionalMyAccessData()?.readAuthDiscovery;
  const appPluginIds = useAppPluginIds();

  return useAsyncRetry(async (): Promise<AgentAccess> => {
    const config = readAgentsConfig(configApi, appPluginIds);

    const signIn = (
      readAuthDiscovery?.() ?? agentsApi.getAuthDiscoveryDocument()
    ).then(readSignIn, (e): SignInResult => {
      const { summary, message: text } = describeError(e);
      return {
        ok: false,
        message: summary === text ? text : `${summary}, ${text}`,
      };
    });
    const authBaseUrl = agentsApi.getAuthBaseUrl().catch(() => undefined);
    const mcp = Promise.all([
      agentsApi.probeMcpServer(),
      ...config.mcpServers.map(server => agentsApi.probeMcpServer(server)),
    ]).then(
      probes => ({ probes }),
      e => ({ probes: [] as McpServerProbe[], unresolved: message(e) }),
    );
    const plugins = Promise.all(
      config.plugins.map(pluginId =>
        agentsApi.listActions(pluginId).then(
          (listing): PluginActions => listing,
          e => failedListing(pluginId, e),
        ),
      ),
    );

    const [signInResult, auth, mcpResult, pluginResults] = await Promise.all([
      signIn,
      authBaseUrl,
      mcp,
      plugins,
    ]);
    return {
      config,
      signIn: signInResult,
      ...(auth && { authBaseUrl: auth }),
      mcp: mcpResult.probes,
      ...('unresolved' in mcpResult && {
        mcpUnresolved: mcpResult.unresolved,
      }),
      plugins: pluginResults,
    };
  }, [configApi, agentsApi, readAuthDiscovery, appPluginIds]);
}
