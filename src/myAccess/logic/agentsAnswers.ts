// What the agents API answers: the agents card and the bundle's comparison
// read it.

/** What an action declares about its effects, with Backstage's defaults filled in. */
export type ActionAttributes = {
  destructive: boolean;
  readOnly: boolean;
  idempotent: boolean;
};

/** One action of the actions registry, as a plugin lists it. */
export type AgentAction = {
  /** `<pluginId>:<name>`, e.g. `catalog:unregister-entity`. */
  id: string;
  name: string;
  title: string;
  description: string;
  pluginId: string;
  attributes: ActionAttributes;
};

/**
 * A `GET` of an MCP server endpoint. The MCP actions backend answers a GET
 * with 405 (its streamable HTTP transport takes POST only) once the request
 * is authenticated, so the GET tells an installed server from a missing one
 * (404, as for any unknown plugin or server key) without opening a session
 * or running a tool.
 */
export type McpServerProbe = {
  /** The `mcpActions.servers` key; absent for the default server. */
  server?: string;
  url: string;
  outcome:
    | {
        kind: 'response';
        status: number;
        errorName?: string;
        errorMessage?: string;
      }
    | { kind: 'networkError'; message: string };
};
