import {
  backstageToken,
  base64UrlEncode,
  encodeJwt,
} from '../../../../test/builders/tokens';
import { decodeToken, normalizeTokenInput } from './decodeToken';

describe('decodeToken', () => {
  it('decodes the header and payload of a Backstage token and drops the signature', () => {
    const token = backstageToken({ payload: { sub: 'user:default/bob' } });
    const result = decodeToken(token);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.token.header).toEqual({
      alg: 'ES256',
      kid: 'c1a2b3d4-test-key',
      typ: 'vnd.backstage.user',
    });
    expect(result.token.payload.sub).toBe('user:default/bob');
    expect(result.token.length).toBe(token.length);
    expect(result.token.hasSignature).toBe(true);
    expect(JSON.stringify(result)).not.toContain(token.split('.')[2]);
  });

  it('reads unicode claims', () => {
    const token = encodeJwt({ alg: 'none' }, { name: 'Zoë مرحبا 😀' });
    const result = decodeToken(token);
    expect(result.ok && result.token.payload.name).toBe('Zoë مرحبا 😀');
  });

  it('keeps __proto__ as a plain claim without polluting prototypes', () => {
    const payload = `{"__proto__":{"polluted":true},"constructor":{"x":1},"sub":"a"}`;
    const token = `${base64UrlEncode('{"alg":"none"}')}.${base64UrlEncode(payload)}.sig`;
    const result = decodeToken(token);

    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok && Object.keys(result.token.payload)).toEqual([
      '__proto__',
      'constructor',
      'sub',
    ]);
  });

  it.each([
    ['', 'empty'],
    ['opaque-access-token-0123456789', 'not-a-jwt'],
    ['aaa.bbb', 'unsigned'],
    ['a.b.c.d', 'too-many-parts'],
    ['a.b.c.d.e.f', 'too-many-parts'],
    ['a.b.c.d.e', 'encrypted'],
  ])('reports %j as %s', (input, reason) => {
    const result = decodeToken(input);
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ reason, message: expect.any(String) }),
    });
  });

  it('says a token went through URL encoding', () => {
    const header = base64UrlEncode('{"alg":"none"}');
    const payload = base64UrlEncode('{"sub":"user:default/a"}');
    for (const token of [
      `${header}%2E${payload}%2Esig`,
      `${header}.${payload}%3D%3D.sig`,
    ]) {
      expect(decodeToken(token)).toMatchObject({
        ok: false,
        error: {
          reason: 'url-encoded',
          message: expect.stringContaining('URL encoding'),
        },
      });
    }
  });

  it('says which part is not base64', () => {
    const good = base64UrlEncode('{"alg":"none"}');
    expect(decodeToken(`%%%.${good}.sig`)).toEqual({
      ok: false,
      error: {
        reason: 'bad-base64',
        part: 'header',
        message:
          'The header is not valid base64url, so the token is damaged or truncated.',
      },
    });
    expect(decodeToken(`${good}.%%%.sig`)).toMatchObject({
      ok: false,
      error: { reason: 'bad-base64', part: 'payload' },
    });
    expect(decodeToken(`${good}..sig`)).toMatchObject({
      ok: false,
      error: { reason: 'bad-base64', part: 'payload' },
    });
  });

  it('tells JSON from non-JSON and objects from other JSON', () => {
    const obj = base64UrlEncode('{"alg":"none"}');
    expect(
      decodeToken(`${base64UrlEncode('not json')}.${obj}.s`),
    ).toMatchObject({
      ok: false,
      error: { reason: 'header-not-json', part: 'header' },
    });
    expect(decodeToken(`${obj}.${base64UrlEncode('{"sub":')}.s`)).toMatchObject(
      {
        ok: false,
        error: { reason: 'payload-not-json' },
      },
    );
    expect(decodeToken(`${base64UrlEncode('[1]')}.${obj}.s`)).toMatchObject({
      ok: false,
      error: { reason: 'header-not-object' },
    });
    for (const json of ['42', '"sub"', 'null', '[]', 'true']) {
      expect(decodeToken(`${obj}.${base64UrlEncode(json)}.s`)).toMatchObject({
        ok: false,
        error: { reason: 'payload-not-object' },
      });
    }
  });

  it('notes a missing signature without failing the decode', () => {
    const token = `${backstageToken().split('.').slice(0, 2).join('.')}.`;
    const result = decodeToken(token);
    expect(result.ok && result.token.hasSignature).toBe(false);
  });

  it('never throws on input that is not a string', () => {
    expect(decodeToken(undefined as unknown as string)).toMatchObject({
      ok: false,
      error: { reason: 'empty' },
    });
    expect(decodeToken({} as unknown as string)).toMatchObject({ ok: false });
  });
});

describe('normalizeTokenInput', () => {
  const token = backstageToken();

  it.each([
    [token],
    [`Bearer ${token}`],
    [`bearer   ${token}`],
    [`Authorization: Bearer ${token}`],
    [`"${token}"`],
    [`'${token}',`],
    [`"Bearer ${token}"`],
    [`"Authorization: Bearer ${token}",`],
    [`  ${token.slice(0, 40)}\n${token.slice(40)}  `],
  ])('extracts the bare token from %#', input => {
    expect(normalizeTokenInput(input)).toBe(token);
  });
});
