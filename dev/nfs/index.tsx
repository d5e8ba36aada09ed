// Backstage UI's stylesheet: the base styles (box model, fonts) an app created
// today loads. This package is a plugin, but these files are its dev apps.
// eslint-disable-next-line @backstage/no-ui-css-imports-in-non-frontend
import '@backstage/ui/css/styles.css';
import ReactDOM from 'react-dom/client';
import { createApp } from '@backstage/frontend-defaults';
import {
  ApiBlueprint,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import accessInspectorPlugin, {
  createAccessInspectorSignInModule,
  createMyAccessPage,
} from '../../src/alpha';
import { oidcAuthApiFactory, oidcAuthApiRef } from '../apis';

const devApis = createFrontendModule({
  pluginId: 'app',
  extensions: [
    ApiBlueprint.make({
      name: 'oidc',
      params: defineParams => defineParams(oidcAuthApiFactory),
    }),
  ],
});

// Config offers oidc and guest; the oidc provider's API ref only exists in
// code, so the sign-in module and the My Access page get it here.
const providers = [{ id: 'oidc', apiRef: oidcAuthApiRef }];

const app = createApp({
  features: [
    accessInspectorPlugin.withOverrides({
      extensions: [createMyAccessPage({ providers })],
    }),
    createAccessInspectorSignInModule({ providers }),
    devApis,
  ],
});

ReactDOM.createRoot(document.getElementById('root')!).render(app.createRoot());
