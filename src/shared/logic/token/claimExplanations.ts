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

type KnownClaim = { label: string; meaning: string; time?: boolean };

/** Which token the claims come from: some claims mean different things. */
export type ClaimExplanationOptions = {
  /** `id` for an identity provider's ID token; Backstage's token otherwise. */
  token?: 'backstage' | 'id';
  /** Claims configured to hold groups (`accessInspector.groups.claims`). */
  groupClaims?: readonly string[];
};

const GROUPS_MEANING =
  'Groups the identity provider asserts. Backstage does nothing with them unless the sign-in resolver maps them into your ownership refs; the Groups and ownership card compares them with the catalog and your identity.';

const KNOWN: Record<string, KnownClaim> = {
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
    meaning:
      'The client the token was issued to. Google and Keycloak put your Backstage client id here; it matters when the token has several audiences.',
  },
  email: {
    label: 'Email',
    meaning:
      'The email address the identity provider reported. The common sign-in resolvers match you to a catalog User by it (its local part or spec.profile.email).',
  },
  email_verified: {
    label: 'Email verified',
    meaning:
      'Whether the provider verified the email. Backstage\u2019s oidc provider passes the email to the sign-in resolver only when this is true (other providers drop it when false); without it, email resolvers fail with "Login failed, user profile does not contain an email".',
  },
  name: {
    label: 'Name',
    meaning:
      'Display name reported by the identity provider; Backstage shows it as your name.',
  },
  given_name: { label: 'Given name', meaning: 'Your first name at the IdP.' },
  family_name: { label: 'Family name', meaning: 'Your last name at the IdP.' },
  preferred_username: {
    label: 'Preferred username',
    meaning:
      'The username the IdP suggests. Not guaranteed unique or stable; Backstage\u2019s built-in resolvers do not use it.',
  },
  picture: {
    label: 'Picture',
    meaning:
      'Your profile picture\u2019s URL; Backstage shows it as your avatar.',
  },
  groups: {
    label: 'Groups',
    meaning: GROUPS_MEANING,
  },
  roles: { label: 'Roles', meaning: GROUPS_MEANING },
  'cognito:groups': { label: 'Cognito groups', meaning: GROUPS_MEANING },
  auth_time: {
    label: 'Authenticated at',
    meaning:
      'When you last actually authenticated at the identity provider (password, MFA). Silent sign-ins and refreshes keep it.',
    time: true,
  },
  acr: {
    label: 'Authentication context',
    meaning:
      'How strongly you authenticated, in the IdP\u2019s terms (a level, or e.g. "mfa"). Backstage does not check it.',
  },
  amr: {
    label: 'Authentication methods',
    meaning:
      'How you authenticated, e.g. pwd, otp, mfa. Backstage does not check it.',
  },
  nonce: {
    label: 'Nonce',
    meaning:
      'A value the client sent with the sign-in request; the ID token echoes it so the client can refuse a token replayed from another sign-in.',
  },
  at_hash: {
    label: 'Access token hash',
    meaning:
      'Half of a hash of the access token issued with this ID token: binds the two. It cannot be turned back into the access token.',
  },
  c_hash: {
    label: 'Code hash',
    meaning:
      'Half of a hash of the authorization code: binds the ID token to the sign-in that produced it.',
  },
  sid: {
    label: 'Session id',
    meaning:
      'Your session at the identity provider, used for logout across apps. Signing out of Backstage does not by itself end it.',
  },
  hd: {
    label: 'Hosted domain',
    meaning:
      'Google: the Workspace domain of your account; absent for personal accounts. The email resolvers\u2019 allowedDomains option restricts sign-in to such domains.',
  },
  tid: {
    label: 'Tenant id',
    meaning: 'Entra ID: the tenant (directory) your account belongs to.',
  },
  oid: {
    label: 'Object id',
    meaning:
      'Entra ID: your immutable user id in the tenant. The Microsoft Graph catalog provider records it on User entities (graph.microsoft.com/user-id), which the Microsoft resolver userIdMatchingUserEntityAnnotation matches.',
  },
  upn: {
    label: 'User principal name',
    meaning: 'Entra ID: your sign-in name, often but not always your email.',
  },
  updated_at: {
    label: 'Profile updated',
    meaning: 'When your profile at the identity provider last changed.',
    time: true,
  },
  jti: { label: 'Token id', meaning: 'A unique identifier of this token.' },
  scp: { label: 'Scopes', meaning: 'The scopes granted to this token.' },
  scope: { label: 'Scopes', meaning: 'The scopes granted to this token.' },
};

// An ID token's registered claims, read in Backstage's terms.
const ID_TOKEN: Record<string, KnownClaim> = {
  iss: {
    label: 'Issuer',
    meaning:
      'The identity provider that issued the ID token: the issuer named by the provider\u2019s discovery document (metadataUrl).',
  },
  sub: {
    label: 'Subject',
    meaning:
      'Your id at the identity provider, stable for this client. The common sign-in resolvers match you by email, not by this id; a custom resolver may use it.',
  },
  aud: {
    label: 'Audience',
    meaning:
      'The client the ID token was issued to: the clientId of this provider in Backstage\u2019s auth config (auth.providers.<provider>.<environment>.clientId).',
  },
  iat: {
    label: 'Issued at',
    meaning:
      'When the identity provider issued this ID token: at sign-in or at the last session refresh.',
    time: true,
  },
  exp: {
    label: 'Expires',
    meaning:
      'When the ID token expires. Backstage uses the ID token when you sign in; an expired one here does not end your Backstage session.',
    time: true,
  },
};

function own<T>(record: Record<string, T>, name: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, name)
    ? record[name]
    : undefined;
}

function knownClaim(
  name: string,
  options: ClaimExplanationOptions,
): KnownClaim | undefined {
  const known =
    (options.token === 'id' ? own(ID_TOKEN, name) : undefined) ??
    own(KNOWN, name);
  if (known) return known;
  return options.groupClaims?.includes(name)
    ? { label: name, meaning: GROUPS_MEANING }
    : undefined;
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

/**
 * "in 42 minutes", "3 hours ago": the largest unit that fits, rounded down,
 * except within the coming hour, which reads as the expiry banner counts
 * down (rounded up: 4 min 30 s left is "in 5 minutes", 60 s "in 60
 * seconds"), so the page and the banner never disagree on the time left.
 */
export function formatRelativeSeconds(deltaSeconds: number): string {
  const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  const abs = Math.abs(deltaSeconds);
  // The banner's countdown: minutes and seconds within the hour.
  const future = deltaSeconds > 0 && deltaSeconds <= 3_600;
  for (const [unit, size] of UNITS) {
    const fits = future ? abs > size : abs >= size;
    if (fits || unit === 'second') {
      const amount = future ? Math.ceil(abs / size) : Math.floor(abs / size);
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
  options: ClaimExplanationOptions = {},
): ExplainedClaim {
  const known = knownClaim(name, options);
  const sensitive = sensitiveClaim(name, value);
  // 0 (or less) is how some IdPs write "no time" (auth_time: 0): not 1970.
  if (known?.time && typeof value === 'number' && value <= 0) {
    return {
      name,
      label: known.label,
      meaning: known.meaning,
      kind: 'time',
      display: String(value),
      time: {
        absolute: 'Not set',
        relative: `the token says ${value}, which means no time`,
        epochSeconds: value,
      },
    };
  }
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
  options: ClaimExplanationOptions = {},
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
  return names.map(name =>
    explainClaim(name, payload[name], nowSeconds, options),
  );
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
