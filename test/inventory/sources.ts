import fs from 'node:fs';
import path from 'node:path';

/**
 * Where a message is seen when it goes wrong:
 * - `backend`: thrown by the backend (an error body, a popup's or refresh's
 *   error, the backend's log) or logged by it;
 * - `frontend`: thrown in the browser (a toast, the sign-in page);
 * - `library`: an OIDC/OAuth client library's text, which reaches the user
 *   inside a Backstage wrapper ("Authentication failed, …").
 */
export type MessageSide = 'backend' | 'frontend' | 'library';

/** One package the inventory reads, and the files of it that it reads. */
export type InventorySource = {
  /** The package name. */
  name: string;
  /** Its folder, relative to the repository root. */
  dir: string;
  side: MessageSide;
  /**
   * Files or folders (every .js file under it) relative to `dir`: the
   * sign-in, token, cookie, session and permission paths only.
   */
  paths: string[];
};

const NM = 'node_modules';
const AUTH_MODULE_PREFIX = 'plugin-auth-backend-module-';

/**
 * The auth backend modules installed: every one, so that a new module's
 * messages show up as new.
 */
function authModules(root: string): InventorySource[] {
  const scope = path.join(root, NM, '@backstage');
  return fs
    .readdirSync(scope)
    .filter(name => name.startsWith(AUTH_MODULE_PREFIX))
    .sort()
    .map(name => ({
      name: `@backstage/${name}`,
      dir: `${NM}/@backstage/${name}`,
      side: 'backend' as const,
      paths: ['dist'],
    }));
}

/**
 * The passport strategies the installed auth modules use, found from their
 * package.json, so a module that switches strategy brings the new one in.
 */
function passportStrategies(root: string): InventorySource[] {
  const names = new Set<string>(['passport-oauth2']);
  for (const module of authModules(root)) {
    const pkg = JSON.parse(
      fs.readFileSync(path.join(root, module.dir, 'package.json'), 'utf8'),
    );
    for (const dep of Object.keys(pkg.dependencies ?? {})) {
      if (/^passport-/.test(dep) && dep !== 'passport-strategy') {
        names.add(dep);
      }
    }
  }
  return [...names].sort().map(name => ({
    name,
    dir: `${NM}/${name}`,
    side: 'library' as const,
    paths: ['lib'],
  }));
}

/**
 * The packages and files the inventory reads. Kept explicit so that a
 * reviewer sees what is in and what is out.
 */
export function inventorySources(root: string): InventorySource[] {
  return [
    {
      name: '@backstage/plugin-auth-backend',
      dir: `${NM}/@backstage/plugin-auth-backend`,
      side: 'backend',
      paths: [
        // The provider routers: unknown or misconfigured providers.
        'dist/providers/router.cjs.js',
        'dist/service/router.cjs.js',
        // The catalog's sign-in resolver context (user lookup, ownership).
        'dist/lib',
        // Issuing Backstage tokens.
        'dist/identity/TokenFactory.cjs.js',
        'dist/identity/StaticTokenIssuer.cjs.js',
        'dist/identity/issueUserToken.cjs.js',
        'dist/service/readTokenExpiration.cjs.js',
      ],
    },
    {
      name: '@backstage/plugin-auth-node',
      dir: `${NM}/@backstage/plugin-auth-node`,
      side: 'backend',
      // Route handlers, cookies, state, passport helpers, resolvers: all of it.
      paths: ['dist'],
    },
    ...authModules(root),
    {
      name: '@backstage/backend-defaults',
      dir: `${NM}/@backstage/backend-defaults`,
      side: 'backend',
      paths: [
        // auth: user, plugin and external token handlers.
        'dist/entrypoints/auth',
        'dist/entrypoints/httpAuth',
        'dist/entrypoints/userInfo',
        'dist/entrypoints/permissions',
        // Cookie auth and the auth integration routes.
        'dist/entrypoints/httpRouter/http',
      ],
    },
    {
      name: '@backstage/plugin-permission-backend',
      dir: `${NM}/@backstage/plugin-permission-backend`,
      side: 'backend',
      paths: ['dist/service'],
    },
    {
      name: '@backstage/plugin-permission-node',
      dir: `${NM}/@backstage/plugin-permission-node`,
      side: 'backend',
      paths: [
        'dist/ServerPermissionClient.cjs.js',
        'dist/integration/createPermissionIntegrationRouter.cjs.js',
      ],
    },
    {
      name: '@backstage/plugin-permission-common',
      dir: `${NM}/@backstage/plugin-permission-common`,
      side: 'backend',
      paths: ['dist/PermissionClient.cjs.js'],
    },
    {
      name: '@backstage/plugin-permission-react',
      dir: `${NM}/@backstage/plugin-permission-react`,
      side: 'frontend',
      paths: ['dist/apis'],
    },
    {
      name: '@backstage/core-app-api',
      dir: `${NM}/@backstage/core-app-api`,
      side: 'frontend',
      paths: [
        'dist/lib/AuthConnector',
        'dist/lib/AuthSessionManager',
        'dist/lib/loginPopup.esm.js',
        'dist/apis/implementations/OAuthRequestApi',
        'dist/apis/implementations/IdentityApi',
        'dist/apis/implementations/auth',
        'dist/apis/implementations/FetchApi/IdentityAuthInjectorFetchMiddleware.esm.js',
      ],
    },
    {
      // The copy the oidc module uses (it pins openid-client 5).
      name: 'openid-client',
      dir: `${NM}/@backstage/plugin-auth-backend-module-oidc-provider/${NM}/openid-client`,
      side: 'library',
      paths: [
        'lib/client.js',
        'lib/issuer.js',
        'lib/passport_strategy.js',
        'lib/helpers/process_response.js',
        'lib/helpers/request.js',
        'lib/helpers/client.js',
        'lib/helpers/issuer.js',
        'lib/helpers/keystore.js',
      ],
    },
    ...passportStrategies(root),
  ];
}
