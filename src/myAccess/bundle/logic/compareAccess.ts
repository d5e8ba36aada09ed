import type { AnyBundle } from './bundleSchema';

/** The viewer's own access, evaluated now for what the bundle holds. */
export type MyAccess = {
  userEntityRef: string;
  ownershipRefs: readonly string[];
  /** My decisions for the bundle's permissions, by {@link decisionKey}. */
  decisions: ReadonlyMap<string, string>;
  /** Permissions of the bundle the viewer's backend does not know. */
  unknownPermissions?: readonly string[];
  /** The actions I may list, when they were read. */
  actions?: readonly string[];
};

/** One difference between the sender's access and the viewer's. */
export type AccessDifference =
  | {
      kind: 'permission';
      permission: string;
      resourceRef?: string;
      sender: string;
      mine: string;
      /** Refs I hold that the sender's identity lacks: what a policy may read. */
      onlyMine: string[];
      /** Refs the sender holds that I lack. */
      onlySender: string[];
      /**
       * A resource permission's type and the rules its plugin declares: what
       * a conditional decision rests on, which the page cannot evaluate.
       */
      resourceType?: string;
      rules?: string[];
    }
  | { kind: 'permissionUnknown'; permission: string }
  | { kind: 'tokenLacksGroup'; ref: string }
  | { kind: 'groupOnlyMine' | 'groupOnlySender'; ref: string }
  | { kind: 'actionOnlyMine' | 'actionOnlySender'; action: string }
  | { kind: 'senderProblems'; count: number; titles: string[] };

/** The key of a decision: the permission, and the resource it was asked for. */
export function decisionKey(row: {
  name: string;
  resourceRef?: string | null;
}): string {
  return row.resourceRef ? `${row.name}@${row.resourceRef}` : row.name;
}

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

// Answers that are no decision: compared with nothing.
const UNDECIDED = new Set(['PENDING', 'UNKNOWN', 'PER_RESOURCE']);

/** The sender's ownership refs as the bundle has them (version 2 only). */
export function senderOwnership(bundle: AnyBundle): string[] | undefined {
  return bundle.version !== 1 ? bundle.sender?.ownershipRefs : undefined;
}

/**
 * What differs between the sender's access, as the bundle recorded it, and
 * the viewer's, evaluated now: permission decisions first (with the refs
 * one holds and the other lacks, since a policy usually decides on them),
 * then groups, actions and what the sender's doctor found.
 */
export function compareAccess(
  bundle: AnyBundle,
  mine: MyAccess,
): AccessDifference[] {
  const differences: AccessDifference[] = [];
  const theirs = senderOwnership(bundle)?.map(lower);
  const ours = mine.ownershipRefs.map(lower);
  const onlyMine = theirs ? ours.filter(r => !theirs.includes(r)) : [];
  const onlySender = theirs ? theirs.filter(r => !ours.includes(r)) : [];
  const unknown = new Set(mine.unknownPermissions ?? []);

  for (const row of bundle.permissions?.decisions ?? []) {
    if (UNDECIDED.has(row.decision)) continue;
    if (unknown.has(row.name)) {
      differences.push({ kind: 'permissionUnknown', permission: row.name });
      continue;
    }
    const my = mine.decisions.get(decisionKey(row));
    if (!my || UNDECIDED.has(my) || my === row.decision) continue;
    differences.push({
      kind: 'permission',
      permission: row.name,
      ...(row.resourceRef && { resourceRef: row.resourceRef }),
      sender: row.decision,
      mine: my,
      onlyMine: onlyMine.filter(r => !r.startsWith('user:')),
      onlySender: onlySender.filter(r => !r.startsWith('user:')),
      ...(row.resourceType && { resourceType: row.resourceType }),
      ...(row.resourceType &&
        row.rules &&
        row.rules.length > 0 && { rules: [...row.rules] }),
    });
  }

  for (const group of bundle.groups?.differences ?? []) {
    if (!group.inIdentity && group.inCatalog) {
      differences.push({ kind: 'tokenLacksGroup', ref: group.ref });
    }
  }
  for (const ref of onlyMine.filter(r => !r.startsWith('user:'))) {
    differences.push({ kind: 'groupOnlyMine', ref });
  }
  for (const ref of onlySender.filter(r => !r.startsWith('user:'))) {
    differences.push({ kind: 'groupOnlySender', ref });
  }

  if (bundle.version !== 1 && bundle.actions && mine.actions) {
    const sent = new Set(bundle.actions);
    const have = new Set(mine.actions);
    for (const action of [...have].sort()) {
      if (!sent.has(action))
        differences.push({ kind: 'actionOnlyMine', action });
    }
    for (const action of [...sent].sort()) {
      if (!have.has(action))
        differences.push({ kind: 'actionOnlySender', action });
    }
  }

  const problems = bundle.checks.filter(c => c.severity === 'problem');
  if (problems.length > 0) {
    differences.push({
      kind: 'senderProblems',
      count: problems.length,
      titles: problems.map(p => p.title),
    });
  }
  return differences;
}
