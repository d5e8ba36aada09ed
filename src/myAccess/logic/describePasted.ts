import {
  diagnosePastedToken,
  explainErrorBody,
  type DoctorText,
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
  context: { nowMs: number; authBaseUrl?: string; text?: DoctorText },
): SupportBundleInput['pasted'] {
  const { nowMs, authBaseUrl, text } = context;
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
        finding: explainErrorBody(error, text),
      },
    }),
  };
}
