import { createTranslationRef } from '@backstage/core-plugin-api/alpha';
import { doctorMessages } from './translations/doctorMessages';
import { myAccessMessages } from './translations/myAccessMessages';
import { permissionMessages } from './translations/permissionMessages';

export { accessInspectorBannerTranslationRef } from './translations/bannerTranslationRef';
export { accessInspectorSignInTranslationRef } from './translations/signInTranslationRef';

/**
 * Strings of the My Access page and its cards, so apps can translate or
 * reword them. The sign-in page and the banner have refs of their own
 * ({@link accessInspectorSignInTranslationRef},
 * {@link accessInspectorBannerTranslationRef}) to keep what loads before
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
