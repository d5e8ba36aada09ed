import { createApiRef } from '@backstage/core-plugin-api';
import type { AgentAction, McpServerProbe } from '../logic/agentsAnswers';

/**
 * Reads what an agent signed in as the user could do: how agents sign in,
 * the MCP servers, and each plugin's actions.
 */
export interface AgentsApi {
  /**
   * The auth backend's `/.well-known/openid-configuration`, parsed JSON.
   * Throws a `ResponseError` for a failure status, an `Error` for a timeout
   * or a body that is not JSON.
   */
  getAuthDiscoveryDocument(): Promise<unknown>;
  /**
   * A plugin's `GET /.backstage/actions/v1/actions` as the user sees it;
   * `not-found` for a 404 (no such plugin, or no actions). Throws a
   * `ResponseError` for other failure statuses, an `Error` for a timeout or
   * a body that is not an actions list.
   */
  listActions(
    pluginId: string,
  ): Promise<
    | { status: 'listed'; pluginId: string; actions: AgentAction[] }
    | { status: 'not-found'; pluginId: string }
  >;
  /**
   * A `GET` of the MCP actions backend's endpoint (`<mcp-actions>/v1`, or
   * `/v1/<server>` for a named server). Never rejects for an HTTP or
   * network failure, which are outcomes; rejects only when discovery has
   * no URL for `mcp-actions`.
   */
  probeMcpServer(server?: string): Promise<McpServerProbe>;
  /** The auth backend's base URL, as the app's discovery API gives it. */
  getAuthBaseUrl(): Promise<string>;
}

/** The agents card's API; the plugin registers a client over discovery and fetch. */
export const agentsApiRef = createApiRef<AgentsApi>({
  id: 'plugin.access-inspector.agents',
});
