import { createApiRef } from '@backstage/core-plugin-api';

/**
 * The 401 doctor's live probes of backend plugins: a `GET` of
 * `<plugin base URL>/.backstage/auth/v1/cookie`, which every backend plugin
 * serves. Never rejects for an HTTP or network failure, which are outcomes;
 * rejects only when discovery cannot resolve the plugin.
 *
 * @public
 */
export interface ProbeApi {
  /**
   * As the app's own requests travel (`credentials: 'same-origin'`, so an
   * authenticating proxy's cookie goes along): is the plugin there, does it
   * accept the user's token.
   */
  probePlugin(pluginId: string): Promise<{
    pluginId: string;
    baseUrl: string;
    path: string;
    outcome:
      | {
          kind: 'response';
          status: number;
          errorName?: string;
          errorMessage?: string;
          /** `expiresAt` of a cookie-endpoint answer. */
          expiresAt?: string;
          /** The `Date` response header, when the page may read it. */
          date?: string;
        }
      | { kind: 'networkError'; message: string };
    /** When the request was sent and answered (ms since the epoch), for clock skew. */
    sentAtMs?: number;
    receivedAtMs?: number;
  }>;
  /** The same endpoint with `credentials: 'include'`: does cookie authentication work. */
  probeCookieAuth(pluginId: string): ReturnType<ProbeApi['probePlugin']>;
}

/**
 * The doctor's probe API. The plugin registers a client over the app's
 * discovery and fetch APIs, so a probe carries the token exactly when the
 * app's own requests do; register your own under this ref to replace it.
 *
 * @public
 */
export const probeApiRef = createApiRef<ProbeApi>({
  id: 'plugin.access-inspector.probe',
});
