import type {
  CatalogEntityState,
  DecidedPermissionRow,
  DefinitiveDecision,
  PermissionDecision,
  PermissionRow,
} from './types';

/**
 * Everything known about the answers so far.
 */
export type DecisionState = {
  /** Basic permission answers by row key. */
  basic: ReadonlyMap<string, DefinitiveDecision>;
  /** Basic permission row keys whose authorize request is in flight. */
  basicPending: ReadonlySet<string>;
  /** Basic permission row keys whose authorize request failed. */
  basicFailed: ReadonlySet<string>;
  /**
   * Per resource type: the resource checked last and the answers for it by
   * row key. A type being checked has `pending: true`.
   */
  resources: ReadonlyMap<
    string,
    {
      resourceRef: string;
      pending?: boolean;
      results?: ReadonlyMap<string, DefinitiveDecision>;
      /** The catalog returned no such entity (for catalog entities). */
      catalogEntity?: CatalogEntityState;
    }
  >;
};

export const EMPTY_DECISIONS: DecisionState = {
  basic: new Map(),
  basicPending: new Set(),
  basicFailed: new Set(),
  resources: new Map(),
};

/**
 * Attaches a decision to every row.
 */
export function decideRows(
  rows: readonly PermissionRow[],
  state: DecisionState,
): DecidedPermissionRow[] {
  return rows.map(row => {
    if (row.permission.type === 'resource') {
      const check = state.resources.get(row.permission.resourceType);
      const result = check?.results?.get(row.key);
      if (check && !check.pending && result) {
        const notFound =
          check.catalogEntity?.status === 'missing' ||
          check.catalogEntity?.status === 'notVisible';
        return {
          ...row,
          decision: result,
          resourceRef: check.resourceRef,
          ...(notFound && { resourceNotFound: true }),
        };
      }
      if (check?.pending) {
        return { ...row, decision: 'PENDING', resourceRef: check.resourceRef };
      }
      return { ...row, decision: 'PER_RESOURCE' };
    }
    const answer = state.basic.get(row.key);
    let decision: PermissionDecision;
    if (state.basicPending.has(row.key)) decision = 'PENDING';
    else if (answer) decision = answer;
    else if (state.basicFailed.has(row.key)) decision = 'UNKNOWN';
    else decision = 'PENDING';
    return { ...row, decision };
  });
}

/**
 * Counts rows per decision; every decision is present, zero when absent.
 */
export function countDecisions(
  rows: readonly Pick<DecidedPermissionRow, 'decision'>[],
): Record<PermissionDecision, number> {
  const counts: Record<PermissionDecision, number> = {
    ALLOW: 0,
    DENY: 0,
    PER_RESOURCE: 0,
    PENDING: 0,
    UNKNOWN: 0,
  };
  for (const row of rows) counts[row.decision] += 1;
  return counts;
}

/**
 * Filters on the table's controls. Empty values do not filter.
 */
export type PermissionRowFilter = {
  pluginId?: string;
  decision?: PermissionDecision;
  /** Case-insensitive; matches plugin, name, type, resource type, action and rule names. */
  search?: string;
};

/**
 * Applies a {@link PermissionRowFilter}, keeping the order.
 */
export function filterPermissionRows<T extends DecidedPermissionRow>(
  rows: readonly T[],
  filter: PermissionRowFilter,
): T[] {
  const terms = (filter.search ?? '')
    .toLocaleLowerCase('en-US')
    .split(/\s+/)
    .filter(Boolean);
  return rows.filter(row => {
    if (filter.pluginId && row.pluginId !== filter.pluginId) return false;
    if (filter.decision && row.decision !== filter.decision) return false;
    if (terms.length === 0) return true;
    const haystack = [
      row.pluginId,
      row.name,
      row.type,
      row.resourceType ?? '',
      row.action ?? '',
      row.resourceRef ?? '',
      ...row.rules.map(rule => rule.name),
    ]
      .join(' ')
      .toLocaleLowerCase('en-US');
    return terms.every(term => haystack.includes(term));
  });
}
