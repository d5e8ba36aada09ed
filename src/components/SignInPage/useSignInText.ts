import { useMemo } from 'react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type { SignInText } from '../../lib/signIn';
import { accessInspectorTranslationRef } from '../../translation';

/** The translation ref's `t`, narrowed to the sign-in messages' paths. */
export function useSignInText(): SignInText {
  const { t } = useTranslationRef(accessInspectorTranslationRef);
  return useMemo<SignInText>(
    // The lib builds keys at runtime (`findings.<id>.title`), which the typed
    // `t` cannot check; every key it builds exists in signInMessages.
    () => (key, params) => String(t(`signIn.${key}` as any, params as any)),
    [t],
  );
}
