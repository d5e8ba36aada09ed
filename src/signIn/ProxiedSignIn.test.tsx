import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  configApiRef,
  discoveryApiRef,
  githubAuthApiRef,
  type ApiRef,
  type IdentityApi,
} from '@backstage/core-plugin-api';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { backstageToken, TEST_BACKEND } from '../../test/builders/tokens';
import { setupMswServer } from '../../test/msw/server';
import { TEST_AUTH } from '../../test/msw/authHandlers';
import {
  bypassedProxyHandler,
  proxiedRefreshHandler,
  proxiedSessionBody,
  proxyRefusedHandler,
} from '../../test/msw/proxiedHandlers';
import type { SignInProviderOption } from '../shared/providers';
import { AccessInspectorSignInPage } from './AccessInspectorSignInPage';
import { BackendSessionIdentity } from './BackendSessionIdentity';

const { server, requests } = setupMswServer();

function mockGithub() {
  const token = backstageToken();
  return {
    getBackstageIdentity: jest.fn(async (options?: { optional?: boolean }) =>
      options?.optional
        ? undefined
        : {
            token,
            expiresAt: new Date(Date.now() + 3600_000),
            identity: {
              type: 'user' as const,
              userEntityRef: 'user:default/alice',
              ownershipEntityRefs: ['user:default/alice'],
            },
          },
    ),
    getProfile: jest.fn(async () => ({ email: 'alice@example.com' })),
    signIn: jest.fn(),
    signOut: jest.fn(async () => {}),
    sessionState$: jest.fn(),
  };
}

async function renderPage(options: {
  providers: unknown[];
  props?: SignInProviderOption[];
  github?: ReturnType<typeof mockGithub>;
  environment?: string;
}) {
  const onSignInSuccess = jest.fn<void, [IdentityApi]>();
  const apis: Array<readonly [ApiRef<any>, any]> = [
    [
      configApiRef,
      mockApis.config({
        data: {
          app: { title: 'Test Backstage', baseUrl: window.location.origin },
          backend: { baseUrl: TEST_BACKEND },
          ...(options.environment && {
            auth: { environment: options.environment },
          }),
          accessInspector: { signIn: { providers: options.providers as any } },
        },
      }),
    ],
    [discoveryApiRef, mockApis.discovery({ baseUrl: TEST_BACKEND })],
  ];
  if (options.github) apis.push([githubAuthApiRef, options.github]);
  await renderInTestApp(
    <TestApiProvider apis={apis as any}>
      <AccessInspectorSignInPage
        onSignInSuccess={onSignInSuccess}
        providers={options.props}
      />
    </TestApiProvider>,
  );
  return { onSignInSuccess };
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('proxied sign-in', () => {
  it('signs in on load without a click, passing env and the app’s headers', async () => {
    server.use(proxiedRefreshHandler('oauth2Proxy'));
    const { onSignInSuccess } = await renderPage({
      providers: ['oauth2Proxy'],
      props: [{ id: 'oauth2Proxy', headers: { 'X-Tenant': 'blue' } }],
      environment: 'production',
    });

    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));
    const identity = onSignInSuccess.mock.calls[0][0];
    await expect(identity.getBackstageIdentity()).resolves.toEqual({
      type: 'user',
      userEntityRef: 'user:default/alice',
      ownershipEntityRefs: ['user:default/alice', 'group:default/team-a'],
    });
    await expect(identity.getProfileInfo()).resolves.toEqual({
      email: 'alice@example.com',
      displayName: 'alice',
    });
    expect(requests).toHaveLength(1);
    expect(requests[0].url).toBe(
      `${TEST_AUTH}/oauth2Proxy/refresh?env=production`,
    );
    expect(requests[0].headers.get('X-Requested-With')).toBe('XMLHttpRequest');
    expect(requests[0].headers.get('X-Tenant')).toBe('blue');
  });

  it('explains a request that bypassed the proxy and keeps the popup provider offered', async () => {
    server.use(bypassedProxyHandler('oauth2Proxy'));
    const github = mockGithub();
    const { onSignInSuccess } = await renderPage({
      providers: ['oauth2Proxy', 'github'],
      github,
    });

    const proxied = screen.getByRole('region', { name: 'OAuth2 Proxy' });
    const alert = await within(proxied).findByRole('alert');
    expect(alert).toHaveTextContent(
      'This request reached Backstage without passing through oauth2-proxy: header x-forwarded-user is missing',
    );
    expect(alert).toHaveTextContent(/Open Backstage at its proxied address/);
    expect(
      screen.queryByText(/You do not appear to be signed in/),
    ).not.toBeInTheDocument();
    expect(onSignInSuccess).not.toHaveBeenCalled();
    // No popup was opened without a click.
    expect(github.getBackstageIdentity).not.toHaveBeenCalled();

    await userEvent.click(
      screen.getByRole('button', { name: 'Sign in with GitHub' }),
    );
    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));
  });

  it('says when the proxy itself wants a new sign-in', async () => {
    server.use(proxyRefusedHandler('oauth2Proxy'));
    await renderPage({ providers: ['oauth2Proxy'] });
    const alert = await within(
      screen.getByRole('region', { name: 'OAuth2 Proxy' }),
    ).findByRole('alert');
    expect(alert).toHaveTextContent('Sign in again at oauth2-proxy');
  });

  it('tries again on a click, under the title config gives it', async () => {
    server.use(bypassedProxyHandler('gcpIap'));
    await renderPage({
      providers: [{ id: 'gcpIap', title: 'Corporate SSO' }],
    });
    const region = screen.getByRole('region', { name: 'Corporate SSO' });
    expect(await within(region).findByRole('alert')).toHaveTextContent(
      'header x-goog-iap-jwt-assertion is missing',
    );
    server.use(proxiedRefreshHandler('gcpIap'));
    await userEvent.click(
      within(region).getByRole('button', {
        name: 'Sign in with Corporate SSO',
      }),
    );
    await waitFor(() => expect(requests).toHaveLength(2));
  });
});

describe('BackendSessionIdentity', () => {
  const discoveryApi = mockApis.discovery({ baseUrl: TEST_BACKEND });

  it('fetches a new session 5 minutes before the token expires', async () => {
    server.use(
      proxiedRefreshHandler(
        'oauth2Proxy',
        proxiedSessionBody({ lifetimeSeconds: 600 }),
      ),
    );
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now);
    const identity = await BackendSessionIdentity.signIn({
      provider: { id: 'oauth2Proxy' },
      discoveryApi,
    });
    clock.mockReturnValue(now + 4 * 60_000);
    await identity.getCredentials();
    expect(requests).toHaveLength(1);
    clock.mockReturnValue(now + 5 * 60_000 + 1000);
    await identity.getCredentials();
    expect(requests).toHaveLength(2);
    clock.mockRestore();
  });

  it('ends the Backstage session, then follows the proxy’s sign-out', async () => {
    server.use(proxiedRefreshHandler('oauth2Proxy'));
    const navigate = jest.fn();
    const identity = await BackendSessionIdentity.signIn({
      provider: { id: 'oauth2Proxy', signOutUrl: '/oauth2/sign_out' },
      discoveryApi,
      navigate,
    });
    let settled = false;
    identity.signOut().then(() => {
      settled = true;
    });
    await new Promise(r => setTimeout(r, 10));
    expect(navigate).toHaveBeenCalledWith('/oauth2/sign_out');
    // Resolving would let the app's identity proxy navigate elsewhere first.
    expect(settled).toBe(false);
  });

  it('signs out in place when the proxy has no sign-out address', async () => {
    server.use(proxiedRefreshHandler('awsalb'));
    const navigate = jest.fn();
    const identity = await BackendSessionIdentity.signIn({
      provider: { id: 'awsalb' },
      discoveryApi,
      navigate,
    });
    await expect(identity.signOut()).resolves.toBeUndefined();
    expect(navigate).not.toHaveBeenCalled();
    await expect(identity.getCredentials()).rejects.toThrow();
  });
});
