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
 * in code. Providers given in code are the app's declaration (the sign-in
 * page's `providers` prop, since it renders first); a caller given none —
 * My Access, a standalone sessions card — reuses that declaration, so an app
 * lists its providers once.
 */
export function useResolvedProviders(
  given: SignInProviderOption[] | undefined,
): ResolvedSignInProviders {
  if (given) recordOfferedProviders(given);
  const provided = given ?? readOfferedProviders();
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
