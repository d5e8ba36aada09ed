import {
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import type { MyAccessPageProps } from './myAccess';
import { rootRouteRef } from './routes';
import {
  permissionMetadataApiFactory,
  probeApiFactory,
  sessionTimelineApiFactory,
  userinfoApiFactory,
} from './apis';

/**
 * The access-inspector plugin for the legacy frontend system.
 *
 * @public
 */
export const accessInspectorPlugin = createPlugin({
  id: 'access-inspector',
  apis: [
    userinfoApiFactory,
    permissionMetadataApiFactory,
    probeApiFactory,
    sessionTimelineApiFactory,
  ],
  routes: {
    root: rootRouteRef,
  },
});

/**
 * The My Access page: your identity, tokens, groups, permissions and a 401 doctor.
 * Mount it at `/my-access`.
 *
 * @public
 */
export const MyAccessPage: (props: MyAccessPageProps) => JSX.Element =
  accessInspectorPlugin.provide(
    createRoutableExtension({
      name: 'MyAccessPage',
      component: () => import('./myAccess').then(m => m.MyAccessPage),
      mountPoint: rootRouteRef,
    }),
  );
