// Backstage UI's stylesheet: the base styles (box model, fonts) an app created
// today loads. This package is a plugin, but these files are its dev apps.
// eslint-disable-next-line @backstage/no-ui-css-imports-in-non-frontend
import '@backstage/ui/css/styles.css';
import { useEffect } from 'react';
import ReactDOM from 'react-dom/client';
import { Sidebar, SidebarItem } from '@backstage/core-components';
import { createApp } from '@backstage/frontend-defaults';
import {
  ApiBlueprint,
  createFrontendModule,
  PageBlueprint,
  useAppNavigate,
} from '@backstage/frontend-plugin-api';
import {
  NavContentBlueprint,
  type NavContentComponentProps,
} from '@backstage/plugin-app-react';
import accessInspectorPlugin, {
  accessInspectorSignInModule,
} from '../../src/alpha';
import { oidcAuthApiFactory } from '../apis';
import { SidebarSignOut } from '../SidebarSignOut';

// The app has no home page of its own: `/` leads to My Access, as in the
// legacy dev app.
function RedirectToMyAccess() {
  const navigate = useAppNavigate();
  useEffect(() => navigate('/my-access', { replace: true }), [navigate]);
  return null;
}

// The default nav, plus the sign-out item the legacy dev app has.
function DevNav(props: NavContentComponentProps) {
  return (
    <Sidebar>
      {props.navItems.rest().map(item => (
        <SidebarItem
          key={item.node.spec.id}
          to={item.href}
          icon={() => item.icon}
          text={item.title}
        />
      ))}
      <SidebarSignOut />
    </Sidebar>
  );
}

const devApp = createFrontendModule({
  pluginId: 'app',
  extensions: [
    ApiBlueprint.make({
      name: 'oidc',
      params: defineParams => defineParams(oidcAuthApiFactory),
    }),
    PageBlueprint.make({
      name: 'home',
      params: {
        path: '/',
        noHeader: true,
        loader: async () => <RedirectToMyAccess />,
      },
    }),
    NavContentBlueprint.make({ params: { component: DevNav } }),
  ],
});

// Config offers oidc (naming the API ref dev/apis.ts registers) and guest:
// the plugin and its sign-in module need no options in code.
const app = createApp({
  features: [accessInspectorPlugin, accessInspectorSignInModule, devApp],
});

ReactDOM.createRoot(document.getElementById('root')!).render(app.createRoot());
