import { useFindingText } from '../findings';
import type { FindingText } from '../findings/logic';
import { accessInspectorSignInTranslationRef } from '../translations/signInTranslationRef';

/**
 * The sign-in page's own strings. The explanations of failures are in the
 * help ref, which the page loads with its failure rules.
 */
export function useSignInPageText(): FindingText {
  return useFindingText(accessInspectorSignInTranslationRef);
}
