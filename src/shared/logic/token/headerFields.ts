/**
 * What a JWT's header parameters mean, from RFC 7515 (JSON Web Signature)
 * section 4.1 and RFC 7519 (JSON Web Token) section 5.
 */
import type { ExplainedClaim } from './claimExplanations';

type KnownField = { label: string; meaning: string };

const HEADER_FIELDS: Record<string, KnownField> = {
  alg: {
    label: 'Algorithm',
    meaning:
      'How the token is signed (RFC 7515 §4.1.1). Backstage signs its user tokens with ES256 by default; a backend rejects an algorithm it does not accept.',
  },
  kid: {
    label: 'Key ID',
    meaning:
      'Which signing key signed the token (RFC 7515 §4.1.4): backends look it up in the issuer’s published keys (JWKS). An unknown kid usually means the keys were rotated or the token comes from another issuer.',
  },
  typ: {
    label: 'Type',
    meaning:
      'The kind of token (RFC 7515 §4.1.9, RFC 7519 §5.1). Backstage marks its user tokens vnd.backstage.user, and its limited tokens (for cookies) vnd.backstage.limited\u2011user.',
  },
  cty: {
    label: 'Content type',
    meaning:
      'The type of the signed content (RFC 7515 §4.1.10); JWT for a nested token.',
  },
  jku: {
    label: 'JWK Set URL',
    meaning:
      'Where the signing keys are published (RFC 7515 §4.1.2). A backend must not trust this URL from the token itself.',
  },
  jwk: {
    label: 'JSON Web Key',
    meaning:
      'The public key that signed the token, carried in the token (RFC 7515 §4.1.3). A backend must not trust a key the token brings along.',
  },
  x5u: {
    label: 'X.509 URL',
    meaning: 'Where the signing certificate is published (RFC 7515 §4.1.5).',
  },
  x5c: {
    label: 'X.509 chain',
    meaning: 'The signing certificate chain (RFC 7515 §4.1.6).',
  },
  x5t: {
    label: 'X.509 thumbprint',
    meaning:
      'The SHA-1 thumbprint of the signing certificate (RFC 7515 §4.1.7).',
  },
  'x5t#S256': {
    label: 'X.509 SHA-256 thumbprint',
    meaning:
      'The SHA-256 thumbprint of the signing certificate (RFC 7515 §4.1.8).',
  },
  crit: {
    label: 'Critical',
    meaning:
      'Header extensions the recipient must understand, or reject the token (RFC 7515 §4.1.11).',
  },
};

/**
 * True for a token's header: `alg` is the one parameter every JWS and JWE
 * header must carry (RFC 7515 §4.1.1, RFC 7516 §4.1.1).
 */
export function looksLikeHeader(claims: ReadonlyArray<{ name: string }>) {
  return claims.some(claim => claim.name === 'alg');
}

/** A header field explained: its label and meaning, where RFC 7515 names it. */
export function explainHeaderField(claim: ExplainedClaim): ExplainedClaim {
  const known = Object.prototype.hasOwnProperty.call(HEADER_FIELDS, claim.name)
    ? HEADER_FIELDS[claim.name]
    : undefined;
  return known
    ? { ...claim, label: known.label, meaning: known.meaning }
    : claim;
}
