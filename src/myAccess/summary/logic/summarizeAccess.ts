import type { CatalogMembership } from '../../logic/loadMembership';

/**
 * What the summary reads of the permission table the page hands it: whether
 * permissions are enabled and each row's decision.
 */
export type PermissionDecisions =
  | { enabled: false }
  | {
      enabled: true;
      rows: ReadonlyArray<{
        decision: 'ALLOW' | 'DENY' | 'PER_RESOURCE' | 'PENDING' | 'UNKNOWN';
      }>;
    };

/**
 * One line of the summary: known, still loading, or not knowable ("could
 * not tell", with the reason when there is one). A count the page has not
 * read is never shown as zero.
 */
export type SummaryFact<T> =
  | { status: 'loading' }
  | { status: 'unknown'; reason?: string }
  | ({ status: 'known' } & T);

type Async<T> = { value?: T; loading: boolean; error?: Error };

/** Seconds left on the Backstage token, from its `exp`. */
export function sessionTimeLeft(
  exp: number | undefined,
  nowSeconds: number,
  loading: boolean,
): SummaryFact<{ exp: number; secondsLeft: number }> {
  if (exp === undefined)
    return loading ? { status: 'loading' } : { status: 'unknown' };
  return { status: 'known', exp, secondsLeft: exp - nowSeconds };
}

/** The user's catalog groups: direct, inherited through parents, and all. */
export function countGroups(
  membership: Async<
    { available: false } | ({ available: true } & CatalogMembership)
  >,
): SummaryFact<{ direct: number; inherited: number }> {
  if (membership.error)
    return { status: 'unknown', reason: membership.error.message };
  const value = membership.value;
  if (!value)
    return membership.loading ? { status: 'loading' } : { status: 'unknown' };
  if (!value.available) return { status: 'unknown', reason: 'no-catalog' };
  if (!value.userFound) return { status: 'unknown', reason: 'no-user' };
  const direct = value.groups.filter(g => g.depth === 1).length;
  return { status: 'known', direct, inherited: value.groups.length - direct };
}

/**
 * The permission table's decisions by kind. Rows whose call failed count as
 * "could not tell", rows still asked as pending; neither is a denial.
 */
export function countPermissions(
  table: Async<PermissionDecisions>,
): SummaryFact<{
  allowed: number;
  denied: number;
  perResource: number;
  unknown: number;
  pending: number;
}> {
  if (table.error) return { status: 'unknown', reason: table.error.message };
  const value = table.value;
  if (!value)
    return table.loading ? { status: 'loading' } : { status: 'unknown' };
  if (!value.enabled) return { status: 'unknown', reason: 'disabled' };
  const count = (decision: string) =>
    value.rows.filter(row => row.decision === decision).length;
  return {
    status: 'known',
    allowed: count('ALLOW'),
    denied: count('DENY'),
    perResource: count('PER_RESOURCE'),
    unknown: count('UNKNOWN'),
    pending: count('PENDING'),
  };
}
