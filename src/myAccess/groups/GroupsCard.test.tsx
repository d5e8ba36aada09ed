import { StrictMode, type ReactNode } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { CatalogClient } from '@backstage/catalog-client';
import {
  configApiRef,
  createApiRef,
  discoveryApiRef,
  fetchApiRef,
  identityApiRef,
  type ApiRef,
} from '@backstage/core-plugin-api';
import { http as mswHttp, HttpResponse } from 'msw';
import type { JsonObject } from '@backstage/types';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { groupEntity, userEntity } from '../../../test/builders/entities';
import {
  backstageToken,
  encodeJwt,
  TEST_BACKEND,
} from '../../../test/builders/tokens';
import {
  forgetProvider,
  rememberProvider,
} from '../../shared/providers/rememberedProvider';
import { catalogHandlers } from '../../../test/msw/catalogHandlers';
import { backstageError, userinfoHandler } from '../../../test/msw/handlers';
import { pluginApis } from '../../../test/msw/pluginApis';
import { setupMswServer } from '../../../test/msw/server';
import { MyAccessDataProvider } from '../data/useMyAccessData';
import { GroupsCard } from './GroupsCard';

const org = [
  groupEntity('acme', undefined, { displayName: 'ACME' }),
  groupEntity('engineering', 'acme'),
  groupEntity('team-a', 'engineering', { displayName: 'Team A' }),
];
const alice = userEntity('alice', ['team-a']);
const identityRefs = ['user:default/alice', 'group:default/team-a'];

const { server, requests } = setupMswServer();

function Wrap(props: { strict?: boolean; children: ReactNode }) {
  return props.strict ? (
    <StrictMode>{props.children}</StrictMode>
  ) : (
    <>{props.children}</>
  );
}

function renderCard(
  options: {
    ownershipEntityRefs?: string[];
    userEntityRef?: string;
    withCatalog?: boolean;
    /** Placed on its own, without the page's shared data. */
    standalone?: boolean;
    config?: JsonObject;
    extraApis?: ReadonlyArray<readonly [ApiRef<any>, any]>;
    /** Mounts the catalog's entity page, so group names link to it. */
    withEntityRoute?: boolean;
    /** Under React's strict mode, which runs every effect twice. */
    strict?: boolean;
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
        [configApiRef, mockApis.config({ data: options.config ?? {} })],
        ...(options.extraApis ?? []),
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
      <Wrap strict={options.strict}>
        {options.standalone ? (
          <GroupsCard />
        ) : (
          <MyAccessDataProvider>
            <GroupsCard />
          </MyAccessDataProvider>
        )}
      </Wrap>
    </TestApiProvider>,
    options.withEntityRoute
      ? {
          mountedRoutes: {
            '/catalog/:namespace/:kind/:name': entityRouteRef,
          },
        }
      : undefined,
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

  it('shows a group the catalog has without the user as a member like any other: name, link, ✓ under Catalog', async () => {
    server.use(
      ...catalogHandlers([
        alice,
        ...org,
        groupEntity('data-platform', 'engineering', {
          displayName: 'Data Platform',
        }),
      ]),
      userinfoHandler({ sub: 'user:default/alice' }),
    );
    await renderCard({
      ownershipEntityRefs: [...identityRefs, 'group:default/data-platform'],
      withEntityRoute: true,
    });

    const chip = await screen.findByText('in the catalog, not a membership');
    const row = chip.closest('tr')!;
    const link = within(row).getByRole('link', {
      name: 'Data Platform (group:default/data-platform)',
    });
    expect(link).toHaveAttribute(
      'href',
      '/catalog/default/group/data-platform',
    );
    expect(within(row).getByLabelText('Catalog: yes')).toHaveTextContent(
      '\u2713',
    );
    expect(within(row).queryByLabelText('Catalog: no')).not.toBeInTheDocument();
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

  describe('the IdP’s groups claim', () => {
    const entraId = '7d1f0c1e-5b7a-4c59-9a53-2f0a8f3e4b11';
    const oidcRef = createApiRef<unknown>({ id: 'test.auth.groups-oidc' });
    const dataPlatform = {
      ...groupEntity('data-platform', 'engineering'),
      metadata: {
        name: 'data-platform',
        namespace: 'default',
        annotations: { 'graph.microsoft.com/group-id': entraId },
      },
    };
    const carol = userEntity('carol', ['team-a', 'sales-emea']);
    const carolRefs = ['user:default/carol', 'group:default/team-a'];

    afterEach(() => forgetProvider());

    function renderCarol(idToken: string | undefined, strict = false) {
      rememberProvider('oidc');
      server.use(
        ...catalogHandlers([
          carol,
          ...org,
          groupEntity('sales-emea', 'acme'),
          dataPlatform,
        ]),
        mswHttp.get(`${TEST_BACKEND}/api/catalog/entities`, ({ request }) => {
          const filter = new URL(request.url).searchParams.get('filter') ?? '';
          return HttpResponse.json(
            filter.includes(entraId) ? [dataPlatform] : [],
          );
        }),
        userinfoHandler({ sub: 'user:default/carol', ent: carolRefs }),
      );
      return renderCard({
        strict,
        userEntityRef: 'user:default/carol',
        ownershipEntityRefs: carolRefs,
        config: {
          accessInspector: {
            signIn: {
              providers: [
                { id: 'oidc', title: 'Local IdP', apiRef: oidcRef.id },
              ],
            },
          },
        },
        extraApis: [
          [
            oidcRef,
            {
              getIdToken: async () => idToken,
              getBackstageIdentity: async () => undefined,
              getProfile: async () => undefined,
              sessionState$: () => ({
                subscribe: () => ({ unsubscribe() {} }),
              }),
              signIn: async () => {},
              signOut: async () => {},
            },
          ],
        ],
      });
    }

    it('maps carol’s claim by name and by annotation, and says what does not map', async () => {
      await renderCarol(
        encodeJwt(
          { alg: 'RS256' },
          { sub: 'carol', groups: ['team-a', 'payments', entraId] },
        ),
      );
      const section = await screen.findByRole('region', {
        name: 'Groups your identity provider asserts',
      });
      const findings = await within(section).findByRole('list', {
        name: 'Groups your identity provider asserts',
      });
      expect(
        within(findings)
          .getAllByRole('listitem')
          .map(item => item.getAttribute('aria-label')),
      ).toEqual([
        'Problem: 1 claimed group is in the catalog but not in your identity',
        'Warning: 1 group the IdP asserts has no catalog Group',
        'Information: 1 catalog membership is not asserted by the IdP',
      ]);
      const table = within(section).getByRole('table', {
        name: 'Groups claim mapped to the catalog',
      });
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows.map(r => r.textContent)).toEqual([
        'team-agroupsgroup:default/team-anameyes',
        'paymentsgroupsnone in the catalog',
        `${entraId}groupsgroup:default/data-platformannotation graph.microsoft.com/group-idno`,
      ]);
      expect(section).not.toHaveTextContent(/\.c2lnbmF0dXJl/);
    });

    it('sends no request twice, under strict mode too: the claim lookup reuses the groups the membership walk read', async () => {
      await renderCarol(
        encodeJwt(
          { alg: 'RS256' },
          { sub: 'carol', groups: ['team-a', 'sales-emea', entraId] },
        ),
        true,
      );
      await screen.findByRole('table', {
        name: 'Groups claim mapped to the catalog',
      });
      const sent = await Promise.all(
        requests.map(
          async r =>
            `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search} ${await r.text()}`,
        ),
      );
      const twice = sent.filter((line, i) => sent.indexOf(line) !== i);
      expect(twice).toEqual([]);
      // team-a and sales-emea: read by the walk, not asked for again.
      expect(
        sent.filter(
          line => line.includes('by-refs') && line.includes('team-a'),
        ),
      ).toHaveLength(1);
    });

    it('says the claim is missing when the ID token has none', async () => {
      await renderCarol(encodeJwt({ alg: 'RS256' }, { sub: 'carol' }));
      expect(
        await screen.findByRole('listitem', {
          name: 'Warning: The ID token has no groups claim',
        }),
      ).toBeInTheDocument();
    });

    it('cannot tell without a provider that gives an ID token', async () => {
      await renderCard();
      expect(
        await screen.findByText(
          'This page cannot tell which provider you signed in with, so it cannot read an ID token.',
        ),
      ).toBeInTheDocument();
    });
  });
});
