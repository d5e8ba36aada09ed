import { createApiRef } from '@backstage/core-plugin-api';

/**
 * What the auth backend's `GET /v1/userinfo` says about the caller.
 *
 * @public
 */
export type UserinfoResponse = {
  claims: { sub: string; ent?: string[] };
};

/**
 * Reads the auth backend's view of the signed-in user.
 *
 * @public
 */
export interface UserinfoApi {
  /** The signed-in user's `sub` and ownership refs (`ent`), as the auth backend sees them. */
  getUserinfo(): Promise<UserinfoResponse>;
}

/**
 * Optional: register a {@link UserinfoApi} under this ref to replace the
 * default client, which reads `/v1/userinfo` through the app's discovery and
 * fetch APIs.
 *
 * @public
 */
export const userinfoApiRef = createApiRef<UserinfoApi>({
  id: 'plugin.access-inspector.userinfo',
});
