import type {
  ApiHolder,
  DiscoveryApi,
  IdentityApi,
} from '@backstage/core-plugin-api';
import { UserIdentity } from '@backstage/core-components';
import type {
  ResolvedSignInProvider,
  SignInAuthApi,
} from '../shared/providers';
import {
  forgetProvider,
  rememberProvider,
} from '../shared/providers/rememberedProvider';
import { clearRedirectStarted, markRedirectStarted } from './redirectSignIn';

/**
 * `interactive`: a click; may open the provider's popup or leave the page.
 * `silent`: page load; only restores an existing session, never a popup.
 */
export type SignInMode = 'interactive' | 'silent';

/** What a strategy needs to sign in with one provider. */
export type SignInRequest = {
  provider: ResolvedSignInProvider;
  mode: SignInMode;
  apis: ApiHolder;
  discoveryApi: DiscoveryApi;
  /** `auth.environment`: proxied refreshes pass it as `env`. */
  environment?: string;
};

/**
 * How one kind of provider signs in, as core's SignInPage keeps one
 * `{ Component, loader }` per provider kind.
 */
export type SignInStrategy = {
  kind: 'popup' | 'redirect' | 'guest' | 'proxied';
  /**
   * Signs in. Resolves undefined when a silent attempt finds no session;
   * rejects with the provider's or backend's error otherwise.
   */
  signIn(request: SignInRequest): Promise<IdentityApi | undefined>;
  /** Opens a window the page cannot see into: explain a long silence. */
  explainsSilence: boolean;
  /** Leaves the page and comes back to app.baseUrl, `?error=` on failure. */
  leavesPage: boolean;
  /** Auto sign-in first tries to restore an existing session silently. */
  restoresBeforeAuto: boolean;
  /**
   * Tried on every page load, without a click, whatever was remembered: its
   * failure on load says nothing about the remembered provider's session.
   */
  triedOnEveryLoad: boolean;
};

async function signInWithAuthApi({ provider, mode, apis }: SignInRequest) {
  const authApi = provider.apiRef
    ? (apis.get(provider.apiRef) as SignInAuthApi | undefined)
    : undefined;
  if (!authApi) {
    throw new Error(`No auth API is available for ${provider.title}`);
  }
  const response = await authApi.getBackstageIdentity(
    mode === 'silent' ? { optional: true } : { instantPopup: true },
  );
  if (!response) {
    if (mode === 'silent') return undefined;
    throw new Error(
      `The ${provider.title} provider is not configured to support sign-in`,
    );
  }
  const profile = await authApi.getProfile({ optional: true });
  return UserIdentity.create({
    identity: response.identity,
    authApi,
    profile,
  });
}

/** An OAuth provider through core's popup. */
export const popupStrategy: SignInStrategy = {
  kind: 'popup',
  signIn: signInWithAuthApi,
  explainsSilence: true,
  leavesPage: false,
  restoresBeforeAuto: true,
  triedOnEveryLoad: false,
};

/**
 * An OAuth provider with `enableExperimentalRedirectFlow`: the same auth API
 * call, which then leaves the page instead of opening a popup. The page comes
 * back to app.baseUrl, with `?error=` on failure: a click marks that this tab
 * asked (only then is the error trusted) and remembers the provider, so that
 * a success is restored on return. An answer while still on the page means
 * no redirect left: the mark goes, and on failure the provider is forgotten.
 */
export const redirectStrategy: SignInStrategy = {
  ...popupStrategy,
  kind: 'redirect',
  leavesPage: true,
  async signIn(request) {
    if (request.mode === 'silent') return signInWithAuthApi(request);
    markRedirectStarted(request.provider.id);
    rememberProvider(request.provider.id);
    try {
      return await signInWithAuthApi(request);
    } catch (error) {
      forgetProvider();
      throw error;
    } finally {
      clearRedirectStarted();
    }
  },
};

/**
 * The backend's guest provider. Its identity class loads on first use: most
 * visits never sign in as guest.
 */
export const guestStrategy: SignInStrategy = {
  kind: 'guest',
  // The guest provider has no cookie session: restoring is signing in again.
  signIn: ({ discoveryApi }) =>
    import('./BackendSessionIdentity').then(m =>
      m.BackendSessionIdentity.signIn({
        provider: { id: 'guest' },
        discoveryApi,
      }),
    ),
  explainsSilence: false,
  leavesPage: false,
  restoresBeforeAuto: false,
  triedOnEveryLoad: false,
};

/**
 * A provider behind an authenticating proxy: the proxy signed the user in
 * before the page loaded, so signing in is one request, the same with or
 * without a click. It is tried on every page load.
 */
export const proxiedStrategy: SignInStrategy = {
  kind: 'proxied',
  signIn: ({ provider, discoveryApi, environment }) =>
    import('./BackendSessionIdentity').then(m =>
      m.BackendSessionIdentity.signIn({ provider, discoveryApi, environment }),
    ),
  explainsSilence: false,
  leavesPage: false,
  restoresBeforeAuto: false,
  triedOnEveryLoad: true,
};

/** The strategy of one provider. */
export function signInStrategyFor(
  provider: Pick<ResolvedSignInProvider, 'kind'>,
  options: { redirectFlow: boolean },
): SignInStrategy {
  if (provider.kind === 'guest') return guestStrategy;
  if (provider.kind === 'proxied') return proxiedStrategy;
  return options.redirectFlow ? redirectStrategy : popupStrategy;
}
