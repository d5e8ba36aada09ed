/**
 * Access Inspector for the new frontend system: the plugin (default export,
 * found by feature discovery) and the sign-in module. Types, refs and cards
 * are in the main entry.
 *
 * @packageDocumentation
 */
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import {
  ApiBlueprint,
  AppRootElementBlueprint,
  createFrontendModule,
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  SignInPageBlueprint,
  type SignInPageProps,
} from '@backstage/plugin-app-react';
import type { AccessInspectorSignInOptions } from './signIn';
import { TokenExpiryBanner } from './banner';
import PersonIcon from '@material-ui/icons/VerifiedUser';
import { rootRouteRef } from './routes';
import {
  agentsApiFactory,
  accessHistoryApiFactory,
  permissionMetadataApiFactory,
  probeApiFactory,
  sessionTimelineApiFactory,
  userinfoApiFactory,
} from './apis';

// One route ref for both systems: a link made with the legacy `rootRouteRef`
// (exported by the main entry) reaches the page in either.
const myAccessRouteRef = convertLegacyRouteRef(rootRouteRef);

// The My Access page. Its provider sessions card shows the providers the
// sign-in module was given, so the page needs no options.
const myAccessPage = PageBlueprint.make({
  params: {
    path: '/my-access',
    title: 'My Access',
    // The new system gives a page a sidebar entry only when it has an icon.
    icon: <PersonIcon fontSize="inherit" />,
    routeRef: myAccessRouteRef,
    loader: () =>
      import('./myAccess').then(m => (
        // Under the app's page header, which shows the title: no header
        // of its own, as user-settings does.
        <m.MyAccessNfsPage />
      )),
  },
});

// Apps turn it off in config:
// `app.extensions: [{ 'app-root-element:access-inspector/token-expiry-banner': false }]`.
const tokenExpiryBanner = AppRootElementBlueprint.make({
  name: 'token-expiry-banner',
  params: { element: <TokenExpiryBanner /> },
});

// The plugin's API implementations; an app replaces one with an override of
// the same extension id (`api:access-inspector/userinfo`, …) or its own
// ApiBlueprint for the ref.
const apis = [
  ApiBlueprint.make({
    name: 'userinfo',
    params: defineParams => defineParams(userinfoApiFactory),
  }),
  ApiBlueprint.make({
    name: 'permission-metadata',
    params: defineParams => defineParams(permissionMetadataApiFactory),
  }),
  ApiBlueprint.make({
    name: 'probe',
    params: defineParams => defineParams(probeApiFactory),
  }),
  ApiBlueprint.make({
    name: 'agents',
    params: defineParams => defineParams(agentsApiFactory),
  }),
  ApiBlueprint.make({
    name: 'access-history',
    params: defineParams => defineParams(accessHistoryApiFactory),
  }),
  ApiBlueprint.make({
    name: 'session-timeline',
    params: defineParams => defineParams(sessionTimelineApiFactory),
  }),
];

/**
 * The access-inspector plugin for the new frontend system.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'access-inspector',
  info: { packageJson: () => import('../package.json') },
  routes: { root: myAccessRouteRef },
  extensions: [...apis, myAccessPage, tokenExpiryBanner],
});

/**
 * Creates the `app` module that replaces the sign-in page with the
 * access-inspector one, for apps that pass options in code (custom providers
 * with their API refs, `auto`). Install it instead of
 * {@link accessInspectorSignInModule}, not in addition to it.
 *
 * @example
 * ```tsx
 * createApp({
 *   features: [
 *     createAccessInspectorSignInModule({
 *       providers: [{ id: 'oidc', title: 'Company SSO', apiRef: oidcAuthApiRef }],
 *     }),
 *   ],
 * });
 * ```
 * @alpha
 */
export function createAccessInspectorSignInModule(
  options: AccessInspectorSignInOptions = {},
) {
  return createFrontendModule({
    pluginId: 'app',
    extensions: [
      SignInPageBlueprint.make({
        params: {
          loader: () =>
            import('./signIn').then(
              ({ AccessInspectorSignInPage }) =>
                (props: SignInPageProps) => (
                  <AccessInspectorSignInPage {...props} {...options} />
                ),
            ),
        },
      }),
    ],
  });
}

/**
 * Replaces the app's sign-in page with the access-inspector one, offering the
 * providers listed in `accessInspector.signIn.providers`. Feature discovery
 * does not pick up named exports: add it to the app's `features`.
 *
 * @alpha
 */
export const accessInspectorSignInModule = createAccessInspectorSignInModule();
