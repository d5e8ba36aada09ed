import { createTranslationRef } from '@backstage/core-plugin-api/alpha';
import { bannerMessages } from './translations/bannerMessages';
import { doctorMessages } from './translations/doctorMessages';
import { myAccessMessages } from './translations/myAccessMessages';
import { permissionMessages } from './translations/permissionMessages';
import { signInMessages } from './translations/signInMessages';

/**
 * Every string the plugin shows, so apps can translate or reword them.
 * Each surface keeps its messages in its own file under `translations/`.
 *
 * @public
 */
export const accessInspectorTranslationRef = createTranslationRef({
  id: 'access-inspector',
  messages: {
    ...myAccessMessages,
    signIn: signInMessages,
    banner: bannerMessages,
    permissions: permissionMessages,
    doctor: doctorMessages,
  },
});
