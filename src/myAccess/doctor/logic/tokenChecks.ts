import {
  decodeToken,
  readBackstageClaims,
  type BackstageClaims,
  type TokenDecodeResult,
} from '../../../shared/logic/token';
import type {
  Finding,
  FindingSeverity,
  FindingText,
} from '../../../shared/findings/logic';
import { defaultDoctorText, doctorFinding } from './findings';
import {
  checkTokenTimes,
  CLOCK_SKEW_TOLERANCE_SECONDS,
  DEFAULT_EXPIRING_SOON_SECONDS,
  formatDuration,
} from './tokenTimes';

export {
  checkTokenTimes,
  CLOCK_SKEW_TOLERANCE_SECONDS,
  DEFAULT_EXPIRING_SOON_SECONDS,
  formatDuration,
};

/**
 * Backstage backends refuse longer tokens.
 */
export const MAX_TOKEN_LENGTH = 32_768;

/** Above this share of the limit the doctor warns. */
const LENGTH_WARNING_SHARE = 0.75;

/**
 * What the token checks need. The raw token is only measured and decoded;
 * no finding quotes it.
 */
export type TokenCheckInput = {
  /** The token from `identityApi.getCredentials()`, if any. */
  token?: string;
  /** `decodeToken(token)` when the page already did it: it is not decoded twice. */
  decoded?: TokenDecodeResult;
  /** `Date.now()` of the browser. */
  nowMs: number;
  /** `discoveryApi.getBaseUrl('auth')`, when it resolved. */
  authBaseUrl?: string;
  /** Why discovering the auth backend failed, when it did. */
  authBaseUrlError?: string;
  expiringSoonSeconds?: number;
};

function trimSlash(url: string) {
  return url.replace(/\/+$/, '');
}

/**
 * The length check alone: also applies to pasted tokens.
 */
export function checkTokenLength(
  length: number,
  text: FindingText = defaultDoctorText,
): Finding {
  const params = { length, count: length, limit: MAX_TOKEN_LENGTH };
  const evidence = [
    { label: text('evidence.tokenLength'), value: String(length) },
    { label: text('evidence.limit'), value: String(MAX_TOKEN_LENGTH) },
  ];
  let messageId: 'lengthOk' | 'lengthNear' | 'lengthTooLong' = 'lengthOk';
  let severity: FindingSeverity = 'ok';
  if (length > MAX_TOKEN_LENGTH) {
    messageId = 'lengthTooLong';
    severity = 'problem';
  } else if (length > MAX_TOKEN_LENGTH * LENGTH_WARNING_SHARE) {
    messageId = 'lengthNear';
    severity = 'warning';
  }
  return doctorFinding(text, messageId, severity, params, {
    id: 'tokenLength',
    evidence,
  });
}

/**
 * `typ`, `aud` and `iss` of a Backstage token.
 */
export function checkTokenIdentity(
  claims: BackstageClaims,
  context: { authBaseUrl?: string; authBaseUrlError?: string },
  text: FindingText = defaultDoctorText,
): Finding[] {
  const findings: Finding[] = [];
  const typEvidence = [
    { label: text('evidence.typ'), value: claims.typ ?? '' },
  ];
  if (claims.kind === 'user') {
    findings.push(
      doctorFinding(
        text,
        'typUser',
        'ok',
        {},
        { id: 'typ', evidence: typEvidence },
      ),
    );
  } else if (claims.kind === 'limited-user') {
    findings.push(
      doctorFinding(
        text,
        'typLimited',
        'warning',
        {},
        { id: 'typ', evidence: typEvidence },
      ),
    );
  } else {
    findings.push(
      doctorFinding(
        text,
        'typOther',
        'problem',
        { typ: claims.typ ?? '(none)' },
        { id: 'typ', evidence: typEvidence },
      ),
    );
  }

  const aud = claims.aud.join(', ');
  findings.push(
    claims.aud.includes('backstage')
      ? doctorFinding(text, 'audOk', 'ok', {}, { id: 'aud' })
      : doctorFinding(
          text,
          'audWrong',
          'problem',
          { aud: aud || '(none)' },
          {
            id: 'aud',
            evidence: [{ label: text('evidence.aud'), value: aud }],
          },
        ),
  );

  const iss = claims.iss ?? '(none)';
  if (context.authBaseUrl) {
    const evidence = [
      { label: text('evidence.iss'), value: iss },
      { label: text('evidence.authBaseUrl'), value: context.authBaseUrl },
    ];
    findings.push(
      claims.iss && trimSlash(claims.iss) === trimSlash(context.authBaseUrl)
        ? doctorFinding(text, 'issOk', 'ok', { iss }, { id: 'iss' })
        : doctorFinding(
            text,
            'issMismatch',
            'warning',
            { iss, authBaseUrl: context.authBaseUrl },
            { id: 'iss', evidence },
          ),
    );
  } else {
    findings.push(
      doctorFinding(
        text,
        'issUnknown',
        'unknown',
        { iss, message: context.authBaseUrlError ?? 'unknown error' },
        { id: 'iss' },
      ),
    );
  }
  return findings;
}

/**
 * Every check of the session's own Backstage token: present, decodable,
 * `typ`, `aud`, `iss`, expiry, not-before, issued-at and length.
 * Decoding is not verification: these checks read claims, they cannot
 * tell a forged token from a genuine one.
 */
export function diagnoseBackstageToken(
  input: TokenCheckInput,
  text: FindingText = defaultDoctorText,
): Finding[] {
  const { token } = input;
  if (typeof token !== 'string' || token.length === 0) {
    return [
      doctorFinding(text, 'tokenMissing', 'problem', {}, { id: 'token' }),
    ];
  }
  const findings = [
    doctorFinding(
      text,
      'tokenPresent',
      'ok',
      { length: token.length, count: token.length },
      { id: 'token' },
    ),
  ];
  const decoded = input.decoded ?? decodeToken(token);
  if (!decoded.ok) {
    findings.push(
      doctorFinding(
        text,
        'tokenUndecodable',
        'problem',
        { reason: decoded.error.message },
        { id: 'decode' },
      ),
    );
    findings.push(checkTokenLength(token.length, text));
    return findings;
  }
  const claims = readBackstageClaims(decoded.token);
  findings.push(...checkTokenIdentity(claims, input, text));
  findings.push(
    ...checkTokenTimes(claims, input.nowMs, text, input.expiringSoonSeconds),
  );
  findings.push(checkTokenLength(token.length, text));
  return findings;
}

/**
 * The issuer check once the probes answered: a token whose `iss` is not the
 * address this app discovers, but which backend plugins reached at that
 * address accepted, was issued by the same backend under another of its
 * addresses (its `backend.baseUrl` differs from the address the browser
 * uses, as behind a proxy). That is information, not a warning.
 */
export function reconcileIssuer(
  findings: readonly Finding[],
  acceptedBy: readonly string[],
  text: FindingText = defaultDoctorText,
): Finding[] {
  if (acceptedBy.length === 0) return [...findings];
  return findings.map(f => {
    if (f.id !== 'iss' || f.severity !== 'warning') return f;
    const iss =
      f.evidence?.find(e => e.label === text('evidence.iss'))?.value ?? '';
    const authBaseUrl =
      f.evidence?.find(e => e.label === text('evidence.authBaseUrl'))?.value ??
      '';
    return doctorFinding(
      text,
      'issOtherAddress',
      'info',
      { iss, authBaseUrl, plugins: acceptedBy.join(', ') },
      { id: 'iss', evidence: f.evidence },
    );
  });
}
