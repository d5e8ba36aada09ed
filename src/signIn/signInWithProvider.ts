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
import { GuestBackendIdentity } from './GuestBackendIdentity';

/**
 * `interactive`: a click; may open the provider's popup.
 * `silent`: page load; only restores an existing session, never a popup.
 */
export type SignInMode = 'interactive' | 'silent';

/**
 * Signs in with one provider. Resolves undefined when a silent attempt finds
 * no session; rejects with the provider's or backend's error otherwise.
 */
export async function signInWithProvider(options: {
  provider: ResolvedSignInProvider;
  mode: SignInMode;
  apis: ApiHolder;
  discoveryApi: DiscoveryApi;
}): Promise<IdentityApi | undefined> {
  const { provider, mode, apis, discoveryApi } = options;
  if (provider.kind === 'guest') {
    // The guest provider has no cookie session: restoring is signing in again.
    return GuestBackendIdentity.signIn(discoveryApi);
  }
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
