import {
  normalizeList,
  type AccessSnapshot,
  type SnapshotPart,
} from './accessSnapshot';

/** The card a change is shown on, for the link next to it. */
export type ChangeCard =
  'token' | 'groups' | 'sessions' | 'permissions' | 'agents';

/** One difference between two visits. */
export type AccessChange =
  | { kind: 'groupLeft' | 'groupJoined'; ref: string; inherited: boolean }
  | { kind: 'ownershipRemoved' | 'ownershipAdded'; ref: string }
  | { kind: 'claimRemoved' | 'claimAdded'; value: string }
  | { kind: 'permissionChanged'; permission: string; from: string; to: string }
  | {
      kind: 'permissionGone' | 'permissionNew';
      permission: string;
      decision: string;
    }
  | { kind: 'actionRemoved' | 'actionAdded'; action: string }
  | { kind: 'providerChanged'; from: string; to: string }
  | { kind: 'lifetimeChanged'; fromSeconds: number; toSeconds: number };

export const CHANGE_CARD: Record<AccessChange['kind'], ChangeCard> = {
  groupLeft: 'groups',
  groupJoined: 'groups',
  ownershipRemoved: 'groups',
  ownershipAdded: 'groups',
  claimRemoved: 'groups',
  claimAdded: 'groups',
  permissionChanged: 'permissions',
  permissionGone: 'permissions',
  permissionNew: 'permissions',
  actionRemoved: 'agents',
  actionAdded: 'agents',
  providerChanged: 'sessions',
  lifetimeChanged: 'token',
};

/** The comparison of two visits: the changes, and the parts one of them lacked. */
export type AccessDiff = {
  changes: AccessChange[];
  /** Parts seen on one visit only (a card that failed or was not shown). */
  notCompared: SnapshotPart[];
};

function setDiff(before: readonly string[], after: readonly string[]) {
  const a = new Set(normalizeList(before));
  const b = new Set(normalizeList(after));
  return {
    removed: [...a].filter(v => !b.has(v)),
    added: [...b].filter(v => !a.has(v)),
  };
}

/**
 * What changed between the snapshot of an earlier visit and this one. Lists
 * are compared as sets (order and case are no change); a part missing on
 * either side is not compared, and said to be.
 */
export function diffAccess(
  before: AccessSnapshot,
  after: AccessSnapshot,
): AccessDiff {
  const changes: AccessChange[] = [];
  const notCompared: SnapshotPart[] = [];
  const both = <K extends SnapshotPart>(part: K) => {
    const present = before[part] !== undefined && after[part] !== undefined;
    if (!present && (before[part] !== undefined || after[part] !== undefined)) {
      notCompared.push(part);
    }
    return present;
  };

  if (both('catalogGroups')) {
    const b = before.catalogGroups!;
    const a = after.catalogGroups!;
    const all = setDiff(
      [...b.direct, ...b.inherited],
      [...a.direct, ...a.inherited],
    );
    const inheritedNow = new Set(normalizeList(a.inherited));
    const inheritedBefore = new Set(normalizeList(b.inherited));
    for (const ref of all.removed) {
      changes.push({
        kind: 'groupLeft',
        ref,
        inherited: inheritedBefore.has(ref),
      });
    }
    for (const ref of all.added) {
      changes.push({
        kind: 'groupJoined',
        ref,
        inherited: inheritedNow.has(ref),
      });
    }
  }
  if (both('ownershipRefs')) {
    const { removed, added } = setDiff(
      before.ownershipRefs!,
      after.ownershipRefs!,
    );
    removed.forEach(ref => changes.push({ kind: 'ownershipRemoved', ref }));
    added.forEach(ref => changes.push({ kind: 'ownershipAdded', ref }));
  }
  if (both('groupsClaim')) {
    const { removed, added } = setDiff(before.groupsClaim!, after.groupsClaim!);
    removed.forEach(value => changes.push({ kind: 'claimRemoved', value }));
    added.forEach(value => changes.push({ kind: 'claimAdded', value }));
  }
  if (both('permissions')) {
    const b = before.permissions!;
    const a = after.permissions!;
    const has = (o: Record<string, string>, k: string) =>
      Object.prototype.hasOwnProperty.call(o, k);
    for (const permission of Object.keys(b).sort()) {
      if (!has(a, permission)) {
        changes.push({
          kind: 'permissionGone',
          permission,
          decision: b[permission],
        });
      } else if (a[permission] !== b[permission]) {
        changes.push({
          kind: 'permissionChanged',
          permission,
          from: b[permission],
          to: a[permission],
        });
      }
    }
    for (const permission of Object.keys(a).sort()) {
      if (!has(b, permission)) {
        changes.push({
          kind: 'permissionNew',
          permission,
          decision: a[permission],
        });
      }
    }
  }
  if (both('actions')) {
    const { removed, added } = setDiff(before.actions!, after.actions!);
    removed.forEach(action => changes.push({ kind: 'actionRemoved', action }));
    added.forEach(action => changes.push({ kind: 'actionAdded', action }));
  }
  if (both('provider') && before.provider !== after.provider) {
    changes.push({
      kind: 'providerChanged',
      from: before.provider!,
      to: after.provider!,
    });
  }
  if (
    both('tokenLifetimeSeconds') &&
    before.tokenLifetimeSeconds !== after.tokenLifetimeSeconds
  ) {
    changes.push({
      kind: 'lifetimeChanged',
      fromSeconds: before.tokenLifetimeSeconds!,
      toSeconds: after.tokenLifetimeSeconds!,
    });
  }
  return { changes, notCompared };
}
