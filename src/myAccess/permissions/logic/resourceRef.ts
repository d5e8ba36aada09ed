import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';

/** The resource type of catalog entities. */
export const CATALOG_ENTITY_RESOURCE_TYPE = 'catalog-entity';

/**
 * The outcome of {@link normalizeResourceRef}.
 */
export type ResourceRefResult =
  | { ok: true; resourceRef: string }
  | { ok: false; reason: 'empty' | 'invalid-entity-ref'; message?: string };

/**
 * Turns what the user typed into the resourceRef sent to authorize. Catalog
 * entity refs must name a kind (`component:payments` or
 * `component:default/payments`) and are normalised to `kind:namespace/name`;
 * other resource types are sent as typed, trimmed.
 */
export function normalizeResourceRef(
  resourceType: string,
  input: string,
): ResourceRefResult {
  const value = input.trim();
  if (!value) return { ok: false, reason: 'empty' };
  if (resourceType !== CATALOG_ENTITY_RESOURCE_TYPE) {
    return { ok: true, resourceRef: value };
  }
  try {
    return { ok: true, resourceRef: stringifyEntityRef(parseEntityRef(value)) };
  } catch (error) {
    return {
      ok: false,
      reason: 'invalid-entity-ref',
      message: (error as Error).message,
    };
  }
}

/**
 * What to ask the catalog for while the user types an entity ref: the name
 * fragment as full-text term, and kind / namespace when already typed.
 */
export function entityRefSearchQuery(input: string): {
  term: string;
  kind?: string;
  namespace?: string;
} {
  let rest = input.trim();
  let kind: string | undefined;
  let namespace: string | undefined;
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    kind = rest.slice(0, colon).trim() || undefined;
    rest = rest.slice(colon + 1);
  }
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    namespace = rest.slice(0, slash).trim() || undefined;
    rest = rest.slice(slash + 1);
  }
  return { term: rest.trim(), kind, namespace };
}
