import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
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
import { backstageToken, TEST_BACKEND } from '../../test/builders/tokens';
import { setupMswServer } from '../../test/msw/server';
import { backstageError } from '../../test/msw/handlers';
import {
  authRefreshHandler,
  guestSignInHandler,
  TEST_AUTH,
} from '../../test/msw/authHandlers';
import type { SignInAuthApi, SignInProviderOption } from '../shared/providers';
import { AccessInspectorSignInPage } from './AccessInspectorSignInPage';
import { REMEMBERED_PROVIDER_KEY } from '../shared/providers/rememberedProvider';
import { REDIRECT_STARTED_KEY } from './redirectSignIn';

const { server, requests } = setupMswServer();

const oidcAuthApiRef: ApiRef<SignInAuthApi> = createApiRef({
  id: 'test.auth.oidc',
});

/**
 * A per-environment provider's refresh route as the real auth backend
 * answers it: 400 without `env`, 404 for an environment it lacks, else 401
 * (no session cookie).
 */
function perEnvironmentRefreshHandler(providerId: string, environment: string) {
  return http.get(`${TEST_AUTH}/${providerId}/refresh`, ({ request }) => {
    const env = new URL(request.url).searchParams.get('env');
    if (!env) {
      return backstageError(
        400,
        'InputError',
        "Must specify 'env' query to select environment",
      );
    }
    if (env !== environment) {
      return backstageError(
        404,
        'NotFoundError',
        `No configuration available for the '${env}' environment of this provider.`,
      );
    }
    return backstageError(
      401,
      'AuthenticationError',
      'Refresh failed; caused by InputError: Missing session cookie',
    );
  });
}

const TEST_IDP = 'https://idp.example.com';
// These load the explainer and the paste box: slow on a busy machine.
const WINDOW_TEST_TIMEOUT_MS = 20_000;

/**
 * A popup provider's start route as the real auth backend answers it: a
 * redirect to the identity provider's authorization page, which answers
 * (`up`) or cannot be reached (`down`).
 */
function signInStartHandlers(providerId: string, idp: 'up' | 'down') {
  return [
    http.get(
      `${TEST_AUTH}/${providerId}/start`,
      () =>
        new HttpResponse(null, {
          status: 302,
          headers: { Location: `${TEST_IDP}/authorize?client_id=backstage` },
        }),
    ),
    http.get(`${TEST_IDP}/authorize`, () =>
      idp === 'up'
        ? HttpResponse.text('<h1>Sign in</h1>', {
            headers: { 'Content-Type': 'text/html' },
          })
        : HttpResponse.error(),
    ),
  ];
}

/** A registered proxy provider (guest) has no start route: 501. */
function guestStartHandler() {
  return http.get(`${TEST_AUTH}/guest/start`, () =>
    backstageError(501, 'NotImplementedError', 'Not implemented'),
  );
}

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
  environment?: string;
  redirectFlow?: boolean;
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
          ...(options.environment && {
            auth: { environment: options.environment },
          }),
          ...(options.redirectFlow && { enableExperimentalRedirectFlow: true }),
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
  sessionStorage.clear();
});

afterEach(() => {
  window.history.replaceState(null, '', '/');
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
      'unverified email',
      new Error('Login failed, user profile does not contain an email'),
      'GitHub gave Backstage no verified email address',
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

  it(
    'lists the likely causes when the popup stays open without an answer',
    async () => {
      server.use(
        authRefreshHandler('github', 'present'),
        ...signInStartHandlers('github', 'up'),
      );
      const github = mockAuthApi();
      github.getBackstageIdentity.mockReturnValueOnce(new Promise(() => {}));
      const { onSignInSuccess } = await renderPage({
        github,
        noAnswerHintAfterMs: 30,
      });

      await userEvent.click(
        screen.getByRole('button', { name: 'Sign in with GitHub' }),
      );
      // The paste box loads with the explanation of a silent window.
      await within(card('GitHub')).findByRole('textbox', {
        name: 'What the sign-in window says',
      });
      const alert = within(card('GitHub')).getByRole('alert');
      expect(alert).toHaveTextContent('No answer from GitHub after 0 seconds');
      expect(alert).toHaveTextContent('Look at the sign-in window');
      // Causes, not a verdict: the redirect URI first, with the URL to register.
      const list = await within(alert).findByRole('list', {
        name: 'Likely causes, most likely first',
      });
      const causes = within(list).getAllByRole('listitem');
      expect(causes).toHaveLength(5);
      const callbackUrl = `${TEST_AUTH}/github/handler/frame`;
      expect(causes[0]).toHaveTextContent('does not know the callback URL');
      expect(causes[0]).toHaveTextContent(callbackUrl);
      expect(
        within(causes[0]).getByRole('button', {
          name: 'Copy the callback URL of GitHub',
        }),
      ).toBeInTheDocument();
      expect(causes[1]).toHaveTextContent('cannot be reached');
      expect(causes[2]).toHaveTextContent('refused you on a page of its own');
      expect(causes[3]).toHaveTextContent('Origin … is not allowed');
      expect(causes[4]).toHaveTextContent('waiting for you in the window');
      // still waiting: not cancelled, no second attempt possible meanwhile
      expect(within(card('GitHub')).getByRole('status')).toHaveTextContent(
        'Waiting for GitHub…',
      );
      expect(
        screen.getByRole('button', { name: 'Sign in with GitHub' }),
      ).toBeDisabled();
      expect(onSignInSuccess).not.toHaveBeenCalled();
      // The page followed the window's start address itself, without cookies.
      expect(requests.map(r => r.url)).toEqual([
        `${TEST_AUTH}/github/refresh?optional&env=development`,
        `${TEST_AUTH}/github/start?env=development&origin=${encodeURIComponent(window.location.origin)}`,
        `${TEST_IDP}/authorize?client_id=backstage`,
      ]);
    },
    WINDOW_TEST_TIMEOUT_MS,
  );

  it(
    'puts the identity provider out of reach first when the page cannot reach it either',
    async () => {
      server.use(
        authRefreshHandler('github', 'present'),
        ...signInStartHandlers('github', 'down'),
      );
      const github = mockAuthApi();
      github.getBackstageIdentity.mockReturnValueOnce(new Promise(() => {}));
      await renderPage({ github, noAnswerHintAfterMs: 30 });

      await userEvent.click(
        screen.getByRole('button', { name: 'Sign in with GitHub' }),
      );
      await within(card('GitHub')).findByRole('textbox', {
        name: 'What the sign-in window says',
      });
      const alert = within(card('GitHub')).getByRole('alert');
      const list = await within(alert).findByRole('list', {
        name: 'Likely causes, most likely first',
      });
      const causes = within(list).getAllByRole('listitem');
      expect(causes[0]).toHaveTextContent(
        'this page followed the same sign-in address just now and got no answer',
      );
      expect(causes[1]).toHaveTextContent(`${TEST_AUTH}/github/handler/frame`);

      // What the window shows, pasted: Chromium's connection error page.
      await userEvent.click(
        within(card('GitHub')).getByRole('textbox', {
          name: 'What the sign-in window says',
        }),
      );
      await userEvent.paste(
        'This site can’t be reached\nidp.example.com refused to connect.\nTry:\nChecking the connection\nERR_CONNECTION_REFUSED',
      );
      const explained = within(card('GitHub')).getByRole('region', {
        name: 'What the sign-in window says, explained',
      });
      expect(explained).toHaveTextContent(
        'The sign-in window could not reach idp.example.com',
      );
      expect(explained).toHaveTextContent('GitHub is down, or your network');
    },
    WINDOW_TEST_TIMEOUT_MS,
  );

  it(
    'lists what a window closed without an answer most likely showed, and explains what it said',
    async () => {
      server.use(
        authRefreshHandler('github', 'present'),
        ...signInStartHandlers('github', 'up'),
      );
      const github = mockAuthApi();
      github.getBackstageIdentity.mockRejectedValueOnce(
        popupError('PopupClosedError', 'Login failed, popup was closed'),
      );
      await renderPage({ providers: ['github', 'guest'], github });

      await userEvent.click(
        screen.getByRole('button', { name: 'Sign in with GitHub' }),
      );
      await within(card('GitHub')).findByRole('textbox', {
        name: 'What the sign-in window says',
      });
      const alert = within(card('GitHub')).getByRole('alert');
      expect(alert).toHaveTextContent(
        'The GitHub sign-in window closed without an answer',
      );
      // Not "sign in again" as the fix: that cannot help when the window
      // showed an error.
      expect(alert).toHaveTextContent(
        'Paste what the window showed into the box below',
      );
      const list = await within(alert).findByRole('list', {
        name: 'Likely causes, most likely first',
      });
      const causes = within(list).getAllByRole('listitem');
      expect(causes.map(c => c.textContent)).toEqual([
        expect.stringContaining(`${TEST_AUTH}/github/handler/frame`),
        expect.stringContaining('cannot be reached'),
        expect.stringContaining('policy'),
        expect.stringContaining('Origin … is not allowed'),
        expect.stringContaining('You closed the window before finishing'),
      ]);
      expect(
        within(causes[0]).getByRole('button', {
          name: 'Copy the callback URL of GitHub',
        }),
      ).toBeInTheDocument();
      expect(
        within(card('Guest')).queryByRole('alert'),
      ).not.toBeInTheDocument();
      expect(
        screen.getByRole('button', { name: 'Sign in with GitHub' }),
      ).toBeEnabled();

      const box = within(card('GitHub')).getByRole('textbox', {
        name: 'What the sign-in window says',
      });
      const explained = within(card('GitHub')).getByRole('region', {
        name: 'What the sign-in window says, explained',
      });
      expect(explained).toBeEmptyDOMElement();
      // oidc-provider's own error page for an unregistered redirect URI.
      await userEvent.click(box);
      await userEvent.paste(
        "oops! something went wrong\nerror: invalid_redirect_uri\nerror_description: redirect_uri did not match any of the client's registered redirect_uris",
      );
      // The words are node-oidc-provider's, which several IdPs write: the
      // finding says so instead of naming one.
      expect(explained).toHaveTextContent(
        'The identity provider does not know Backstage’s callback URL',
      );
      expect(explained).toHaveTextContent(
        `Register exactly ${TEST_AUTH}/github/handler/frame`,
      );
      // An IdP's answer in the window's address: explained as the IdP's code.
      await userEvent.clear(box);
      await userEvent.paste(
        `${TEST_AUTH}/github/handler/frame?error=access_denied&error_description=AADSTS50105`,
      );
      // The IdP's description wins over access_denied's generic meaning.
      expect(explained).toHaveTextContent(
        'You are not assigned to the Backstage application in Entra ID (AADSTS50105)',
      );
      expect(explained).not.toHaveTextContent(
        'The sign-in was denied at the identity provider',
      );
      await userEvent.clear(box);
      expect(explained).toBeEmptyDOMElement();
    },
    WINDOW_TEST_TIMEOUT_MS,
  );

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

  describe('?error= in the address', () => {
    const crafted =
      'Your account was locked, re-verify at https://evil.example';

    function openAt(search: string) {
      window.history.replaceState(null, '', `/sign-in${search}#top`);
    }

    it('does not show an error this tab did not ask for, and removes it', async () => {
      localStorage.setItem(REMEMBERED_PROVIDER_KEY, 'github');
      server.use(authRefreshHandler('github', 'present'));
      openAt(`?keep=1&error=${encodeURIComponent(crafted)}&other=2`);
      const github = mockAuthApi();
      await renderPage({ github, auto: true });

      expect(
        await screen.findByText(
          'The address contained an error message that this page did not request; it is not shown.',
        ),
      ).toBeInTheDocument();
      expect(screen.queryByText(/evil\.example/)).not.toBeInTheDocument();
      expect(screen.queryByText(/account was locked/)).not.toBeInTheDocument();
      expect(
        screen.queryByText(/The auth backend answered/),
      ).not.toBeInTheDocument();
      expect(window.location.pathname).toBe('/sign-in');
      expect(window.location.search).toBe('?keep=1&other=2');
      expect(window.location.hash).toBe('#top');
      // Not an answer to anything: the remembered session is still restored,
      // but nothing signs in by itself.
      await waitFor(() =>
        expect(github.getBackstageIdentity).toHaveBeenCalledWith({
          optional: true,
        }),
      );
      expect(github.getBackstageIdentity).not.toHaveBeenCalledWith({
        instantPopup: true,
      });
    });

    it('shows the auth backend’s message, labelled, after a redirect this tab started', async () => {
      localStorage.setItem(REMEMBERED_PROVIDER_KEY, 'github');
      sessionStorage.setItem(
        REDIRECT_STARTED_KEY,
        JSON.stringify({ providerId: 'github', startedAt: Date.now() }),
      );
      openAt(
        `?error=${encodeURIComponent('Login failed, user profile does not contain an email')}`,
      );
      const github = mockAuthApi();
      await renderPage({ providers: ['github', 'guest'], github });

      const alert = await within(card('GitHub')).findByRole('alert');
      expect(alert).toHaveTextContent(
        'GitHub gave Backstage no verified email address',
      );
      expect(alert).toHaveTextContent(
        'The auth backend answered: “Login failed, user profile does not contain an email”',
      );
      expect(
        within(card('Guest')).queryByRole('alert'),
      ).not.toBeInTheDocument();
      expect(
        screen.queryByText(/did not request; it is not shown/),
      ).not.toBeInTheDocument();
      expect(window.location.search).toBe('');
      expect(window.location.hash).toBe('#top');
      // One answer per redirect: the flag is gone, and so is the failed
      // provider's memory, whose session was never made.
      expect(sessionStorage.getItem(REDIRECT_STARTED_KEY)).toBeNull();
      expect(localStorage.getItem(REMEMBERED_PROVIDER_KEY)).toBeNull();
      expect(github.getBackstageIdentity).not.toHaveBeenCalled();
    });

    it('does not trust a redirect mark older than the sign-in could take', async () => {
      sessionStorage.setItem(
        REDIRECT_STARTED_KEY,
        JSON.stringify({
          providerId: 'github',
          startedAt: Date.now() - 60 * 60 * 1000,
        }),
      );
      openAt(`?error=${encodeURIComponent(crafted)}`);
      await renderPage({ github: mockAuthApi() });
      expect(
        await screen.findByText(/did not request; it is not shown/),
      ).toBeInTheDocument();
      expect(screen.queryByText(/evil\.example/)).not.toBeInTheDocument();
      expect(window.location.search).toBe('');
      expect(sessionStorage.getItem(REDIRECT_STARTED_KEY)).toBeNull();
    });

    it('marks a redirect sign-in in this tab, and unmarks it if no redirect happened', async () => {
      const github = mockAuthApi();
      // The redirect flow leaves the page: the promise never settles.
      github.getBackstageIdentity.mockReturnValueOnce(new Promise(() => {}));
      await renderPage({ github, redirectFlow: true });
      await userEvent.click(
        screen.getByRole('button', { name: 'Sign in with GitHub' }),
      );
      expect(JSON.parse(sessionStorage.getItem(REDIRECT_STARTED_KEY)!)).toEqual(
        { providerId: 'github', startedAt: expect.any(Number) },
      );
      expect(localStorage.getItem(REMEMBERED_PROVIDER_KEY)).toBe('github');
    });

    it('clears the mark when the auth API answered on the page', async () => {
      const github = mockAuthApi();
      github.getBackstageIdentity.mockRejectedValueOnce(
        popupError('PopupClosedError', 'Login failed, popup was closed'),
      );
      await renderPage({ github, redirectFlow: true });
      await userEvent.click(
        screen.getByRole('button', { name: 'Sign in with GitHub' }),
      );
      await within(card('GitHub')).findByRole('alert');
      expect(sessionStorage.getItem(REDIRECT_STARTED_KEY)).toBeNull();
      expect(localStorage.getItem(REMEMBERED_PROVIDER_KEY)).toBeNull();
    });

    it('does not mark popup sign-ins', async () => {
      const github = mockAuthApi();
      github.getBackstageIdentity.mockReturnValueOnce(new Promise(() => {}));
      await renderPage({ github });
      await userEvent.click(
        screen.getByRole('button', { name: 'Sign in with GitHub' }),
      );
      expect(sessionStorage.getItem(REDIRECT_STARTED_KEY)).toBeNull();
    });
  });

  describe('Trouble signing in?', () => {
    it('is collapsed and probes nothing until opened from the keyboard', async () => {
      server.use(
        perEnvironmentRefreshHandler('oidc', 'development'),
        authRefreshHandler('github', 'notRegistered'),
        guestStartHandler(),
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
        await screen.findByText(
          'The backend lacks one of the offered providers',
        ),
      ).toBeInTheDocument();
      expect(
        screen.getByText('Not available on the backend: GitHub (github).'),
      ).toBeInTheDocument();
      const panel = screen.getByRole('region', {
        name: 'Trouble signing in?',
      });
      expect(
        within(panel).getAllByRole('img', { name: 'Passed' }),
      ).toHaveLength(2);
      expect(
        within(panel).getByRole('img', { name: 'Problem' }),
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

      // Guest is asked at start: its refresh would sign in as guest.
      expect(requests.map(r => r.url).sort()).toEqual(
        [
          `${TEST_AUTH}/github/refresh?optional&env=development`,
          `${TEST_AUTH}/guest/start`,
          `${TEST_AUTH}/oidc/refresh?optional&env=development`,
        ].sort(),
      );
      for (const request of requests) {
        expect(request.headers.get('X-Requested-With')).toBe('XMLHttpRequest');
        expect(request.headers.get('Authorization')).toBeNull();
      }
    });

    it('reports nothing missing on a healthy backend, asking in auth.environment', async () => {
      server.use(
        perEnvironmentRefreshHandler('oidc', 'staging'),
        guestStartHandler(),
      );
      await renderPage({
        providers: ['oidc', 'guest'],
        props: [{ id: 'oidc', title: 'Local IdP', apiRef: oidcAuthApiRef }],
        oidc: mockAuthApi(),
        environment: 'staging',
      });
      await userEvent.click(
        screen.getByRole('button', { name: 'Trouble signing in?' }),
      );
      expect(
        await screen.findByText('The backend has every offered provider'),
      ).toBeInTheDocument();
      const panel = screen.getByRole('region', {
        name: 'Trouble signing in?',
      });
      expect(
        within(panel).queryByRole('img', { name: /Problem|Warning/ }),
      ).not.toBeInTheDocument();
      const table = within(panel).getByRole('table', {
        name: 'Offered providers',
      });
      for (const name of [/Local IdP/, /Guest/]) {
        expect(within(table).getByRole('row', { name })).toHaveTextContent(
          'Registered',
        );
      }
      expect(requests.map(r => r.url).sort()).toEqual([
        `${TEST_AUTH}/guest/start`,
        `${TEST_AUTH}/oidc/refresh?optional&env=staging`,
      ]);
    });

    it('could not tell, rather than missing, when it cannot read the answer', async () => {
      server.use(
        http.get(
          `${TEST_AUTH}/oidc/refresh`,
          () =>
            new HttpResponse('<h1>Bad gateway</h1>', {
              status: 502,
              headers: { 'Content-Type': 'text/html' },
            }),
        ),
      );
      await renderPage({
        providers: ['oidc'],
        props: [{ id: 'oidc', title: 'Local IdP', apiRef: oidcAuthApiRef }],
        oidc: mockAuthApi(),
      });
      await userEvent.click(
        screen.getByRole('button', { name: 'Trouble signing in?' }),
      );
      expect(
        await screen.findByText(
          'Could not tell whether the backend has one of the offered providers',
        ),
      ).toBeInTheDocument();
      const table = screen.getByRole('table', { name: 'Offered providers' });
      expect(
        within(table).getByRole('row', { name: /Local IdP/ }),
      ).toHaveTextContent('Could not tell (502)');
      expect(screen.queryByText(/lacks/)).not.toBeInTheDocument();
      expect(
        screen.queryByRole('img', { name: 'Problem' }),
      ).not.toBeInTheDocument();
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
