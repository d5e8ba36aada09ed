import { useMemo } from 'react';
import { configApiRef, useApi, useApiHolder } from '@backstage/core-plugin-api';
import {
  resolveSignInProviders,
  type ResolvedSignInProviders,
  type SignInProviderOption,
} from './index.ts';

/** Providers from `accessInspector.signIn.providers` merged with the prop. */
export function useResolvedProviders(
  provided: SignInProviderOption[] | undefined,
): ResolvedSignInProviders {
  const configApi = useApi(configApiRef);
  const apis = useApiHolder();
  const configured = configApi.getOptional('accessInspector.signIn.providers');
  const configuredKey = JSON.stringify(configured ?? null);
  return useMemo(
    () =>
      resolveSignInProviders({
        configured: JSON.parse(configuredKey),
        provided,
        hasApi: ref => {
          try {
            return apis.get(ref) !== undefined;
          } catch {
            // A registered factory that throws (e.g. missing config) is as
            // unusable as none; the page says so instead of crashing.
            return false;
          }
        },
      }),
    [configuredKey, provided, apis],
  );
}
