import {
  decodeToken,
  explainClaims,
  normalizeTokenInput,
  readBackstageClaims,
  type ExplainedClaim,
  type JsonObject,
} from '../../../shared/logic/token';
import type { Finding, FindingText } from '../../../shared/findings/logic';
import { defaultDoctorText, doctorFinding } from './findings';
import {
  checkTokenIdentity,
  checkTokenLength,
  checkTokenTimes,
} from './tokenChecks';

/**
 * What a pasted token turned out to be, its findings and its explained
 * claims. Holds the decoded header and payload, never the token itself nor
 * its signature.
 */
export type PastedTokenDiagnosis = {
  kind: 'empty' | 'invalid' | 'backstage' | 'provider';
  findings: Finding[];
  header?: JsonObject;
  claims: ExplainedClaim[];
};

/** Pasted text longer than this is not a token anyone uses; cut it. */
const MAX_PASTE_LENGTH = 1_000_000;

/**
 * Decodes and diagnoses a pasted token offline: Backstage tokens get the
 * same checks as the session's own; identity provider tokens (ID or access
 * tokens) are told apart and their times checked; opaque strings are "not a
 * JWT". Decoding is not verification.
 */
export function diagnosePastedToken(
  input: string,
  context: { nowMs: number; authBaseUrl?: string },
  text: FindingText = defaultDoctorText,
): PastedTokenDiagnosis {
  // Quotes around "Bearer …" too, and a lone "Bearer": normalizeTokenInput
  // strips the scheme before the quotes and needs something after it.
  const unquoted =
    typeof input === 'string'
      ? input
          .slice(0, MAX_PASTE_LENGTH)
          .trim()
          .replace(/^["'`]+|["'`,;]+$/g, '')
      : '';
  const normalized = normalizeTokenInput(unquoted);
  const token = /^(authorization:?)?bearer$/i.test(normalized)
    ? ''
    : normalized;
  if (!token) {
    return {
      kind: 'empty',
      findings: [doctorFinding(text, 'pastedEmpty', 'warning')],
      claims: [],
    };
  }
  const decoded = decodeToken(token);
  if (!decoded.ok) {
    const notJwt = ['not-a-jwt', 'too-many-parts', 'empty'].includes(
      decoded.error.reason,
    );
    return {
      kind: 'invalid',
      findings: [
        doctorFinding(
          text,
          notJwt ? 'pastedNotJwt' : 'tokenUndecodable',
          'problem',
          { reason: decoded.error.message },
          { id: 'decode' },
        ),
      ],
      claims: [],
    };
  }
  const { header, payload } = decoded.token;
  const claims = readBackstageClaims(decoded.token);
  const findings: Finding[] = [];
  const isBackstage =
    claims.kind !== 'other' || claims.aud.includes('backstage');
  if (!decoded.token.hasSignature) {
    findings.push(
      doctorFinding(
        text,
        'pastedNoSignature',
        'problem',
        {},
        { id: 'signature' },
      ),
    );
  }
  if (isBackstage) {
    findings.push(
      ...checkTokenIdentity(
        claims,
        {
          authBaseUrl: context.authBaseUrl,
          authBaseUrlError: context.authBaseUrl ? undefined : 'not available',
        },
        text,
      ),
    );
  } else {
    findings.push(
      doctorFinding(
        text,
        'pastedProviderToken',
        'problem',
        {
          iss: claims.iss ?? '(no issuer)',
          aud: claims.aud.join(', ') || '(no audience)',
        },
        { id: 'typ' },
      ),
    );
  }
  findings.push(...checkTokenTimes(claims, context.nowMs, text));
  findings.push(checkTokenLength(token.length, text));
  return {
    kind: isBackstage ? 'backstage' : 'provider',
    findings,
    header,
    claims: explainClaims(payload, Math.floor(context.nowMs / 1000)),
  };
}
