import { useMemo } from 'react';
import { configApiRef, useApi, useApiHolder } from '@backstage/core-plugin-api';
import {
  resolveSignInProviders,
  type ResolvedSignInProviders,
  type SignInProviderOption,
} from './resolveSignInProviders';
import {
  readOfferedProviders,
  recordOfferedProviders,
} from './offeredProviders';

/**
 * Providers from `accessInspector.signIn.providers` merged with those given
 * in code. The sign-in page renders first in every app load and declares
 * (`'declare'`): what it was given — or nothing — becomes the app's one
 * declaration. My Access and a standalone sessions card reuse it unless they
 * are given providers of their own, so an app lists its providers once.
 */
export function useResolvedProviders(
  given: SignInProviderOption[] | undefined,
  role: 'declare' | 'reuse' = 'reuse',
): ResolvedSignInProviders {
  if (role === 'declare') recordOfferedProviders(given);
  const provided =
    role === 'declare' ? given : (given ?? readOfferedProviders());
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
