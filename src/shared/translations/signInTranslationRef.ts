import { createTranslationRef } from '@backstage/core-plugin-api/alpha';
import { signInMessages } from './signInMessages';

/**
 * Strings of the sign-in page (and of the sign-in failures the 401 doctor
 * explains). A ref of its own: the sign-in page loads before anything else.
 *
 * @public
 */
export const accessInspectorSignInTranslationRef = createTranslationRef({
  id: 'access-inspector.sign-in',
  messages: signInMessages,
});
