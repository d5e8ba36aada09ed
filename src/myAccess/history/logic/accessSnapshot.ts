/**
 * What My Access showed on one visit, kept in this browser to tell the next
 * visit what changed. Only names, refs and decisions: never a token, a
 * signature, `uip` or any claim value that could be replayed.
 */
export type AccessSnapshot = {
  version: typeof SNAPSHOT_VERSION;
  /** When it was taken, in milliseconds since the epoch. */
  takenAt: number;
  /** The user entity ref, lower case: whose snapshot it is. */
  userRef: string;
  /** The provider signed in with (`guest`, `oidc`, …), when known. */
  provider?: string;
  /** The Backstage token's lifetime (`exp - iat`), in seconds. */
  tokenLifetimeSeconds?: number;
  /** The identity's ownership refs. */
  ownershipRefs?: string[];
  /** Catalog groups, direct and inherited (parents of parents…). */
  catalogGroups?: { direct: string[]; inherited: string[] };
  /** The values of the IdP's groups claim. */
  groupsClaim?: string[];
  /** Permission decisions by `<pluginId>:<name>` (`@<resourceRef>` for one resource). */
  permissions?: Record<string, string>;
  /** The action ids an agent acting as the user may list. */
  actions?: string[];
};

/** The parts a snapshot holds besides who and when; each may be missing. */
export type SnapshotPart =
  | 'provider'
  | 'tokenLifetimeSeconds'
  | 'ownershipRefs'
  | 'catalogGroups'
  | 'groupsClaim'
  | 'permissions'
  | 'actions';

export const SNAPSHOT_PARTS: readonly SnapshotPart[] = [
  'provider',
  'tokenLifetimeSeconds',
  'ownershipRefs',
  'catalogGroups',
  'groupsClaim',
  'permissions',
  'actions',
];

/** The snapshot format this version writes; others are discarded on read. */
export const SNAPSHOT_VERSION = 1;

/** Why a stored value was not used. */
export type SnapshotRejection = 'older' | 'newer' | 'corrupt' | 'otherUser';

/** At most this many entries in a list part: a bound, not a real limit. */
const MAX_LIST = 2000;
const MAX_STRING = 512;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length > MAX_LIST) return undefined;
  if (!value.every(v => typeof v === 'string' && v.length <= MAX_STRING)) {
    return undefined;
  }
  return value as string[];
}

/** Lower case, deduplicated and sorted: order is never a change. */
export function normalizeList(values: readonly string[]): string[] {
  return [...new Set(values.map(v => v.toLocaleLowerCase('en-US')))].sort();
}

/**
 * Reads a stored snapshot: the snapshot, or why it cannot be used. Reads
 * only own properties of the shapes it knows; anything else is `corrupt`.
 */
export function readSnapshot(
  value: unknown,
  userRef: string,
):
  | { ok: true; snapshot: AccessSnapshot }
  | { ok: false; why: SnapshotRejection } {
  if (!isRecord(value) || typeof value.version !== 'number') {
    return { ok: false, why: 'corrupt' };
  }
  if (value.version < SNAPSHOT_VERSION) return { ok: false, why: 'older' };
  if (value.version > SNAPSHOT_VERSION) return { ok: false, why: 'newer' };
  if (
    typeof value.takenAt !== 'number' ||
    !Number.isFinite(value.takenAt) ||
    typeof value.userRef !== 'string'
  ) {
    return { ok: false, why: 'corrupt' };
  }
  if (value.userRef !== userRef.toLocaleLowerCase('en-US')) {
    return { ok: false, why: 'otherUser' };
  }
  const snapshot: AccessSnapshot = {
    version: SNAPSHOT_VERSION,
    takenAt: value.takenAt,
    userRef: value.userRef,
  };
  if (typeof value.provider === 'string') snapshot.provider = value.provider;
  if (typeof value.tokenLifetimeSeconds === 'number') {
    snapshot.tokenLifetimeSeconds = value.tokenLifetimeSeconds;
  }
  for (const part of ['ownershipRefs', 'groupsClaim', 'actions'] as const) {
    if (value[part] === undefined) continue;
    const list = stringList(value[part]);
    if (!list) return { ok: false, why: 'corrupt' };
    snapshot[part] = list;
  }
  if (value.catalogGroups !== undefined) {
    const groups = value.catalogGroups;
    const direct = isRecord(groups) ? stringList(groups.direct) : undefined;
    const inherited = isRecord(groups)
      ? stringList(groups.inherited)
      : undefined;
    if (!direct || !inherited) return { ok: false, why: 'corrupt' };
    snapshot.catalogGroups = { direct, inherited };
  }
  if (value.permissions !== undefined) {
    const permissions = value.permissions;
    if (!isRecord(permissions)) return { ok: false, why: 'corrupt' };
    const entries = Object.entries(permissions);
    if (
      entries.length > MAX_LIST ||
      !entries.every(([, d]) => typeof d === 'string' && d.length <= 32)
    ) {
      return { ok: false, why: 'corrupt' };
    }
    snapshot.permissions = Object.fromEntries(entries) as Record<
      string,
      string
    >;
  }
  return { ok: true, snapshot };
}
