import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  configApiRef,
  discoveryApiRef,
  fetchApiRef,
  identityApiRef,
} from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { userEntity } from '../../../test/builders/entities';
import { backstageToken, TEST_BACKEND } from '../../../test/builders/tokens';
import { userinfoHandler } from '../../../test/msw/handlers';
import {
  defaultDoctorHandlers,
  pluginProbeHandler,
} from '../../../test/msw/doctorHandlers';
import { setupMswServer } from '../../../test/msw/server';
import { MyAccessDataProvider } from '../data/useMyAccessData';
import { InMemorySessionTimeline } from '../../shared/timeline';
import { pluginApis } from '../../../test/msw/pluginApis';
import {
  DoctorCard,
  DoctorCardBase,
  type DoctorCardBaseProps,
} from './DoctorCard';

const { server, requests } = setupMswServer(
  userinfoHandler({ sub: 'user:default/alice', ent: ['group:default/team-a'] }),
  ...defaultDoctorHandlers(),
);

const NOW_S = Math.floor(Date.now() / 1000);

const timeline = InMemorySessionTimeline.create();
afterEach(() => timeline.clear());

async function renderCard(
  options: {
    token?: string;
    config?: object;
    props?: DoctorCardBaseProps;
    /** The package's DoctorCard placed on its own, without the page's data. */
    standalone?: boolean;
  } = {},
) {
  const token =
    'token' in options
      ? options.token
      : backstageToken({ issuedAt: NOW_S - 60 });
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [
          identityApiRef,
          mockApis.identity({
            userEntityRef: 'user:default/alice',
            ownershipEntityRefs: ['user:default/alice', 'group:default/team-a'],
            token,
          }),
        ],
        [discoveryApiRef, mockApis.discovery({ baseUrl: TEST_BACKEND })],
        [
          fetchApiRef,
          {
            fetch: (input: RequestInfo | URL, init?: RequestInit) =>
              fetch(input, init),
          },
        ],
        [catalogApiRef, catalogApiMock({ entities: [userEntity('alice')] })],
        [
          configApiRef,
          mockApis.config({
            data: {
              app: { baseUrl: 'http://localhost' },
              backend: { baseUrl: TEST_BACKEND },
              ...options.config,
            },
          }),
        ],
        ...pluginApis({ timeline }),
      ]}
    >
      {options.standalone ? (
        <DoctorCard />
      ) : (
        <MyAccessDataProvider>
          <DoctorCardBase {...options.props} />
        </MyAccessDataProvider>
      )}
    </TestApiProvider>,
  );
}

async function checks() {
  return screen.findByRole('list', { name: 'Checks' });
}

function probeRequests() {
  return requests
    .map(r => `${r.method} ${r.url}`)
    .filter(r => r.includes('/.backstage/auth/'))
    .sort();
}

describe('DoctorCard', () => {
  it('works on its own, outside My Access: checks, groups and no permissions in the bundle', async () => {
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: jest.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:bundle';
      }),
      revokeObjectURL: jest.fn(),
    });
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    await renderCard({ standalone: true });

    const list = await checks();
    expect(
      within(list).getByRole('listitem', {
        name: 'Passed: catalog: the plugin accepts your token',
      }),
    ).toBeInTheDocument();
    await waitFor(() => expect(probeRequests()).toHaveLength(4));
    await userEvent.click(
      screen.getByRole('button', { name: 'Download JSON' }),
    );
    const bundle = JSON.parse(await blobs[0].text());
    expect(bundle.groups).toMatchObject({
      userEntityRef: 'user:default/alice',
      identityRefs: 2,
      userinfoRefs: 1,
    });
    expect(bundle.permissions).toBeUndefined();
    click.mockRestore();
  });

  it('runs every check and probes each plugin once through the fetch API', async () => {
    await renderCard();
    const list = await checks();
    for (const name of [
      'Passed: A Backstage token is sent with requests',
      'Passed: It is a Backstage user token',
      'Passed: The audience is backstage',
      'Passed: The issuer is this backend’s auth plugin',
      'Passed: The token is well below the size limit',
      'Passed: This page is served from app.baseUrl',
      'Passed: catalog: requests carry the token',
      'Passed: catalog: the plugin accepts your token',
      'Passed: permission: the plugin accepts your token',
      // The MCP server and the plugins whose actions agents call.
      'Passed: mcp-actions: the plugin accepts your token',
      'Passed: auth: the plugin accepts your token',
      // Neither passed nor failed: said so, in its own words.
      'Could not tell: Clock skew cannot be measured',
    ]) {
      expect(within(list).getByRole('listitem', { name })).toBeInTheDocument();
    }
    expect(
      within(list).getByRole('listitem', {
        name: 'Could not tell: Clock skew cannot be measured',
      }),
    ).toHaveTextContent(/^Could not tell/);
    expect(
      within(list).queryByRole('listitem', { name: /^Problem/ }),
    ).not.toBeInTheDocument();
    // The one warning: jsdom's page is on localhost, the test backend on 127.0.0.1.
    expect(
      within(list)
        .getAllByRole('listitem', { name: /^Warning/ })
        .map(item => item.getAttribute('aria-label')),
    ).toEqual(['Warning: The app and backend are on different sites']);
    expect(
      within(list).queryByRole('listitem', { name: /^Passed: Clock skew/ }),
    ).not.toBeInTheDocument();
    const passed = within(list).getAllByRole('listitem', { name: /^Passed:/ });
    // The verdict counts the open doors too: this config leaves
    // permission.enabled unset (a warning), and the backend advertises client
    // ID metadata documents (information).
    const doors = screen.getByRole('list', { name: 'Open doors' });
    expect(
      within(doors)
        .getAllByRole('listitem')
        .map(item => item.getAttribute('aria-label')),
    ).toEqual([
      'Warning: Permissions are off: every signed-in user may do everything',
      'Information: Agents from the allowed list can act as you after one approval',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent(
      `0 problems, 2 warnings, ${passed.length} passed, 1 could not tell, 1 for information`,
    );
    // The test app has no scaffolder, notifications or TechDocs frontend
    // plugin, and the page is not served by the backend (localhost against
    // 127.0.0.1): none of those is asked, so a healthy page logs no 404.
    expect(probeRequests()).toEqual([
      `GET ${TEST_BACKEND}/api/auth/.backstage/auth/v1/cookie`,
      `GET ${TEST_BACKEND}/api/catalog/.backstage/auth/v1/cookie`,
      `GET ${TEST_BACKEND}/api/mcp-actions/.backstage/auth/v1/cookie`,
      `GET ${TEST_BACKEND}/api/permission/.backstage/auth/v1/cookie`,
    ]);
  });

  it('explains a legacy guest without a token and the 401s it gets', async () => {
    server.use(
      pluginProbeHandler('catalog', 'missingCredentials'),
      pluginProbeHandler('permission', 'missingCredentials'),
    );
    await renderCard({ token: undefined });
    const list = await checks();
    expect(
      within(list).getByRole('listitem', {
        name: 'Problem: There is no Backstage token',
      }),
    ).toHaveTextContent(/Missing credentials/);
    expect(
      within(list).getByRole('listitem', {
        name: 'Problem: catalog: 401 Missing credentials',
      }),
    ).toHaveTextContent(/without an Authorization header/);
    expect(
      within(list).queryByRole('listitem', {
        name: /It is a Backstage user token/,
      }),
    ).not.toBeInTheDocument();
  });

  it('reports a plugin that is not installed and records the failure in the timeline', async () => {
    server.use(pluginProbeHandler('todo', 'notInstalled'));
    await renderCard({
      config: {
        accessInspector: { doctor: { probePlugins: ['catalog', 'todo'] } },
      },
    });
    const list = await checks();
    expect(
      within(list).getByRole('listitem', {
        name: 'Problem: todo: not installed in the backend',
      }),
    ).toHaveTextContent(
      `GET ${TEST_BACKEND}/api/todo/.backstage/auth/v1/cookie`,
    );
    expect(probeRequests()).not.toContain(
      `GET ${TEST_BACKEND}/api/permission/.backstage/auth/v1/cookie`,
    );
    const events = screen.getByRole('list', { name: 'Session events' });
    expect(
      within(events).getByText('todo: not installed in the backend'),
    ).toBeInTheDocument();
    expect(within(events).getByText(/Token observed/)).toBeInTheDocument();
  });

  it('lists a default-probed plugin missing from the backend as information, until a pasted error points at it', async () => {
    server.use(pluginProbeHandler('scaffolder', 'notInstalled'));
    await renderCard({
      config: {
        accessInspector: {
          permissions: { plugins: ['catalog', 'scaffolder'] },
        },
      },
    });
    const list = await checks();
    expect(
      within(list).getByRole('listitem', {
        name: 'Information: scaffolder: not installed on this backend',
      }),
    ).toHaveTextContent(/not a problem by itself/);
    expect(screen.getByRole('status')).toHaveTextContent(
      // The second warning is the open door "permissions are off".
      /^0 problems, 2 warnings, /,
    );
    expect(
      within(screen.getByRole('list', { name: 'Session events' })).queryByText(
        /scaffolder/,
      ),
    ).not.toBeInTheDocument();

    const box = screen.getByRole('textbox', {
      name: 'Paste a token, an error or a response',
    });
    await userEvent.click(box);
    await userEvent.paste(
      `GET ${TEST_BACKEND}/api/scaffolder/v2/tasks 404\n{"error":{"name":"NotFoundError","message":"Not Found"}}`,
    );
    const problem = within(list).getByRole('listitem', {
      name: 'Problem: scaffolder: not installed in the backend',
    });
    expect(problem).toHaveTextContent(
      `the pasted error came from ${TEST_BACKEND}/api/scaffolder/v2/tasks`,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      /^1 problem, 2 warnings, /,
    );
    expect(
      within(
        screen.getByRole('list', { name: 'Where this error comes from' }),
      ).getByRole('listitem', {
        name: 'Problem: scaffolder: not installed in the backend',
      }),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(
      within(list).getByRole('listitem', {
        name: 'Information: scaffolder: not installed on this backend',
      }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('list', { name: 'Where this error comes from' }),
    ).not.toBeInTheDocument();
  });

  it('reports a missing permission backend as a problem when permission.enabled is true', async () => {
    server.use(pluginProbeHandler('permission', 'notInstalled'));
    await renderCard({ config: { permission: { enabled: true } } });
    expect(
      within(await checks()).getByRole('listitem', {
        name: 'Problem: permission: not installed in the backend',
      }),
    ).toHaveTextContent(/permission\.enabled is true/);
  });

  it('reports an expired token and a 401 from verification', async () => {
    server.use(pluginProbeHandler('catalog', 'failedVerification'));
    await renderCard({ token: backstageToken({ issuedAt: NOW_S - 7200 }) });
    const list = await checks();
    expect(
      within(list).getByRole('listitem', {
        name: 'Problem: The token expired 1 hour ago',
      }),
    ).toBeInTheDocument();
    expect(
      within(list).getByRole('listitem', {
        name: 'Problem: catalog: 401 Failed user token verification',
      }),
    ).toHaveTextContent(/if exp is in the past it expired/);
  });

  it('diagnoses a pasted token offline: no request, nothing stored', async () => {
    await renderCard();
    await checks();
    const before = requests.length;
    const setItem = jest.spyOn(Storage.prototype, 'setItem');
    const box = screen.getByRole('textbox', {
      name: 'Paste a token, an error or a response',
    });

    await userEvent.click(box);
    await userEvent.paste(
      `Bearer "${backstageToken({ issuedAt: NOW_S - 7200 })}"`,
    );
    const section = screen.getByRole('region', {
      name: 'Paste a token or an error',
    });
    expect(
      within(section).getByRole('listitem', {
        name: 'Problem: The token expired 1 hour ago',
      }),
    ).toBeInTheDocument();
    expect(
      within(section).getByRole('table', {
        name: 'Claims of the pasted token',
      }),
    ).toHaveTextContent('user:default/alice');

    await userEvent.clear(box);
    await userEvent.paste('gho_16C7e42F292c6912E7710c838347Ae178B4a');
    expect(
      within(section).getByRole('listitem', {
        name: 'Problem: This is not a JWT',
      }),
    ).toBeInTheDocument();
    expect(
      within(section).queryByRole('table', {
        name: 'Claims of the pasted token',
      }),
    ).not.toBeInTheDocument();

    expect(requests.length).toBe(before);
    expect(setItem).not.toHaveBeenCalled();
    setItem.mockRestore();
  });

  it('hides the uip of a pasted token until Reveal, as the token card does', async () => {
    await renderCard();
    await checks();
    const token = backstageToken({ issuedAt: NOW_S - 60 });
    const uip = JSON.parse(
      Buffer.from(token.split('.')[1], 'base64url').toString(),
    ).uip;
    await userEvent.click(
      screen.getByRole('textbox', {
        name: 'Paste a token, an error or a response',
      }),
    );
    await userEvent.paste(token);
    const claims = screen.getByRole('table', {
      name: 'Claims of the pasted token',
    });
    expect(claims).toHaveTextContent(
      `Hidden: limited-token signature, ${uip.length} characters`,
    );
    expect(claims).not.toHaveTextContent(uip);

    await userEvent.click(
      within(claims).getByRole('button', { name: 'Reveal uip' }),
    );
    expect(claims).toHaveTextContent(uip);
  });

  it('explains a pasted error body', async () => {
    await renderCard();
    await checks();
    await userEvent.click(
      screen.getByRole('textbox', {
        name: 'Paste a token, an error or a response',
      }),
    );
    await userEvent.paste(
      JSON.stringify({
        error: { name: 'AuthenticationError', message: 'Missing credentials' },
        response: { statusCode: 401 },
      }),
    );
    const section = screen.getByRole('region', {
      name: 'Paste a token or an error',
    });
    expect(
      within(section).getByRole('listitem', {
        name: 'Problem: No token was sent',
      }),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Clear' }));
    await userEvent.click(
      screen.getByRole('textbox', {
        name: 'Paste a token, an error or a response',
      }),
    );
    await userEvent.paste('<html>Bad gateway</html>');
    expect(
      within(section).getByRole('listitem', {
        name: 'Warning: This page does not recognise this text',
      }),
    ).toBeInTheDocument();
    expect(
      within(section).queryByRole('listitem', { name: /No token was sent/ }),
    ).not.toBeInTheDocument();
  });

  it('says what it read a paste as, and explains a copied message with this app’s callback URL', async () => {
    await renderCard();
    await checks();
    const box = screen.getByRole('textbox', {
      name: 'Paste a token, an error or a response',
    });
    await userEvent.click(box);
    await userEvent.paste(
      'Login failed; caused by Error: Authentication failed, redirect_uri_mismatch',
    );
    const section = screen.getByRole('region', {
      name: 'Paste a token or an error',
    });
    expect(
      within(section).getByText(
        'Read as a message, as a toast, a sign-in window, an error page or a log shows it.',
      ),
    ).toBeInTheDocument();
    const finding = within(section).getByRole('listitem', {
      name: 'Problem: IdP rejected the callback URL (redirect_uri_mismatch)',
    });
    expect(finding).toHaveTextContent(
      `Register exactly ${TEST_BACKEND}/api/auth/<provider id>/handler/frame`,
    );

    await userEvent.clear(box);
    await userEvent.paste(
      `HTTP/1.1 401 Unauthorized\ncontent-type: application/json\n\n{"error":{"name":"AuthenticationError","message":"Missing credentials"}}`,
    );
    expect(
      within(section).getByText(
        'Read as an HTTP response with status 401 and a Backstage error body.',
      ),
    ).toBeInTheDocument();
    expect(
      within(section).getByRole('listitem', {
        name: 'Problem: No token was sent',
      }),
    ).toBeInTheDocument();
  });

  it('downloads a JSON bundle with claims, groups, permissions and timeline but no token', async () => {
    const token = backstageToken({
      issuedAt: NOW_S - 60,
      payload: { note: 'hello' },
    });
    const blobs: Blob[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:bundle';
    });
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    timeline.record({
      type: 'sign-in',
      at: Date.now(),
      detail: `signed in, Bearer ${token}`,
    });

    await renderCard({
      token,
      props: {
        permissionSummary: {
          enabled: true,
          decisions: [
            {
              pluginId: 'catalog',
              name: 'catalog.entity.create',
              decision: 'DENY',
            },
          ],
        },
      },
    });
    await checks();
    await userEvent.click(
      screen.getByRole('button', { name: 'Download JSON' }),
    );

    expect(click).toHaveBeenCalledTimes(1);
    const json = await blobs[0].text();
    for (const part of [token, ...token.split('.')])
      expect(json).not.toContain(part);
    const bundle = JSON.parse(json);
    expect(bundle.claims.payload).toMatchObject({
      sub: 'user:default/alice',
      note: 'hello',
    });
    expect(bundle.groups).toMatchObject({
      userEntityRef: 'user:default/alice',
      identityRefs: 2,
      userinfoRefs: 1,
    });
    expect(bundle.permissions.decisions).toEqual([
      { pluginId: 'catalog', name: 'catalog.entity.create', decision: 'DENY' },
    ]);
    expect(bundle.checks).toContainEqual(
      expect.objectContaining({ id: 'probe:catalog', severity: 'ok' }),
    );
    expect(bundle.timeline).toContainEqual(
      expect.objectContaining({ type: 'sign-in' }),
    );
    expect(bundle.environment.config['backend.baseUrl']).toBe(TEST_BACKEND);

    await userEvent.click(
      screen.getByRole('button', { name: 'Download Markdown' }),
    );
    const md = await blobs[1].text();
    expect(md).toContain('# Backstage access diagnostics');
    for (const part of [token, ...token.split('.')])
      expect(md).not.toContain(part);
    click.mockRestore();
  });

  it('copies the diagnostics, and says so inline when the clipboard fails', async () => {
    const writeText = jest
      .fn()
      .mockResolvedValueOnce(undefined)
      .mockRejectedValueOnce(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText },
      configurable: true,
    });
    const token = backstageToken({ issuedAt: NOW_S - 60 });
    await renderCard({ token });
    await checks();

    await userEvent.click(
      screen.getByRole('button', { name: 'Copy diagnostics' }),
    );
    expect(await screen.findByText('Diagnostics copied')).toHaveAttribute(
      'role',
      'status',
    );
    expect(writeText.mock.calls[0][0]).toContain('## Checks');
    expect(writeText.mock.calls[0][0]).not.toContain(token.split('.')[2]);

    await userEvent.click(
      screen.getByRole('button', { name: 'Copy diagnostics' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not copy to the clipboard: denied',
    );
  });

  it('shows an inline error with a retry when the identity cannot be read', async () => {
    const identityApi = mockApis.identity({ token: backstageToken() });
    jest
      .spyOn(identityApi, 'getCredentials')
      .mockRejectedValueOnce(new Error('session store unavailable'));
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [identityApiRef, identityApi],
          [discoveryApiRef, mockApis.discovery({ baseUrl: TEST_BACKEND })],
          [
            fetchApiRef,
            {
              fetch: (input: RequestInfo | URL, init?: RequestInit) =>
                fetch(input, init),
            },
          ],
          [
            configApiRef,
            mockApis.config({ data: { backend: { baseUrl: TEST_BACKEND } } }),
          ],
          ...pluginApis({ timeline }),
        ]}
      >
        <MyAccessDataProvider>
          <DoctorCard />
        </MyAccessDataProvider>
      </TestApiProvider>,
    );
    expect(
      await screen.findByText('session store unavailable'),
    ).toBeInTheDocument();
    expect(probeRequests()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await checks()).toBeInTheDocument();
    await waitFor(() => expect(probeRequests()).toHaveLength(4));
  });

  it('reports a backend failure on the probe as a problem of that plugin only', async () => {
    server.use(pluginProbeHandler('permission', 'serverError'));
    await renderCard();
    const list = await checks();
    expect(
      within(list).getByRole('listitem', {
        name: 'Problem: permission: the backend failed with 500',
      }),
    ).toHaveTextContent('database unavailable');
    expect(
      within(list).getByRole('listitem', {
        name: 'Passed: catalog: the plugin accepts your token',
      }),
    ).toBeInTheDocument();
  });
});
