import {
  createFindingText,
  findingFromMessages,
  sortFindings,
  type Finding,
  type FindingSeverity,
  type FindingText,
} from '../../../shared/findings/logic';
import { groupsMessages } from '../groupsMessages';
import type { OwnershipComparison } from '../../logic/compareOwnership';
import type { CatalogMembership } from '../../logic/loadMembership';

const messages = groupsMessages.groupsCard.findings;

/** Every finding of the groups card. */
export type GroupFindingId = keyof typeof messages;

/** The groups card's messages in English, for tests and callers outside React. */
export const defaultGroupsText: FindingText = createFindingText(
  groupsMessages.groupsCard,
);

/**
 * What the three-way comparison of groups means for the user: the user
 * missing from the catalog, groups missing from the token, refs the catalog
 * does not know, dangling memberships, and an app without a catalog API.
 * Worst first; nothing when the sources agree or the catalog was not read.
 */
export function groupFindings(
  input: {
    comparison: OwnershipComparison;
    /** The catalog's memberships, when they were read. */
    catalog?: CatalogMembership;
    /** False when the app has no catalog API at all. */
    hasCatalogApi: boolean;
  },
  text: FindingText = defaultGroupsText,
): Finding<GroupFindingId>[] {
  const { comparison, catalog } = input;
  const findings: Finding<GroupFindingId>[] = [];
  const add = (
    id: GroupFindingId,
    severity: FindingSeverity,
    params: Record<string, string | number> = {},
  ) => findings.push(findingFromMessages(text, messages, id, severity, params));

  if (!input.hasCatalogApi) add('noCatalog', 'info');
  if (catalog && !catalog.userFound) {
    add('userMissing', 'problem', { ref: catalog.userRef });
  }
  const { counts } = comparison;
  if (counts.inheritedNotInToken > 0) {
    add('inheritedMissing', 'warning', { count: counts.inheritedNotInToken });
  }
  const directMissing = comparison.rows.filter(
    r => r.note === 'direct-not-in-token',
  ).length;
  if (directMissing > 0) {
    add('directMissing', 'warning', { count: directMissing });
  }
  if (counts.unknownToCatalog > 0) {
    add('unknownRefs', 'warning', { count: counts.unknownToCatalog });
  }
  if (catalog?.userFound && catalog.missing.length > 0) {
    add('danglingMemberships', 'warning', { refs: catalog.missing.join(', ') });
  }
  return sortFindings(findings);
}
