import {
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import type { MyAccessPageProps } from './myAccess';
import type { ProviderSessionsCardProps } from './myAccess/sessions';
import { rootRouteRef } from './routes';
import {
  agentsApiFactory,
  accessHistoryApiFactory,
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
    agentsApiFactory,
    accessHistoryApiFactory,
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

// The cards, for any page of an app (an entity page, a home page). Each is a
// component extension of the plugin, as plugins/org's cards are: placing one
// in the app's routes installs the plugin's APIs, and its code loads with
// the page that shows it.

/**
 * The decoded Backstage token: identity, ownership refs, expiry, claims.
 *
 * @public
 */
export const BackstageTokenCard: () => JSX.Element =
  accessInspectorPlugin.provide(
    createComponentExtension({
      name: 'BackstageTokenCard',
      component: {
        lazy: () => import('./myAccess/token').then(m => m.BackstageTokenCard),
      },
    }),
  );

/**
 * Group memberships compared three ways: identity, auth backend, catalog.
 *
 * @public
 */
export const GroupsCard: () => JSX.Element = accessInspectorPlugin.provide(
  createComponentExtension({
    name: 'GroupsCard',
    component: {
      lazy: () => import('./myAccess/groups').then(m => m.GroupsCard),
    },
  }),
);

/**
 * The user's sessions with each sign-in provider the app offers.
 *
 * @public
 */
export const ProviderSessionsCard: (
  props: ProviderSessionsCardProps,
) => JSX.Element = accessInspectorPlugin.provide(
  createComponentExtension({
    name: 'ProviderSessionsCard',
    component: {
      lazy: () =>
        import('./myAccess/sessions').then(m => m.ProviderSessionsCard),
    },
  }),
);

/**
 * Effective permissions of the signed-in user, per plugin.
 *
 * @public
 */
export const PermissionsCard: () => JSX.Element = accessInspectorPlugin.provide(
  createComponentExtension({
    name: 'PermissionsCard',
    component: {
      lazy: () => import('./myAccess/permissions').then(m => m.PermissionsCard),
    },
  }),
);

/**
 * The 401 doctor: checks of the session and backends, paste box, support
 * bundle.
 *
 * @public
 */
export const DoctorCard: () => JSX.Element = accessInspectorPlugin.provide(
  createComponentExtension({
    name: 'DoctorCard',
    component: {
      lazy: () => import('./myAccess/doctor').then(m => m.DoctorCard),
    },
  }),
);
