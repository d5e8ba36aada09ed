import type { Finding, FindingText } from '../../../shared/findings/logic';
import {
  explainPastedText,
  readPastedText,
  type PastedText,
  type SignInExplanation,
} from './errorBodies';
import { diagnosePastedToken, type PastedTokenDiagnosis } from './pastedToken';
import type { SupportBundleInput } from './supportBundle';

/**
 * A pasted text, read and explained once: what it was read as, then a
 * token's diagnosis or what an error says. The paste box shows it and the
 * support bundle reuses it, with the moment it was made.
 */
export type PastedExplanation = {
  read: PastedText;
  /** The pasted text: only used to remove a token from the bundle. */
  input: string;
  evaluatedAtMs: number;
  /** For a token: its checks, header and claims. */
  token?: PastedTokenDiagnosis;
  /** For any other text: what it says, with the sign-in page's rules. */
  error?: Finding;
};

/**
 * Reads a pasted text (token, error body, response, message) and explains
 * it: the one place that chooses between a token and a text.
 */
export function explainPasted(
  input: string,
  context: { nowMs: number; text?: FindingText; signIn?: SignInExplanation },
): PastedExplanation {
  const { nowMs, text, signIn = {} } = context;
  const read = readPastedText(input);
  const explanation = { read, input, evaluatedAtMs: nowMs };
  if (read.kind === 'empty') return explanation;
  if (read.kind === 'token') {
    return {
      ...explanation,
      token: diagnosePastedToken(
        input,
        { nowMs, authBaseUrl: signIn.authBaseUrl },
        text,
      ),
    };
  }
  return { ...explanation, error: explainPastedText(read, text, signIn) };
}

/** A pasted text's explanation as the bundle takes it; nothing when empty. */
export function pastedForBundle(
  pasted: PastedExplanation | undefined,
): SupportBundleInput['pasted'] {
  if (!pasted) return undefined;
  const { input: text, evaluatedAtMs, token, error } = pasted;
  if (token) return { token: { text, evaluatedAtMs, diagnosis: token } };
  if (error) return { error: { text, evaluatedAtMs, finding: error } };
  return undefined;
}
