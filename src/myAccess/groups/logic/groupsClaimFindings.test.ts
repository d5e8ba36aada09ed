import { createFindingText } from '../../../shared/findings/logic';
import { groupsMessages } from '../groupsMessages';
import { DEFAULT_GROUP_ID_ANNOTATION, mapGroupsClaim } from './groupsClaim';
import { groupsClaimFindings } from './groupsClaimFindings';

const text = createFindingText(groupsMessages.groupsClaim);
const options = {
  claimNames: ['groups'],
  namespace: 'default',
  annotation: DEFAULT_GROUP_ID_ANNOTATION,
};
const context = {
  provider: 'Local IdP',
  namespace: 'default',
  annotation: DEFAULT_GROUP_ID_ANNOTATION,
};
const entraId = '7d1f0c1e-5b7a-4c59-9a53-2f0a8f3e4b11';

function findingsFor(
  payload: Record<string, unknown>,
  ownershipRefs?: string[],
  memberships: string[] = ['group:default/team-a', 'group:default/sales-emea'],
) {
  return groupsClaimFindings(
    mapGroupsClaim({
      payload,
      options,
      catalogGroups: [
        { ref: 'group:default/team-a' },
        {
          ref: 'group:default/data-platform',
          annotations: { [DEFAULT_GROUP_ID_ANNOTATION]: entraId },
        },
      ],
      memberships,
      ownershipRefs,
    }),
    context,
    text,
  );
}

describe('groupsClaimFindings', () => {
  it('explains carol: a group the catalog lacks, one the resolver left out, one the IdP does not assert', () => {
    const findings = findingsFor({ groups: ['team-a', 'payments', entraId] }, [
      'user:default/carol',
      'group:default/team-a',
    ]);
    expect(findings.map(f => [f.id, f.severity])).toEqual([
      ['notInIdentity', 'problem'],
      ['notInCatalog', 'warning'],
      ['notAsserted', 'info'],
    ]);
    expect(findings[1].title).toBe(
      '1 group the IdP asserts has no catalog Group',
    );
    expect(findings[1].detail).toContain(': payments.');
    expect(findings[0].detail).toContain(
      `${entraId} → group:default/data-platform`,
    );
    expect(findings[0].fix).toMatch(/ownershipEntityRefs/);
    expect(findings[2].detail).toContain('group:default/sales-emea');
  });

  it('says all is well when every claimed group maps and is in the identity', () => {
    const findings = findingsFor(
      { groups: ['team-a'] },
      ['group:default/team-a'],
      ['group:default/team-a'],
    );
    expect(findings).toEqual([
      expect.objectContaining({
        id: 'matches',
        severity: 'ok',
        detail:
          '1 group in the groups claim maps to a catalog Group that is in your identity.',
      }),
    ]);
  });

  it('asks for the claim when the IdP did not send it, and names overage apart', () => {
    expect(findingsFor({ sub: 'x' })[0]).toMatchObject({
      id: 'absent',
      severity: 'warning',
      title: 'The ID token has no groups claim',
    });
    expect(findingsFor({ hasgroups: true })[0]).toMatchObject({
      id: 'overage',
    });
  });

  it('says it cannot tell, not that groups are missing, in an app without a catalog', () => {
    const findings = groupsClaimFindings(
      mapGroupsClaim({
        payload: { groups: ['team-a', 'team-b'] },
        options,
        catalogGroups: [],
        memberships: [],
        ownershipRefs: ['group:default/team-a'],
      }),
      { ...context, catalog: false },
      text,
    );
    expect(findings).toEqual([
      expect.objectContaining({
        id: 'noCatalog',
        severity: 'unknown',
        detail:
          'The IdP asserts 2 groups in the groups claim, but this app has no catalog API to look them up in.',
      }),
    ]);
  });

  it('does not say the resolver left a group out when the identity is unknown', () => {
    const ids = findingsFor({ groups: [entraId] }, undefined).map(f => f.id);
    expect(ids).not.toContain('notInIdentity');
  });
});
