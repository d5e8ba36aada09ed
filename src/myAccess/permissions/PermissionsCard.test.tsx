import '@testing-library/jest-dom';
import { http, HttpResponse } from 'msw';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  configApiRef,
  discoveryApiRef,
  fetchApiRef,
  identityApiRef,
} from '@backstage/core-plugin-api';
import type { JsonObject } from '@backstage/types';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  IdentityPermissionApi,
  permissionApiRef,
} from '@backstage/plugin-permission-react';
import {
  mockApis,
  MockFetchApi,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import {
  CATALOG_BASIC_PERMISSIONS,
  catalogMetadata,
  manyBasicPermissions,
  scaffolderMetadata,
} from '../../../test/builders/permissions';
import { TEST_BACKEND } from '../../../test/builders/tokens';
import { setupMswServer } from '../../../test/msw/server';
import {
  AUTHORIZE_URL,
  authorizeFailureHandler,
  authorizeHandler,
  metadataFailureHandler,
  metadataHandler,
  metadataUrl,
} from '../../../test/msw/permissionHandlers';
import { PermissionsCard } from './PermissionsCard';
import { permissionMetadataApiRef } from '../data/PermissionMetadataApi';
import { PermissionMetadataClient } from './PermissionMetadataClient';

/**
 * The sample policy, for a normal user owning component:default/payments:
 * reads allowed, writes denied, refresh only on what they own.
 */
const ALLOWED_BASIC = new Set([
  'catalog.location.read',
  'catalog.ingestion.read',
  'catalog.entity.validate',
  'catalog.location.analyze',
  'scaffolder.task.read',
]);
const OWNED = 'component:default/payments';
const samplePolicy = authorizeHandler(item => {
  if (item.permission.type === 'basic') {
    return ALLOWED_BASIC.has(item.permission.name) ? 'ALLOW' : 'DENY';
  }
  if (item.permission.name === 'catalog.entity.read') return 'ALLOW';
  if (item.permission.name === 'catalog.entity.refresh') {
    return item.resourceRef === OWNED ? 'ALLOW' : 'DENY';
  }
  return 'DENY';
});

const { server, requests } = setupMswServer();

const paymentsEntity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments', namespace: 'default' },
};

/** A catalog that holds component:default/payments and nothing else. */
function catalogWithPayments() {
  return catalogApiMock.mock({
    getEntityByRef: jest.fn(async (ref: unknown) =>
      ref === OWNED ? paymentsEntity : undefined,
    ),
  });
}

async function checkEntity(ref: string) {
  const panel = screen.getByRole('region', {
    name: 'Resource permissions: catalog-entity',
  });
  const input = within(panel).getByRole('textbox', {
    name: 'Entity ref for catalog-entity',
  });
  await userEvent.clear(input);
  await userEvent.click(input);
  await userEvent.paste(ref);
  await userEvent.click(
    within(panel).getByRole('button', { name: 'Check catalog-entity' }),
  );
  return panel;
}

// Full card renders with real batching on a shared, busy machine.
jest.setTimeout(20_000);

type AuthorizeBody = {
  items: Array<{
    id: string;
    permission: { name: string; type: string };
    resourceRef?: string;
  }>;
};

async function authorizeBodies(): Promise<AuthorizeBody[]> {
  return Promise.all(
    requests
      .filter(r => r.method === 'POST' && r.url === AUTHORIZE_URL)
      .map(r => r.clone().json() as Promise<AuthorizeBody>),
  );
}

function metadataRequests() {
  return requests.filter(r => r.method === 'GET').map(r => r.url);
}

async function renderCard(
  options: {
    config?: JsonObject;
    catalogApi?: ReturnType<typeof catalogApiMock.mock>;
  } = {},
) {
  const configApi = mockApis.config({
    // The scaffolder named in config: asked although the test app has no
    // scaffolder frontend plugin.
    data: options.config ?? {
      permission: { enabled: true },
      accessInspector: { permissions: { plugins: ['catalog', 'scaffolder'] } },
    },
  });
  const discoveryApi = mockApis.discovery({ baseUrl: TEST_BACKEND });
  const identityApi = mockApis.identity({ token: 'user-token' });
  const fetchApi = new MockFetchApi({ injectIdentityAuth: { identityApi } });
  const permissionApi = IdentityPermissionApi.create({
    config: configApi,
    discovery: discoveryApi,
    identity: identityApi,
  });
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [configApiRef, configApi],
        [discoveryApiRef, discoveryApi],
        [fetchApiRef, fetchApi],
        [identityApiRef, identityApi],
        [permissionApiRef, permissionApi],
        [catalogApiRef, options.catalogApi ?? catalogApiMock.mock()],
        [
          permissionMetadataApiRef,
          PermissionMetadataClient.create({ discoveryApi, fetchApi }),
        ],
      ]}
    >
      <PermissionsCard />
    </TestApiProvider>,
  );
}

function permissionsTable() {
  return screen.getByRole('table', { name: 'Permissions' });
}

function rowOf(name: string) {
  return within(permissionsTable())
    .getByRole('rowheader', { name })
    .closest('tr') as HTMLElement;
}

async function waitForDecision(name: string, decision: string) {
  await waitFor(() =>
    expect(within(rowOf(name)).getByText(decision)).toBeInTheDocument(),
  );
}

/**
 * Matches the element holding exactly `text`, markup inside it included
 * (ids sit in their own span so that they never wrap).
 */
function fullText(text: string) {
  return (_: string, element: Element | null) =>
    element?.textContent === text &&
    Array.from(element.children).every(child => child.textContent !== text);
}

function counts() {
  return within(screen.getByRole('list', { name: 'Decision counts' }))
    .getAllByRole('listitem')
    .map(item => item.textContent);
}

describe('PermissionsCard', () => {
  it('asks the scaffolder by default only when the app has its frontend plugin', async () => {
    server.use(metadataHandler('catalog', catalogMetadata()), samplePolicy);
    // The test app registers no scaffolder plugin: its backend is not asked,
    // so a healthy page logs no 404.
    await renderCard({ config: { permission: { enabled: true } } });
    await waitForDecision('catalog.location.read', 'ALLOW');
    expect(metadataRequests()).toEqual([metadataUrl('catalog')]);
    expect(screen.queryByText(/scaffolder/)).not.toBeInTheDocument();
  });

  it('asks each plugin for metadata and authorises all basic permissions in one request', async () => {
    server.use(
      metadataHandler('catalog', catalogMetadata()),
      metadataHandler('scaffolder', scaffolderMetadata()),
      samplePolicy,
    );
    await renderCard();

    expect(
      await screen.findByRole('table', { name: 'Permissions' }),
    ).toBeInTheDocument();
    await waitForDecision('catalog.entity.create', 'DENY');
    await waitForDecision('catalog.location.read', 'ALLOW');
    await waitForDecision('scaffolder.task.read', 'ALLOW');

    expect(metadataRequests()).toEqual([
      metadataUrl('catalog'),
      metadataUrl('scaffolder'),
    ]);
    const bodies = await authorizeBodies();
    expect(bodies).toHaveLength(1);
    expect(bodies[0].items.map(i => i.permission.name).sort()).toEqual(
      [
        ...CATALOG_BASIC_PERMISSIONS,
        'scaffolder.task.create',
        'scaffolder.task.read',
      ].sort(),
    );
    expect(bodies[0].items.every(i => i.permission.type === 'basic')).toBe(
      true,
    );
    expect(bodies[0].items.some(i => 'resourceRef' in i)).toBe(false);
    const authorize = requests.find(r => r.url === AUTHORIZE_URL)!;
    expect(authorize.headers.get('authorization')).toBe('Bearer user-token');
    expect(requests).toHaveLength(3);

    const read = rowOf('catalog.entity.read');
    expect(
      within(read).getByText('Per resource (not checked)'),
    ).toBeInTheDocument();
    expect(
      within(read).getByText(fullText('resource: catalog-entity')),
    ).toBeInTheDocument();
    expect(
      within(read).getByText(
        'Rules: HAS_ANNOTATION, IS_ENTITY_KIND, IS_ENTITY_OWNER',
      ),
    ).toBeInTheDocument();
    expect(within(read).queryByText('ALLOW')).not.toBeInTheDocument();
    const create = rowOf('catalog.entity.create');
    expect(within(create).getByText('basic')).toBeInTheDocument();
    expect(within(create).getByText('create')).toBeInTheDocument();
    expect(within(create).getByText('catalog')).toBeInTheDocument();

    expect(counts()).toEqual([
      'ALLOW: 5',
      'DENY: 5',
      'Per resource (not checked): 4',
    ]);
  });

  it('shows a 404 plugin as "not installed" without hiding the others', async () => {
    server.use(
      metadataHandler('catalog', catalogMetadata()),
      metadataFailureHandler('scaffolder', 404),
      samplePolicy,
    );
    await renderCard();

    expect(
      await screen.findByText(
        'scaffolder: no permissions, or the plugin is not installed (HTTP 404)',
      ),
    ).toBeInTheDocument();
    await waitForDecision('catalog.entity.create', 'DENY');
    expect(screen.queryByRole('button', { name: /Retry/ })).toBeNull();
    expect(
      within(permissionsTable()).queryByText(/^scaffolder\./),
    ).not.toBeInTheDocument();
    const bodies = await authorizeBodies();
    expect(bodies.map(b => b.items.length)).toEqual([
      CATALOG_BASIC_PERMISSIONS.length,
    ]);
  });

  it.each([
    [500, 'HTTP 500 Internal Server Error', 'Something broke'],
    [401, 'HTTP 401 Unauthorized', 'Missing credentials'],
  ])(
    'names the plugin whose metadata fails with %i and retries it alone',
    async (status, summary, message) => {
      server.use(
        metadataHandler('catalog', catalogMetadata()),
        metadataFailureHandler('scaffolder', status),
        samplePolicy,
      );
      await renderCard();

      expect(
        await screen.findByText(
          `Error: Could not read the permissions of plugin scaffolder: GET …/.well-known/backstage/permissions/metadata failed (${summary})`,
        ),
      ).toBeInTheDocument();
      expect(screen.getByText(message)).toBeInTheDocument();
      await waitForDecision('catalog.entity.create', 'DENY');
      expect(await authorizeBodies()).toHaveLength(1);

      server.use(metadataHandler('scaffolder', scaffolderMetadata()));
      await userEvent.click(
        screen.getByRole('button', { name: 'Retry scaffolder' }),
      );
      await waitForDecision('scaffolder.task.read', 'ALLOW');
      expect(
        screen.queryByText(/Could not read the permissions/),
      ).not.toBeInTheDocument();
      expect(metadataRequests()).toEqual([
        metadataUrl('catalog'),
        metadataUrl('scaffolder'),
        metadataUrl('scaffolder'),
      ]);
      const bodies = await authorizeBodies();
      expect(bodies).toHaveLength(2);
      expect(bodies[1].items.map(i => i.permission.name)).toEqual([
        'scaffolder.task.create',
        'scaffolder.task.read',
      ]);
    },
  );

  it('explains metadata that is not JSON', async () => {
    server.use(
      metadataFailureHandler('catalog', 'bad-json'),
      metadataHandler('scaffolder', scaffolderMetadata()),
      samplePolicy,
    );
    await renderCard();

    expect(
      await screen.findByText(
        `GET ${metadataUrl('catalog')} answered HTTP 200 with a body that is not JSON`,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Could not read the permissions of plugin catalog/),
    ).toBeInTheDocument();
    await waitForDecision('scaffolder.task.create', 'DENY');
    expect(screen.getByRole('button', { name: 'Retry catalog' })).toBeEnabled();
  });

  it('shows a failed authorize call with status and retries only that batch', async () => {
    server.use(
      metadataHandler('catalog', catalogMetadata()),
      metadataHandler('scaffolder', scaffolderMetadata()),
      authorizeFailureHandler(503, 'permission backend is restarting'),
    );
    await renderCard();

    expect(
      await screen.findByText(
        'Error: Could not check 10 basic permissions: POST /api/permission/authorize failed (HTTP 503 Service Unavailable)',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('permission backend is restarting'),
    ).toBeInTheDocument();
    await waitForDecision('catalog.entity.create', 'Unknown (check failed)');
    expect(
      within(rowOf('catalog.entity.create')).queryByText('DENY'),
    ).toBeNull();

    server.use(samplePolicy);
    await userEvent.click(
      screen.getByRole('button', { name: 'Retry permission check' }),
    );
    await waitForDecision('catalog.entity.create', 'DENY');
    expect(
      screen.queryByText(/Could not check 10 basic permissions/),
    ).not.toBeInTheDocument();
    const bodies = await authorizeBodies();
    expect(bodies.map(b => b.items.length)).toEqual([10, 10]);
    expect(metadataRequests()).toHaveLength(2);
  });

  it('explains an authorize answer that is not JSON', async () => {
    server.use(
      metadataHandler('catalog', catalogMetadata()),
      metadataFailureHandler('scaffolder', 404),
      http.post(AUTHORIZE_URL, () =>
        HttpResponse.text('<html>gateway</html>', { status: 200 }),
      ),
    );
    await renderCard();

    expect(
      await screen.findByText(
        'Error: Could not check 8 basic permissions: POST /api/permission/authorize failed (invalid JSON)',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Retry permission check' }),
    ).toBeEnabled();
    expect(
      within(rowOf('catalog.location.read')).queryByText('ALLOW'),
    ).toBeNull();
  });

  it('shows a broken plugin list setting and sends nothing', async () => {
    await renderCard({
      config: {
        permission: { enabled: true },
        accessInspector: { permissions: { plugins: 'catalog' } },
      },
    });
    expect(
      await screen.findByText(/The permissions card cannot start/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/accessInspector\.permissions\.plugins/).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(requests).toHaveLength(0);
  });

  it.each([
    ['false', { permission: { enabled: false } }],
    ['absent', {}],
  ])(
    'says the framework is off and sends nothing when permission.enabled is %s',
    async (_, config) => {
      await renderCard({ config });

      expect(
        await screen.findByText('The permission framework is off'),
      ).toBeInTheDocument();
      expect(
        screen.getByText(/everything is allowed\. Nothing was sent/),
      ).toBeInTheDocument();
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
      await new Promise(resolve => setTimeout(resolve, 50));
      expect(requests).toHaveLength(0);
    },
  );

  it('checks every catalog-entity permission against a picked entity in one request', async () => {
    server.use(
      metadataHandler('catalog', catalogMetadata()),
      metadataFailureHandler('scaffolder', 404),
      samplePolicy,
    );
    const catalogApi = catalogWithPayments();
    await renderCard({ catalogApi });
    await waitForDecision('catalog.entity.create', 'DENY');

    const panel = screen.getByRole('region', {
      name: 'Resource permissions: catalog-entity',
    });
    expect(within(panel).getByText('IS_ENTITY_OWNER')).toBeInTheDocument();
    const input = within(panel).getByRole('textbox', {
      name: 'Entity ref for catalog-entity',
    });
    await userEvent.click(input);
    await userEvent.paste('Component:payments');
    await userEvent.click(
      within(panel).getByRole('button', { name: 'Check catalog-entity' }),
    );

    await waitForDecision('catalog.entity.refresh', 'ALLOW');
    expect(
      within(panel).getByText(
        'Decisions below are for component:default/payments.',
      ),
    ).toBeInTheDocument();
    expect(catalogApi.getEntityByRef).toHaveBeenCalledWith(OWNED);
    expect(
      within(rowOf('catalog.entity.delete')).getByText('DENY'),
    ).toBeInTheDocument();
    expect(
      within(rowOf('catalog.entity.read')).getByText(
        fullText('for component:default/payments'),
      ),
    ).toBeInTheDocument();

    let bodies = await authorizeBodies();
    expect(bodies).toHaveLength(2);
    expect(
      bodies[1].items.map(i => [i.permission.name, i.resourceRef]),
    ).toEqual([
      ['catalog.entity.delete', OWNED],
      ['catalog.entity.read', OWNED],
      ['catalog.entity.refresh', OWNED],
    ]);

    await userEvent.clear(input);
    await userEvent.paste('component:default/billing');
    await userEvent.click(
      within(panel).getByRole('button', { name: 'Check catalog-entity' }),
    );
    await waitForDecision('catalog.entity.refresh', 'DENY');
    bodies = await authorizeBodies();
    expect(bodies).toHaveLength(3);
    expect(bodies[2].items.map(i => i.resourceRef)).toEqual([
      'component:default/billing',
      'component:default/billing',
      'component:default/billing',
    ]);
  });

  it('says that an entity ref names no entity in the catalog, and marks its rows', async () => {
    server.use(
      metadataHandler('catalog', catalogMetadata()),
      metadataFailureHandler('scaffolder', 404),
      samplePolicy,
    );
    const catalogApi = catalogWithPayments();
    await renderCard({ catalogApi });
    await waitForDecision('catalog.entity.create', 'DENY');

    const panel = await checkEntity('component:default/nope');
    // The sample policy allows catalog.entity.read whatever the ref.
    await waitForDecision('catalog.entity.read', 'ALLOW');
    expect(within(panel).getByRole('status')).toHaveTextContent(
      'No entity component:default/nope in the catalog; the decisions below are for a resource that does not exist.',
    );
    expect(
      within(rowOf('catalog.entity.read')).getByText(
        fullText('for component:default/nope (not found in the catalog)'),
      ),
    ).toBeInTheDocument();
    expect(catalogApi.getEntityByRef).toHaveBeenCalledWith(
      'component:default/nope',
    );

    await checkEntity(OWNED);
    await waitFor(() =>
      expect(within(panel).getByRole('status')).toHaveTextContent(
        `Decisions below are for ${OWNED}.`,
      ),
    );
    expect(
      within(rowOf('catalog.entity.read')).getByText(fullText(`for ${OWNED}`)),
    ).toBeInTheDocument();
  });

  it('does not claim an entity is missing when the policy may hide it', async () => {
    server.use(
      metadataHandler('catalog', catalogMetadata()),
      metadataFailureHandler('scaffolder', 404),
      authorizeHandler(item =>
        item.permission.type === 'basic' ? 'ALLOW' : 'DENY',
      ),
    );
    await renderCard({ catalogApi: catalogWithPayments() });
    await waitForDecision('catalog.entity.create', 'ALLOW');

    const panel = await checkEntity('component:default/secret');
    await waitForDecision('catalog.entity.read', 'DENY');
    expect(within(panel).getByRole('status')).toHaveTextContent(
      'The catalog shows you no entity component:default/secret: it does not exist, or the policy does not let you read it.',
    );
    expect(within(panel).queryByText(/does not exist\.$/)).toBeNull();
  });

  it('says when the catalog lookup fails, and still shows the decisions', async () => {
    server.use(
      metadataHandler('catalog', catalogMetadata()),
      metadataFailureHandler('scaffolder', 404),
      samplePolicy,
    );
    const catalogApi = catalogApiMock.mock({
      getEntityByRef: jest.fn(async () => {
        throw new Error('catalog is down');
      }),
    });
    await renderCard({ catalogApi });
    await waitForDecision('catalog.entity.create', 'DENY');

    const panel = await checkEntity(OWNED);
    await waitForDecision('catalog.entity.refresh', 'ALLOW');
    expect(within(panel).getByRole('status')).toHaveTextContent(
      `Decisions below are for ${OWNED}. Whether it exists in the catalog could not be checked (Error: catalog is down).`,
    );
  });

  it('explains that the backend decides resource permissions only per resource', async () => {
    server.use(
      metadataHandler('catalog', catalogMetadata()),
      metadataFailureHandler('scaffolder', 404),
      samplePolicy,
    );
    await renderCard();
    await waitForDecision('catalog.entity.create', 'DENY');
    const panel = screen.getByRole('region', {
      name: 'Resource permissions: catalog-entity',
    });
    expect(panel).toHaveTextContent(
      'The permission backend decides these 3 permissions only for a given resource',
    );
    expect(panel).not.toHaveTextContent(/depend on the resource/i);
    expect(
      within(rowOf('catalog.entity.delete')).queryByText(/depends/i),
    ).toBeNull();
  });

  it('refuses an entity ref without kind and sends nothing', async () => {
    server.use(
      metadataHandler('catalog', catalogMetadata()),
      metadataFailureHandler('scaffolder', 404),
      samplePolicy,
    );
    await renderCard();
    await waitForDecision('catalog.entity.create', 'DENY');

    const panel = screen.getByRole('region', {
      name: 'Resource permissions: catalog-entity',
    });
    await userEvent.type(
      within(panel).getByRole('textbox', {
        name: 'Entity ref for catalog-entity',
      }),
      'payments',
    );
    await userEvent.click(
      within(panel).getByRole('button', { name: 'Check catalog-entity' }),
    );
    expect(
      await within(panel).findByText(
        /Not an entity ref: .*missing or empty kind/,
      ),
    ).toBeInTheDocument();
    expect(await authorizeBodies()).toHaveLength(1);
    expect(
      within(rowOf('catalog.entity.read')).getByText(
        'Per resource (not checked)',
      ),
    ).toBeInTheDocument();
  });

  it('suggests entity refs from the catalog while typing', async () => {
    server.use(
      metadataHandler('catalog', catalogMetadata()),
      metadataFailureHandler('scaffolder', 404),
      samplePolicy,
    );
    const catalogApi = catalogApiMock.mock({
      queryEntities: jest.fn(async () => ({
        items: [
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: { name: 'payments', namespace: 'default' },
          },
        ],
        totalItems: 1,
        pageInfo: {},
      })),
    });
    await renderCard({ catalogApi });
    await waitForDecision('catalog.entity.create', 'DENY');

    const input = screen.getByRole('textbox', {
      name: 'Entity ref for catalog-entity',
    });
    // On a fake clock, so that a slow machine cannot stretch the keystrokes
    // past the debounce: only the clock decides when the query goes out.
    jest.useFakeTimers({
      doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'],
    });
    try {
      const user = userEvent.setup({
        advanceTimers: jest.advanceTimersByTime,
      });
      await user.type(input, 'component:pay');
      await act(async () => {
        await jest.advanceTimersByTimeAsync(400);
      });
      await user.click(await screen.findByRole('option', { name: OWNED }));
    } finally {
      jest.useRealTimers();
    }
    expect(input).toHaveValue(OWNED);
    expect(catalogApi.queryEntities).toHaveBeenLastCalledWith({
      fields: ['kind', 'metadata.namespace', 'metadata.name'],
      limit: 20,
      filter: { kind: 'component' },
      fullTextFilter: { term: 'pay', fields: ['metadata.name'] },
      orderFields: { field: 'metadata.name', order: 'asc' },
    });
    // Debounced: one query for the whole word, not one per keystroke (the
    // first lists the catalog when the click opens the empty field).
    expect(catalogApi.queryEntities).toHaveBeenCalledTimes(2);
  });

  it('lists the catalog’s entities when the empty field is opened, and its hint names one the catalog has', async () => {
    server.use(
      metadataHandler('catalog', catalogMetadata()),
      metadataFailureHandler('scaffolder', 404),
      samplePolicy,
    );
    const catalogApi = catalogApiMock.mock({
      queryEntities: jest.fn(async () => ({
        items: [
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: { name: 'storefront', namespace: 'default' },
          },
        ],
        totalItems: 1,
        pageInfo: {},
      })),
    });
    await renderCard({ catalogApi });
    await waitForDecision('catalog.entity.create', 'DENY');
    const panel = screen.getByRole('region', {
      name: 'Resource permissions: catalog-entity',
    });
    expect(panel).toHaveTextContent(
      'kind:namespace/name; open the list to pick one from the catalog',
    );
    expect(catalogApi.queryEntities).not.toHaveBeenCalled();

    await userEvent.click(
      within(panel).getByRole('textbox', {
        name: 'Entity ref for catalog-entity',
      }),
    );
    expect(
      await screen.findByRole('option', {
        name: 'component:default/storefront',
      }),
    ).toBeInTheDocument();
    expect(catalogApi.queryEntities).toHaveBeenCalledWith({
      fields: ['kind', 'metadata.namespace', 'metadata.name'],
      limit: 20,
      orderFields: { field: 'metadata.name', order: 'asc' },
    });
    expect(panel).toHaveTextContent(
      'kind:namespace/name, e.g. component:default/storefront',
    );
    expect(panel).not.toHaveTextContent('payments');
  });

  it('shows a failed resource check with status and a retry', async () => {
    server.use(
      metadataHandler('catalog', catalogMetadata()),
      metadataFailureHandler('scaffolder', 404),
      samplePolicy,
    );
    await renderCard();
    await waitForDecision('catalog.entity.create', 'DENY');

    server.use(authorizeFailureHandler(403, 'not for you'));
    const panel = screen.getByRole('region', {
      name: 'Resource permissions: catalog-entity',
    });
    await userEvent.click(
      within(panel).getByRole('textbox', {
        name: 'Entity ref for catalog-entity',
      }),
    );
    await userEvent.paste(OWNED);
    await userEvent.click(
      within(panel).getByRole('button', { name: 'Check catalog-entity' }),
    );
    expect(
      await within(panel).findByText(
        `Error: Could not check catalog-entity permissions against ${OWNED}: POST /api/permission/authorize failed (HTTP 403 Forbidden)`,
      ),
    ).toBeInTheDocument();
    expect(
      within(rowOf('catalog.entity.refresh')).getByText(
        'Per resource (not checked)',
      ),
    ).toBeInTheDocument();

    server.use(samplePolicy);
    await userEvent.click(
      within(panel).getByRole('button', { name: 'Retry catalog-entity check' }),
    );
    await waitForDecision('catalog.entity.refresh', 'ALLOW');
    expect(await authorizeBodies()).toHaveLength(3);
  });

  it('keeps 1,200 permissions in one request and pages, filters and searches them', async () => {
    server.use(
      metadataHandler('catalog', catalogMetadata()),
      metadataHandler('big', manyBasicPermissions('big', 1200)),
      authorizeHandler(item =>
        item.permission.name.endsWith('7') ? 'ALLOW' : 'DENY',
      ),
    );
    await renderCard({
      config: {
        permission: { enabled: true },
        accessInspector: { permissions: { plugins: ['catalog', 'big'] } },
      },
    });
    await waitFor(() =>
      expect(counts()).toEqual([
        'ALLOW: 120',
        'DENY: 1088',
        'Per resource (not checked): 3',
      ]),
    );
    const bodies = await authorizeBodies();
    expect(bodies.map(b => b.items.length)).toEqual([1208]);

    // Header row + one page of 25.
    expect(within(permissionsTable()).getAllByRole('row')).toHaveLength(26);
    expect(screen.getByText('1-25 of 1211')).toBeInTheDocument();

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Plugin' }),
      'catalog',
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Decision' }),
      'PER_RESOURCE',
    );
    expect(
      within(permissionsTable())
        .getAllByRole('rowheader')
        .map(cell => cell.textContent),
    ).toEqual([
      'catalog.entity.delete',
      'catalog.entity.read',
      'catalog.entity.refresh',
    ]);

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Plugin' }),
      '',
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Decision' }),
      '',
    );
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search permissions' }),
      'big.p1197',
    );
    expect(
      within(permissionsTable())
        .getAllByRole('rowheader')
        .map(cell => cell.textContent),
    ).toEqual(['big.p1197']);
    expect(within(rowOf('big.p1197')).getByText('ALLOW')).toBeInTheDocument();
  });
});
