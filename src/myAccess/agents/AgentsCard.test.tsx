import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  configApiRef,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import type { JsonObject } from '@backstage/types';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { TEST_BACKEND } from '../../../test/builders/tokens';
import {
  actionsHandler,
  authDiscoveryHandler,
  builtInActions,
  defaultAgentsHandlers,
  discoveryDocumentWithoutAgents,
  mcpHandler,
} from '../../../test/msw/agentsHandlers';
import { pluginApis } from '../../../test/msw/pluginApis';
import { setupMswServer } from '../../../test/msw/server';
import { AgentsCard } from './AgentsCard';

const { server, requests } = setupMswServer();

const MCP_URL = `${TEST_BACKEND}/api/mcp-actions/v1`;

async function renderCard(config: JsonObject = {}) {
  const discoveryApi = mockApis.discovery({ baseUrl: TEST_BACKEND });
  const fetchApi = {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init),
  };
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [discoveryApiRef, discoveryApi],
        [fetchApiRef, fetchApi],
        [configApiRef, mockApis.config({ data: config })],
        ...pluginApis({ discoveryApi, fetchApi }),
      ]}
    >
      <AgentsCard />
    </TestApiProvider>,
  );
  return screen.findByRole('list', { name: 'Agent access' });
}

function actionsTable(pluginId: string) {
  return screen.getByRole('table', { name: `Actions of ${pluginId}` });
}

function rowOf(table: HTMLElement, id: string) {
  const header = within(table).getByText(id).closest('tr');
  if (!header) throw new Error(`no row for ${id}`);
  return header as HTMLElement;
}

describe('AgentsCard', () => {
  it('shows how agents sign in, the MCP endpoint and every plugin’s actions, with one request each, in parallel', async () => {
    server.use(...defaultAgentsHandlers());
    // Named in config: asked even though the app has no frontend plugin of them.
    const checks = await renderCard({
      accessInspector: {
        agents: { plugins: ['auth', 'catalog', 'scaffolder', 'notifications'] },
      },
    });

    expect(
      within(checks).getByRole('listitem', {
        name: 'Information: Agents can sign in as you: client ID metadata documents',
      }),
    ).toBeInTheDocument();
    expect(
      within(checks).getByRole('listitem', {
        name: `Information: MCP server: ${MCP_URL}`,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/It holds your full access/)).toBeInTheDocument();
    expect(
      screen.getByText('4 actions in auth, catalog, 1 of them destructive.'),
    ).toBeInTheDocument();

    const auth = actionsTable('auth');
    expect(within(auth).getByText('auth:who-am-i')).toBeInTheDocument();
    expect(
      within(rowOf(auth, 'auth:who-am-i')).getByText('Read-only'),
    ).toBeInTheDocument();
    const catalog = actionsTable('catalog');
    expect(
      within(catalog)
        .getAllByRole('rowheader')
        .map(cell => cell.textContent),
    ).toEqual([
      'Unregister entity from the Catalogcatalog:unregister-entity',
      'Register entity in the Catalogcatalog:register-entity',
      'Query Catalog Entitiescatalog:query-catalog-entities',
    ]);

    // Plugins without actions are information, not failures.
    expect(
      screen.getByText(
        'scaffolder: no actions (not installed, or it registers none)',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/failed/)).not.toBeInTheDocument();

    expect(requests.map(r => `${r.method} ${r.url}`).sort()).toEqual([
      `GET ${TEST_BACKEND}/api/auth/.backstage/actions/v1/actions`,
      `GET ${TEST_BACKEND}/api/auth/.well-known/openid-configuration`,
      `GET ${TEST_BACKEND}/api/catalog/.backstage/actions/v1/actions`,
      `GET ${TEST_BACKEND}/api/notifications/.backstage/actions/v1/actions`,
      `GET ${TEST_BACKEND}/api/scaffolder/.backstage/actions/v1/actions`,
      `POST ${MCP_URL}`,
    ]);
  });

  it('asks the scaffolder and notifications by default only when the app has their frontend plugins', async () => {
    server.use(...defaultAgentsHandlers());
    // The test app registers no scaffolder or notifications plugin: their
    // backends are not asked, so a healthy page logs no 404.
    await renderCard();
    await screen.findByRole('table', { name: 'Actions of catalog' });
    expect(
      screen.queryByText(/^scaffolder|^notifications/),
    ).not.toBeInTheDocument();
    expect(requests.map(r => `${r.method} ${r.url}`).sort()).toEqual([
      `GET ${TEST_BACKEND}/api/auth/.backstage/actions/v1/actions`,
      `GET ${TEST_BACKEND}/api/auth/.well-known/openid-configuration`,
      `GET ${TEST_BACKEND}/api/catalog/.backstage/actions/v1/actions`,
      `POST ${MCP_URL}`,
    ]);
  });

  it('marks destructive actions with an icon and the word, and only those', async () => {
    server.use(...defaultAgentsHandlers());
    await renderCard();
    const catalog = actionsTable('catalog');
    const unregister = rowOf(catalog, 'catalog:unregister-entity');
    expect(within(unregister).getByText('Destructive')).toBeInTheDocument();
    // The word sits beside an icon in one chip: not colour alone.
    const chip = within(unregister).getByText('Destructive').parentElement;
    expect(chip?.querySelector('svg')).not.toBeNull();
    for (const id of [
      'catalog:register-entity',
      'catalog:query-catalog-entities',
    ]) {
      expect(
        within(rowOf(catalog, id)).queryByText('Destructive'),
      ).not.toBeInTheDocument();
    }
    expect(
      within(rowOf(catalog, 'catalog:register-entity')).getByText(
        'Changes data',
      ),
    ).toBeInTheDocument();
  });

  it('shows the first paragraph of a long description, and the rest on request', async () => {
    server.use(...defaultAgentsHandlers());
    await renderCard();
    const query = rowOf(
      actionsTable('catalog'),
      'catalog:query-catalog-entities',
    );
    expect(
      within(query).getByRole('cell', { name: /^Query entities/ }),
    ).toHaveTextContent(
      /^Query entities from the Backstage Software Catalog using predicate filters\.Full description$/,
    );
    expect(query).not.toHaveTextContent(/## Catalog Model/);
    await userEvent.click(
      within(query).getByRole('button', { name: 'Full description' }),
    );
    expect(query).toHaveTextContent(/## Catalog Model/);
    await userEvent.click(
      within(query).getByRole('button', { name: 'Hide the full description' }),
    );
    expect(query).not.toHaveTextContent(/## Catalog Model/);
  });

  it('says so when nothing is installed: no actions anywhere and no MCP server', async () => {
    server.use(
      authDiscoveryHandler(discoveryDocumentWithoutAgents()),
      mcpHandler('notInstalled'),
      ...['auth', 'catalog', 'scaffolder', 'notifications'].map(id =>
        actionsHandler(id, 'notFound'),
      ),
    );
    const checks = await renderCard();
    expect(
      within(checks).getByRole('listitem', {
        name: 'Information: Nothing for agents here: no actions and no MCP server',
      }),
    ).toBeInTheDocument();
    expect(
      within(checks).getByRole('listitem', {
        name: 'Information: No MCP server: the MCP actions backend is not installed',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No action in the plugins asked.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'No MCP server was found on this backend, so there is no entry to copy.',
      ),
    ).toBeInTheDocument();
  });

  it('lists the other plugins when one fails, and shows that failure on its own', async () => {
    // Overrides come first: msw uses the first handler that matches.
    server.use(
      actionsHandler('auth', 'serverError'),
      ...defaultAgentsHandlers(),
    );
    await renderCard();
    expect(
      screen.getByText(
        'auth: the actions list failed (HTTP 500 Internal Server Error)',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/registry exploded/)).toBeInTheDocument();
    expect(
      within(actionsTable('catalog')).getByText('catalog:unregister-entity'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('table', { name: 'Actions of auth' }),
    ).not.toBeInTheDocument();

    // Its retry asks again.
    server.use(actionsHandler('auth', [builtInActions.whoAmI]));
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      within(
        await screen.findByRole('table', { name: 'Actions of auth' }),
      ).getByText('auth:who-am-i'),
    ).toBeInTheDocument();
  });

  it('says agents cannot sign in when the backend advertises no way, and offers a static-token MCP entry', async () => {
    server.use(
      authDiscoveryHandler(discoveryDocumentWithoutAgents()),
      ...defaultAgentsHandlers(),
    );
    const checks = await renderCard();
    const finding = within(checks).getByRole('listitem', {
      name: 'Information: Agents cannot sign in as you',
    });
    expect(finding).toHaveTextContent(/no client ID metadata documents/);
    expect(
      within(checks).queryByRole('listitem', { name: /can sign in as you/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText(/the command will fail until they are enabled/),
    ).toBeInTheDocument();
    const entry = screen.getByRole('group', { name: 'MCP client entry' });
    expect(JSON.parse(entry.textContent ?? '')).toEqual({
      mcpServers: {
        backstage: {
          url: MCP_URL,
          headers: { Authorization: 'Bearer ${MCP_TOKEN}' },
        },
      },
    });
  });

  it('could not tell how agents sign in when the discovery document cannot be read', async () => {
    server.use(authDiscoveryHandler('notJson'), ...defaultAgentsHandlers());
    const checks = await renderCard();
    const finding = within(checks).getByRole('listitem', {
      name: 'Could not tell: Could not tell whether agents can sign in as you',
    });
    expect(finding).toHaveTextContent(/not JSON/);
    expect(
      within(checks).queryByRole('listitem', {
        name: /Agents (can|cannot) sign in as you/,
      }),
    ).not.toBeInTheDocument();
  });

  it('gives this backend’s CLI command and MCP client entry, without any token', async () => {
    server.use(...defaultAgentsHandlers());
    await renderCard();
    expect(
      screen.getByRole('group', { name: 'Sign the Backstage CLI in as you' }),
    ).toHaveTextContent(
      `backstage-cli auth login --backend-url ${TEST_BACKEND}`,
    );
    const entry = screen.getByRole('group', { name: 'MCP client entry' });
    expect(JSON.parse(entry.textContent ?? '')).toEqual({
      mcpServers: { backstage: { url: MCP_URL } },
    });
    expect(
      screen.getByRole('button', { name: 'Copy the MCP client entry' }),
    ).toBeInTheDocument();
    for (const label of [
      'Copy the action filters',
      'Copy the visibility permission example',
      'Copy the access restrictions',
    ]) {
      expect(screen.getByRole('button', { name: label })).toBeInTheDocument();
    }
    expect(
      screen.getByRole('group', { name: 'Action filters' }),
    ).toHaveTextContent(/destructive: true/);
  });

  it('asks the configured plugins and named MCP servers, and warns of a server the backend lacks', async () => {
    server.use(
      ...defaultAgentsHandlers(),
      actionsHandler('my-plugin', [
        {
          ...builtInActions.whoAmI,
          id: 'my-plugin:x',
          name: 'x',
          pluginId: 'my-plugin',
        },
      ]),
      mcpHandler('served', 'read-only'),
      mcpHandler('notInstalled', 'ops'),
    );
    const checks = await renderCard({
      accessInspector: {
        agents: { plugins: ['my-plugin'], mcpServers: ['read-only', 'ops'] },
      },
    });
    expect(
      within(checks).getByRole('listitem', {
        name: `Information: MCP server read-only: ${MCP_URL}/read-only`,
      }),
    ).toBeInTheDocument();
    expect(
      within(checks).getByRole('listitem', {
        name: 'Warning: No MCP server named ops',
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('table')).toHaveLength(1);
    expect(actionsTable('my-plugin')).toBeInTheDocument();
    expect(
      requests
        .filter(r => r.url.includes('/actions/v1/actions'))
        .map(r => r.url),
    ).toEqual([`${TEST_BACKEND}/api/my-plugin/.backstage/actions/v1/actions`]);
  });
});
