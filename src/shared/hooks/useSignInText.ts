import { useFindingText } from '../findings';
import type { FindingText } from '../findings/logic';
import { accessInspectorSignInTranslationRef } from '../translations/signInTranslationRef';

/**
 * The sign-in ref's `t` for the sign-in failure rules, which the sign-in page
 * and the 401 doctor both apply.
 */
export function useSignInText(): FindingText {
  return useFindingText(accessInspectorSignInTranslationRef);
}
