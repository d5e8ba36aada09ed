import {
  AppRootElementBlueprint,
  createFrontendModule,
  createFrontendPlugin,
  createRouteRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';
import { TokenExpiryBanner } from './components/TokenExpiryBanner';

/** @alpha */
export const myAccessRouteRef = createRouteRef();

/** @alpha */
export const myAccessPage = PageBlueprint.make({
  params: {
    path: '/my-access',
    title: 'My Access',
    routeRef: myAccessRouteRef,
    loader: () =>
      import('./components/MyAccessPage').then(m => <m.MyAccessPage />),
  },
});

/** @alpha */
export const tokenExpiryBanner = AppRootElementBlueprint.make({
  name: 'token-expiry-banner',
  params: { element: <TokenExpiryBanner /> },
});

/**
 * The access-inspector plugin for the new frontend system.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'access-inspector',
  info: { packageJson: () => import('../package.json') },
  routes: { root: myAccessRouteRef },
  extensions: [myAccessPage, tokenExpiryBanner],
});

/**
 * Replaces the app's sign-in page with the access-inspector one. Feature
 * discovery does not pick up named exports: add it to the app's `features`.
 *
 * @alpha
 */
export const accessInspectorSignInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [
    SignInPageBlueprint.make({
      params: {
        loader: () =>
          import('./components/SignInPage').then(
            m => m.AccessInspectorSignInPage,
          ),
      },
    }),
  ],
});
