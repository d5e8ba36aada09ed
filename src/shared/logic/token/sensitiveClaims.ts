import { isSecretKey, redactText } from '../redact';
import { decodeToken } from './decodeToken';

/**
 * What a claim that works as a credential holds:
 * `limited-token signature` for Backstage's `uip`, `JWT` for a whole token,
 * `signature` for a signature-named claim, `secret` for anything else that
 * looks like a credential.
 */
export type SensitiveClaimKind =
  'limited-token signature' | 'JWT' | 'signature' | 'secret';

// Registered JWT, OIDC and JOSE names whose values are public by definition.
// Their values are not run through the support bundle's secret patterns:
// those err towards redacting, and would hide an opaque `sub` (Entra ID's
// look like base64) or a name with "Bearer" in it. A JWT is still caught.
// Hashes (`at_hash`, `c_hash`, `s_hash`) are left half of a SHA-2 digest of
// a token or code: they cannot be turned back into it, and no one accepts
// them as a credential. `token_type`/`token_use` only say what a token is.
const PUBLIC_NAMES = new Set([
  'iss',
  'sub',
  'aud',
  'exp',
  'nbf',
  'iat',
  'jti',
  'ent',
  'azp',
  'email',
  'email_verified',
  'name',
  'given_name',
  'family_name',
  'preferred_username',
  'nickname',
  'picture',
  'profile',
  'website',
  'locale',
  'zoneinfo',
  'groups',
  'roles',
  'auth_time',
  'acr',
  'amr',
  'nonce',
  'sid',
  'scp',
  'scope',
  'at_hash',
  'c_hash',
  's_hash',
  'token_type',
  'token_use',
  'alg',
  'typ',
  'cty',
  'kid',
  'jku',
  'jwk',
  'x5u',
  'x5c',
  'x5t',
  'x5t#s256',
  'crit',
  'enc',
  'zip',
]);

const SIGNATURE_NAME = /signature|^sig$/i;

// The secret patterns backtrack on long unbroken runs; a secret shows itself
// in its first characters, so only those are matched.
const PROBE_LENGTH = 2_048;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

/**
 * Whether a claim's value works as a credential, and what kind: such a value
 * is hidden until the user reveals it and is never copied.
 *
 * @remarks
 * `uip` is the signature of the limited-user token whose header
 * (`vnd.backstage.limited-user`, `alg`, `kid`) and payload (`sub`, `iat`,
 * `exp`) are readable from the user token: the three together are a token
 * backends accept for limited access until `exp`. Other values count when
 * they decode as a JWT, when the claim's name says it holds a secret, or
 * when the support bundle's redaction would change them.
 */
export function sensitiveClaim(
  name: string,
  value: unknown,
): SensitiveClaimKind | undefined {
  if (isEmpty(value)) return undefined;
  if (name === 'uip') return 'limited-token signature';
  if (typeof value === 'string' && decodeToken(value).ok) return 'JWT';
  if (typeof value === 'number' || typeof value === 'boolean') return undefined;
  const lower = name.toLowerCase();
  if (PUBLIC_NAMES.has(lower)) return undefined;
  if (SIGNATURE_NAME.test(name)) return 'signature';
  if (isSecretKey(name)) return 'secret';
  const probe = asText(value).slice(0, PROBE_LENGTH);
  return redactText(probe) === probe ? undefined : 'secret';
}
