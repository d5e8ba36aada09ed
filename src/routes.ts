import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * The route of the My Access page, in both frontend systems (the new one
 * mounts the page on this ref too).
 *
 * @public
 */
export const rootRouteRef = createRouteRef({ id: 'access-inspector' });
