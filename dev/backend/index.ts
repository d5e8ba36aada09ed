// Real Backstage backend for local development and the e2e tests:
// auth (guest + oidc against dev/idp), catalog (dev/catalog/*.yaml) and
// permissions (./permissionPolicy.ts). Run from anywhere:
//   node --import tsx dev/backend/index.ts
import { createBackend } from '@backstage/backend-defaults';
import { rootConfigServiceFactory } from '@backstage/backend-defaults/rootConfig';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { devPermissionPolicyModule } from './permissionPolicy';
import { devActionsModule } from './devActions';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Catalog file locations are resolved against the working directory.
process.chdir(repoRoot);

process.env.IDP_PORT ??= '7010';
process.env.BACKEND_PORT ??= '7007';
process.env.APP_PORT ??= '3000';
// The new-frontend-system dev app (`npm run start:app:nfs`, e2e) runs beside the legacy one.
process.env.NFS_APP_PORT ??= String(Number(process.env.APP_PORT) + 1);
// The guest provider refuses to work outside development.
process.env.NODE_ENV ??= 'development';

const configFiles = ['app-config.yaml', 'dev/backend/app-config.backend.yaml']
  .map(file => resolve(repoRoot, file))
  .filter(file => existsSync(file));

const backend = createBackend();
backend.add(
  rootConfigServiceFactory({
    argv: configFiles.flatMap(file => ['--config', file]),
  }),
);

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
// Configured only by `npm start -- --proxied` (auth.providers.oauth2Proxy).
backend.add(
  import('@backstage/plugin-auth-backend-module-oauth2-proxy-provider'),
);
backend.add(import('./oidcGroupsModule'));
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(devPermissionPolicyModule);
// Agents: the MCP server over the actions registry, and an admin-only action.
backend.add(import('@backstage/plugin-mcp-actions-backend'));
backend.add(devActionsModule);

backend.start();
