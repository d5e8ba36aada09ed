import {
  RELATION_CHILD_OF,
  RELATION_MEMBER_OF,
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';

/** Most refs one `getEntitiesByRefs` call carries. */
export const MAX_REFS_PER_CALL = 100;

/**
 * The two catalog reads the walk needs, so it can run against anything.
 */
export type MembershipCatalog = {
  getEntityByRef(ref: string): Promise<Entity | undefined>;
  getEntitiesByRefs(refs: string[]): Promise<Array<Entity | undefined>>;
};

export type CatalogGroup = {
  ref: string;
  title: string;
  /** 1 for a direct membership, 2 for its parent, and so on. */
  depth: number;
  /** The group this one was reached from (undefined for direct groups). */
  via?: string;
  parents: string[];
};

export type CatalogMembership =
  | { userFound: false; userRef: string }
  | {
      userFound: true;
      userRef: string;
      user: Entity;
      /** Direct and inherited groups, direct first, then level by level. */
      groups: CatalogGroup[];
      /** Refs the catalog named but could not return (dangling memberOf/parent). */
      missing: string[];
      /**
       * Entities of `alsoCheck` that the catalog has but that are none of the
       * user's groups: ownership a sign-in resolver granted on its own
       * (from an IdP's groups claim, say). Ref (lower case) and display name.
       */
      notMemberships?: Array<{ ref: string; title: string }>;
    };

function normalize(
  ref: string,
  defaults: { defaultKind: string; defaultNamespace?: string },
) {
  try {
    return stringifyEntityRef(parseEntityRef(ref, defaults));
  } catch {
    return undefined;
  }
}

function relationTargets(entity: Entity, type: string): string[] {
  return (entity.relations ?? [])
    .filter(r => r.type === type && typeof r.targetRef === 'string')
    .map(r => r.targetRef.toLocaleLowerCase('en-US'));
}

/** Direct groups of a user: relations first, `spec.memberOf` as fallback. */
export function directGroupRefs(user: Entity): string[] {
  const fromRelations = relationTargets(user, RELATION_MEMBER_OF);
  const namespace = user.metadata.namespace ?? 'default';
  const fromSpec = Array.isArray(user.spec?.memberOf)
    ? (user.spec!.memberOf as unknown[])
        .filter((v): v is string => typeof v === 'string')
        .map(v =>
          normalize(v, { defaultKind: 'group', defaultNamespace: namespace }),
        )
    : [];
  return unique(
    [...fromRelations, ...fromSpec].filter((r): r is string => !!r),
  ).filter(r => r.startsWith('group:'));
}

/** Parent groups of a group: `childOf` relations, `spec.parent` as fallback. */
export function parentGroupRefs(group: Entity): string[] {
  const namespace = group.metadata.namespace ?? 'default';
  const parent =
    typeof group.spec?.parent === 'string'
      ? normalize(group.spec.parent, {
          defaultKind: 'group',
          defaultNamespace: namespace,
        })
      : undefined;
  return unique(
    [
      ...relationTargets(group, RELATION_CHILD_OF),
      ...(parent ? [parent] : []),
    ].filter(r => r.startsWith('group:')),
  );
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function chunk<T>(values: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < values.length; i += size)
    chunks.push(values.slice(i, i + size));
  return chunks;
}

function titleOf(entity: Entity): string {
  const profile = entity.spec?.profile as { displayName?: unknown } | undefined;
  if (typeof profile?.displayName === 'string') return profile.displayName;
  return entity.metadata.title ?? entity.metadata.name;
}

/**
 * Loads a user's groups from the catalog: one read for the user, then one
 * batched read (≤ 100 refs a call) per level of parents, each group once.
 * Refs in `alsoCheck` (the identity's ownership refs) that are none of
 * those groups are looked up once more, to tell a ref the catalog lacks
 * from one it has without the user being a member.
 */
export async function loadMembership(
  userRef: string,
  catalog: MembershipCatalog,
  alsoCheck: readonly string[] = [],
): Promise<CatalogMembership> {
  const user = await catalog.getEntityByRef(userRef);
  if (!user) return { userFound: false, userRef };

  const groups: CatalogGroup[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  let level = directGroupRefs(user).map(ref => ({
    ref,
    via: undefined as string | undefined,
  }));
  level.forEach(({ ref }) => seen.add(ref));

  for (let depth = 1; level.length > 0; depth++) {
    const refs = level.map(l => l.ref);
    const batches = await Promise.all(
      chunk(refs, MAX_REFS_PER_CALL).map(batch =>
        catalog.getEntitiesByRefs(batch),
      ),
    );
    const entities = batches.flat();
    const next: typeof level = [];
    level.forEach(({ ref, via }, i) => {
      const entity = entities[i];
      if (!entity) {
        missing.push(ref);
        return;
      }
      const parents = parentGroupRefs(entity);
      groups.push({ ref, title: titleOf(entity), depth, via, parents });
      for (const parent of parents) {
        if (!seen.has(parent)) {
          seen.add(parent);
          next.push({ ref: parent, via: ref });
        }
      }
    });
    level = next;
  }

  const self = userRef.toLocaleLowerCase('en-US');
  const others = [
    ...new Set(alsoCheck.map(r => r.toLocaleLowerCase('en-US'))),
  ].filter(r => r !== self && !seen.has(r));
  const found = others.length
    ? (
        await Promise.all(
          chunk(others, MAX_REFS_PER_CALL).map(batch =>
            catalog.getEntitiesByRefs(batch),
          ),
        )
      ).flat()
    : [];
  const notMemberships = others.flatMap((ref, i) => {
    const entity = found[i];
    return entity ? [{ ref, title: titleOf(entity) }] : [];
  });

  return {
    userFound: true,
    userRef,
    user,
    groups,
    missing,
    ...(notMemberships.length > 0 && { notMemberships }),
  };
}
