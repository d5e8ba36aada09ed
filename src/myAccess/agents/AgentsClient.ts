import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  CALL_TIMEOUT_MS,
  callWithTimeout,
  getJson,
  NotJsonError,
} from '../../shared/logic/async';
import type { AgentsApi } from '../data/AgentsApi';
import {
  ACTIONS_PATH,
  MCP_PATH,
  MCP_PING_BODY,
  MCP_PLUGIN_ID,
  parseActionList,
  UnreadableAnswerError,
  type McpServerProbe,
} from './logic';

const DISCOVERY_PATH = '/.well-known/openid-configuration';

/** An error page can be long: the card needs its gist. */
function shorten(message: string, max = 300): string {
  return message.length > max ? `${message.slice(0, max)}…` : message;
}

/**
 * Reads through the app's discovery and fetch APIs, so each request carries
 * the user's token exactly as an agent's would carry its own; every request
 * is a GET and is aborted after `timeoutMs` (default 15 s).
 */
export class AgentsClient implements AgentsApi {
  static create(options: {
    discoveryApi: Pick<DiscoveryApi, 'getBaseUrl'>;
    fetchApi: FetchApi;
    timeoutMs?: number;
  }) {
    return new AgentsClient(
      options.discoveryApi,
      options.fetchApi,
      options.timeoutMs ?? CALL_TIMEOUT_MS,
    );
  }

  private constructor(
    private readonly discoveryApi: Pick<DiscoveryApi, 'getBaseUrl'>,
    private readonly fetchApi: FetchApi,
    private readonly timeoutMs: number,
  ) {}

  getAuthBaseUrl(): Promise<string> {
    return this.discoveryApi.getBaseUrl('auth');
  }

  async getAuthDiscoveryDocument(): Promise<unknown> {
    const url = `${await this.getAuthBaseUrl()}${DISCOVERY_PATH}`;
    return getJson(this.fetchApi, url, { timeoutMs: this.timeoutMs });
  }

  async listActions(pluginId: string) {
    const url = `${await this.discoveryApi.getBaseUrl(pluginId)}${ACTIONS_PATH}`;
    const body = await getJson(this.fetchApi, url, {
      timeoutMs: this.timeoutMs,
      notFoundAsUndefined: true,
    }).catch(error => {
      throw error instanceof NotJsonError
        ? new UnreadableAnswerError(error.message)
        : error;
    });
    if (body === undefined) return { status: 'not-found' as const, pluginId };
    try {
      return {
        status: 'listed' as const,
        pluginId,
        actions: parseActionList(body, pluginId),
      };
    } catch (e) {
      throw new UnreadableAnswerError(`GET ${url}: ${(e as Error).message}`);
    }
  }

  async probeMcpServer(server?: string): Promise<McpServerProbe> {
    // Discovery failures reject: the card reports them on their own.
    const baseUrl = await this.discoveryApi.getBaseUrl(MCP_PLUGIN_ID);
    const url = `${baseUrl}${MCP_PATH}${
      server ? `/${encodeURIComponent(server)}` : ''
    }`;
    const named = server ? { server } : {};
    try {
      const outcome = await callWithTimeout(
        async signal => {
          const response = await this.fetchApi.fetch(url, {
            method: 'POST',
            headers: {
              'Content-Type': 'application/json',
              // The streamable HTTP transport refuses (406) a client that
              // does not take both.
              Accept: 'application/json, text/event-stream',
            },
            body: MCP_PING_BODY,
            signal,
          });
          if (response.ok || response.status === 405) {
            // The answer may be an event stream: the status says enough,
            // the body is let go unread.
            response.body?.cancel().catch(() => undefined);
            return { kind: 'response' as const, status: response.status };
          }
          // Backstage's error body when the backend sent one (401, 5xx);
          // otherwise @backstage/errors describes the status.
          const { error } = (await ResponseError.fromResponse(response)).body;
          return {
            kind: 'response' as const,
            status: response.status,
            errorName: error.name,
            errorMessage: shorten(error.message),
          };
        },
        { what: `POST ${url} (MCP ping)`, timeoutMs: this.timeoutMs },
      );
      return { ...named, url, outcome };
    } catch (e) {
      return {
        ...named,
        url,
        outcome: {
          kind: 'networkError',
          message: e instanceof Error ? e.message : String(e),
        },
      };
    }
  }
}
