import { createApiRef } from '@backstage/core-plugin-api';

/**
 * Reads the auth backend's view of the signed-in user.
 *
 * @public
 */
export interface UserinfoApi {
  /**
   * The signed-in user's `sub` and ownership refs (`ent`), as the auth
   * backend's `GET /v1/userinfo` reports them. Throws a `ResponseError` for
   * a failure status, and an `Error` for a timeout or an unreadable body.
   */
  getUserinfo(): Promise<{ claims: { sub: string; ent?: string[] } }>;
}

/** What {@link UserinfoApi.getUserinfo} resolves to. */
export type UserinfoResponse = Awaited<ReturnType<UserinfoApi['getUserinfo']>>;

/**
 * The userinfo API of My Access and the groups card. The plugin registers a
 * client that reads `/v1/userinfo` through the app's discovery and fetch
 * APIs; register your own under this ref to replace it.
 *
 * @public
 */
export const userinfoApiRef = createApiRef<UserinfoApi>({
  id: 'plugin.access-inspector.userinfo',
});
