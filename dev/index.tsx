// Backstage UI's stylesheet: the base styles (box model, fonts) an app created
// today loads. This package is a plugin, but these files are its dev apps.
// eslint-disable-next-line @backstage/no-ui-css-imports-in-non-frontend
import '@backstage/ui/css/styles.css';
import ReactDOM from 'react-dom/client';
import { createApp } from '@backstage/app-defaults';
import {
  AlertDisplay,
  OAuthRequestDialog,
  Sidebar,
  SidebarItem,
  SidebarPage,
} from '@backstage/core-components';
import { Navigate, Route } from 'react-router-dom';
import { FlatRoutes } from '@backstage/core-app-api';
import PersonIcon from '@material-ui/icons/Person';
import CategoryIcon from '@material-ui/icons/Category';
import {
  CatalogEntityPage,
  CatalogIndexPage,
  catalogPlugin,
  EntityAboutCard,
  EntityLayout,
} from '@backstage/plugin-catalog';
import {
  accessInspectorPlugin,
  AccessInspectorSignInPage,
  MyAccessPage,
  TokenExpiryBanner,
} from '../src';
import { oidcAuthApiFactory, oidcAuthApiRef } from './apis';
import { SidebarSignOut } from './SidebarSignOut';

// The legacy dev app declares the oidc provider in code, once: My Access
// reuses what the sign-in page was given (the new-system dev app takes the
// same provider from config alone).
const providers = [{ id: 'oidc', apiRef: oidcAuthApiRef }];

// The dev app is wired exactly as README tells an app to wire the plugin.
const app = createApp({
  apis: [oidcAuthApiFactory],
  plugins: [accessInspectorPlugin, catalogPlugin],
  components: {
    SignInPage: props => (
      <AccessInspectorSignInPage {...props} providers={providers} />
    ),
  },
});

const AppRouter = app.getRouter();
const AppProvider = app.getProvider();

function App() {
  return (
    <AppProvider>
      <AlertDisplay />
      <OAuthRequestDialog />
      <AppRouter>
        <TokenExpiryBanner />
        <SidebarPage>
          <Sidebar>
            <SidebarItem icon={PersonIcon} to="my-access" text="My Access" />
            <SidebarItem icon={CategoryIcon} to="catalog" text="Catalog" />
            <SidebarSignOut />
          </Sidebar>
          <FlatRoutes>
            <Route path="/" element={<Navigate to="my-access" />} />
            <Route path="/my-access" element={<MyAccessPage />} />
            <Route path="/catalog" element={<CatalogIndexPage />} />
            <Route
              path="/catalog/:namespace/:kind/:name"
              element={<CatalogEntityPage />}
            >
              <EntityLayout>
                <EntityLayout.Route path="/" title="Overview">
                  <EntityAboutCard />
                </EntityLayout.Route>
              </EntityLayout>
            </Route>
          </FlatRoutes>
        </SidebarPage>
      </AppRouter>
    </AppProvider>
  );
}

ReactDOM.createRoot(document.getElementById('root')!).render(<App />);
