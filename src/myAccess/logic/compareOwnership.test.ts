import { userEntity } from '../../../test/builders/entities';
import { compareOwnership } from './compareOwnership';
import type { CatalogMembership } from './loadMembership';

const membership: CatalogMembership = {
  userFound: true,
  userRef: 'user:default/alice',
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
};

describe('compareOwnership', () => {
  it('flags parent groups the token lacks and refs the catalog does not know', () => {
    const result = compareOwnership({
      userRef: 'user:default/alice',
      identityRefs: [
        'user:default/alice',
        'group:default/team-a',
        'group:default/Legacy-Team',
      ],
      userinfoRefs: ['user:default/alice', 'group:default/team-a'],
      catalog: membership,
    });

    expect(result.rows).toEqual([
      expect.objectContaining({
        ref: 'user:default/alice',
        note: 'user-ref',
        inCatalog: true,
      }),
      expect.objectContaining({
        ref: 'group:default/team-a',
        depth: 1,
        inIdentity: true,
        inUserinfo: true,
        inCatalog: true,
      }),
      expect.objectContaining({
        ref: 'group:default/engineering',
        depth: 2,
        via: 'group:default/team-a',
        inIdentity: false,
        inUserinfo: false,
        note: 'inherited-not-in-token',
      }),
      expect.objectContaining({
        ref: 'group:default/legacy-team',
        inIdentity: true,
        inUserinfo: false,
        inCatalog: false,
        note: 'unknown-to-catalog',
      }),
    ]);
    expect(result.rows[1].note).toBeUndefined();
    expect(result.counts).toEqual({
      identity: 3,
      userinfo: 2,
      catalogDirect: 1,
      catalogInherited: 1,
      inheritedNotInToken: 1,
      unknownToCatalog: 1,
    });
  });

  it('does not call a ref unknown when the catalog has it without the user as a member', () => {
    const result = compareOwnership({
      userRef: 'user:default/alice',
      identityRefs: [
        'user:default/alice',
        'group:default/team-a',
        'group:default/data-platform',
        'group:default/gone',
      ],
      catalog: {
        ...membership,
        notMemberships: [
          { ref: 'group:default/data-platform', title: 'Data Platform' },
        ],
      },
    });
    const note = (ref: string) => result.rows.find(r => r.ref === ref)?.note;
    expect(note('group:default/data-platform')).toBe('not-a-membership');
    expect(note('group:default/gone')).toBe('unknown-to-catalog');
    expect(result.counts.unknownToCatalog).toBe(1);
  });

  it('flags a direct group the resolver left out', () => {
    const result = compareOwnership({
      userRef: 'user:default/alice',
      identityRefs: ['user:default/alice'],
      catalog: membership,
    });
    expect(
      result.rows.find(r => r.ref === 'group:default/team-a'),
    ).toMatchObject({
      note: 'direct-not-in-token',
      inUserinfo: undefined,
    });
  });

  it('does not call identity refs unknown when the user itself is missing', () => {
    const result = compareOwnership({
      userRef: 'user:default/ghost',
      identityRefs: ['user:default/ghost', 'group:default/team-a'],
      catalog: { userFound: false, userRef: 'user:default/ghost' },
    });
    expect(result.userFound).toBe(false);
    expect(result.rows.map(r => r.note)).toEqual(['user-ref', undefined]);
  });

  it('leaves catalog membership unknown when there is no catalog to ask', () => {
    const result = compareOwnership({
      userRef: 'user:default/alice',
      identityRefs: ['user:default/alice', 'group:default/team-a'],
    });
    expect(result.rows.map(r => [r.ref, r.inCatalog, r.note])).toEqual([
      ['user:default/alice', undefined, 'user-ref'],
      ['group:default/team-a', undefined, undefined],
    ]);
  });
});
