import { userEntity } from '../../../../test/builders/entities';
import { compareOwnership } from '../../logic/compareOwnership';
import { groupFindings } from './groupFindings';
import type { CatalogMembership } from '../../logic/loadMembership';

const alice = 'user:default/alice';

const membership = (
  overrides: Partial<Extract<CatalogMembership, { userFound: true }>> = {},
): CatalogMembership => ({
  userFound: true,
  userRef: alice,
  user: userEntity('alice', ['team-a']),
  missing: [],
  groups: [
    {
      ref: 'group:default/team-a',
      title: 'Team A',
      depth: 1,
      parents: ['group:default/engineering'],
    },
    {
      ref: 'group:default/engineering',
      title: 'Engineering',
      depth: 2,
      via: 'group:default/team-a',
      parents: [],
    },
  ],
  ...overrides,
});

function findingsFor(input: {
  identityRefs: string[];
  catalog?: CatalogMembership;
  hasCatalogApi?: boolean;
}) {
  const comparison = compareOwnership({
    userRef: alice,
    identityRefs: input.identityRefs,
    catalog: input.catalog,
  });
  return groupFindings({
    comparison,
    catalog: input.catalog,
    hasCatalogApi: input.hasCatalogApi ?? true,
  });
}

describe('groupFindings', () => {
  it('finds nothing when identity and catalog agree', () => {
    expect(
      findingsFor({
        identityRefs: [
          alice,
          'group:default/team-a',
          'group:default/engineering',
        ],
        catalog: membership(),
      }),
    ).toEqual([]);
  });

  it('warns about a parent group missing from the token, in the singular', () => {
    const [finding, ...rest] = findingsFor({
      identityRefs: [alice, 'group:default/team-a'],
      catalog: membership(),
    });
    expect(rest).toEqual([]);
    expect(finding).toEqual({
      id: 'inheritedMissing',
      severity: 'warning',
      title: '1 group the catalog has is not in your token',
      detail: expect.stringMatching(
        /^Your sign-in resolver includes direct groups only/,
      ),
      fix: 'To include them, have the resolver add parent groups to ownershipEntityRefs.',
    });
  });

  it('warns about direct groups missing from the token and refs the catalog does not know', () => {
    const findings = findingsFor({
      identityRefs: [
        alice,
        'group:default/engineering',
        'group:default/renamed-a',
        'group:default/renamed-b',
      ],
      catalog: membership(),
    });
    expect(findings.map(f => [f.id, f.severity, f.title])).toEqual([
      [
        'directMissing',
        'warning',
        '1 of your direct groups is not in your token',
      ],
      [
        'unknownRefs',
        'warning',
        '2 refs in your identity are unknown to the catalog',
      ],
    ]);
  });

  it('puts a user missing from the catalog first, as a problem naming the ref', () => {
    const findings = findingsFor({
      identityRefs: [alice],
      catalog: { userFound: false, userRef: alice },
    });
    expect(findings[0]).toMatchObject({
      id: 'userMissing',
      severity: 'problem',
      title: 'Your user entity user:default/alice is not in the catalog',
      fix: expect.stringMatching(/ingested/),
    });
    expect(findings.map(f => f.id)).not.toContain('inheritedMissing');
  });

  it('names dangling memberships', () => {
    const findings = findingsFor({
      identityRefs: [
        alice,
        'group:default/team-a',
        'group:default/engineering',
      ],
      catalog: membership({ missing: ['group:default/gone', 'group:x/y'] }),
    });
    expect(findings).toEqual([
      expect.objectContaining({
        id: 'danglingMemberships',
        severity: 'warning',
        title:
          'Memberships pointing to entities the catalog does not have: group:default/gone, group:x/y',
      }),
    ]);
  });

  it('says so, for information only, when the app has no catalog API', () => {
    const findings = findingsFor({
      identityRefs: [alice, 'group:default/team-a'],
      hasCatalogApi: false,
    });
    expect(findings).toEqual([
      expect.objectContaining({ id: 'noCatalog', severity: 'info' }),
    ]);
  });

  it('claims nothing about the catalog when it was not read', () => {
    expect(
      findingsFor({ identityRefs: [alice, 'group:default/team-a'] }),
    ).toEqual([]);
  });
});
