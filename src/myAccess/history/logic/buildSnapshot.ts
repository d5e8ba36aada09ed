import type { ReportedAccess } from '../../logic/reportedAccess';
import {
  normalizeList,
  SNAPSHOT_VERSION,
  type AccessSnapshot,
} from './accessSnapshot';

/**
 * What the page observed on this visit, part by part; a part left out was
 * not loaded (a card failed, or is not on the page) and is not compared.
 */
export type AccessObservations = {
  userRef: string;
  provider?: string;
  /** The Backstage token's times, in seconds since the epoch. */
  token?: { iat?: unknown; exp?: unknown };
  ownershipRefs?: readonly string[];
  catalogGroups?: { direct: readonly string[]; inherited: readonly string[] };
} & ReportedAccess;

// Answers that are no decision yet: not compared.
const UNDECIDED = new Set(['PENDING', 'UNKNOWN']);

/** The key of a permission decision in a snapshot. */
export function permissionKey(row: {
  pluginId?: string;
  name: string;
  resourceRef?: string;
}): string {
  const base = row.pluginId ? `${row.pluginId}:${row.name}` : row.name;
  return row.resourceRef ? `${base}@${row.resourceRef}` : base;
}

/** Builds this visit's snapshot from what the page observed. */
export function buildSnapshot(
  observed: AccessObservations,
  nowMs: number,
): AccessSnapshot {
  const snapshot: AccessSnapshot = {
    version: SNAPSHOT_VERSION,
    takenAt: nowMs,
    userRef: observed.userRef.toLocaleLowerCase('en-US'),
  };
  if (observed.provider) snapshot.provider = observed.provider;
  const { iat, exp } = observed.token ?? {};
  if (typeof iat === 'number' && typeof exp === 'number' && exp > iat) {
    snapshot.tokenLifetimeSeconds = exp - iat;
  }
  if (observed.ownershipRefs) {
    snapshot.ownershipRefs = normalizeList(observed.ownershipRefs);
  }
  if (observed.catalogGroups) {
    snapshot.catalogGroups = {
      direct: normalizeList(observed.catalogGroups.direct),
      inherited: normalizeList(observed.catalogGroups.inherited),
    };
  }
  if (observed.groupsClaim) {
    snapshot.groupsClaim = normalizeList(observed.groupsClaim);
  }
  if (observed.permissions) {
    snapshot.permissions = Object.fromEntries(
      observed.permissions
        .filter(row => !UNDECIDED.has(row.decision))
        .map(row => [permissionKey(row), row.decision])
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  }
  if (observed.actions) snapshot.actions = normalizeList(observed.actions);
  return snapshot;
}
