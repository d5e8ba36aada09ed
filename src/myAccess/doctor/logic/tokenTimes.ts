import {
  formatEpochSeconds,
  formatRelativeSeconds,
  type BackstageClaims,
} from '../../../shared/logic/token';
import type { Finding, FindingText } from '../../../shared/findings/logic';
import { defaultDoctorText, doctorFinding } from './findings';

/**
 * Clock differences below this many seconds are normal.
 */
export const CLOCK_SKEW_TOLERANCE_SECONDS = 60;

/**
 * A token expiring within this many seconds is "expiring soon".
 */
export const DEFAULT_EXPIRING_SOON_SECONDS = 5 * 60;

/** "1 hour 5 minutes"-style duration, coarse on purpose. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(Math.abs(seconds)));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  if (s < 86_400) {
    return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
  }
  return `${Math.floor(s / 86_400)} d ${Math.floor((s % 86_400) / 3600)} h`;
}

/**
 * `exp`, `nbf` and `iat` against the browser's clock.
 */
export function checkTokenTimes(
  claims: Pick<BackstageClaims, 'exp' | 'nbf' | 'iat'>,
  nowMs: number,
  text: FindingText = defaultDoctorText,
  expiringSoonSeconds = DEFAULT_EXPIRING_SOON_SECONDS,
): Finding[] {
  const now = nowMs / 1000;
  const findings: Finding[] = [];
  const nowEvidence = {
    label: text('evidence.now'),
    value: formatEpochSeconds(Math.floor(now)),
  };

  if (claims.exp === undefined) {
    findings.push(
      doctorFinding(text, 'expMissing', 'problem', {}, { id: 'exp' }),
    );
  } else {
    const remaining = claims.exp - now;
    const params = {
      exp: formatEpochSeconds(claims.exp),
      relative: formatRelativeSeconds(Math.round(remaining)),
      remaining: formatDuration(remaining),
    };
    const evidence = [
      { label: text('evidence.exp'), value: params.exp },
      nowEvidence,
    ];
    if (remaining <= 0) {
      findings.push(
        doctorFinding(text, 'expired', 'problem', params, {
          id: 'exp',
          evidence,
        }),
      );
    } else if (remaining <= expiringSoonSeconds) {
      findings.push(
        doctorFinding(text, 'expSoon', 'warning', params, {
          id: 'exp',
          evidence,
        }),
      );
    } else {
      findings.push(
        doctorFinding(text, 'expValid', 'ok', params, { id: 'exp' }),
      );
    }
  }

  if (claims.nbf !== undefined && claims.nbf > now) {
    findings.push(
      doctorFinding(
        text,
        'notYetValid',
        'problem',
        {
          nbf: formatEpochSeconds(claims.nbf),
          relative: formatRelativeSeconds(Math.round(claims.nbf - now)),
        },
        {
          id: 'nbf',
          evidence: [
            {
              label: text('evidence.nbf'),
              value: formatEpochSeconds(claims.nbf),
            },
            nowEvidence,
          ],
        },
      ),
    );
  }

  if (
    claims.iat !== undefined &&
    claims.iat - now > CLOCK_SKEW_TOLERANCE_SECONDS
  ) {
    findings.push(
      doctorFinding(
        text,
        'issuedInFuture',
        'warning',
        {
          iat: formatEpochSeconds(claims.iat),
          relative: formatRelativeSeconds(Math.round(claims.iat - now)),
          skew: formatDuration(claims.iat - now),
        },
        {
          id: 'iat',
          evidence: [
            {
              label: text('evidence.iat'),
              value: formatEpochSeconds(claims.iat),
            },
            nowEvidence,
          ],
        },
      ),
    );
  }
  return findings;
}
