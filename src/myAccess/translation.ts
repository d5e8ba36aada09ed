import { createTranslationRef } from '@backstage/core-plugin-api/alpha';
import { agentsMessages } from './agents/agentsMessages';
import { doctorMessages } from './doctor/doctorMessages';
import { groupsMessages } from './groups/groupsMessages';
import { historyMessages } from './history/historyMessages';
import { bundleMessages } from './bundle/bundleMessages';
import { myAccessMessages } from './myAccessMessages';
import { permissionMessages } from './permissions/permissionMessages';
import { sessionsMessages } from './sessions/sessionsMessages';
import { summaryMessages } from './summary/summaryMessages';
import { tokenMessages } from './token/tokenMessages';

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
    myAccessPage: myAccessMessages.myAccessPage,
    tokenCard: tokenMessages,
    secretClaim: myAccessMessages.secretClaim,
    errors: myAccessMessages.errors,
    providersCard: sessionsMessages,
    groupsClaim: groupsMessages.groupsClaim,
    groupsCard: groupsMessages.groupsCard,
    permissions: permissionMessages,
    doctor: doctorMessages,
    agents: agentsMessages,
    history: historyMessages,
    bundle: bundleMessages,
    summary: summaryMessages,
  },
});
