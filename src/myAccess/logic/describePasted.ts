import {
  diagnosePastedToken,
  explainErrorBody,
  type DoctorText,
  type SignInExplanation,
} from '../doctor/logic';
import type { SupportBundleInput } from './supportBundle';

/**
 * What the user pasted into the doctor, diagnosed again now, for the
 * bundle: the diagnosis then carries the moment it was made. Empty panels
 * are left out. The pasted token's text only serves to remove it from the
 * bundle.
 */
export function describePasted(
  pasted: { token?: string; error?: string },
  context: { nowMs: number; text?: DoctorText; signIn?: SignInExplanation },
): SupportBundleInput['pasted'] {
  const { nowMs, text, signIn = {} } = context;
  const { authBaseUrl } = signIn;
  const token = pasted.token?.trim() ? pasted.token : undefined;
  const error = pasted.error?.trim() ? pasted.error : undefined;
  if (!token && !error) return undefined;
  return {
    ...(token && {
      token: {
        text: token,
        evaluatedAtMs: nowMs,
        diagnosis: diagnosePastedToken(token, { nowMs, authBaseUrl }, text),
      },
    }),
    ...(error && {
      error: {
        text: error,
        evaluatedAtMs: nowMs,
        finding: explainErrorBody(error, text, signIn),
      },
    }),
  };
}
