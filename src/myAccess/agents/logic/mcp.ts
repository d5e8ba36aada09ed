import { MCP_PLUGIN_ID } from '../../logic/agentsConfig';
import type { McpServerProbe } from '../../logic/agentsAnswers';

export { MCP_PLUGIN_ID };
/** The MCP actions backend's streamable HTTP endpoint. */
export const MCP_PATH = '/v1';

/**
 * The MCP `ping` request, which the MCP specification lets a client send at
 * any time, before initialization too ("The client SHOULD NOT send requests
 * other than pings before the server has responded to the initialize
 * request", MCP specification, lifecycle).
 */
export const MCP_PING_BODY = JSON.stringify({
  jsonrpc: '2.0',
  id: 'access-inspector-ping',
  method: 'ping',
});

export type { McpServerProbe };

/** What a probe says about the server. */
export type McpServerState =
  /** It answered as an MCP endpoint does (2xx to the ping, or 405). */
  | 'served'
  /** 404: the MCP actions backend, or this named server, is not there. */
  | 'missing'
  /** 401 / 403: something is there, and it refused this page's token. */
  | 'refused'
  /** Any other status. */
  | 'failed'
  /** No answer at all. */
  | 'noAnswer';

export function mcpServerState(probe: McpServerProbe): McpServerState {
  const { outcome } = probe;
  if (outcome.kind === 'networkError') return 'noAnswer';
  const { status } = outcome;
  if (status === 405 || (status >= 200 && status < 300)) return 'served';
  if (status === 404) return 'missing';
  if (status === 401 || status === 403) return 'refused';
  return 'failed';
}

/**
 * The backend's base URL for `backstage-cli auth login`, which finds the
 * auth backend at `<backend>/api/auth`: the auth base URL without that
 * suffix, or undefined when the auth backend lives elsewhere.
 */
export function backendBaseUrlOf(authBaseUrl: string): string | undefined {
  const trimmed = authBaseUrl.replace(/\/+$/, '');
  return trimmed.endsWith('/api/auth')
    ? trimmed.slice(0, -'/api/auth'.length)
    : undefined;
}

// A URL with nothing a shell would read specially is left bare.
function shellQuote(value: string): string {
  return /^[\w:/.~%@+=,-]+$/.test(value)
    ? value
    : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The command that signs the Backstage CLI in as the user, against this backend. */
export function cliLoginCommand(backendBaseUrl: string): string {
  return `backstage-cli auth login --backend-url ${shellQuote(backendBaseUrl)}`;
}

/**
 * An `mcpServers` entry for MCP clients (Claude, Cursor, VS Code use this
 * shape), one server per probe that found one. With `oauth` the client
 * signs in as the user by itself; otherwise it sends `MCP_TOKEN`, a static
 * external-access token the platform team hands out (never the user's own
 * token, which this page does not put anywhere).
 */
export function mcpClientConfig(
  servers: ReadonlyArray<Pick<McpServerProbe, 'server' | 'url'>>,
  auth: 'oauth' | 'staticToken',
): string {
  const entries = Object.fromEntries(
    servers.map(({ server, url }) => [
      server ? `backstage-${server}` : 'backstage',
      {
        url,
        ...(auth === 'staticToken' && {
          headers: { Authorization: 'Bearer ${MCP_TOKEN}' },
        }),
      },
    ]),
  );
  return JSON.stringify({ mcpServers: entries }, null, 2);
}
