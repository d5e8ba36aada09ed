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
import {
  accessInspectorPlugin,
  AccessInspectorSignInPage,
  MyAccessPage,
  TokenExpiryBanner,
} from '../src';
import { oidcAuthApiFactory } from './apis';
import { SidebarSignOut } from './SidebarSignOut';

// The dev app is wired exactly as README tells an app to wire the plugin.
const app = createApp({
  apis: [oidcAuthApiFactory],
  plugins: [accessInspectorPlugin],
  components: {
    SignInPage: props => <AccessInspectorSignInPage {...props} />,
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
            <SidebarSignOut />
          </Sidebar>
          <FlatRoutes>
            <Route path="/" element={<Navigate to="my-access" />} />
            <Route path="/my-access" element={<MyAccessPage />} />
          </FlatRoutes>
        </SidebarPage>
      </AppRouter>
    </AppProvider>
  );
}

ReactDOM.createRoot(document.getElementById('root')!).render(<App />);
