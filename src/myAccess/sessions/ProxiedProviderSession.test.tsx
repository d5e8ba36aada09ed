import { screen, within } from '@testing-library/react';
import {
  configApiRef,
  discoveryApiRef,
  identityApiRef,
  type ApiRef,
} from '@backstage/core-plugin-api';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { encodeJwt, TEST_BACKEND } from '../../../test/builders/tokens';
import { setupMswServer } from '../../../test/msw/server';
import { TEST_AUTH } from '../../../test/msw/authHandlers';
import {
  bypassedProxyHandler,
  proxiedRefreshHandler,
  proxiedSessionBody,
} from '../../../test/msw/proxiedHandlers';
import { REMEMBERED_PROVIDER_KEY } from '../../shared/providers/rememberedProvider';
import { ProviderSessionsCard } from './ProviderSessionsCard';

const { server, requests } = setupMswServer();

const SIGNATURE = 'cHJveHktc2lnbmF0dXJlLW5ldmVyLXNob3du';
const ID_TOKEN = encodeJwt(
  { alg: 'RS256' },
  {
    iss: 'http://127.0.0.1:7010',
    sub: 'alice',
    email: 'alice@example.com',
    exp: 1_900_000_000,
  },
  SIGNATURE,
);

async function renderCard() {
  const apis: Array<readonly [ApiRef<any>, any]> = [
    [
      configApiRef,
      mockApis.config({
        data: {
          auth: { environment: 'development' },
          accessInspector: { signIn: { providers: ['oauth2Proxy'] } },
        },
      }),
    ],
    [discoveryApiRef, mockApis.discovery({ baseUrl: TEST_BACKEND })],
    [identityApiRef, mockApis.identity()],
  ];
  await renderInTestApp(
    <TestApiProvider apis={apis as any}>
      <ProviderSessionsCard />
    </TestApiProvider>,
  );
}

beforeEach(() => localStorage.clear());

describe('ProviderSessionsCard with a proxied provider', () => {
  it('shows what the proxy asserted and the identity the resolver chose, never the token', async () => {
    localStorage.setItem(REMEMBERED_PROVIDER_KEY, 'oauth2Proxy');
    server.use(
      proxiedRefreshHandler(
        'oauth2Proxy',
        proxiedSessionBody({ idToken: ID_TOKEN }),
      ),
    );
    await renderCard();
    const section = screen.getByRole('region', { name: 'OAuth2 Proxy' });
    expect(
      await within(section).findByText('user:default/alice'),
    ).toBeInTheDocument();
    expect(section).toHaveTextContent(
      'Signed in by oauth2-proxy in front of Backstage',
    );
    expect(section).toHaveTextContent(
      'Email the proxy passed: alice@example.com',
    );
    expect(section).toHaveTextContent(
      /issuer http:\/\/127\.0\.0\.1:7010, subject alice, expires 2030-03-17/,
    );
    expect(section).toHaveTextContent('used for this Backstage session');
    expect(document.body).not.toHaveTextContent(SIGNATURE);
    expect(document.body).not.toHaveTextContent(ID_TOKEN.split('.')[1]);
    expect(requests.map(r => r.url)).toEqual([
      `${TEST_AUTH}/oauth2Proxy/refresh?env=development`,
    ]);
  });

  it('says which call failed when the backend got no proxy headers', async () => {
    server.use(bypassedProxyHandler('oauth2Proxy'));
    await renderCard();
    const section = screen.getByRole('region', { name: 'OAuth2 Proxy' });
    expect(
      await within(section).findByText(/Request did not contain a user/),
    ).toBeInTheDocument();
    expect(section).toHaveTextContent(
      'OAuth2 Proxy: GET /api/auth/oauth2Proxy/refresh',
    );
    expect(section).not.toHaveTextContent(/no API for this provider/);
  });
});
