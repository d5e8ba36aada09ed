/**
 * A static page rendering the real MyAccessPage with in-memory APIs, for the
 * render-scale benchmark. Bundled by esbuild in test/bench/renderScale.mjs and
 * loaded in Chromium: `?size=small|large`. Sets `window.__benchResult` to the
 * milliseconds from render start until every card shows its data.
 */
import { createRoot } from 'react-dom/client';
import { ConfigReader } from '@backstage/config';
import {
  configApiRef,
  discoveryApiRef,
  fetchApiRef,
  identityApiRef,
} from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import { TestApiProvider, wrapInTestApp } from '@backstage/test-utils';
import { pluginApis } from '../msw/pluginApis';
import { MyAccessPage } from '../../src/myAccess';
import { syntheticOrg } from '../builders/entities';
import { manyBasicPermissions } from '../builders/permissions';

const SIZES = {
  small: { leaves: 19, levels: 2, permissions: 10, claims: 10 },
  large: { leaves: 1800, levels: 4, permissions: 1000, claims: 300 },
};
const BACKEND = 'http://bench.invalid';

function b64url(text: string) {
  return btoa(unescape(encodeURIComponent(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

declare global {
  interface Window {
    __benchResult?:
      | { ms: number; groups: number; permissions: number; claims: number }
      | { error: string };
  }
}

const size =
  new URLSearchParams(location.search).get('size') === 'large'
    ? SIZES.large
    : SIZES.small;
const { user, groups } = syntheticOrg({
  leaves: size.leaves,
  levels: size.levels,
});
const byRef = new Map<string, Entity>(
  [user, ...groups].map(e => [stringifyEntityRef(e), e]),
);
const userRef = stringifyEntityRef(user);
const now = Math.floor(Date.now() / 1000);
const payload: Record<string, unknown> = {
  iss: `${BACKEND}/api/auth`,
  sub: userRef,
  aud: 'backstage',
  iat: now,
  exp: now + 3600,
};
for (let i = Object.keys(payload).length; i < size.claims; i++)
  payload[`claim${String(i).padStart(3, '0')}`] = `value ${i}`;
const token = `${b64url(JSON.stringify({ alg: 'ES256', typ: 'vnd.backstage.user' }))}.${b64url(JSON.stringify(payload))}.c2ln`;
const metadata = manyBasicPermissions('catalog', size.permissions);

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
const fetchApi = {
  fetch: async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.endsWith('/v1/userinfo'))
      return json({ claims: { sub: userRef, ent: [userRef] } });
    if (url.endsWith('/permissions/metadata')) return json(metadata);
    if (url.endsWith('/.backstage/auth/v1/cookie'))
      return json({ expiresAt: '2030-01-01T00:00:00.000Z' });
    return json({ error: { name: 'NotFoundError', message: url } }, 404);
  },
};

const discoveryApi = {
  getBaseUrl: async (id: string) => `${BACKEND}/api/${id}`,
};

const apis = [
  ...pluginApis({ discoveryApi, fetchApi }),
  [
    configApiRef,
    new ConfigReader({
      permission: { enabled: true },
      accessInspector: { permissions: { plugins: ['catalog'] } },
      backend: { baseUrl: BACKEND },
    }),
  ],
  [discoveryApiRef, discoveryApi],
  [fetchApiRef, fetchApi],
  [
    identityApiRef,
    {
      getCredentials: async () => ({ token }),
      getBackstageIdentity: async () => ({
        type: 'user',
        userEntityRef: userRef,
        ownershipEntityRefs: [userRef],
      }),
      getProfileInfo: async () => ({
        displayName: 'Big User',
        email: 'big@example.com',
      }),
      signOut: async () => {},
    },
  ],
  [
    catalogApiRef,
    {
      getEntityByRef: async (ref: string) => byRef.get(ref),
      getEntitiesByRefs: async ({ entityRefs }: { entityRefs: string[] }) => ({
        items: entityRefs.map(r => byRef.get(r)),
      }),
      getEntities: async () => ({ items: [] }),
      queryEntities: async () => ({ items: [], totalItems: 0, pageInfo: {} }),
      getEntityFacets: async () => ({ facets: {} }),
    },
  ],
  [
    permissionApiRef,
    { authorize: async () => ({ result: AuthorizeResult.ALLOW }) },
  ],
] as const;

function allCardsShowData(): boolean {
  const claims = document.querySelector('table[aria-label="Claims"]');
  const groupsTable = document.querySelector(
    'table[aria-label="Groups and ownership"]',
  );
  const permissions = document.querySelector('table[aria-label="Permissions"]');
  const doctor = /\d+ problems?, \d+ warnings?, \d+ passed/.test(
    document.body.textContent ?? '',
  );
  return Boolean(
    claims &&
    claims.querySelectorAll('tbody tr').length >= size.claims &&
    groupsTable &&
    groupsTable.querySelectorAll('tbody tr').length > 0 &&
    permissions &&
    permissions.textContent?.includes('ALLOW') &&
    !permissions.textContent?.includes('PENDING') &&
    doctor,
  );
}

const start = performance.now();
try {
  createRoot(document.getElementById('root')!).render(
    wrapInTestApp(
      <TestApiProvider apis={apis as any}>
        <MyAccessPage />
      </TestApiProvider>,
    ),
  );
  const check = () => {
    if (allCardsShowData()) {
      window.__benchResult = {
        ms: performance.now() - start,
        groups: groups.length,
        permissions: size.permissions,
        claims: size.claims,
      };
      return;
    }
    if (performance.now() - start > 60_000) {
      window.__benchResult = {
        error: 'cards did not all show data within 60 s',
      };
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
} catch (e) {
  window.__benchResult = { error: String(e) };
}
