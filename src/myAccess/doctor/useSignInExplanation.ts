import { useMemo } from 'react';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { useSignInText } from '../../shared/hooks/useSignInText';
import { readRememberedProvider } from '../../shared/providers/rememberedProvider';
import type { SignInExplanation } from './logic';
import type { DoctorReport } from './useDoctor';

/**
 * What a pasted error is explained against, as the sign-in page would: this
 * app's URLs and environment, and the provider signed in with.
 */
export function useSignInExplanation(
  report: DoctorReport | undefined,
): SignInExplanation {
  const signInText = useSignInText();
  const environment =
    useApi(configApiRef).getOptionalString('auth.environment');
  const remembered = readRememberedProvider();
  return useMemo<SignInExplanation>(
    () => ({
      text: signInText,
      environment,
      authBaseUrl: report?.environment.authBaseUrl,
      appBaseUrl: report?.environment.appBaseUrl,
      pageOrigin: window.location.origin,
      // Guest has no identity provider to blame.
      providerId: remembered === 'guest' ? undefined : remembered,
    }),
    [signInText, environment, report, remembered],
  );
}
