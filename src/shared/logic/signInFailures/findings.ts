import {
  createFindingBuilder,
  createFindingText,
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

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/**
 * The params with a phrase for each fact the finding's sentences need but
 * the caller lacks ("no answer from the auth backend (its address is not
 * known here)", never "no answer from : …").
 */
export function fillPlaceholders(
  text: FindingText,
  id: SignInFindingId,
  params: Record<string, string | number>,
): Record<string, string | number> {
  const templates = Object.values(signInHelpMessages.findings[id]).join(' ');
  const filled = { ...params };
  for (const [, name] of templates.matchAll(PLACEHOLDER)) {
    const value = filled[name];
    if (name === 'count' || (value !== undefined && String(value).trim())) {
      continue;
    }
    const key = `placeholders.${name}`;
    const phrase = text(key);
    filled[name] = phrase === key ? text('placeholders.other') : phrase;
  }
  return filled;
}

const buildSignInFinding = createFindingBuilder(signInHelpMessages.findings);

/** Builds the finding `id` from its sign-in messages. */
export function signInFinding(
  text: FindingText,
  id: SignInFindingId,
  severity: FindingSeverity,
  params: Record<string, string | number>,
  evidence?: FindingEvidence[],
): SignInFinding {
  return buildSignInFinding(
    text,
    id,
    severity,
    fillPlaceholders(text, id, params),
    { evidence },
  );
}
