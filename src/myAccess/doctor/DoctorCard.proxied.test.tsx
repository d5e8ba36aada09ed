import { screen, within } from '@testing-library/react';
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
import { defaultDoctorHandlers } from '../../../test/msw/doctorHandlers';
import { TEST_AUTH } from '../../../test/msw/authHandlers';
import {
  bypassedProxyHandler,
  proxiedRefreshHandler,
} from '../../../test/msw/proxiedHandlers';
import { setupMswServer } from '../../../test/msw/server';
import { pluginApis } from '../../../test/msw/pluginApis';
import { InMemorySessionTimeline } from '../../shared/timeline';
import {
  forgetProvider,
  rememberProvider,
} from '../../shared/providers/rememberedProvider';
import { MyAccessDataProvider } from '../data/useMyAccessData';
import { DoctorCardBase } from './DoctorCard';

const { server, requests } = setupMswServer(
  userinfoHandler({ sub: 'user:default/alice', ent: ['group:default/team-a'] }),
  ...defaultDoctorHandlers(),
);

const NOW_S = Math.floor(Date.now() / 1000);
const timeline = InMemorySessionTimeline.create();
afterEach(() => {
  timeline.clear();
  forgetProvider();
});

const PROXIED = {
  providers: [{ id: 'oauth2Proxy', title: 'Dev proxy' }, 'guest'],
};

async function renderCard(signIn?: object) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [
          identityApiRef,
          mockApis.identity({
            userEntityRef: 'user:default/alice',
            ownershipEntityRefs: ['user:default/alice'],
            token: backstageToken({ issuedAt: NOW_S - 60 }),
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
              auth: { environment: 'development' },
              ...(signIn && { accessInspector: { signIn } }),
            },
          }),
        ],
        ...pluginApis({ timeline }),
      ]}
    >
      <MyAccessDataProvider>
        <DoctorCardBase />
      </MyAccessDataProvider>
    </TestApiProvider>,
  );
}

function refreshRequests() {
  return requests
    .filter(r => r.url.includes('/refresh'))
    .map(r => `${r.method} ${r.url}`);
}

describe('DoctorCard: proxied providers', () => {
  it('checks each proxied provider the app offers once, through the sign-in page’s refresh', async () => {
    server.use(proxiedRefreshHandler());
    await renderCard(PROXIED);
    const list = await screen.findByRole('list', { name: 'Checks' });
    expect(
      within(list).getByRole('listitem', {
        name: 'Passed: Dev proxy: the proxy signs you in as user:default/alice',
      }),
    ).toBeInTheDocument();
    expect(refreshRequests()).toEqual([
      `GET ${TEST_AUTH}/oauth2Proxy/refresh?env=development`,
    ]);
    const refresh = requests.find(r => r.url.includes('/refresh'))!;
    expect(refresh.headers.get('x-requested-with')).toBe('XMLHttpRequest');
    expect(refresh.credentials).toBe('include');
  });

  it('reports a bypassed proxy as information when the session came another way', async () => {
    server.use(bypassedProxyHandler());
    rememberProvider('guest');
    await renderCard(PROXIED);
    const list = await screen.findByRole('list', { name: 'Checks' });
    const item = within(list).getByRole('listitem', {
      name: 'Information: Dev proxy: requests from this address bypass the proxy',
    });
    expect(item).toHaveTextContent(
      'This request reached Backstage without passing through oauth2-proxy: header x-forwarded-user is missing',
    );
    expect(
      within(list).queryByRole('listitem', { name: /^Problem/ }),
    ).not.toBeInTheDocument();
  });

  it('reports a bypassed proxy as a problem when the session came from that provider', async () => {
    server.use(bypassedProxyHandler());
    rememberProvider('oauth2Proxy');
    await renderCard(PROXIED);
    const list = await screen.findByRole('list', { name: 'Checks' });
    expect(
      within(list).getByRole('listitem', {
        name: 'Problem: Dev proxy: requests from this address bypass the proxy',
      }),
    ).toHaveTextContent(/Open Backstage at its proxied address/);
  });

  it('adds no finding and makes no request when the app offers no proxied provider', async () => {
    await renderCard({ providers: ['guest'] });
    const list = await screen.findByRole('list', { name: 'Checks' });
    expect(
      within(list).getByRole('listitem', {
        name: 'Passed: catalog: the plugin accepts your token',
      }),
    ).toBeInTheDocument();
    expect(
      within(list).queryByRole('listitem', { name: /proxy/i }),
    ).not.toBeInTheDocument();
    expect(refreshRequests()).toEqual([]);
  });
});
