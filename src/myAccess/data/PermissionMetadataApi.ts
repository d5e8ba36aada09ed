import { createApiRef } from '@backstage/core-plugin-api';
import type { MetadataResponse } from '@backstage/plugin-permission-common';

/**
 * Reads `/.well-known/backstage/permissions/metadata` of backend plugins.
 *
 * @public
 */
export interface PermissionMetadataApi {
  /**
   * Asks one backend plugin which permissions and rules it declares.
   * `not-found` (HTTP 404) means the plugin declares no permissions or is not
   * installed: the backend cannot tell the two apart. Throws a
   * `ResponseError` for any other failure status, and an `Error` naming the
   * URL for a timeout or a body that is not permission metadata.
   */
  getPermissionMetadata(pluginId: string): Promise<
    | {
        status: 'found';
        pluginId: string;
        url: string;
        metadata: MetadataResponse;
      }
    | { status: 'not-found'; pluginId: string; url: string }
  >;
}

/** What {@link PermissionMetadataApi.getPermissionMetadata} resolves to. */
export type PermissionMetadataResult = Awaited<
  ReturnType<PermissionMetadataApi['getPermissionMetadata']>
>;

/**
 * The permission metadata API of the permissions card. The plugin registers
 * a `PermissionMetadataClient` over the app's discovery and fetch APIs;
 * register your own under this ref to replace it.
 *
 * @public
 */
export const permissionMetadataApiRef = createApiRef<PermissionMetadataApi>({
  id: 'plugin.access-inspector.permission-metadata',
});
