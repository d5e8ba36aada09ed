import { useMemo } from 'react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type { SignInText } from '../logic/signInFailures';
import { accessInspectorSignInTranslationRef } from '../translations/signInTranslationRef';

/**
 * The sign-in ref's `t` for the sign-in failure rules, which the sign-in page
 * and the 401 doctor both apply.
 */
export function useSignInText(): SignInText {
  const { t } = useTranslationRef(accessInspectorSignInTranslationRef);
  return useMemo<SignInText>(
    // The lib builds keys at runtime (`findings.<id>.title`), which the typed
    // `t` cannot check; every key it builds exists in signInMessages.
    () => (key, params) => String(t(key as any, params as any)),
    [t],
  );
}
