import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { parsePermissionMetadata } from './logic';
import type {
  PermissionMetadataApi,
  PermissionMetadataResult,
} from './PermissionMetadataApi';

/** Path every backend plugin with permissions serves, under its base URL. */
export const PERMISSION_METADATA_PATH =
  '/.well-known/backstage/permissions/metadata';

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Default {@link PermissionMetadataApi}: discovery for the base URL, fetchApi
 * so the user's token is attached.
 */
export class PermissionMetadataClient implements PermissionMetadataApi {
  /** Creates a client; `timeoutMs` bounds each request (default 15 s). */
  static create(options: {
    discoveryApi: Pick<DiscoveryApi, 'getBaseUrl'>;
    fetchApi: FetchApi;
    timeoutMs?: number;
  }): PermissionMetadataClient {
    return new PermissionMetadataClient(
      options.discoveryApi,
      options.fetchApi,
      options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
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
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      let res: Response;
      try {
        res = await this.fetchApi.fetch(url, { signal: controller.signal });
      } catch (error) {
        if (controller.signal.aborted) {
          throw new Error(
            `GET ${url} did not answer within ${this.timeoutMs / 1000} s`,
          );
        }
        throw error;
      }
      if (res.status === 404) {
        return { status: 'not-found', pluginId, url };
      }
      if (!res.ok) {
        throw await ResponseError.fromResponse(res);
      }
      let body: unknown;
      try {
        body = await res.json();
      } catch {
        throw new Error(
          controller.signal.aborted
            ? `GET ${url} did not answer within ${this.timeoutMs / 1000} s`
            : `GET ${url} answered HTTP ${res.status} with a body that is not JSON`,
        );
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
    } finally {
      clearTimeout(timer);
    }
  }
}
