import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { CALL_TIMEOUT_MS, getJson } from '../../shared/logic/async';
import { parsePermissionMetadata } from './logic';
import type {
  PermissionMetadataApi,
  PermissionMetadataResult,
} from '../data/PermissionMetadataApi';

/** Path every backend plugin with permissions serves, under its base URL. */
export const PERMISSION_METADATA_PATH =
  '/.well-known/backstage/permissions/metadata';

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
    const body = await getJson(this.fetchApi, url, {
      timeoutMs: this.timeoutMs,
      notFoundAsUndefined: true,
    });
    if (body === undefined) {
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
