import type { OwnershipComparison } from './compareOwnership';

/** Differences listed by name; beyond this the bundle gives a count. */
export const MAX_GROUP_DIFFERENCES = 50;

/**
 * A group whose membership the sources disagree on. `inUserinfo` is absent
 * when userinfo could not be read, `inCatalog` when the catalog was not.
 */
export type GroupDifference = {
  ref: string;
  inIdentity: boolean;
  inUserinfo?: boolean;
  inCatalog?: boolean;
  note?: string;
};

/**
 * The groups card's comparison, for the bundle: counts, and by name the
 * groups that differ between the sources, bounded in number.
 */
export type GroupsSummary = {
  userEntityRef?: string;
  /** Ownership refs of the identity. */
  identityRefs?: number;
  /** Ownership refs reported by `/v1/userinfo`. */
  userinfoRefs?: number;
  catalogDirect?: number;
  catalogInherited?: number;
  /** Groups that are not in every source that could be read. */
  differences?: GroupDifference[];
  /** How many more differences there are than `differences` lists. */
  differencesNotListed?: number;
  /** Why a source could not be read. */
  errors?: string[];
};

/**
 * Builds the bundle's groups section from the three-way comparison. A group
 * differs when the sources that could be read do not all hold it; the
 * user's own ref counts too (a catalog without the user is worth saying).
 */
export function summarizeGroups(input: {
  userEntityRef: string;
  comparison: OwnershipComparison;
  /** Whether the catalog's memberships were read at all. */
  catalogRead: boolean;
  errors?: string[];
}): GroupsSummary {
  const { comparison, catalogRead } = input;
  const differences: GroupDifference[] = comparison.rows
    .filter(row => {
      const seen = [
        row.inIdentity,
        ...(row.inUserinfo === undefined ? [] : [row.inUserinfo]),
        ...(catalogRead ? [row.inCatalog] : []),
      ];
      return seen.some(Boolean) && !seen.every(Boolean);
    })
    .map(row => ({
      ref: row.ref,
      inIdentity: row.inIdentity,
      ...(row.inUserinfo !== undefined && { inUserinfo: row.inUserinfo }),
      ...(catalogRead && { inCatalog: row.inCatalog }),
      ...(row.note && row.note !== 'user-ref' && { note: row.note }),
    }));
  const { counts } = comparison;
  return {
    userEntityRef: input.userEntityRef,
    identityRefs: counts.identity,
    userinfoRefs: counts.userinfo,
    ...(catalogRead && {
      catalogDirect: counts.catalogDirect,
      catalogInherited: counts.catalogInherited,
    }),
    differences: differences.slice(0, MAX_GROUP_DIFFERENCES),
    ...(differences.length > MAX_GROUP_DIFFERENCES && {
      differencesNotListed: differences.length - MAX_GROUP_DIFFERENCES,
    }),
    ...(input.errors && input.errors.length > 0 && { errors: input.errors }),
  };
}
