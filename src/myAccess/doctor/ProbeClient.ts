import { CALL_TIMEOUT_MS, callWithTimeout } from '../../shared/logic/async';
import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import {
  PLUGIN_PROBE_PATH,
  readBackstageErrorBody,
  type PluginProbe,
  type ProbeOutcome,
} from './logic';
import type { ProbeApi } from './ProbeApi';

/** Error bodies are read up to this size; a probe needs name and message only. */
const MAX_BODY = 64 * 1024;

async function readOutcome(response: Response): Promise<ProbeOutcome> {
  let text = '';
  try {
    text = (await response.text()).slice(0, MAX_BODY);
  } catch {
    text = '';
  }
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  const error = readBackstageErrorBody(json);
  const expiresAt =
    json &&
    typeof json === 'object' &&
    typeof (json as { expiresAt?: unknown }).expiresAt === 'string'
      ? (json as { expiresAt: string }).expiresAt
      : undefined;
  return {
    kind: 'response',
    status: response.status,
    ...(error && { errorName: error.name, errorMessage: error.message }),
    ...(expiresAt && { expiresAt }),
    // Null for cross-origin answers unless the backend exposes Date.
    ...(response.headers.get('date') && {
      date: response.headers.get('date')!,
    }),
  };
}

/**
 * Probes through the app's discovery and fetch APIs, so a probe gets the
 * token exactly when the plugin's real requests do. Never rejects for an
 * HTTP or network failure: those are outcomes.
 */
export class ProbeClient implements ProbeApi {
  static create(options: {
    discoveryApi: DiscoveryApi;
    fetchApi: FetchApi;
    /** Each probe is aborted after this long (default 15 s). */
    timeoutMs?: number;
    now?: () => number;
  }) {
    return new ProbeClient(
      options.discoveryApi,
      options.fetchApi,
      options.timeoutMs ?? CALL_TIMEOUT_MS,
      options.now ?? Date.now,
    );
  }

  private constructor(
    private readonly discoveryApi: DiscoveryApi,
    private readonly fetchApi: FetchApi,
    private readonly timeoutMs: number,
    private readonly now: () => number,
  ) {}

  probePlugin(pluginId: string): Promise<PluginProbe> {
    // 'same-origin', as the app's own requests travel: behind an
    // authenticating proxy on the app's origin (oauth2-proxy, IAP, Cloudflare
    // Access) the proxy's session cookie must go along, or the proxy answers
    // with a redirect to its sign-in that the browser cannot read. A backend
    // on another origin still gets no cookie, and where one goes along the
    // bearer token the fetch API adds takes precedence over it.
    return this.probe(pluginId, 'same-origin');
  }

  probeCookieAuth(pluginId: string): Promise<PluginProbe> {
    return this.probe(pluginId, 'include');
  }

  private async probe(
    pluginId: string,
    credentials: RequestCredentials,
  ): Promise<PluginProbe> {
    // Discovery failures reject: the caller reports them as their own finding.
    const baseUrl = await this.discoveryApi.getBaseUrl(pluginId);
    const path = PLUGIN_PROBE_PATH;
    const sentAtMs = this.now();
    try {
      const { outcome, receivedAtMs } = await callWithTimeout(
        async signal => {
          const response = await this.fetchApi.fetch(`${baseUrl}${path}`, {
            method: 'GET',
            credentials,
            signal,
          });
          const answeredAtMs = this.now();
          return {
            outcome: await readOutcome(response),
            receivedAtMs: answeredAtMs,
          };
        },
        { what: `GET ${pluginId}${path}`, timeoutMs: this.timeoutMs },
      );
      return { pluginId, baseUrl, path, outcome, sentAtMs, receivedAtMs };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      return {
        pluginId,
        baseUrl,
        path,
        outcome: { kind: 'networkError', message },
        sentAtMs,
      };
    }
  }
}
