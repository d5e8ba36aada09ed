import type { CatalogGroup, CatalogMembership } from './loadMembership';

export type OwnershipSource = 'identity' | 'userinfo' | 'catalog';

export type OwnershipRow = {
  ref: string;
  title?: string;
  /** Catalog depth: 1 = direct member, 2+ = inherited through parents. */
  depth?: number;
  via?: string;
  inIdentity: boolean;
  /** undefined when the userinfo endpoint could not be read. */
  inUserinfo?: boolean;
  /** undefined when there was no catalog to ask (no catalog API, or its call failed). */
  inCatalog?: boolean;
  /** What the difference means, when there is one. */
  note?:
    | 'inherited-not-in-token'
    | 'direct-not-in-token'
    | 'unknown-to-catalog'
    | 'not-a-membership'
    | 'user-ref';
};

export type OwnershipComparison = {
  rows: OwnershipRow[];
  userFound: boolean;
  counts: {
    identity: number;
    userinfo?: number;
    catalogDirect: number;
    catalogInherited: number;
    inheritedNotInToken: number;
    unknownToCatalog: number;
  };
};

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * Three-way comparison of ownership: the identity's `ownershipEntityRefs`,
 * the auth backend's userinfo `ent` claim, and the catalog's memberships.
 */
export function compareOwnership(input: {
  userRef: string;
  identityRefs: string[];
  userinfoRefs?: string[];
  catalog?: CatalogMembership;
}): OwnershipComparison {
  const identity = new Set(input.identityRefs.map(lower));
  const userinfo = input.userinfoRefs
    ? new Set(input.userinfoRefs.map(lower))
    : undefined;
  const catalogGroups: CatalogGroup[] =
    input.catalog && input.catalog.userFound ? input.catalog.groups : [];
  const catalogByRef = new Map(catalogGroups.map(g => [g.ref, g]));
  // Entities the catalog has that are none of the user's groups.
  const notMemberships = new Map(
    (input.catalog?.userFound ? (input.catalog.notMemberships ?? []) : []).map(
      e => [e.ref, e],
    ),
  );
  const userRef = lower(input.userRef);

  const refs = [
    ...catalogGroups.map(g => g.ref),
    ...[...identity, ...(userinfo ?? [])].filter(r => !catalogByRef.has(r)),
  ];
  const ordered = [...new Set(refs)].sort((a, b) => {
    if (a === userRef) return -1;
    if (b === userRef) return 1;
    const da = catalogByRef.get(a)?.depth ?? Number.MAX_SAFE_INTEGER;
    const db = catalogByRef.get(b)?.depth ?? Number.MAX_SAFE_INTEGER;
    return da - db || a.localeCompare(b);
  });

  const rows = ordered.map(ref => {
    const group = catalogByRef.get(ref);
    const nonMember = group ? undefined : notMemberships.get(ref);
    const inIdentity = identity.has(ref);
    const row: OwnershipRow = {
      ref,
      title: group?.title ?? nonMember?.title,
      depth: group?.depth,
      via: group?.via,
      inIdentity,
      inUserinfo: userinfo?.has(ref),
      inCatalog: input.catalog
        ? !!group || !!nonMember || (ref === userRef && input.catalog.userFound)
        : undefined,
    };
    if (ref === userRef) row.note = 'user-ref';
    else if (group && !inIdentity) {
      row.note =
        group.depth > 1 ? 'inherited-not-in-token' : 'direct-not-in-token';
    } else if (!group && input.catalog?.userFound) {
      row.note = nonMember ? 'not-a-membership' : 'unknown-to-catalog';
    }
    return row;
  });

  return {
    rows,
    userFound: !!input.catalog?.userFound,
    counts: {
      identity: identity.size,
      userinfo: userinfo?.size,
      catalogDirect: catalogGroups.filter(g => g.depth === 1).length,
      catalogInherited: catalogGroups.filter(g => g.depth > 1).length,
      inheritedNotInToken: rows.filter(r => r.note === 'inherited-not-in-token')
        .length,
      unknownToCatalog: rows.filter(r => r.note === 'unknown-to-catalog')
        .length,
    },
  };
}
