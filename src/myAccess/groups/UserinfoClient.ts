import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type { UserinfoApi, UserinfoResponse } from './UserinfoApi';

/**
 * Calls `GET <auth>/v1/userinfo` through the app's fetch API, which adds the token.
 */
export class UserinfoClient implements UserinfoApi {
  static create(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    return new UserinfoClient(options.discoveryApi, options.fetchApi);
  }

  private constructor(
    private readonly discoveryApi: DiscoveryApi,
    private readonly fetchApi: FetchApi,
  ) {}

  async getUserinfo(): Promise<UserinfoResponse> {
    const baseUrl = await this.discoveryApi.getBaseUrl('auth');
    const response = await this.fetchApi.fetch(`${baseUrl}/v1/userinfo`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new Error(
        'The auth backend answered /v1/userinfo with a body that is not JSON',
      );
    }
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
