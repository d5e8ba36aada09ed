import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { CatalogClient } from '@backstage/catalog-client';
import {
  discoveryApiRef,
  fetchApiRef,
  identityApiRef,
} from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { groupEntity, userEntity } from '../../../test/builders/entities';
import { backstageToken, TEST_BACKEND } from '../../../test/builders/tokens';
import { catalogHandlers } from '../../../test/msw/catalogHandlers';
import { backstageError, userinfoHandler } from '../../../test/msw/handlers';
import { pluginApis } from '../../../test/msw/pluginApis';
import { setupMswServer } from '../../../test/msw/server';
import { MyAccessDataProvider } from '../useMyAccessData';
import { GroupsCard } from './GroupsCard';

const org = [
  groupEntity('acme', undefined, { displayName: 'ACME' }),
  groupEntity('engineering', 'acme'),
  groupEntity('team-a', 'engineering', { displayName: 'Team A' }),
];
const alice = userEntity('alice', ['team-a']);
const identityRefs = ['user:default/alice', 'group:default/team-a'];

const { server, requests } = setupMswServer();

function renderCard(
  options: {
    ownershipEntityRefs?: string[];
    userEntityRef?: string;
    withCatalog?: boolean;
    /** Placed on its own, without the page's shared data. */
    standalone?: boolean;
  } = {},
) {
  const discoveryApi = mockApis.discovery({ baseUrl: TEST_BACKEND });
  const fetchApi = {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init),
  };
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [
          identityApiRef,
          mockApis.identity({
            userEntityRef: options.userEntityRef ?? 'user:default/alice',
            ownershipEntityRefs: options.ownershipEntityRefs ?? identityRefs,
            token: backstageToken(),
          }),
        ],
        [discoveryApiRef, discoveryApi],
        [fetchApiRef, fetchApi],
        ...pluginApis({ discoveryApi, fetchApi }),
        ...(options.withCatalog === false
          ? []
          : [
              [
                catalogApiRef,
                new CatalogClient({ discoveryApi, fetchApi }),
              ] as const,
            ]),
      ]}
    >
      {options.standalone ? (
        <GroupsCard />
      ) : (
        <MyAccessDataProvider>
          <GroupsCard />
        </MyAccessDataProvider>
      )}
    </TestApiProvider>,
  );
}

describe('GroupsCard', () => {
  it('works on its own, outside My Access, with one userinfo read and one catalog read per level', async () => {
    server.use(
      ...catalogHandlers([alice, ...org]),
      userinfoHandler({ sub: 'user:default/alice', ent: identityRefs }),
    );
    await renderCard({ standalone: true });

    expect(
      await screen.findByText(
        /2\ groups\ the\ catalog\ has\ are\ not\ in\ your\ token/,
      ),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Groups and ownership' });
    expect(
      within(table).getByText('engineering (group:default/engineering)'),
    ).toBeInTheDocument();
    expect(
      requests
        .filter(r => r.url.includes('/api/catalog/'))
        .map(r => `${r.method} ${new URL(r.url).pathname}`),
    ).toEqual([
      'GET /api/catalog/entities/by-name/user/default/alice',
      'POST /api/catalog/entities/by-refs',
      'POST /api/catalog/entities/by-refs',
      'POST /api/catalog/entities/by-refs',
    ]);
    expect(requests.filter(r => r.url.endsWith('/v1/userinfo'))).toHaveLength(
      1,
    );
  });

  it('flags parent groups that are not in the token, from one user read and one read per level', async () => {
    server.use(
      ...catalogHandlers([alice, ...org]),
      userinfoHandler({ sub: 'user:default/alice', ent: identityRefs }),
    );
    await renderCard();

    expect(
      await screen.findByText(
        /2\ groups\ the\ catalog\ has\ are\ not\ in\ your\ token/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Your sign-in resolver includes direct groups only/),
    ).toBeInTheDocument();
    const found = screen.getByRole('list', {
      name: 'What the comparison found',
    });
    expect(
      within(found).getByRole('listitem', {
        name: 'Warning: 2 groups the catalog has are not in your token',
      }),
    ).toHaveTextContent(
      'How to fix it: To include them, have the resolver add parent groups to ownershipEntityRefs.',
    );
    expect(within(found).getAllByRole('listitem')).toHaveLength(1);

    const table = screen.getByRole('table', { name: 'Groups and ownership' });
    const engineering = within(table)
      .getByText('engineering (group:default/engineering)')
      .closest('tr')!;
    expect(
      within(engineering).getByText('inherited via group:default/team-a'),
    ).toBeInTheDocument();
    expect(
      within(engineering).getByLabelText('Identity: no'),
    ).toBeInTheDocument();
    expect(
      within(engineering).getByLabelText('Catalog: yes'),
    ).toBeInTheDocument();
    expect(
      within(engineering).getByText('not in your token'),
    ).toBeInTheDocument();
    const teamA = within(table)
      .getByText('Team A (group:default/team-a)')
      .closest('tr')!;
    expect(within(teamA).getByLabelText('Identity: yes')).toBeInTheDocument();
    expect(
      within(teamA).queryByText('not in your token'),
    ).not.toBeInTheDocument();

    const catalogRequests = requests.filter(r =>
      r.url.includes('/api/catalog/'),
    );
    expect(
      catalogRequests.map(r => `${r.method} ${new URL(r.url).pathname}`),
    ).toEqual([
      'GET /api/catalog/entities/by-name/user/default/alice',
      'POST /api/catalog/entities/by-refs',
      'POST /api/catalog/entities/by-refs',
      'POST /api/catalog/entities/by-refs',
    ]);
    expect(requests.filter(r => r.url.endsWith('/v1/userinfo'))).toHaveLength(
      1,
    );
  });

  it('says when the user entity is missing from the catalog', async () => {
    server.use(
      ...catalogHandlers(org),
      userinfoHandler({ sub: 'user:default/ghost' }),
    );
    await renderCard({
      userEntityRef: 'user:default/ghost',
      ownershipEntityRefs: ['user:default/ghost'],
    });

    expect(
      await screen.findByText(
        /Your\ user\ entity\ user:default\/ghost\ is\ not\ in\ the\ catalog/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('listitem', {
        name: 'Problem: Your user entity user:default/ghost is not in the catalog',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/not in your token/)).not.toBeInTheDocument();
  });

  it('shows refs in the identity that the catalog does not know', async () => {
    server.use(
      ...catalogHandlers([alice, ...org]),
      userinfoHandler({ sub: 'user:default/alice' }),
    );
    await renderCard({
      ownershipEntityRefs: [...identityRefs, 'group:default/renamed-team'],
    });

    expect(
      await screen.findByText(
        /1\ ref\ in\ your\ identity\ is\ unknown\ to\ the\ catalog/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('unknown to the catalog')).toBeInTheDocument();
  });

  it('keeps the identity view when the catalog fails, names the call and retries it', async () => {
    let fail = true;
    server.use(
      userinfoHandler({ sub: 'user:default/alice', ent: identityRefs }),
      http.get(
        `${TEST_BACKEND}/api/catalog/entities/by-name/:kind/:namespace/:name`,
        () =>
          fail ? backstageError(500, 'Error', 'database is locked') : undefined,
      ),
      ...catalogHandlers([alice, ...org]),
    );
    await renderCard();

    expect(
      await screen.findByText(
        /Catalog:\ read\ your\ groups\ failed\ with\ status\ 500/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/database is locked/)).toBeInTheDocument();
    expect(screen.getByText('group:default/team-a')).toBeInTheDocument();

    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByText(
        /2\ groups\ the\ catalog\ has\ are\ not\ in\ your\ token/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByText(/failed with status 500/),
    ).not.toBeInTheDocument();
  });

  it('shows a userinfo failure without hiding the catalog comparison', async () => {
    server.use(
      ...catalogHandlers([alice, ...org]),
      http.get(`${TEST_BACKEND}/api/auth/v1/userinfo`, () =>
        backstageError(401, 'AuthenticationError', 'Missing credentials'),
      ),
    );
    await renderCard();

    expect(
      await screen.findByText(
        /Auth\ backend:\ GET\ \/v1\/userinfo\ failed\ with\ status\ 401/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/Missing credentials/)).toBeInTheDocument();
    expect(
      screen.getByText(
        /2\ groups\ the\ catalog\ has\ are\ not\ in\ your\ token/,
      ),
    ).toBeInTheDocument();
  });

  it('says the catalog cannot tell, not "no", in an app without a catalog API', async () => {
    server.use(
      userinfoHandler({ sub: 'user:default/alice', ent: identityRefs }),
    );
    await renderCard({ withCatalog: false });

    expect(
      await screen.findByText(
        /The app has no catalog API, so catalog memberships cannot be compared/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('listitem', {
        name: 'Information: The app has no catalog API, so catalog memberships cannot be compared.',
      }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Groups and ownership' });
    const teamA = within(table)
      .getByText('group:default/team-a')
      .closest('tr')!;
    expect(
      within(teamA).getByLabelText('Catalog: could not tell'),
    ).toHaveTextContent('could not tell');
    expect(within(teamA).getByLabelText('Identity: yes')).toBeInTheDocument();
    expect(screen.queryByLabelText('Catalog: no')).not.toBeInTheDocument();
    expect(screen.queryByText('\u2717')).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'Catalog: not available in this app. Identity: 2 ownership refs.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByText(/0 direct and 0 inherited/),
    ).not.toBeInTheDocument();
    expect(requests.filter(r => r.url.includes('/api/catalog/'))).toHaveLength(
      0,
    );
  });

  it('says the catalog could not be read, not "no", while its call fails', async () => {
    server.use(
      userinfoHandler({ sub: 'user:default/alice', ent: identityRefs }),
      http.get(
        `${TEST_BACKEND}/api/catalog/entities/by-name/:kind/:namespace/:name`,
        () => backstageError(503, 'ServiceUnavailableError', 'catalog down'),
      ),
    );
    await renderCard();

    expect(
      await screen.findByText(
        /Catalog:\ read\ your\ groups\ failed\ with\ status\ 503/,
      ),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Groups and ownership' });
    const teamA = within(table)
      .getByText('group:default/team-a')
      .closest('tr')!;
    expect(
      within(teamA).getByLabelText('Catalog: could not tell'),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Catalog: no')).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'Catalog: could not be read. Identity: 2 ownership refs.',
      ),
    ).toBeInTheDocument();
  });

  it('does not claim the user is in no group when only the identity is known', async () => {
    server.use(userinfoHandler({ sub: 'user:default/alice' }));
    await renderCard({
      withCatalog: false,
      ownershipEntityRefs: ['user:default/alice'],
    });

    expect(
      await screen.findByText(
        'Your identity claims no group ownership. Without the catalog, group memberships cannot be listed.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByText(/You are not a member of any group/),
    ).not.toBeInTheDocument();
  });
});
