import { screen, waitFor, within } from '@testing-library/react';
import {
  configApiRef,
  discoveryApiRef,
  type IdentityApi,
} from '@backstage/core-plugin-api';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { TEST_BACKEND } from '../../test/builders/tokens';
import { setupMswServer } from '../../test/msw/server';
import { TEST_AUTH } from '../../test/msw/authHandlers';
import {
  bypassedProxyHandler,
  proxiedRefreshHandler,
} from '../../test/msw/proxiedHandlers';
import { AccessInspectorSignInPage } from './AccessInspectorSignInPage';

const { server, requests } = setupMswServer();

async function renderPage(providers: string[]) {
  const onSignInSuccess = jest.fn<void, [IdentityApi]>();
  await renderInTestApp(
    <TestApiProvider
      apis={[
        [
          configApiRef,
          mockApis.config({
            data: {
              app: { title: 'Test Backstage', baseUrl: window.location.origin },
              backend: { baseUrl: TEST_BACKEND },
              auth: { environment: 'development' },
              accessInspector: { signIn: { providers } },
            },
          }),
        ],
        [discoveryApiRef, mockApis.discovery({ baseUrl: TEST_BACKEND })],
      ]}
    >
      <AccessInspectorSignInPage onSignInSuccess={onSignInSuccess} />
    </TestApiProvider>,
  );
  return { onSignInSuccess };
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('the sign-in page’s open door', () => {
  it('says that anyone can sign in as anyone when oauth2Proxy is reached around its proxy, naming the headers', async () => {
    server.use(bypassedProxyHandler('oauth2Proxy'));
    await renderPage(['oauth2Proxy', 'guest']);
    const doors = await screen.findByRole('region', { name: 'Open door' });
    expect(doors).toHaveTextContent(
      `Anyone who can reach ${new URL(TEST_BACKEND).origin} can sign in as anyone: OAuth2 Proxy trusts headers that oauth2-proxy did not write`,
    );
    expect(doors).toHaveTextContent(
      'X-Forwarded-User, X-Forwarded-Email, X-Forwarded-Preferred-Username, X-OAUTH2-PROXY-ID-TOKEN',
    );
    expect(
      within(doors).getByText(/^Let only oauth2-proxy reach Backstage/),
    ).toBeInTheDocument();
    expect(doors).toHaveTextContent(
      `GET ${TEST_AUTH}/oauth2Proxy/refresh?env=development`,
    );
    // It reasons from the answer: the page sent no identity header itself.
    expect(
      requests.every(
        r =>
          !r.headers.has('x-forwarded-user') &&
          !r.headers.has('x-forwarded-email'),
      ),
    ).toBe(true);
  });

  it('says nothing for a provider whose module verifies signed headers (IAP)', async () => {
    server.use(bypassedProxyHandler('gcpIap'));
    await renderPage(['gcpIap', 'guest']);
    await screen.findByText(/header x-goog-iap-jwt-assertion is missing/);
    expect(
      screen.queryByRole('region', { name: 'Open door' }),
    ).not.toBeInTheDocument();
  });

  it('says nothing when the refresh passed through the proxy', async () => {
    server.use(proxiedRefreshHandler('oauth2Proxy'));
    const { onSignInSuccess } = await renderPage(['oauth2Proxy']);
    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));
    expect(
      screen.queryByRole('region', { name: 'Open door' }),
    ).not.toBeInTheDocument();
  });
});
