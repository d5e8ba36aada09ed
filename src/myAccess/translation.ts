import { createTranslationRef } from '@backstage/core-plugin-api/alpha';
import { agentsMessages } from './agents/agentsMessages';
import { doctorMessages } from './doctor/doctorMessages';
import { historyMessages } from './history/historyMessages';
import { bundleMessages } from './bundle/bundleMessages';
import { myAccessMessages } from './myAccessMessages';
import { permissionMessages } from './permissions/permissionMessages';
import { summaryMessages } from './summary/summaryMessages';

/**
 * Strings of the My Access page and its cards, so apps can translate or
 * reword them. What loads before sign-in (sign-in page, banner) has a ref
 * of its own, `accessInspectorSignInTranslationRef`, to keep it small.
 *
 * @public
 */
export const accessInspectorTranslationRef = createTranslationRef({
  id: 'access-inspector',
  messages: {
    ...myAccessMessages,
    permissions: permissionMessages,
    doctor: doctorMessages,
    agents: agentsMessages,
    history: historyMessages,
    bundle: bundleMessages,
    summary: summaryMessages,
  },
});
