/**
 * Plain-language explanations of the claims found in Backstage and OIDC tokens.
 */
import { sensitiveClaim, type SensitiveClaimKind } from './sensitiveClaims';
import {
  GROUPS_MEANING,
  ID_TOKEN_CLAIMS as ID_TOKEN,
  KNOWN_CLAIMS as KNOWN,
  type KnownClaim,
} from './claimMeanings';

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

/** Which token the claims come from: some claims mean different things. */
export type ClaimExplanationOptions = {
  /** `id` for an identity provider's ID token; Backstage's token otherwise. */
  token?: 'backstage' | 'id';
  /** Claims configured to hold groups (`accessInspector.groups.claims`). */
  groupClaims?: readonly string[];
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
