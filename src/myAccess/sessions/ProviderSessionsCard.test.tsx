import {
  screen,
  waitForElementToBeRemoved,
  within,
} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  configApiRef,
  createApiRef,
  githubAuthApiRef,
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
import {
  SessionsReportProvider,
  useReadProviderSessions,
} from './useSessionsReport';
import type { ReportedProviderSession } from './logic/sessionReport';

// Built at run time: the lint rule against script URLs is about code, not test data.
const SCRIPT_SCHEME = ['java', 'script'].join('');

type FakeApi = SignInAuthApi & { getIdToken: jest.Mock };

const SIGNATURE = 'aWRwLXNpZ25hdHVyZS1uZXZlci1zaG93bg';

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

const LOCAL_IDP = [{ id: 'oidc', title: 'Local IdP', apiRef: oidcRef }];

/** What the support bundle reads, read when asked (as the bundle does). */
let readReport: () => ReportedProviderSession[] | undefined = () => undefined;
function ReportReader() {
  readReport = useReadProviderSessions();
  return null;
}

async function renderCard(
  apis: Array<[ApiRef<any>, unknown]>,
  configured: string[],
  identityApi = identityApiMock(),
  providers = LOCAL_IDP,
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
      <SessionsReportProvider>
        <ProviderSessionsCard providers={providers} />
        <ReportReader />
      </SessionsReportProvider>
    </TestApiProvider>,
  );
}

// Dialogs and several clicks per test: the default 5 s is tight on a busy machine.
jest.setTimeout(20_000);

/** Opens a provider's ID token claims; resolves with the claims table. */
async function showIdTokenClaims(section: HTMLElement) {
  const toggle = await within(section).findByRole('button', {
    name: 'Show ID token claims',
  });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await userEvent.click(toggle);
  expect(
    within(section).getByRole('button', { name: 'Hide ID token claims' }),
  ).toHaveAttribute('aria-expanded', 'true');
}

/** The row of the claims table that holds the claim named `name`. */
function claimRow(table: HTMLElement, name: string) {
  const row = within(table).getByText(name).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('ProviderSessionsCard', () => {
  afterEach(() => localStorage.clear());

  it('shows a signed-in provider with profile and identity expiry, and its ID token claims only on request, never the raw token', async () => {
    const nowSeconds = Math.floor(Date.now() / 1000);
    const idToken = encodeJwt(
      { alg: 'RS256', kid: 'idp-key' },
      {
        iss: 'http://127.0.0.1:7010',
        sub: 'alice',
        aud: 'backstage-dev',
        iat: nowSeconds - 60,
        // 50 minutes: whether or not a second ticks before render, the phrase
        // stays in minutes (an exact hour reads "in 1 hour").
        exp: nowSeconds + 3000,
        email: 'alice@example.com',
        email_verified: true,
        groups: ['team-a'],
      },
      SIGNATURE,
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
    expect(document.querySelector('img[src^="javascript"]')).toBeNull();
    expect(api.getBackstageIdentity).toHaveBeenCalledWith({ optional: true });
    expect(api.signIn).not.toHaveBeenCalled();
    expect(
      screen.getByText(/Guest sign-in has no provider session/),
    ).toBeInTheDocument();

    // Collapsed until asked for: the ID token is not even read.
    expect(
      within(section).queryByText(
        'ID token from Local IdP (decoded, not verified)',
      ),
    ).not.toBeInTheDocument();
    expect(api.getIdToken).not.toHaveBeenCalled();
    expect(document.body.innerHTML).not.toContain(SIGNATURE);

    await showIdTokenClaims(section);
    expect(
      await within(section).findByText(
        'ID token from Local IdP (decoded, not verified)',
      ),
    ).toBeInTheDocument();
    expect(api.getIdToken).toHaveBeenCalledWith({ optional: true });
    expect(
      within(section).getByText(/Decoding is not verification/),
    ).toBeInTheDocument();
    const table = within(section).getByRole('table', {
      name: 'Claims of the ID token from Local IdP',
    });
    expect(
      within(claimRow(table, 'iss')).getByText('http://127.0.0.1:7010'),
    ).toBeInTheDocument();
    expect(
      within(claimRow(table, 'email')).getByText('alice@example.com'),
    ).toBeInTheDocument();
    expect(
      within(claimRow(table, 'email_verified')).getByText(
        /user profile does not contain an email/,
      ),
    ).toBeInTheDocument();
    expect(
      within(claimRow(table, 'groups')).getByText(
        /does nothing with them unless the sign-in resolver maps them/,
      ),
    ).toBeInTheDocument();
    // The summary: who issued it, for which client, until when.
    expect(
      within(section).getByText('Audience (client id)'),
    ).toBeInTheDocument();
    expect(within(section).getAllByText('backstage-dev')).toHaveLength(2);
    expect(
      within(section).getByText(/^in (49|50) minutes \(/),
    ).toBeInTheDocument();
    expect(
      within(section).queryByRole('list', {
        name: 'ID token from Local IdP (decoded, not verified)',
      }),
    ).not.toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(SIGNATURE);
    expect(document.body.innerHTML).not.toContain(idToken.split('.')[1]);

    await userEvent.click(
      within(section).getByRole('button', { name: 'Hide ID token claims' }),
    );
    expect(
      within(section).queryByRole('table', {
        name: 'Claims of the ID token from Local IdP',
      }),
    ).not.toBeInTheDocument();
  });

  it('hands the support bundle what it shows, from its own reads, and the ID token’s claims only once shown', async () => {
    const nowSeconds = Math.floor(Date.now() / 1000);
    const idToken = encodeJwt(
      { alg: 'RS256' },
      { iss: 'http://127.0.0.1:7010', sub: 'alice', exp: nowSeconds + 3000 },
      SIGNATURE,
    );
    const api = fakeAuthApi({ signedIn: true, idToken });
    window.localStorage.setItem(REMEMBERED_PROVIDER_KEY, 'oidc');
    try {
      await renderCard([[oidcRef, api]], ['oidc', 'guest']);
      const section = await screen.findByRole('region', { name: 'Local IdP' });
      await within(section).findByText('Alice Example · alice@example.com');
      expect(readReport()).toEqual([
        {
          providerId: 'oidc',
          title: 'Local IdP',
          kind: 'oauth',
          usedForBackstage: true,
          state: 'signedIn',
          profile: { displayName: 'Alice Example', email: 'alice@example.com' },
          backstageExpiresAtMs: expect.any(Number),
          idToken: { status: 'notShown' },
        },
        {
          providerId: 'guest',
          title: 'Guest',
          kind: 'guest',
          usedForBackstage: false,
          state: 'noSession',
        },
      ]);
      // Not shown, so not read: the bundle asks nothing of its own.
      expect(api.getIdToken).not.toHaveBeenCalled();

      await showIdTokenClaims(section);
      await within(section).findByRole('table', {
        name: 'Claims of the ID token from Local IdP',
      });
      expect(readReport()?.[0].idToken).toEqual({
        status: 'decoded',
        claims: {
          iss: 'http://127.0.0.1:7010',
          sub: 'alice',
          exp: nowSeconds + 3000,
        },
      });
      expect(JSON.stringify(readReport())).not.toContain(SIGNATURE);

      // Hidden again: the bundle no longer holds the claims.
      await userEvent.click(
        within(section).getByRole('button', { name: 'Hide ID token claims' }),
      );
      expect(readReport()?.[0].idToken).toEqual({ status: 'notShown' });
    } finally {
      window.localStorage.removeItem(REMEMBERED_PROVIDER_KEY);
    }
  });

  it('says an expired ID token is normal, as information and not a problem', async () => {
    const nowSeconds = Math.floor(Date.now() / 1000);
    const idToken = encodeJwt(
      { alg: 'RS256' },
      {
        iss: 'http://127.0.0.1:7010',
        aud: ['backstage-dev', 'other-client'],
        iat: nowSeconds - 3 * 3600,
        exp: nowSeconds - 2 * 3600,
      },
    );
    await renderCard(
      [[oidcRef, fakeAuthApi({ signedIn: true, idToken })]],
      ['oidc'],
    );
    const section = await screen.findByRole('region', { name: 'Local IdP' });
    await showIdTokenClaims(section);

    const findings = await within(section).findByRole('list', {
      name: 'ID token from Local IdP (decoded, not verified)',
    });
    expect(
      within(findings)
        .getAllByRole('listitem')
        .map(item => item.getAttribute('aria-label')),
    ).toEqual(['Information: The ID token expired 2 hours ago']);
    expect(
      within(findings).getByText(
        /This is normal, not a problem: Backstage uses the ID token when you sign in/,
      ),
    ).toBeInTheDocument();
    expect(
      within(section).getByText('backstage-dev, other-client'),
    ).toBeInTheDocument();
    expect(within(section).queryByText(/401/)).not.toBeInTheDocument();
  });

  it('says which part of a malformed ID token is broken', async () => {
    const api = fakeAuthApi({
      signedIn: true,
      idToken: `eyJhbGciOiJSUzI1NiJ9.not*base64.${SIGNATURE}`,
    });
    await renderCard([[oidcRef, api]], ['oidc']);
    const section = await screen.findByRole('region', { name: 'Local IdP' });
    await showIdTokenClaims(section);

    expect(
      await within(section).findByText(
        'The ID token from Local IdP could not be decoded: The payload is not valid base64url, so the token is damaged or truncated.',
      ),
    ).toBeInTheDocument();
    expect(within(section).queryByRole('table')).not.toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(SIGNATURE);
  });

  it('says the provider issued no ID token when the session has none', async () => {
    await renderCard(
      [[oidcRef, fakeAuthApi({ signedIn: true, idToken: '' })]],
      ['oidc'],
    );
    const section = await screen.findByRole('region', { name: 'Local IdP' });
    await showIdTokenClaims(section);
    expect(
      await within(section).findByText(
        /Local IdP returned no ID token for this session/,
      ),
    ).toBeInTheDocument();
  });

  it('names the failed ID token read, with a retry, when getIdToken rejects', async () => {
    const api = fakeAuthApi({ signedIn: true });
    api.getIdToken.mockRejectedValueOnce(
      new Error('Refreshed session did not receive the required scopes'),
    );
    await renderCard([[oidcRef, api]], ['oidc']);
    const section = await screen.findByRole('region', { name: 'Local IdP' });
    await showIdTokenClaims(section);

    expect(
      await within(section).findByText(
        /Local IdP: reading the ID token failed$/,
      ),
    ).toBeInTheDocument();
    expect(
      within(section).getByText(
        'Refreshed session did not receive the required scopes',
      ),
    ).toBeInTheDocument();
    expect(within(section).getByText('Signed in')).toBeInTheDocument();

    await userEvent.click(
      within(section).getByRole('button', { name: 'Retry' }),
    );
    expect(
      await within(section).findByText(/Local IdP returned no ID token/),
    ).toBeInTheDocument();
    expect(api.getIdToken).toHaveBeenCalledTimes(2);
  });

  it('explains what a browser cannot see of an OAuth-only provider, without asking it for an ID token', async () => {
    // Core's GitHub API is an OAuth2 instance: it has getIdToken at run
    // time, and calling it would ask for a scope GitHub never grants.
    const api = fakeAuthApi({ signedIn: true, idToken: 'never-read' });
    await renderCard([[githubAuthApiRef, api]], ['github'], identityApiMock(), [
      { id: 'github', title: 'GitHub', apiRef: githubAuthApiRef as any },
    ]);
    const section = await screen.findByRole('region', { name: 'GitHub' });
    expect(
      await within(section).findByText('What this browser cannot see'),
    ).toBeInTheDocument();
    expect(
      within(section).getByText(
        /GitHub gives Backstage an OAuth access token and no ID token. The access token is opaque to this browser/,
      ),
    ).toBeInTheDocument();
    expect(
      within(section).getByText(
        /came from GitHub’s user API, which the auth backend called at sign-in/,
      ),
    ).toBeInTheDocument();
    expect(
      within(section).getByText(/scopes granted at sign-in/),
    ).toBeInTheDocument();
    expect(
      within(section).queryByRole('button', { name: 'Show ID token claims' }),
    ).not.toBeInTheDocument();
    expect(api.getIdToken).not.toHaveBeenCalled();
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
    await showIdTokenClaims(section);
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
