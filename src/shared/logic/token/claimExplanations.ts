/**
 * Plain-language explanations of the claims found in Backstage and OIDC tokens.
 */
import { sensitiveClaim, type SensitiveClaimKind } from './sensitiveClaims';

export type ClaimKind = 'time' | 'text' | 'list' | 'json';

export type ExplainedClaim = {
  name: string;
  /** A short human label, or the claim name itself for unknown claims. */
  label: string;
  /** One sentence on what the claim means; undefined for unknown claims. */
  meaning?: string;
  kind: ClaimKind;
  /** The value formatted for display: text for known claims, JSON otherwise. */
  display: string;
  /** For time claims: absolute UTC time and a relative phrase. */
  time?: { absolute: string; relative: string; epochSeconds: number };
  /**
   * Set when the value works as a credential: show it only on an explicit
   * action, and never copy or export it. `display` still holds the value.
   */
  sensitive?: SensitiveClaimKind;
};

const KNOWN: Record<
  string,
  { label: string; meaning: string; time?: boolean }
> = {
  iss: {
    label: 'Issuer',
    meaning:
      'Who issued the token. For Backstage tokens: the auth backend\u2019s base URL.',
  },
  sub: {
    label: 'Subject',
    meaning:
      'Who the token is about. For Backstage tokens: your user entity ref.',
  },
  aud: {
    label: 'Audience',
    meaning:
      'Who the token is meant for. Backstage backends accept only "backstage".',
  },
  iat: {
    label: 'Issued at',
    meaning: 'When the token was issued.',
    time: true,
  },
  exp: {
    label: 'Expires',
    meaning: 'After this moment every backend rejects the token with 401.',
    time: true,
  },
  nbf: {
    label: 'Not before',
    meaning: 'Backends reject the token before this moment.',
    time: true,
  },
  ent: {
    label: 'Ownership refs',
    meaning:
      'The entities you count as for ownership (you and your groups). Omitted by default since Backstage 1.50; then they come from the identity API.',
  },
  uip: {
    label: 'User identity proof',
    meaning:
      'The signature of your limited-user token (vnd.backstage.limited-user): with the alg and kid above and your sub, iat and exp it makes a token that backends accept for limited access (user info, app assets, TechDocs) until exp. Hidden like a password.',
  },
  azp: {
    label: 'Authorized party',
    meaning: 'The client the token was issued to.',
  },
  email: {
    label: 'Email',
    meaning: 'The email address the identity provider reported.',
  },
  email_verified: {
    label: 'Email verified',
    meaning:
      'Whether the provider verified the email. Backstage ignores unverified emails.',
  },
  name: {
    label: 'Name',
    meaning: 'Display name reported by the identity provider.',
  },
  groups: {
    label: 'Groups',
    meaning: 'Groups reported by the identity provider.',
  },
  auth_time: {
    label: 'Authenticated at',
    meaning: 'When you last signed in at the identity provider.',
    time: true,
  },
  nonce: {
    label: 'Nonce',
    meaning: 'Binds the ID token to the sign-in request.',
  },
  at_hash: {
    label: 'Access token hash',
    meaning: 'Binds the ID token to its access token.',
  },
  sid: {
    label: 'Session id',
    meaning: 'The identity provider\u2019s session identifier.',
  },
  jti: { label: 'Token id', meaning: 'A unique identifier of this token.' },
  scp: { label: 'Scopes', meaning: 'The scopes granted to this token.' },
  scope: { label: 'Scopes', meaning: 'The scopes granted to this token.' },
};

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

/**
 * "in 42 minutes", "3 hours ago": the largest unit that fits, rounded down.
 */
export function formatRelativeSeconds(deltaSeconds: number): string {
  const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  const abs = Math.abs(deltaSeconds);
  for (const [unit, size] of UNITS) {
    if (abs >= size || unit === 'second') {
      const amount = Math.floor(abs / size);
      return rtf.format(deltaSeconds < 0 ? -amount : amount, unit);
    }
  }
  return rtf.format(0, 'second');
}

/**
 * Formats seconds since the epoch as an unambiguous UTC time.
 */
export function formatEpochSeconds(epochSeconds: number): string {
  const date = new Date(epochSeconds * 1000);
  if (Number.isNaN(date.getTime())) return String(epochSeconds);
  return `${date
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, '')} UTC`;
}

function display(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Explains one claim. `nowSeconds` is the current time in seconds since the epoch.
 */
export function explainClaim(
  name: string,
  value: unknown,
  nowSeconds: number,
): ExplainedClaim {
  const known = Object.prototype.hasOwnProperty.call(KNOWN, name)
    ? KNOWN[name]
    : undefined;
  const sensitive = sensitiveClaim(name, value);
  if (known?.time && typeof value === 'number' && Number.isFinite(value)) {
    return {
      name,
      label: known.label,
      meaning: known.meaning,
      kind: 'time',
      display: String(value),
      time: {
        absolute: formatEpochSeconds(value),
        relative: formatRelativeSeconds(value - nowSeconds),
        epochSeconds: value,
      },
    };
  }
  let kind: ClaimKind = 'json';
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  ) {
    kind = 'text';
  } else if (Array.isArray(value) && value.every(v => typeof v === 'string')) {
    kind = 'list';
  }
  return {
    name,
    label: known?.label ?? name,
    meaning: known?.meaning,
    kind,
    display: kind === 'list' ? (value as string[]).join('\n') : display(value),
    ...(sensitive ? { sensitive } : {}),
  };
}

/**
 * Explains every claim of a payload, known claims first in a stable order.
 */
export function explainClaims(
  payload: Record<string, unknown>,
  nowSeconds: number,
): ExplainedClaim[] {
  const order = Object.keys(KNOWN);
  const names = Object.keys(payload).sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    if (ia === -1 && ib === -1) return a.localeCompare(b);
    if (ia === -1) return 1;
    if (ib === -1) return -1;
    return ia - ib;
  });
  return names.map(name => explainClaim(name, payload[name], nowSeconds));
}

/**
 * A copy of `claims` fit to leave the page (copied, exported): every value
 * that works as a credential is replaced by `mask(claim)`. Keys keep their
 * order, and `__proto__` stays a plain key.
 */
export function maskSensitiveClaims(
  claims: Record<string, unknown>,
  mask: (claim: ExplainedClaim & { sensitive: SensitiveClaimKind }) => string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(claims)) {
    const claim = explainClaim(name, claims[name], 0);
    Object.defineProperty(out, name, {
      value: claim.sensitive
        ? mask({ ...claim, sensitive: claim.sensitive })
        : claims[name],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
