import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
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
import { userEntity } from '../../test/builders/entities';
import {
  backstageToken,
  encodeJwt,
  TEST_BACKEND,
} from '../../test/builders/tokens';
import { defaultDoctorHandlers } from '../../test/msw/doctorHandlers';
import { userinfoHandler } from '../../test/msw/handlers';
import { pluginApis } from '../../test/msw/pluginApis';
import { setupMswServer } from '../../test/msw/server';
import { MyAccessPage } from './MyAccessPage';

setupMswServer(
  userinfoHandler({ sub: 'user:default/alice' }),
  ...defaultDoctorHandlers(),
);

function renderPage(
  identityApi = mockApis.identity(),
  catalogApi = catalogApiMock({ entities: [userEntity('alice')] }),
) {
  return renderInTestApp(
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
        [catalogApiRef, catalogApi],
        ...pluginApis(),
      ]}
    >
      <MyAccessPage />
    </TestApiProvider>,
  );
}

// The whole page renders in each test: the default 5 s is tight on a busy machine.
jest.setTimeout(20_000);

describe('MyAccessPage', () => {
  it('shows who is signed in and the decoded token, hiding the raw token', async () => {
    const token = backstageToken({
      payload: { sub: 'user:default/alice', custom: { team: 'a' } },
      lifetimeSeconds: 42 * 60 - 30,
    });
    await renderPage(
      mockApis.identity({ userEntityRef: 'user:default/alice', token }),
    );

    expect(
      await screen.findByText('user:default/alice', { selector: 'strong' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('User token (vnd.backstage.user)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Decoding is not verification/),
    ).toBeInTheDocument();

    const header = screen.getByRole('table', { name: 'Header' });
    expect(within(header).getByText('ES256')).toBeInTheDocument();
    const claims = screen.getByRole('table', { name: 'Claims' });
    expect(within(claims).getByText('Subject')).toBeInTheDocument();
    expect(within(claims).getByText('Expires')).toBeInTheDocument();
    expect(within(claims).getByText('in 42 minutes')).toBeInTheDocument();
    expect(within(claims).getByText(/"team": "a"/)).toBeInTheDocument();

    expect(screen.queryByText(token)).not.toBeInTheDocument();
    expect(document.body.textContent).not.toContain(token.split('.')[2]);
  });

  it('opens with a summary: who you are and the doctor’s verdict, open doors first', async () => {
    await renderPage(
      mockApis.identity({
        userEntityRef: 'user:default/alice',
        token: backstageToken(),
      }),
    );
    const attention = await screen.findByRole(
      'list',
      { name: 'Needs attention' },
      { timeout: 10_000 },
    );
    // Worst first; within a severity, open doors before checks. This test
    // app leaves permission.enabled unset: an open door that leads the
    // warnings.
    const items = within(attention)
      .getAllByRole('listitem')
      .map(item => item.textContent ?? '');
    const firstWarning = items.findIndex(t => !t.startsWith('Problem'));
    expect(items.slice(firstWarning).every(t => !t.startsWith('Problem'))).toBe(
      true,
    );
    expect(items[firstWarning]).toBe(
      'Open door · Warning: Permissions are off: every signed-in user may do everything',
    );
    const first = within(attention).getAllByRole('listitem')[firstWarning];
    expect(
      within(first).getByRole('link', { name: /^Permissions are off/ }),
    ).toHaveAttribute('href', '#access-inspector-open-doors');
    const verdict = screen.getByRole('link', {
      name: /^\d+ problems?, \d+ warnings?$/,
    });
    expect(verdict).toHaveAttribute('href', '#access-inspector-doctor');
    expect(document.getElementById('access-inspector-doctor')).toContainElement(
      screen.getByRole('list', { name: 'Open doors' }),
    );
    // The summary comes before every card, and one doctor run feeds both.
    const summary = screen.getByText('Summary');
    expect(
      summary.compareDocumentPosition(
        document.getElementById('access-inspector-token')!,
      ) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(screen.getByText('Signed in as').nextSibling).toHaveTextContent(
      'user:default/alice',
    );
  });

  it('answers first: time left, groups and permission counts, a link to every card, the doctor before the agents', async () => {
    await renderPage(
      mockApis.identity({
        userEntityRef: 'user:default/alice',
        token: backstageToken({ lifetimeSeconds: 42 * 60 - 30 }),
      }),
    );
    const fact = (name: string) => screen.getByText(name, { selector: 'dt' });
    await screen.findByText(/^expires in/, { selector: 'dd' });
    expect(fact('Session').nextSibling?.textContent).toMatch(
      /^expires in 42 minutes \(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC\)$/,
    );
    // alice is in no group of this test catalog; this test app leaves
    // permission.enabled unset.
    await screen.findByText('0 direct, 0 inherited', { selector: 'dd' });
    expect(fact('Permissions').nextSibling).toHaveTextContent(
      'Could not tell: the permission framework is off',
    );

    const jump = screen.getByRole('navigation', { name: 'Jump to' });
    const links = within(jump).getAllByRole('link');
    expect(links.map(l => l.textContent)).toEqual([
      'Backstage token',
      'Groups and ownership',
      'Provider sessions',
      'Permissions',
      '401 doctor',
      'Agents',
    ]);
    const targets = links.map(l =>
      document.getElementById(l.getAttribute('href')!.slice(1)),
    );
    expect(targets.every(Boolean)).toBe(true);
    // Each card sits where its link points, in the order the links give.
    for (let i = 1; i < targets.length; i++)
      expect(
        targets[i - 1]!.compareDocumentPosition(targets[i]!) &
          Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    expect(targets[4]).toContainElement(
      screen.getByRole('list', { name: 'Open doors' }),
    );
  });

  it('says "could not tell" for a count it could not read, never zero', async () => {
    const catalog = catalogApiMock({ entities: [userEntity('alice')] });
    catalog.getEntitiesByRefs = () =>
      Promise.reject(new Error('catalog answered 503'));
    await renderPage(
      mockApis.identity({
        userEntityRef: 'user:default/alice',
        token: backstageToken(),
      }),
      catalog,
    );
    expect(
      await screen.findByText(/^Could not tell: .*catalog answered 503/, {
        selector: 'dd',
      }),
    ).toBe(screen.getByText('Catalog groups', { selector: 'dt' }).nextSibling);
  });

  it('has its own page header in the legacy system, which gives pages none', async () => {
    await renderPage(mockApis.identity({ token: backstageToken() }));
    const headings = await screen.findAllByRole('heading', { level: 1 });
    expect(headings).toHaveLength(1);
    expect(headings[0]).toHaveTextContent('My Access');
  });

  it('reveals the raw token only on request', async () => {
    const token = backstageToken();
    await renderPage(mockApis.identity({ token }));

    await userEvent.click(
      await screen.findByRole('button', { name: 'Reveal token' }),
    );
    expect(
      screen.getByRole('region', { name: 'Raw Backstage token' }),
    ).toHaveTextContent(token);

    await userEvent.click(screen.getByRole('button', { name: 'Hide token' }));
    expect(
      screen.queryByRole('region', { name: 'Raw Backstage token' }),
    ).not.toBeInTheDocument();
  });

  it('explains a session without a token', async () => {
    const identityApi = mockApis.identity({
      userEntityRef: 'user:development/guest',
    });
    await renderPage(identityApi);

    expect(
      await screen.findByText(/This session has no Backstage token/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('table', { name: 'Claims' }),
    ).not.toBeInTheDocument();
  });

  it('explains a token that cannot be decoded', async () => {
    await renderPage(mockApis.identity({ token: 'opaque-session-token' }));

    expect(
      await screen.findByText(/The token could not be decoded/),
    ).toBeInTheDocument();
    // The token card and the 401 doctor both explain it.
    expect(screen.getAllByText(/This is not a JWT/)).toHaveLength(2);
  });

  it('labels a token that is not a Backstage user token', async () => {
    await renderPage(
      mockApis.identity({
        token: encodeJwt({ alg: 'RS256', typ: 'JWT' }, { sub: 'x' }),
      }),
    );
    expect(
      await screen.findByText('Not a Backstage user token (typ: JWT)'),
    ).toBeInTheDocument();
  });

  it('shows a failing identity API with a retry', async () => {
    const identityApi = mockApis.identity({ token: backstageToken() });
    const getCredentials = jest
      .spyOn(identityApi, 'getCredentials')
      .mockRejectedValueOnce(new Error('session store unavailable'));
    await renderPage(identityApi);

    expect(
      (await screen.findAllByText(/session store unavailable/)).length,
    ).toBeGreaterThan(0);
    await userEvent.click(screen.getAllByRole('button', { name: 'Retry' })[0]);
    expect(
      await screen.findByRole('table', { name: 'Claims' }),
    ).toBeInTheDocument();
    expect(getCredentials).toHaveBeenCalledTimes(2);
  });
});
