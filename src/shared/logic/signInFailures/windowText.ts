import type { FindingText } from '../../findings/logic';
import {
  classifySignInFailure,
  type SignInFailureContext,
} from './classifySignInFailure';
import { defaultSignInText, type SignInFinding } from './findings';

/** Pasted text longer than this is cut before reading. */
const MAX_PASTE_LENGTH = 20_000;
/** The message is quoted up to this length. */
const MAX_MESSAGE_LENGTH = 500;

/**
 * Explains what the user pasted from a sign-in window — the identity
 * provider's error page, the browser's connection error, the window's
 * address — with the one explainer, in the failing provider's context.
 * Undefined for blank text; never throws.
 */
export function explainSignInWindowText(
  input: string,
  context: SignInFailureContext,
  text: FindingText = defaultSignInText,
): SignInFinding | undefined {
  // A page's text comes in lines and blocks: read it as one sentence.
  const pasted = String(input ?? '')
    .slice(0, MAX_PASTE_LENGTH)
    .replace(/\s+/g, ' ')
    .trim();
  if (!pasted) return undefined;
  const finding = classifySignInFailure(
    { message: pasted },
    context,
    text,
    'pasted',
  );
  if (pasted.length <= MAX_MESSAGE_LENGTH) return finding;
  // Quoted in full, a whole page would bury the explanation.
  const clipped = `${pasted.slice(0, MAX_MESSAGE_LENGTH)}…`;
  const clip = (value: string) => value.split(pasted).join(clipped);
  return {
    ...finding,
    title: clip(finding.title),
    detail: clip(finding.detail),
    ...(finding.fix && { fix: clip(finding.fix) }),
    ...(finding.evidence && {
      evidence: finding.evidence.map(e =>
        e.value === pasted ? { ...e, value: clipped } : e,
      ),
    }),
  };
}
