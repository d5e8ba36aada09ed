import type { DecodedToken } from './decodeToken';

/**
 * The claims of a Backstage user token, read defensively: a claim with the
 * wrong type is reported as absent rather than trusted.
 */
export type BackstageClaims = {
  /** `user` for `vnd.backstage.user`, `limited-user` for the limited variant. */
  kind: 'user' | 'limited-user' | 'other';
  typ?: string;
  alg?: string;
  kid?: string;
  sub?: string;
  iss?: string;
  aud: string[];
  /** Seconds since the epoch. */
  iat?: number;
  exp?: number;
  nbf?: number;
  /** Ownership refs, absent by default since Backstage 1.50. */
  ent?: string[];
};

const USER_TYP = 'vnd.backstage.user';
const LIMITED_USER_TYP = 'vnd.backstage.limited-user';

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value)
    ? value
    : undefined;
}

function strings(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every(v => typeof v === 'string')) {
    return value as string[];
  }
  return undefined;
}

/**
 * Reads the Backstage-specific view of a decoded token.
 */
export function readBackstageClaims(token: DecodedToken): BackstageClaims {
  const { header, payload } = token;
  const typ = str(header.typ);
  let kind: BackstageClaims['kind'] = 'other';
  if (typ === USER_TYP) kind = 'user';
  else if (typ === LIMITED_USER_TYP) kind = 'limited-user';
  return {
    kind,
    typ,
    alg: str(header.alg),
    kid: str(header.kid),
    sub: str(payload.sub),
    iss: str(payload.iss),
    aud: strings(payload.aud) ?? [],
    iat: num(payload.iat),
    exp: num(payload.exp),
    nbf: num(payload.nbf),
    ent: strings(payload.ent),
  };
}
