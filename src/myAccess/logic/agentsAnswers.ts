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
 * An MCP `ping` POSTed to a server endpoint. The MCP actions backend's
 * streamable HTTP transport is stateless: it answers the ping with 200 once
 * the request is authenticated, without a session or a tool run, and 404
 * for a missing plugin or server key. (A GET would do as much, but the
 * transport answers every GET with 405, a red line in the browser console
 * on a healthy backend; 405 still counts as served.)
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
