import {
  guestStrategy,
  popupStrategy,
  proxiedStrategy,
  redirectStrategy,
  signInStrategyFor,
} from './signInStrategies';
import { readRedirectStarted } from './redirectSignIn';
import { readRememberedProvider } from '../shared/providers/rememberedProvider';

describe('signInStrategyFor', () => {
  it('signs guests in through the backend, whatever the redirect flag', () => {
    expect(signInStrategyFor({ kind: 'guest' }, { redirectFlow: false })).toBe(
      guestStrategy,
    );
    expect(signInStrategyFor({ kind: 'guest' }, { redirectFlow: true })).toBe(
      guestStrategy,
    );
    expect(guestStrategy).toMatchObject({
      explainsSilence: false,
      leavesPage: false,
      restoresBeforeAuto: false,
    });
  });

  it('uses the popup for OAuth unless the app enables the redirect flow', () => {
    expect(signInStrategyFor({ kind: 'oauth' }, { redirectFlow: false })).toBe(
      popupStrategy,
    );
    expect(signInStrategyFor({ kind: 'oauth' }, { redirectFlow: true })).toBe(
      redirectStrategy,
    );
    expect(popupStrategy.leavesPage).toBe(false);
    expect(redirectStrategy).toMatchObject({
      leavesPage: true,
      explainsSilence: true,
    });
  });

  it('tries only proxied providers on every load', () => {
    expect(signInStrategyFor({ kind: 'proxied' }, { redirectFlow: true })).toBe(
      proxiedStrategy,
    );
    expect(proxiedStrategy.triedOnEveryLoad).toBe(true);
    for (const strategy of [popupStrategy, redirectStrategy, guestStrategy]) {
      expect(strategy.triedOnEveryLoad).toBe(false);
    }
  });

  it('marks a redirect this tab started while the auth API call runs, and forgets the provider when it fails on the page', async () => {
    const provider = {
      id: 'github',
      kind: 'oauth' as const,
      title: 'GitHub',
      apiRef: { id: 'core.auth.github', T: undefined as any },
    };
    let seenDuringCall: unknown;
    const authApi = {
      // The same auth API call as the popup's, with a click's options.
      getBackstageIdentity: jest.fn(async (): Promise<any> => {
        seenDuringCall = {
          started: readRedirectStarted(),
          remembered: readRememberedProvider(),
        };
        throw new Error('Login failed; caused by Error: denied');
      }),
      getProfile: jest.fn(),
    };
    const request = {
      provider,
      apis: { get: jest.fn(() => authApi as any) },
      discoveryApi: { getBaseUrl: jest.fn() },
    };
    await expect(
      redirectStrategy.signIn({ ...request, mode: 'interactive' }),
    ).rejects.toThrow('Login failed');
    expect(authApi.getBackstageIdentity).toHaveBeenCalledWith({
      instantPopup: true,
    });
    expect(seenDuringCall).toEqual({
      started: { providerId: 'github' },
      remembered: 'github',
    });
    // Still on the page: no redirect left, and no session to restore.
    expect(readRedirectStarted()).toBeUndefined();
    expect(readRememberedProvider()).toBeUndefined();

    // A silent restore marks nothing.
    authApi.getBackstageIdentity.mockImplementation(async () => {
      seenDuringCall = readRedirectStarted();
      return undefined;
    });
    await expect(
      redirectStrategy.signIn({ ...request, mode: 'silent' }),
    ).resolves.toBeUndefined();
    expect(seenDuringCall).toBeUndefined();
    expect(authApi.getBackstageIdentity).toHaveBeenLastCalledWith({
      optional: true,
    });
  });

  it('refuses a provider without an auth API, and finds no session silently', async () => {
    const provider = {
      id: 'github',
      kind: 'oauth' as const,
      title: 'GitHub',
      apiRef: { id: 'core.auth.github', T: undefined as any },
    };
    const apis = { get: jest.fn(() => undefined) };
    await expect(
      popupStrategy.signIn({
        provider,
        mode: 'interactive',
        apis,
        discoveryApi: { getBaseUrl: jest.fn() },
      }),
    ).rejects.toThrow('No auth API is available for GitHub');

    const authApi = {
      getBackstageIdentity: jest.fn(async () => undefined),
      getProfile: jest.fn(),
    };
    apis.get.mockReturnValue(authApi as any);
    await expect(
      popupStrategy.signIn({
        provider,
        mode: 'silent',
        apis,
        discoveryApi: { getBaseUrl: jest.fn() },
      }),
    ).resolves.toBeUndefined();
    expect(authApi.getBackstageIdentity).toHaveBeenCalledWith({
      optional: true,
    });
    expect(authApi.getProfile).not.toHaveBeenCalled();
  });
});
