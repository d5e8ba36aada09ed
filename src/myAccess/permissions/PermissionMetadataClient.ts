import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { CALL_TIMEOUT_MS, callWithTimeout } from '../../shared/logic/async';
import { parsePermissionMetadata } from './logic';
import type {
  PermissionMetadataApi,
  PermissionMetadataResult,
} from '../data/PermissionMetadataApi';

/** Path every backend plugin with permissions serves, under its base URL. */
export const PERMISSION_METADATA_PATH =
  '/.well-known/backstage/permissions/metadata';

const NOT_FOUND = Symbol('not found');

/**
 * Default {@link PermissionMetadataApi}: discovery for the base URL, fetchApi
 * so the user's token is attached.
 */
export class PermissionMetadataClient implements PermissionMetadataApi {
  /** Creates a client; each request is aborted after `timeoutMs` (default 15 s). */
  static create(options: {
    discoveryApi: Pick<DiscoveryApi, 'getBaseUrl'>;
    fetchApi: FetchApi;
    timeoutMs?: number;
  }): PermissionMetadataClient {
    return new PermissionMetadataClient(
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

  async getPermissionMetadata(
    pluginId: string,
  ): Promise<PermissionMetadataResult> {
    const baseUrl = await this.discoveryApi.getBaseUrl(pluginId);
    const url = `${baseUrl}${PERMISSION_METADATA_PATH}`;
    const body = await callWithTimeout(
      async signal => {
        const res = await this.fetchApi.fetch(url, { signal });
        if (res.status === 404) return NOT_FOUND;
        if (!res.ok) {
          throw await ResponseError.fromResponse(res);
        }
        try {
          return (await res.json()) as unknown;
        } catch {
          throw new Error(
            `GET ${url} answered HTTP ${res.status} with a body that is not JSON`,
          );
        }
      },
      { what: `GET ${url}`, timeoutMs: this.timeoutMs },
    );
    if (body === NOT_FOUND) {
      return { status: 'not-found', pluginId, url };
    }
    try {
      return {
        status: 'found',
        pluginId,
        url,
        metadata: parsePermissionMetadata(body),
      };
    } catch (error) {
      throw new Error(
        `GET ${url} did not return permission metadata: ${(error as Error).message}`,
      );
    }
  }
}
