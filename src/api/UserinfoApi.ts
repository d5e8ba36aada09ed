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
  getUserinfo(): Promise<UserinfoResponse>;
}

/** @public */
export const userinfoApiRef = createApiRef<UserinfoApi>({
  id: 'plugin.access-inspector.userinfo',
});
