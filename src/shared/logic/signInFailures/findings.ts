import {
  createFindingText,
  findingFromMessages,
  type Finding,
  type FindingEvidence,
  type FindingSeverity,
  type FindingText,
} from '../../findings/logic';
import { signInMessages } from '../../translations/signInMessages';
import { signInHelpMessages } from '../../translations/signInHelpMessages';

/** Every finding the sign-in page can report. */
export type SignInFindingId = keyof (typeof signInHelpMessages)['findings'];

/** A finding of the sign-in rules, which the 401 doctor applies too. */
export type SignInFinding = Finding<SignInFindingId>;

/**
 * The sign-in messages in English, for tests and callers outside React; the
 * page passes the sign-in ref's `t` instead.
 */
export const defaultSignInText: FindingText = createFindingText({
  ...signInMessages,
  ...signInHelpMessages,
});

/** Builds the finding `id` from its sign-in messages. */
export function signInFinding(
  text: FindingText,
  id: SignInFindingId,
  severity: FindingSeverity,
  params: Record<string, string | number>,
  evidence?: FindingEvidence[],
): SignInFinding {
  return findingFromMessages(
    text,
    signInHelpMessages.findings,
    id,
    severity,
    params,
    { evidence },
  );
}
