import ReactDOM from 'react-dom/client';
import { createApp } from '@backstage/frontend-defaults';
import {
  ApiBlueprint,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import accessInspectorPlugin, {
  accessInspectorSignInModule,
} from '../../src/alpha';
import { oidcAuthApiFactory } from '../apis';

const devApis = createFrontendModule({
  pluginId: 'app',
  extensions: [
    ApiBlueprint.make({
      name: 'oidc',
      params: defineParams => defineParams(oidcAuthApiFactory),
    }),
  ],
});

const app = createApp({
  features: [accessInspectorPlugin, accessInspectorSignInModule, devApis],
});

ReactDOM.createRoot(document.getElementById('root')!).render(app.createRoot());
