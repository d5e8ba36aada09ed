import { createApiRef } from '@backstage/core-plugin-api';
import type { MetadataResponse } from '@backstage/plugin-permission-common';

/**
 * The answer of one backend plugin's permission metadata endpoint.
 * `not-found` (HTTP 404) means the plugin declares no permissions or is not
 * installed: the backend cannot tell the two apart.
 *
 * @public
 */
export type PermissionMetadataResult =
  | {
      status: 'found';
      pluginId: string;
      url: string;
      metadata: MetadataResponse;
    }
  | { status: 'not-found'; pluginId: string; url: string };

/**
 * Reads `/.well-known/backstage/permissions/metadata` of backend plugins.
 *
 * @public
 */
export interface PermissionMetadataApi {
  /**
   * Asks one backend plugin which permissions and rules it declares. Throws a
   * `ResponseError` for any non-404 failure status, and an `Error` naming the
   * URL for a timeout or a body that is not permission metadata.
   */
  getPermissionMetadata(pluginId: string): Promise<PermissionMetadataResult>;
}

/**
 * Optional: register a {@link PermissionMetadataApi} under this ref to
 * replace the default client. Without it, the plugin builds a
 * `PermissionMetadataClient` from the app's discovery and fetch APIs, so apps
 * need no wiring.
 *
 * @public
 */
export const permissionMetadataApiRef = createApiRef<PermissionMetadataApi>({
  id: 'plugin.access-inspector.permission-metadata',
});
