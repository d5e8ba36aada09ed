import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  configApiRef,
  createApiRef,
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
import { backstageToken, TEST_BACKEND } from '../../../test/builders/tokens';
import { setupMswServer } from '../../../test/msw/server';
import {
  authRefreshHandler,
  guestSignInHandler,
  TEST_AUTH,
} from '../../../test/msw/authHandlers';
import type { SignInAuthApi, SignInProviderOption } from '../../lib/providers';
import { AccessInspectorSignInPage } from './AccessInspectorSignInPage';
import { REMEMBERED_PROVIDER_KEY } from './rememberedProvider';

const { server, requests } = setupMswServer();

const oidcAuthApiRef: ApiRef<SignInAuthApi> = createApiRef({
  id: 'test.auth.oidc',
});

function popupError(name: string, message: string) {
  return Object.assign(new Error(message), { name });
}

function mockAuthApi(token = backstageToken()) {
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

type RenderOptions = {
  providers?: unknown;
  props?: SignInProviderOption[];
  github?: ReturnType<typeof mockAuthApi>;
  oidc?: ReturnType<typeof mockAuthApi>;
  appBaseUrl?: string;
  auto?: boolean;
  noAnswerHintAfterMs?: number;
};

async function renderPage(options: RenderOptions = {}) {
  const onSignInSuccess = jest.fn<void, [IdentityApi]>();
  const apis: Array<readonly [ApiRef<any>, any]> = [
    [
      configApiRef,
      mockApis.config({
        data: {
          app: {
            title: 'Test Backstage',
            baseUrl: options.appBaseUrl ?? window.location.origin,
          },
          backend: { baseUrl: TEST_BACKEND },
          accessInspector: {
            signIn: { providers: (options.providers ?? ['github']) as any },
          },
        },
      }),
    ],
    [discoveryApiRef, mockApis.discovery({ baseUrl: TEST_BACKEND })],
  ];
  if (options.github) apis.push([githubAuthApiRef, options.github]);
  if (options.oidc) apis.push([oidcAuthApiRef, options.oidc]);
  await renderInTestApp(
    <TestApiProvider apis={apis as any}>
      <AccessInspectorSignInPage
        onSignInSuccess={onSignInSuccess}
        providers={options.props}
        auto={options.auto}
        noAnswerHintAfterMs={options.noAnswerHintAfterMs}
      />
    </TestApiProvider>,
  );
  return { onSignInSuccess };
}

function card(name: string) {
  return screen.getByRole('region', { name });
}

beforeEach(() => {
  localStorage.clear();
});

describe('AccessInspectorSignInPage', () => {
  it('offers config and props providers, reporting the ones the app cannot use', async () => {
    await renderPage({
      providers: [
        { id: 'oidc', title: 'Local IdP', message: 'Company login' },
        'github',
        'gitlab',
        'corp-sso',
        'guest',
      ],
      props: [{ id: 'oidc', apiRef: oidcAuthApiRef }],
      github: mockAuthApi(),
      oidc: mockAuthApi(),
    });

    expect(
      screen.getByRole('heading', { name: 'Test Backstage' }),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Sign-in providers' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);

    expect(
      within(card('Local IdP')).getByText('Company login'),
    ).toBeInTheDocument();
    expect(
      within(card('GitHub')).getByText('Sign in using GitHub'),
    ).toBeInTheDocument();
    for (const name of ['Local IdP', 'GitHub', 'Guest']) {
      expect(
        screen.getByRole('button', { name: `Sign in with ${name}` }),
      ).toBeEnabled();
    }

    const gitlab = card('GitLab');
    expect(
      within(gitlab).getByText('This app has no API for GitLab'),
    ).toBeInTheDocument();
    expect(within(gitlab).getByText('core.auth.gitlab')).toBeInTheDocument();
    expect(
      within(gitlab).getByRole('button', { name: 'Sign in with GitLab' }),
    ).toBeDisabled();

    expect(
      within(card('corp-sso')).getByText(
        'corp-sso is not a provider this page knows',
      ),
    ).toBeInTheDocument();
    expect(within(card('GitHub')).queryByRole('alert')).not.toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });

  it('signs in with a popup provider and remembers only its id', async () => {
    const token = backstageToken();
    const github = mockAuthApi(token);
    const { onSignInSuccess } = await renderPage({ github });

    await userEvent.click(
      screen.getByRole('button', { name: 'Sign in with GitHub' }),
    );

    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));
    expect(github.getBackstageIdentity).toHaveBeenCalledWith({
      instantPopup: true,
    });
    const identity = onSignInSuccess.mock.calls[0][0];
    await expect(identity.getCredentials()).resolves.toEqual({ token });
    await expect(identity.getBackstageIdentity()).resolves.toMatchObject({
      userEntityRef: 'user:default/alice',
    });
    expect(localStorage.getItem(REMEMBERED_PROVIDER_KEY)).toBe('github');
    expect(JSON.stringify({ ...localStorage })).not.toContain(token);

    await identity.signOut();
    expect(github.signOut).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem(REMEMBERED_PROVIDER_KEY)).toBeNull();
  });

  it('explains a blocked popup and retries from the click', async () => {
    const github = mockAuthApi();
    github.getBackstageIdentity.mockRejectedValueOnce(
      popupError('PopupRejectedError', 'Failed to open auth popup.'),
    );
    const { onSignInSuccess } = await renderPage({ github });

    await userEvent.click(
      screen.getByRole('button', { name: 'Sign in with GitHub' }),
    );
    const alert = await within(card('GitHub')).findByRole('alert');
    expect(alert).toHaveTextContent(
      'The browser blocked the GitHub sign-in window',
    );
    expect(onSignInSuccess).not.toHaveBeenCalled();

    await userEvent.click(
      within(alert).getByRole('button', {
        name: 'Open the GitHub sign-in window again',
      }),
    );
    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));
    expect(github.getBackstageIdentity).toHaveBeenCalledTimes(2);
  });

  it.each([
    [
      'popup closed',
      popupError('PopupClosedError', 'Login failed, popup was closed'),
      'The GitHub sign-in window was closed',
    ],
    [
      'unverified email',
      new Error('Login failed, user profile does not contain an email'),
      'GitHub did not give Backstage your email address',
    ],
    [
      'unknown user',
      new Error(
        'Failed to sign-in, unable to resolve user identity. Please verify that your catalog contains the expected User entities that would match your configured sign-in resolver.',
      ),
      'Backstage does not know a user matching your GitHub account',
    ],
    [
      'backend down',
      popupError(
        'AuthConnectionError',
        'Auth refresh request failed, TypeError: Failed to fetch',
      ),
      'The auth backend cannot be reached',
    ],
    ['anything else', new Error('IdP exploded'), 'Sign-in with GitHub failed'],
  ])('explains %s inline at the provider', async (_name, error, title) => {
    const github = mockAuthApi();
    github.getBackstageIdentity.mockRejectedValueOnce(error);
    await renderPage({ providers: ['github', 'guest'], github });

    await userEvent.click(
      screen.getByRole('button', { name: 'Sign in with GitHub' }),
    );
    const alert = await within(card('GitHub')).findByRole('alert');
    expect(alert).toHaveTextContent(title);
    expect(
      within(alert).getByRole('button', { name: 'Copy details' }),
    ).toBeInTheDocument();
    expect(within(card('Guest')).queryByRole('alert')).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Sign in with GitHub' }),
    ).toBeEnabled();
  });

  it('shows both origins when the popup answered for another origin', async () => {
    const github = mockAuthApi();
    github.getBackstageIdentity.mockRejectedValueOnce(
      popupError(
        'PopupClosedError',
        'Login failed, Incorrect app origin, expected http://127.0.0.1:3000',
      ),
    );
    await renderPage({ github, appBaseUrl: 'http://127.0.0.1:3000' });

    await userEvent.click(
      screen.getByRole('button', { name: 'Sign in with GitHub' }),
    );
    const alert = await within(card('GitHub')).findByRole('alert');
    expect(alert).toHaveTextContent(
      'This page runs on an origin the backend does not expect',
    );
    expect(alert).toHaveTextContent(
      `answered for http://127.0.0.1:3000, but this page is on ${window.location.origin}`,
    );
  });

  it('shows the callback URL when the popup stays open without an answer', async () => {
    server.use(authRefreshHandler('github', 'present'));
    const github = mockAuthApi();
    github.getBackstageIdentity.mockReturnValueOnce(new Promise(() => {}));
    const { onSignInSuccess } = await renderPage({
      github,
      noAnswerHintAfterMs: 30,
    });

    await userEvent.click(
      screen.getByRole('button', { name: 'Sign in with GitHub' }),
    );
    const alert = await within(card('GitHub')).findByRole('alert');
    expect(alert).toHaveTextContent('No answer from GitHub after 0 seconds');
    expect(alert).toHaveTextContent(`${TEST_AUTH}/github/handler/frame`);
    // still waiting: not cancelled, no second attempt possible meanwhile
    expect(within(card('GitHub')).getByRole('status')).toHaveTextContent(
      'Waiting for GitHub…',
    );
    expect(
      screen.getByRole('button', { name: 'Sign in with GitHub' }),
    ).toBeDisabled();
    expect(onSignInSuccess).not.toHaveBeenCalled();
    expect(requests.map(r => r.url)).toEqual([
      `${TEST_AUTH}/github/refresh?optional`,
    ]);
  });

  it('says the backend lacks the provider when the stuck popup is a 404', async () => {
    server.use(authRefreshHandler('github', 'notRegistered'));
    const github = mockAuthApi();
    github.getBackstageIdentity.mockReturnValueOnce(new Promise(() => {}));
    await renderPage({ github, noAnswerHintAfterMs: 30 });

    await userEvent.click(
      screen.getByRole('button', { name: 'Sign in with GitHub' }),
    );
    const alert = await within(card('GitHub')).findByRole('alert');
    expect(alert).toHaveTextContent('The backend has no GitHub provider');
    expect(alert).toHaveTextContent("No auth provider registered for 'github'");
    expect(alert).not.toHaveTextContent('No answer from GitHub');
  });

  describe('guest', () => {
    it('signs in through the backend guest provider with a real token', async () => {
      const token = backstageToken({
        payload: { sub: 'user:development/guest' },
      });
      server.use(guestSignInHandler(token));
      const { onSignInSuccess } = await renderPage({ providers: ['guest'] });

      await userEvent.click(
        screen.getByRole('button', { name: 'Sign in with Guest' }),
      );
      await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));
      const identity = onSignInSuccess.mock.calls[0][0];
      await expect(identity.getCredentials()).resolves.toEqual({ token });
      await expect(identity.getBackstageIdentity()).resolves.toEqual({
        type: 'user',
        userEntityRef: 'user:development/guest',
        ownershipEntityRefs: ['user:development/guest'],
      });
      expect(requests).toHaveLength(1);
      expect(requests[0].url).toBe(`${TEST_AUTH}/guest/refresh`);
      expect(requests[0].headers.get('X-Requested-With')).toBe(
        'XMLHttpRequest',
      );
      expect(localStorage.getItem(REMEMBERED_PROVIDER_KEY)).toBe('guest');
    });

    it.each([
      ['guestRefused', 'The backend refuses guest sign-in outside development'],
      ['notRegistered', 'The backend has no Guest provider'],
      ['unreachable', 'The auth backend cannot be reached'],
    ] as const)('explains %s', async (behaviour, title) => {
      server.use(authRefreshHandler('guest', behaviour));
      const { onSignInSuccess } = await renderPage({ providers: ['guest'] });

      await userEvent.click(
        screen.getByRole('button', { name: 'Sign in with Guest' }),
      );
      const alert = await within(card('Guest')).findByRole('alert');
      expect(alert).toHaveTextContent(title);
      expect(onSignInSuccess).not.toHaveBeenCalled();
      expect(localStorage.getItem(REMEMBERED_PROVIDER_KEY)).toBeNull();
    });
  });

  describe('remembered provider', () => {
    it('restores the session silently on open, without a popup', async () => {
      localStorage.setItem(REMEMBERED_PROVIDER_KEY, 'github');
      const github = mockAuthApi();
      // An existing session: the silent (optional) call finds it.
      github.getBackstageIdentity.mockImplementation(async () => ({
        token: backstageToken(),
        expiresAt: new Date(Date.now() + 3600_000),
        identity: {
          type: 'user' as const,
          userEntityRef: 'user:default/alice',
          ownershipEntityRefs: ['user:default/alice'],
        },
      }));
      const { onSignInSuccess } = await renderPage({ github });

      await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));
      expect(github.getBackstageIdentity).toHaveBeenCalledTimes(1);
      expect(github.getBackstageIdentity).toHaveBeenCalledWith({
        optional: true,
      });
      expect(
        screen.queryByRole('button', { name: 'Sign in with GitHub' }),
      ).not.toBeInTheDocument();
    });

    it('says why when the session is gone, and forgets it', async () => {
      localStorage.setItem(REMEMBERED_PROVIDER_KEY, 'github');
      server.use(authRefreshHandler('github', 'present'));
      const github = mockAuthApi();
      const { onSignInSuccess } = await renderPage({ github });

      expect(
        await within(card('GitHub')).findByText(
          'Your previous GitHub session could not be restored',
        ),
      ).toBeInTheDocument();
      expect(github.getBackstageIdentity).toHaveBeenCalledWith({
        optional: true,
      });
      expect(github.getBackstageIdentity).not.toHaveBeenCalledWith({
        instantPopup: true,
      });
      expect(onSignInSuccess).not.toHaveBeenCalled();
      expect(localStorage.getItem(REMEMBERED_PROVIDER_KEY)).toBeNull();
    });

    it('keeps the memory when the backend is down', async () => {
      localStorage.setItem(REMEMBERED_PROVIDER_KEY, 'github');
      server.use(authRefreshHandler('github', 'unreachable'));
      await renderPage({ github: mockAuthApi() });

      expect(
        await within(card('GitHub')).findByText(
          'The auth backend cannot be reached',
        ),
      ).toBeInTheDocument();
      expect(localStorage.getItem(REMEMBERED_PROVIDER_KEY)).toBe('github');
    });
  });

  it('signs in automatically with a single provider when auto is set', async () => {
    const token = backstageToken();
    server.use(guestSignInHandler(token));
    const { onSignInSuccess } = await renderPage({
      providers: ['guest'],
      auto: true,
    });
    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));
  });

  it('does not sign in automatically without auto', async () => {
    await renderPage({ providers: ['guest'] });
    expect(
      screen.getByRole('button', { name: 'Sign in with Guest' }),
    ).toBeEnabled();
    await act(() => new Promise(r => setTimeout(r, 20)));
    expect(requests).toHaveLength(0);
  });

  it('explains an empty provider list', async () => {
    await renderPage({ providers: [] });
    expect(
      within(
        screen.getByRole('region', { name: 'Sign-in problems' }),
      ).getByText('No sign-in providers are configured'),
    ).toBeInTheDocument();
  });

  describe('Trouble signing in?', () => {
    it('is collapsed and probes nothing until opened from the keyboard', async () => {
      server.use(
        authRefreshHandler('oidc', 'present'),
        authRefreshHandler('github', 'notRegistered'),
        guestSignInHandler(backstageToken()),
      );
      await renderPage({
        providers: ['oidc', 'github', 'guest'],
        props: [{ id: 'oidc', title: 'Local IdP', apiRef: oidcAuthApiRef }],
        oidc: mockAuthApi(),
        github: mockAuthApi(),
      });

      const toggle = screen.getByRole('button', {
        name: 'Trouble signing in?',
      });
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
      expect(
        screen.queryByRole('table', { name: 'Offered providers' }),
      ).not.toBeInTheDocument();
      expect(requests).toHaveLength(0);

      toggle.focus();
      await userEvent.keyboard('{Enter}');
      expect(toggle).toHaveAttribute('aria-expanded', 'true');

      expect(
        await screen.findByText('This page is served from app.baseUrl'),
      ).toBeInTheDocument();
      expect(
        await screen.findByText('The backend lacks 1 of the offered providers'),
      ).toBeInTheDocument();
      expect(
        screen.getByText('Not available on the backend: GitHub (github).'),
      ).toBeInTheDocument();

      const table = screen.getByRole('table', { name: 'Offered providers' });
      const oidcRow = within(table).getByRole('row', { name: /Local IdP/ });
      expect(oidcRow).toHaveTextContent(`${TEST_AUTH}/oidc/handler/frame`);
      expect(oidcRow).toHaveTextContent('Registered');
      expect(
        within(oidcRow).getByRole('button', {
          name: 'Copy callback URL for Local IdP',
        }),
      ).toBeInTheDocument();
      const githubRow = within(table).getByRole('row', { name: /GitHub/ });
      expect(githubRow).toHaveTextContent('Not configured');
      const guestRow = within(table).getByRole('row', { name: /Guest/ });
      expect(guestRow).toHaveTextContent(
        'None: guest signs in without a popup',
      );
      expect(guestRow).toHaveTextContent('Registered');

      expect(requests.map(r => r.url).sort()).toEqual(
        [
          `${TEST_AUTH}/github/refresh?optional`,
          `${TEST_AUTH}/guest/refresh?optional`,
          `${TEST_AUTH}/oidc/refresh?optional`,
        ].sort(),
      );
      for (const request of requests) {
        expect(request.headers.get('X-Requested-With')).toBe('XMLHttpRequest');
        expect(request.headers.get('Authorization')).toBeNull();
      }
    });

    it('shows a page served off app.baseUrl and a backend that does not answer', async () => {
      server.use(authRefreshHandler('github', 'unreachable'));
      await renderPage({
        github: mockAuthApi(),
        appBaseUrl: 'http://127.0.0.1:3000',
      });
      await userEvent.click(
        screen.getByRole('button', { name: 'Trouble signing in?' }),
      );
      expect(
        await screen.findByText('This page is not served from app.baseUrl'),
      ).toBeInTheDocument();
      expect(
        await screen.findByText('The auth backend cannot be reached'),
      ).toBeInTheDocument();
      expect(
        screen.queryByText('The auth backend answers'),
      ).not.toBeInTheDocument();
    });
  });
});
