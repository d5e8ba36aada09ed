import {
  guestStrategy,
  popupStrategy,
  redirectStrategy,
  signInStrategyFor,
} from './signInStrategies';

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
      signIn: popupStrategy.signIn,
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
