import { discoveryApiRef, useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import type { ResolvedSignInProvider } from '../shared/providers';
import {
  classifyProviderProbe,
  type AuthProviderProbe,
  type BackendProviderStatus,
} from '../shared/logic/signInFailures';
import { probeAuthProvider } from './probeAuthProviders';

/** The auth backend's base URL, as the auth APIs themselves resolve it. */
export function useAuthBaseUrl() {
  const discoveryApi = useApi(discoveryApiRef);
  const { value, loading, error } = useAsync(
    () => discoveryApi.getBaseUrl('auth'),
    [discoveryApi],
  );
  return { value, loading, error };
}

/** One provider's probe and what it means. */
export type ProviderProbeResult = {
  provider: ResolvedSignInProvider;
  probe: AuthProviderProbe;
  status: BackendProviderStatus;
};

/** Probes every offered provider on the auth backend. */
export function useProviderProbes(
  authBaseUrl: string | undefined,
  providers: ResolvedSignInProvider[],
  environment: string,
) {
  const ids = providers.map(p => p.id).join(',');
  const { value, loading, error, retry } = useAsyncRetry(async () => {
    if (!authBaseUrl) return undefined;
    return Promise.all(
      providers.map(async (provider): Promise<ProviderProbeResult> => {
        const probe = await probeAuthProvider(
          authBaseUrl,
          provider,
          environment,
        );
        return { provider, probe, status: classifyProviderProbe(probe) };
      }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [authBaseUrl, ids, environment]);
  return { value, loading, error, retry };
}
