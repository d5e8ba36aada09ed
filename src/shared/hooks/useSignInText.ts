import { useMemo } from 'react';
import { useFindingText } from '../findings';
import type { FindingText } from '../findings/logic';
import { accessInspectorSignInTranslationRef } from '../translations/signInTranslationRef';
import {
  accessInspectorSignInHelpTranslationRef,
  joinSignInText,
} from '../translations/signInHelpTranslationRef';

/**
 * The text of the sign-in failure rules, over both sign-in refs, for code
 * that loads after the sign-in page (its trouble checks, the 401 doctor).
 * The sign-in page itself reads only its own ref (`useSignInPageText`)
 * and loads the help strings when a failure needs them.
 */
export function useSignInText(): FindingText {
  const page = useFindingText(accessInspectorSignInTranslationRef);
  const help = useFindingText(accessInspectorSignInHelpTranslationRef);
  return useMemo(() => joinSignInText(page, help), [page, help]);
}
