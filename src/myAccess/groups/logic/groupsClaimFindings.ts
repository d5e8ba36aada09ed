import {
  findingFromMessages,
  sortFindings,
  type Finding,
  type FindingText,
} from '../../../shared/findings/logic';
import { groupsMessages } from '../groupsMessages';
import type { GroupsClaimReading } from './groupsClaim';

type ClaimFindingId = keyof (typeof groupsMessages)['groupsClaim']['findings'];

/** Where the claim was read and how it was matched, for the findings' text. */
export type GroupsClaimContext = {
  provider: string;
  namespace: string;
  annotation: string;
  /** False when the app has no catalog API: nothing can be matched. */
  catalog?: boolean;
};

const list = (values: string[]) => values.join(', ');

/**
 * What the IdP's groups claim says about access, as findings: claimed groups
 * the catalog lacks, mapped groups the sign-in resolver left out of the
 * identity, catalog memberships the IdP does not assert. `text` reads below
 * `groupsClaim` in the My Access ref.
 */
export function groupsClaimFindings(
  reading: GroupsClaimReading,
  context: GroupsClaimContext,
  text: FindingText,
): Finding<ClaimFindingId>[] {
  const { catalog = true, ...names } = context;
  const finding = (
    id: ClaimFindingId,
    severity: Finding['severity'],
    params: Record<string, string | number> = {},
  ) =>
    findingFromMessages<ClaimFindingId>(
      text,
      groupsMessages.groupsClaim.findings,
      id,
      severity,
      { ...names, ...params },
    );

  if (reading.kind === 'absent') {
    return [
      reading.overage
        ? finding('overage', 'warning')
        : finding('absent', 'warning', { claims: list(reading.claimNames) }),
    ];
  }
  if (reading.kind === 'malformed') {
    return [
      finding('malformed', 'warning', {
        claim: reading.claim,
        type: reading.type,
      }),
    ];
  }

  if (!catalog) {
    // Without a catalog nothing maps: saying a group is missing from it
    // would be a verdict this page cannot know.
    return [
      finding('noCatalog', 'unknown', {
        count: reading.claimed.length,
        claims: list(reading.claims),
      }),
    ];
  }
  const findings: Finding<ClaimFindingId>[] = [];
  const unmapped = reading.claimed.filter(c => !c.ref);
  if (unmapped.length > 0) {
    findings.push(
      finding('notInCatalog', 'warning', {
        count: unmapped.length,
        groups: list(unmapped.map(c => c.value)),
      }),
    );
  }
  const leftOut = reading.claimed.filter(c => c.ref && c.inOwnership === false);
  if (leftOut.length > 0) {
    findings.push(
      finding('notInIdentity', 'problem', {
        count: leftOut.length,
        groups: list(leftOut.map(c => `${c.value} → ${c.ref}`)),
      }),
    );
  }
  const unasserted = reading.memberships.filter(m => !m.assertedAs);
  if (unasserted.length > 0) {
    findings.push(
      finding('notAsserted', 'info', {
        count: unasserted.length,
        groups: list(unasserted.map(m => m.ref)),
        claims: list(reading.claims),
      }),
    );
  }
  if (findings.length === 0) {
    findings.push(
      finding('matches', 'ok', {
        count: reading.claimed.length,
        claims: list(reading.claims),
      }),
    );
  }
  return sortFindings(findings);
}
