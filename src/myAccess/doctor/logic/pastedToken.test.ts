import fc from 'fast-check';
import {
  backstageToken,
  encodeJwt,
  TEST_BACKEND,
} from '../../../../test/builders/tokens';
import { diagnosePastedToken } from './pastedToken';

const NOW_S = 1_800_000_000;
const context = {
  nowMs: NOW_S * 1000,
  authBaseUrl: `${TEST_BACKEND}/api/auth`,
};

describe('diagnosePastedToken', () => {
  it('accepts Bearer, quotes and whitespace around a Backstage token', () => {
    const token = backstageToken({ issuedAt: NOW_S - 10 });
    const result = diagnosePastedToken(
      `  "Bearer ${token.slice(0, 30)}\n${token.slice(30)}"  `,
      context,
    );
    expect(result.kind).toBe('backstage');
    expect(result.findings.every(f => f.severity === 'ok')).toBe(true);
    expect(result.claims.map(c => c.name)).toEqual(
      expect.arrayContaining(['iss', 'sub', 'aud', 'exp']),
    );
    expect(JSON.stringify(result)).not.toContain(token.split('.')[2]);
  });

  it('diagnoses an expired Backstage token', () => {
    const result = diagnosePastedToken(
      backstageToken({ issuedAt: NOW_S - 7200 }),
      context,
    );
    expect(result.findings.find(f => f.id === 'exp')).toMatchObject({
      severity: 'problem',
      title: 'The token expired 1 hour ago',
    });
  });

  it('tells a provider ID token apart and shows its claims', () => {
    const idToken = encodeJwt(
      { alg: 'RS256', typ: 'JWT', kid: 'k' },
      {
        iss: 'https://idp.example.com',
        aud: 'backstage-client',
        sub: '123',
        email: 'a@example.com',
        exp: NOW_S + 300,
        iat: NOW_S,
      },
    );
    const result = diagnosePastedToken(idToken, context);
    expect(result.kind).toBe('provider');
    expect(result.findings[0]).toMatchObject({
      severity: 'problem',
      title: 'This is an identity provider’s token, not a Backstage token',
      detail: expect.stringContaining('https://idp.example.com'),
    });
    expect(result.claims.find(c => c.name === 'email')).toMatchObject({
      label: 'Email',
      display: 'a@example.com',
    });
    expect(result.header).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'k' });
  });

  it('says an opaque access token is not a JWT', () => {
    const result = diagnosePastedToken(
      'gho_16C7e42F292c6912E7710c838347Ae178B4a',
      context,
    );
    expect(result).toEqual({
      kind: 'invalid',
      findings: [
        expect.objectContaining({
          severity: 'problem',
          title: 'This is not a JWT',
          detail: expect.stringContaining('opaque'),
        }),
      ],
      claims: [],
    });
  });

  it('explains damaged tokens and missing signatures', () => {
    expect(diagnosePastedToken('abc.%%%.def', context).findings[0].title).toBe(
      'The token cannot be decoded',
    );
    const unsigned = `${backstageToken({ issuedAt: NOW_S }).split('.').slice(0, 2).join('.')}.`;
    expect(diagnosePastedToken(unsigned, context).findings[0]).toMatchObject({
      id: 'signature',
      severity: 'problem',
    });
  });

  it('says a URL-encoded token is damaged, and why', () => {
    const token = backstageToken({ issuedAt: NOW_S }).replace(/\./g, '%2E');
    expect(diagnosePastedToken(token, context)).toMatchObject({
      kind: 'invalid',
      findings: [
        {
          title: 'The token cannot be decoded',
          severity: 'problem',
          detail: expect.stringContaining('URL encoding (such as %2E or %3D)'),
        },
      ],
    });
  });

  it('asks for input when empty', () => {
    expect(diagnosePastedToken('  Bearer  ', context).kind).toBe('empty');
  });

  it('handles hostile payloads: non-objects, __proto__, huge strings', () => {
    expect(
      diagnosePastedToken(encodeJwt({ alg: 'none' }, [1, 2]), context).kind,
    ).toBe('invalid');
    expect(
      diagnosePastedToken(encodeJwt({ alg: 'none' }, 'str'), context).kind,
    ).toBe('invalid');
    const proto = diagnosePastedToken(
      encodeJwt(
        { typ: 'vnd.backstage.user' },
        JSON.parse('{"__proto__": {"aud": "backstage"}, "aud": "x"}'),
      ),
      context,
    );
    expect(proto.findings.find(f => f.id === 'aud')?.severity).toBe('problem');
    const huge = diagnosePastedToken(
      encodeJwt({ alg: 'none' }, { blob: 'x'.repeat(2_000_000) }),
      context,
    );
    expect(huge.kind).toBe('invalid');
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string(), fc.jsonValue(), (s, payload) => {
        expect(() => diagnosePastedToken(s, context)).not.toThrow();
        expect(() =>
          diagnosePastedToken(encodeJwt({ typ: s }, payload), context),
        ).not.toThrow();
      }),
    );
  });
});
