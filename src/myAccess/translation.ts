import { createTranslationRef } from '@backstage/core-plugin-api/alpha';
import { doctorMessages } from './doctor/doctorMessages';
import { myAccessMessages } from './myAccessMessages';
import { permissionMessages } from './permissions/permissionMessages';

/**
 * Strings of the My Access page and its cards, so apps can translate or
 * reword them. The sign-in page and the banner have refs of their own
 * (`accessInspectorSignInTranslationRef`,
 * `accessInspectorBannerTranslationRef`) to keep what loads before
 * sign-in small.
 *
 * @public
 */
export const accessInspectorTranslationRef = createTranslationRef({
  id: 'access-inspector',
  messages: {
    ...myAccessMessages,
    permissions: permissionMessages,
    doctor: doctorMessages,
  },
});
