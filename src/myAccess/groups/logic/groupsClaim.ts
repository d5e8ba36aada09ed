import {
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { GroupsClaimOptions } from '../../logic/groupsClaimOptions';

export {
  DEFAULT_GROUP_ID_ANNOTATION,
  DEFAULT_GROUPS_CLAIMS,
  type GroupsClaimOptions,
} from '../../logic/groupsClaimOptions';

const validator = makeValidator();

/** A catalog Group as far as the mapping needs it. */
export type ClaimCandidateGroup = {
  ref: string;
  annotations?: Record<string, string>;
};

/** One value the IdP asserted, and what it maps to. */
export type ClaimedGroup = {
  value: string;
  claim: string;
  /** The catalog Group it maps to; undefined when the catalog has none. */
  ref?: string;
  by?: 'name' | 'annotation';
  /** Whether the identity's ownership refs hold the mapped Group. */
  inOwnership?: boolean;
};

/** One catalog membership, and whether the IdP asserts it. */
export type MembershipAssertion = {
  ref: string;
  /** The claimed value that maps to it, when the IdP asserts it. */
  assertedAs?: string;
};

export type GroupsClaimReading =
  | {
      /** No claim of the configured names is in the ID token. */
      kind: 'absent';
      claimNames: string[];
      /** Entra ID's marker that the user has too many groups for a token. */
      overage: boolean;
    }
  | { kind: 'malformed'; claim: string; type: string }
  | {
      kind: 'present';
      claims: string[];
      claimed: ClaimedGroup[];
      memberships: MembershipAssertion[];
    };

const lower = (value: string) => value.toLocaleLowerCase('en-US');

/** Claimed values, by claim, from an ID token's payload. */
export function readGroupsClaim(
  payload: Record<string, unknown>,
  claimNames: string[],
):
  | { kind: 'absent'; overage: boolean }
  | { kind: 'malformed'; claim: string; type: string }
  | { kind: 'present'; values: Array<{ value: string; claim: string }> } {
  const values: Array<{ value: string; claim: string }> = [];
  let found = false;
  for (const claim of claimNames) {
    if (!Object.prototype.hasOwnProperty.call(payload, claim)) continue;
    const raw = payload[claim];
    found = true;
    // Some IdPs send a single group as a string, or a space-separated list.
    const list =
      typeof raw === 'string' ? raw.split(/[\s,]+/).filter(Boolean) : raw;
    if (!Array.isArray(list) || list.some(v => typeof v !== 'string')) {
      return {
        kind: 'malformed',
        claim,
        type: Array.isArray(raw) ? 'array of non-strings' : typeof raw,
      };
    }
    for (const value of list as string[]) values.push({ value, claim });
  }
  if (!found) {
    const names = payload._claim_names;
    const overage =
      payload.hasgroups === true ||
      payload.hasgroups === 'true' ||
      (typeof names === 'object' &&
        names !== null &&
        Object.prototype.hasOwnProperty.call(names, 'groups'));
    return { kind: 'absent', overage };
  }
  return { kind: 'present', values };
}

/**
 * The catalog refs a claimed value could name: a Group of that name in the
 * namespace (names compare case-insensitively, as the catalog compares
 * entity refs), or a full ref when the IdP sends one (`group:ns/name`).
 */
export function candidateRefs(value: string, namespace: string): string[] {
  try {
    const ref = parseEntityRef(value, {
      defaultKind: 'group',
      defaultNamespace: namespace,
    });
    if (lower(ref.kind) !== 'group') return [];
    if (
      !validator.isValidEntityName(ref.name) ||
      !validator.isValidNamespace(ref.namespace)
    ) {
      return [];
    }
    return [lower(stringifyEntityRef(ref))];
  } catch {
    return []; // not a valid entity name (an object id, a path, a DN)
  }
}

/**
 * Maps the IdP's groups claim to catalog Groups by name and by annotation,
 * and holds both against the catalog's memberships and the identity's
 * ownership refs. Pure: the caller fetches the candidate Groups.
 */
export function mapGroupsClaim(input: {
  payload: Record<string, unknown>;
  options: GroupsClaimOptions;
  /** Groups the catalog has among the candidates (by name or annotation). */
  catalogGroups: ClaimCandidateGroup[];
  /** The user's direct catalog memberships (Group refs). */
  memberships: string[];
  /** The identity's ownership refs; undefined when not known. */
  ownershipRefs?: string[];
}): GroupsClaimReading {
  const { options } = input;
  const read = readGroupsClaim(input.payload, options.claimNames);
  if (read.kind === 'absent') {
    return {
      kind: 'absent',
      claimNames: options.claimNames,
      overage: read.overage,
    };
  }
  if (read.kind === 'malformed') return read;

  const byRef = new Map<string, ClaimCandidateGroup>();
  const byAnnotation = new Map<string, ClaimCandidateGroup>();
  for (const group of input.catalogGroups) {
    byRef.set(lower(group.ref), group);
    const id = group.annotations?.[options.annotation];
    if (id) byAnnotation.set(lower(id), group);
  }
  const ownership = input.ownershipRefs
    ? new Set(input.ownershipRefs.map(lower))
    : undefined;

  const claimed: ClaimedGroup[] = read.values.map(({ value, claim }) => {
    const byName = candidateRefs(value, options.namespace).find(ref =>
      byRef.has(ref),
    );
    const annotated = byAnnotation.get(lower(value));
    const group = byName ? byRef.get(byName) : annotated;
    if (!group) return { value, claim };
    const ref = lower(group.ref);
    return {
      value,
      claim,
      ref,
      by: byName ? 'name' : 'annotation',
      inOwnership: ownership ? ownership.has(ref) : undefined,
    };
  });

  const assertedBy = new Map<string, string>();
  for (const c of claimed)
    if (c.ref && !assertedBy.has(c.ref)) assertedBy.set(c.ref, c.value);
  const memberships = input.memberships.map(m => {
    const ref = lower(m);
    return { ref, assertedAs: assertedBy.get(ref) };
  });

  return {
    kind: 'present',
    claims: [...new Set(read.values.map(v => v.claim))],
    claimed,
    memberships,
  };
}
