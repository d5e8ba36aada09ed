import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { CALL_TIMEOUT_MS, getJson } from '../../shared/logic/async';
import type { UserinfoApi, UserinfoResponse } from '../data/UserinfoApi';

/**
 * Calls `GET <auth>/v1/userinfo` through the app's fetch API, which adds the
 * token; aborts it after `timeoutMs` (default 15 s).
 */
export class UserinfoClient implements UserinfoApi {
  static create(options: {
    discoveryApi: DiscoveryApi;
    fetchApi: FetchApi;
    timeoutMs?: number;
  }) {
    return new UserinfoClient(
      options.discoveryApi,
      options.fetchApi,
      options.timeoutMs ?? CALL_TIMEOUT_MS,
    );
  }

  private constructor(
    private readonly discoveryApi: DiscoveryApi,
    private readonly fetchApi: FetchApi,
    private readonly timeoutMs: number,
  ) {}

  async getUserinfo(): Promise<UserinfoResponse> {
    const baseUrl = await this.discoveryApi.getBaseUrl('auth');
    const body = await getJson(this.fetchApi, `${baseUrl}/v1/userinfo`, {
      timeoutMs: this.timeoutMs,
    });
    const claims = (body as { claims?: unknown })?.claims as
      { sub?: unknown; ent?: unknown } | undefined;
    if (!claims || typeof claims.sub !== 'string') {
      throw new Error(
        'The auth backend answered /v1/userinfo without a claims.sub',
      );
    }
    const ent = Array.isArray(claims.ent)
      ? claims.ent.filter((e): e is string => typeof e === 'string')
      : undefined;
    return { claims: { sub: claims.sub, ...(ent ? { ent } : {}) } };
  }
}
