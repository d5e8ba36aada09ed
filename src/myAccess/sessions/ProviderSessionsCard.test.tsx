import {
  screen,
  waitForElementToBeRemoved,
  within,
} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  configApiRef,
  createApiRef,
  identityApiRef,
  SessionState,
  type ApiRef,
} from '@backstage/core-plugin-api';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import type { SignInAuthApi } from '../../shared/providers';
import { encodeJwt } from '../../../test/builders/tokens';
import { REMEMBERED_PROVIDER_KEY } from '../../shared/providers/rememberedProvider';
import { ProviderSessionsCard } from './ProviderSessionsCard';

// Built at run time: the lint rule against script URLs is about code, not test data.
const SCRIPT_SCHEME = ['java', 'script'].join('');

type FakeApi = SignInAuthApi & { getIdToken: jest.Mock };

function fakeAuthApi(options: {
  signedIn: boolean;
  picture?: string;
  idToken?: string;
}) {
  let state = options.signedIn ? SessionState.SignedIn : SessionState.SignedOut;
  const listeners = new Set<(s: SessionState) => void>();
  const set = (next: SessionState) => {
    state = next;
    listeners.forEach(l => l(next));
  };
  const api: FakeApi = {
    sessionState$: () =>
      ({
        subscribe: (listener: any) => {
          const fn = typeof listener === 'function' ? listener : listener.next;
          listeners.add(fn);
          fn(state);
          return { unsubscribe: () => listeners.delete(fn), closed: false };
        },
        [Symbol.observable]() {
          return this;
        },
      }) as any,
    getBackstageIdentity: jest.fn(async () =>
      state === SessionState.SignedIn
        ? {
            id: 'alice',
            token: 'not-shown',
            expiresAt: new Date(Date.now() + 30 * 60_000),
            identity: {
              type: 'user',
              userEntityRef: 'user:default/alice',
              ownershipEntityRefs: [],
            },
          }
        : undefined,
    ) as any,
    getProfile: jest.fn(async () =>
      state === SessionState.SignedIn
        ? {
            displayName: 'Alice Example',
            email: 'alice@example.com',
            picture: options.picture,
          }
        : undefined,
    ),
    getIdToken: jest.fn(async () =>
      state === SessionState.SignedIn ? options.idToken : undefined,
    ),
    signIn: jest.fn(async () => set(SessionState.SignedIn)),
    signOut: jest.fn(async () => set(SessionState.SignedOut)),
  };
  return api;
}

const oidcRef: ApiRef<SignInAuthApi> = createApiRef({ id: 'test.oidc' });

function identityApiMock() {
  const identityApi = mockApis.identity({
    userEntityRef: 'user:default/alice',
  });
  jest.spyOn(identityApi, 'signOut');
  return identityApi;
}

async function renderCard(
  apis: Array<[ApiRef<any>, unknown]>,
  configured: string[],
  identityApi = identityApiMock(),
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [identityApiRef, identityApi],
        [
          configApiRef,
          mockApis.config({
            data: { accessInspector: { signIn: { providers: configured } } },
          }),
        ],
        ...(apis as any),
      ]}
    >
      <ProviderSessionsCard
        providers={[{ id: 'oidc', title: 'Local IdP', apiRef: oidcRef }]}
      />
    </TestApiProvider>,
  );
}

// Dialogs and several clicks per test: the default 5 s is tight on a busy machine.
jest.setTimeout(20_000);

describe('ProviderSessionsCard', () => {
  afterEach(() => localStorage.clear());

  it('shows a signed-in provider with profile, identity expiry and decoded ID token, never the raw token', async () => {
    const idToken = encodeJwt(
      { alg: 'RS256' },
      {
        iss: 'http://127.0.0.1:7010',
        email: 'alice@example.com',
        groups: ['team-a'],
      },
    );
    const api = fakeAuthApi({
      signedIn: true,
      picture: `${SCRIPT_SCHEME}:alert(1)`,
      idToken,
    });
    await renderCard([[oidcRef, api]], ['oidc', 'guest']);

    const section = await screen.findByRole('region', { name: 'Local IdP' });
    expect(
      await within(section).findByText('Alice Example · alice@example.com'),
    ).toBeInTheDocument();
    expect(within(section).getByText('Signed in')).toBeInTheDocument();
    expect(
      within(section).getByText(
        /Backstage identity from this provider expires in 29 minutes|in 30 minutes/,
      ),
    ).toBeInTheDocument();
    expect(
      within(section).getByText(
        'ID token from Local IdP (decoded, not verified)',
      ),
    ).toBeInTheDocument();
    expect(
      within(section).getByText('http://127.0.0.1:7010'),
    ).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(idToken.split('.')[1]);
    expect(document.querySelector('img[src^="javascript"]')).toBeNull();
    expect(api.getBackstageIdentity).toHaveBeenCalledWith({ optional: true });
    expect(api.signIn).not.toHaveBeenCalled();
    expect(
      screen.getByText(/Guest sign-in has no provider session/),
    ).toBeInTheDocument();
  });

  it('shows a picture only from https or the app’s own origin', async () => {
    const api = fakeAuthApi({
      signedIn: true,
      picture: 'http://127.0.0.1:9/avatar.png',
    });
    const { unmount } = await renderCard([[oidcRef, api]], ['oidc']);
    const section = await screen.findByRole('region', { name: 'Local IdP' });
    await within(section).findByText('Alice Example · alice@example.com');
    expect(document.querySelector('img')).toBeNull();
    expect(within(section).getByText('L')).toBeInTheDocument();
    unmount();

    for (const picture of [
      'https://avatars.example.com/u/1',
      `${window.location.origin}/avatar.png`,
    ]) {
      const safe = fakeAuthApi({ signedIn: true, picture });
      const rendered = await renderCard([[oidcRef, safe]], ['oidc']);
      await screen.findByText('Alice Example · alice@example.com');
      expect(document.querySelector('img')).toHaveAttribute('src', picture);
      rendered.unmount();
    }
  });

  it('hides ID token claims that work as credentials until revealed', async () => {
    const upstream = encodeJwt({ alg: 'RS256' }, { sub: 'alice' });
    const idToken = encodeJwt(
      { alg: 'RS256' },
      {
        sub: 'alice',
        at_hash: 'HK6E_P6Dh8Y93mRNtsDB1Q',
        upstream_id_token: upstream,
      },
    );
    await renderCard(
      [[oidcRef, fakeAuthApi({ signedIn: true, idToken })]],
      ['oidc'],
    );

    const section = await screen.findByRole('region', { name: 'Local IdP' });
    expect(
      await within(section).findByText(
        `Hidden: JWT, ${upstream.length} characters`,
      ),
    ).toBeInTheDocument();
    expect(
      within(section).getByText('HK6E_P6Dh8Y93mRNtsDB1Q'),
    ).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(upstream);

    await userEvent.click(
      within(section).getByRole('button', {
        name: 'Reveal upstream_id_token',
      }),
    );
    expect(within(section).getByText(upstream)).toBeInTheDocument();
  });

  it('signs in and out only on click, following the live session state', async () => {
    const api = fakeAuthApi({ signedIn: false });
    await renderCard([[oidcRef, api]], ['oidc']);

    const section = await screen.findByRole('region', { name: 'Local IdP' });
    expect(
      await within(section).findByText('Not signed in'),
    ).toBeInTheDocument();
    expect(api.signIn).not.toHaveBeenCalled();

    await userEvent.click(
      within(section).getByRole('button', { name: 'Sign in to Local IdP' }),
    );
    expect(api.signIn).toHaveBeenCalledTimes(1);
    expect(await within(section).findByText('Signed in')).toBeInTheDocument();

    await userEvent.click(
      within(section).getByRole('button', { name: 'Sign out of Local IdP' }),
    );
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Sign out',
      }),
    );
    expect(
      await within(section).findByText('Not signed in'),
    ).toBeInTheDocument();
  });

  it('asks before signing out of a provider, and leaves the Backstage session of another provider alone', async () => {
    localStorage.setItem(REMEMBERED_PROVIDER_KEY, 'guest');
    const api = fakeAuthApi({ signedIn: true });
    const identityApi = identityApiMock();
    await renderCard([[oidcRef, api]], ['oidc', 'guest'], identityApi);

    const section = await screen.findByRole('region', { name: 'Local IdP' });
    await within(section).findByText('Signed in');
    await userEvent.click(
      within(section).getByRole('button', { name: 'Sign out of Local IdP' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Sign out of Local IdP?',
    });
    expect(
      within(dialog).getByText(
        /Your Backstage session did not come from Local IdP and stays signed in/,
      ),
    ).toBeInTheDocument();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Cancel' }),
    );
    expect(api.signOut).not.toHaveBeenCalled();
    await waitForElementToBeRemoved(() => screen.queryByRole('dialog'));

    await userEvent.click(
      within(section).getByRole('button', { name: 'Sign out of Local IdP' }),
    );
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Sign out',
      }),
    );
    expect(
      await within(section).findByText('Not signed in'),
    ).toBeInTheDocument();
    expect(api.signOut).toHaveBeenCalledTimes(1);
    expect(identityApi.signOut).not.toHaveBeenCalled();
  });

  it('ends the Backstage session too when signing out of the provider it came from', async () => {
    localStorage.setItem(REMEMBERED_PROVIDER_KEY, 'oidc');
    const api = fakeAuthApi({ signedIn: true });
    const identityApi = identityApiMock();
    await renderCard([[oidcRef, api]], ['oidc', 'guest'], identityApi);

    const section = await screen.findByRole('region', { name: 'Local IdP' });
    expect(
      await within(section).findByText('used for this Backstage session'),
    ).toBeInTheDocument();
    await userEvent.click(
      within(section).getByRole('button', { name: 'Sign out of Local IdP' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Sign out of Local IdP?',
    });
    expect(
      within(dialog).getByText(/also ends your Backstage session/),
    ).toBeInTheDocument();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Sign out of Backstage' }),
    );
    expect(api.signOut).toHaveBeenCalledTimes(1);
    expect(identityApi.signOut).toHaveBeenCalledTimes(1);
  });

  it('says so when it cannot tell which provider the Backstage session came from', async () => {
    const api = fakeAuthApi({ signedIn: true });
    await renderCard([[oidcRef, api]], ['oidc']);

    const section = await screen.findByRole('region', { name: 'Local IdP' });
    await within(section).findByText('Signed in');
    await userEvent.click(
      within(section).getByRole('button', { name: 'Sign out of Local IdP' }),
    );
    expect(
      within(await screen.findByRole('dialog')).getByText(
        /This page cannot tell which provider your Backstage session came from/,
      ),
    ).toBeInTheDocument();
  });

  it('badges the guest provider when the Backstage session came from it', async () => {
    localStorage.setItem(REMEMBERED_PROVIDER_KEY, 'guest');
    await renderCard(
      [[oidcRef, fakeAuthApi({ signedIn: false })]],
      ['oidc', 'guest'],
    );

    const guest = await screen.findByRole('region', { name: 'Guest' });
    expect(
      within(guest).getByText('used for this Backstage session'),
    ).toBeInTheDocument();
    const oidc = screen.getByRole('region', { name: 'Local IdP' });
    expect(
      within(oidc).queryByText('used for this Backstage session'),
    ).not.toBeInTheDocument();
  });

  it('reports a configured provider the app has no API for, and a failing read', async () => {
    const api = fakeAuthApi({ signedIn: true });
    (api.getBackstageIdentity as jest.Mock).mockRejectedValue(
      new Error('Refresh failed; caused by InputError: Missing session cookie'),
    );
    await renderCard([[oidcRef, api]], ['github', 'oidc']);

    expect(
      await screen.findByText(/GitHub: The app has no API for this provider/),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/Missing session cookie/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Local IdP: reading the session failed/),
    ).toBeInTheDocument();
  });
});
