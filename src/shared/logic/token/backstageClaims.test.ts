import { backstageToken, encodeJwt } from '../../../../test/builders/tokens';
import { decodeToken, type DecodedToken } from './decodeToken';
import { readBackstageClaims } from './backstageClaims';

function decoded(token: string): DecodedToken {
  const result = decodeToken(token);
  if (!result.ok) throw new Error(result.error.message);
  return result.token;
}

describe('readBackstageClaims', () => {
  it('reads a user token', () => {
    const claims = readBackstageClaims(
      decoded(backstageToken({ issuedAt: 1_000, lifetimeSeconds: 3600 })),
    );
    expect(claims).toEqual({
      kind: 'user',
      typ: 'vnd.backstage.user',
      alg: 'ES256',
      kid: 'c1a2b3d4-test-key',
      sub: 'user:default/alice',
      iss: 'http://127.0.0.1:7007/api/auth',
      aud: ['backstage'],
      iat: 1_000,
      exp: 4_600,
      nbf: undefined,
      ent: undefined,
    });
  });

  it('recognises a limited user token and ownership claims', () => {
    const claims = readBackstageClaims(
      decoded(
        backstageToken({
          header: { typ: 'vnd.backstage.limited-user' },
          payload: { ent: ['user:default/alice', 'group:default/team-a'] },
        }),
      ),
    );
    expect(claims.kind).toBe('limited-user');
    expect(claims.ent).toEqual(['user:default/alice', 'group:default/team-a']);
  });

  it('does not trust claims of the wrong type', () => {
    const claims = readBackstageClaims(
      decoded(
        encodeJwt(
          { typ: 42 },
          {
            sub: ['x'],
            exp: '1700000000',
            iat: Number.MAX_VALUE * 2,
            aud: [1],
            ent: 'a',
          },
        ),
      ),
    );
    expect(claims).toMatchObject({
      kind: 'other',
      typ: undefined,
      sub: undefined,
      exp: undefined,
      iat: undefined,
      aud: [],
      ent: ['a'],
    });
  });
});
