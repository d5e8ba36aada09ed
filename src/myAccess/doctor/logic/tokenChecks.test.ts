import fc from 'fast-check';
import {
  backstageToken,
  base64UrlEncode,
  encodeJwt,
  TEST_BACKEND,
} from '../../../../test/builders/tokens';
import {
  checkTokenLength,
  checkTokenTimes,
  diagnoseBackstageToken,
  MAX_TOKEN_LENGTH,
  reconcileIssuer,
} from './tokenChecks';

const NOW_S = 1_800_000_000;
const NOW = NOW_S * 1000;
const AUTH = `${TEST_BACKEND}/api/auth`;

function byId(findings: ReturnType<typeof diagnoseBackstageToken>) {
  return Object.fromEntries(findings.map(f => [f.id, f]));
}

describe('diagnoseBackstageToken', () => {
  it('passes a fresh user token issued by this backend', () => {
    const findings = diagnoseBackstageToken({
      token: backstageToken({ issuedAt: NOW_S - 60 }),
      nowMs: NOW,
      authBaseUrl: AUTH,
    });
    expect(findings.map(f => [f.id, f.severity])).toEqual([
      ['token', 'ok'],
      ['typ', 'ok'],
      ['aud', 'ok'],
      ['iss', 'ok'],
      ['exp', 'ok'],
      ['tokenLength', 'ok'],
    ]);
    expect(byId(findings).exp.title).toBe('The token is valid for 59 min 0 s');
  });

  it('says there is no token for a legacy guest', () => {
    const findings = diagnoseBackstageToken({ token: undefined, nowMs: NOW });
    expect(findings).toEqual([
      expect.objectContaining({
        id: 'token',
        severity: 'problem',
        title: 'There is no Backstage token',
        detail: expect.stringContaining('Missing credentials'),
        fix: expect.any(String),
      }),
    ]);
  });

  it('reports an opaque session token as undecodable, with its length', () => {
    const findings = byId(
      diagnoseBackstageToken({
        token: 'opaque-session',
        nowMs: NOW,
        authBaseUrl: AUTH,
      }),
    );
    expect(findings.decode).toMatchObject({
      severity: 'problem',
      detail: expect.stringContaining('This is not a JWT'),
    });
    expect(findings.tokenLength.severity).toBe('ok');
    expect(findings.typ).toBeUndefined();
  });

  it.each([
    ['vnd.backstage.limited-user', 'warning', 'It is a limited user token'],
    ['JWT', 'problem', 'It is not a Backstage user token'],
  ])('grades typ %s as %s', (typ, severity, title) => {
    const { typ: finding } = byId(
      diagnoseBackstageToken({
        token: backstageToken({ header: { typ }, issuedAt: NOW_S }),
        nowMs: NOW,
        authBaseUrl: AUTH,
      }),
    );
    expect(finding).toMatchObject({ severity, title });
  });

  it('reports a wrong audience and a foreign issuer with evidence', () => {
    const findings = byId(
      diagnoseBackstageToken({
        token: backstageToken({
          issuedAt: NOW_S,
          payload: {
            aud: ['my-api'],
            iss: 'https://other.example.com/api/auth',
          },
        }),
        nowMs: NOW,
        authBaseUrl: `${AUTH}/`,
      }),
    );
    expect(findings.aud).toMatchObject({
      severity: 'problem',
      detail: expect.stringContaining('"my-api"'),
    });
    expect(findings.iss).toMatchObject({
      severity: 'warning',
      evidence: [
        { label: 'iss', value: 'https://other.example.com/api/auth' },
        { label: 'Auth backend (discovery)', value: `${AUTH}/` },
      ],
    });
  });

  it('accepts a trailing slash difference in iss', () => {
    const { iss } = byId(
      diagnoseBackstageToken({
        token: backstageToken({
          issuedAt: NOW_S,
          payload: { iss: `${AUTH}/` },
        }),
        nowMs: NOW,
        authBaseUrl: AUTH,
      }),
    );
    expect(iss.severity).toBe('ok');
  });

  it('cannot compare iss when discovery failed: could not tell, and says why', () => {
    const { iss } = byId(
      diagnoseBackstageToken({
        token: backstageToken({ issuedAt: NOW_S }),
        nowMs: NOW,
        authBaseUrlError: 'no auth plugin',
      }),
    );
    expect(iss).toMatchObject({
      severity: 'unknown',
      detail: expect.stringContaining('no auth plugin'),
    });
  });

  it('does not trust claims of the wrong type (numbers as strings)', () => {
    const token = encodeJwt(
      { typ: 'vnd.backstage.user', alg: 'ES256' },
      {
        aud: 'backstage',
        exp: String(NOW_S + 3600),
        iat: String(NOW_S),
        iss: 42,
      },
    );
    const findings = byId(
      diagnoseBackstageToken({ token, nowMs: NOW, authBaseUrl: AUTH }),
    );
    expect(findings.exp).toMatchObject({
      severity: 'problem',
      title: 'The token has no expiry',
    });
    expect(findings.iss).toMatchObject({
      severity: 'warning',
      detail: expect.stringContaining('"(none)"'),
    });
    expect(findings.iat).toBeUndefined();
  });

  it('survives __proto__ and constructor claims', () => {
    const payload = `{"__proto__":{"exp":1},"constructor":1,"aud":"backstage","exp":${NOW_S + 600},"iat":${NOW_S}}`;
    const token = `${base64UrlEncode('{"typ":"vnd.backstage.user"}')}.${base64UrlEncode(payload)}.sig`;
    const findings = byId(
      diagnoseBackstageToken({ token, nowMs: NOW, authBaseUrl: AUTH }),
    );
    expect(findings.exp.severity).toBe('ok');
    expect(({} as Record<string, unknown>).exp).toBeUndefined();
  });

  it('never throws and always reports presence first, for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), token => {
        const findings = diagnoseBackstageToken({ token, nowMs: NOW });
        expect(findings[0].id).toBe('token');
        for (const f of findings) {
          expect(['ok', 'warning', 'problem']).toContain(f.severity);
          expect(f.title).not.toMatch(/\{\{/);
        }
      }),
    );
  });

  it('never throws for arbitrary JSON payloads', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (header, payload) => {
        const token = encodeJwt(header, payload);
        expect(() =>
          diagnoseBackstageToken({ token, nowMs: NOW, authBaseUrl: AUTH }),
        ).not.toThrow();
      }),
    );
  });
});

describe('checkTokenTimes', () => {
  it.each([
    [{ exp: NOW_S - 90 }, 'exp', 'problem', 'The token expired 1 minute ago'],
    [{ exp: NOW_S }, 'exp', 'problem', 'The token expired now'],
    [{ exp: NOW_S + 240 }, 'exp', 'warning', 'The token expires in 4 minutes'],
    [{ exp: NOW_S + 301 }, 'exp', 'ok', 'The token is valid for 5 min 1 s'],
  ])('%j → %s %s', (claims, id, severity, title) => {
    const finding = checkTokenTimes(claims, NOW).find(f => f.id === id);
    expect(finding).toMatchObject({ severity, title });
  });

  it('flags nbf in the future', () => {
    const findings = checkTokenTimes(
      { exp: NOW_S + 3600, nbf: NOW_S + 120 },
      NOW,
    );
    expect(findings.find(f => f.id === 'nbf')).toMatchObject({
      severity: 'problem',
      detail: expect.stringContaining('in 2 minutes'),
    });
  });

  it('treats iat up to 60 s ahead as normal and beyond as clock skew', () => {
    expect(
      checkTokenTimes({ exp: NOW_S + 3660, iat: NOW_S + 60 }, NOW).map(
        f => f.id,
      ),
    ).toEqual(['exp']);
    const skew = checkTokenTimes(
      { exp: NOW_S + 3900, iat: NOW_S + 300 },
      NOW,
    ).find(f => f.id === 'iat');
    expect(skew).toMatchObject({
      severity: 'warning',
      detail: expect.stringContaining(
        'behind the backend’s by about 5 min 0 s',
      ),
    });
  });

  it('uses the expiring-soon window it is given', () => {
    expect(
      checkTokenTimes({ exp: NOW_S + 600 }, NOW, undefined, 900)[0].severity,
    ).toBe('warning');
  });
});

describe('checkTokenLength', () => {
  it.each([
    [500, 'ok'],
    [24_576, 'ok'],
    [24_577, 'warning'],
    [MAX_TOKEN_LENGTH, 'warning'],
    [MAX_TOKEN_LENGTH + 1, 'problem'],
  ])('%d characters → %s', (length, severity) => {
    expect(checkTokenLength(length).severity).toBe(severity);
  });

  it('says "character" for one and "characters" for more', () => {
    expect(checkTokenLength(1).detail).toBe(
      `1 character; backends refuse tokens over ${MAX_TOKEN_LENGTH} characters.`,
    );
    expect(checkTokenLength(500).detail).toMatch(/^500 characters;/);
  });

  it('measures a real oversized token', () => {
    const token = backstageToken({
      payload: {
        ent: Array.from({ length: 1500 }, (_, i) => `group:default/team-${i}`),
      },
    });
    const { tokenLength } = byId(
      diagnoseBackstageToken({ token, nowMs: NOW, authBaseUrl: AUTH }),
    );
    expect(tokenLength).toMatchObject({
      severity: 'problem',
      title: 'The token is longer than backends accept',
    });
  });
});

describe('reconcileIssuer', () => {
  // Behind a proxy the app discovers the backend at the proxy's address while
  // the backend signs tokens with its own backend.baseUrl.
  const findings = diagnoseBackstageToken({
    token: backstageToken({
      issuedAt: NOW_S - 60,
      payload: { iss: 'http://127.0.0.1:7007/api/auth' },
    }),
    nowMs: NOW,
    authBaseUrl: 'http://127.0.0.1:3050/api/auth',
  });

  it('keeps the warning while no plugin accepted the token', () => {
    expect(byId(reconcileIssuer(findings, [])).iss.severity).toBe('warning');
  });

  it('is information once plugins at this address accepted the token', () => {
    const iss = byId(reconcileIssuer(findings, ['catalog', 'auth'])).iss;
    expect(iss).toMatchObject({
      severity: 'info',
      title: 'The token names another address of this backend',
    });
    expect(iss.detail).toBe(
      'iss is "http://127.0.0.1:7007/api/auth" while the app discovers the auth backend at http://127.0.0.1:3050/api/auth, and catalog, auth accepted the token there: the same backend issued it under another of its addresses (its backend.baseUrl is not the address this browser uses, as behind a proxy).',
    );
    expect(iss.fix).toBeUndefined();
  });
});
