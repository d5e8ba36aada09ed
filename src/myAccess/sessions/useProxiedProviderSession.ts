import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  configApiRef,
  discoveryApiRef,
  useApi,
  type BackstageUserIdentity,
  type ProfileInfo,
} from '@backstage/core-plugin-api';
import type { ResolvedSignInProvider } from '../../shared/providers';
import { fetchProxiedSession } from '../../shared/providers/proxiedSession';
import { decodeToken } from '../../shared/logic/token';

/**
 * What the auth backend read from an authenticating proxy's headers. The
 * token the proxy passed is decoded at once and only its claims are kept:
 * `asserted` is `'none'` when the proxy passed no token, `'notAToken'`
 * when what it passed does not decode.
 */
export type ProxiedProviderSessionView = {
  profile: ProfileInfo;
  identity: BackstageUserIdentity;
  asserted: 'none' | 'notAToken' | Record<string, unknown>;
};

/**
 * Asks the provider's refresh again (the same request that signed in) for
 * the profile, the identity the resolver chose and what the proxy asserted.
 */
export function useProxiedProviderSession(provider: ResolvedSignInProvider) {
  const discoveryApi = useApi(discoveryApiRef);
  const configApi = useApi(configApiRef);
  return useAsyncRetry(async (): Promise<ProxiedProviderSessionView> => {
    const session = await fetchProxiedSession({
      authBaseUrl: await discoveryApi.getBaseUrl('auth'),
      providerId: provider.id,
      environment: configApi.getOptionalString('auth.environment'),
      headers: provider.headers,
    });
    const raw = session.providerInfo?.accessToken;
    // Only the claims are kept: the token itself goes no further.
    let asserted: ProxiedProviderSessionView['asserted'] = 'none';
    if (typeof raw === 'string' && raw) {
      const decoded = decodeToken(raw);
      asserted = decoded.ok ? decoded.token.payload : 'notAToken';
    }
    return {
      profile: session.profile,
      identity: session.backstageIdentity.identity,
      asserted,
    };
  }, [provider.id]);
}
