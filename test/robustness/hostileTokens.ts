/* eslint-disable no-script-url -- javascript: URLs are the hostile input */
/**
 * A fixed corpus of hostile and broken tokens: what people paste, what
 * proxies mangle and what an attacker would craft. Each entry says what
 * decodeToken must make of it.
 */
import type { TokenDecodeErrorReason } from '../../src/shared/logic/token';
import { base64UrlEncode, encodeJwt } from '../builders/tokens';

export type HostileToken = {
  name: string;
  token: string;
  /** `ok`, or the reason decodeToken must give. */
  expect: 'ok' | TokenDecodeErrorReason;
};

const SIG = 'c2lnbmF0dXJlLW5vdC12ZXJpZmllZA';
const header = base64UrlEncode(
  JSON.stringify({ alg: 'ES256', typ: 'vnd.backstage.user' }),
);
const payload = base64UrlEncode(
  JSON.stringify({ sub: 'user:default/alice', aud: 'backstage' }),
);
const raw = (headerJson: string, payloadJson: string, sig = SIG) =>
  [base64UrlEncode(headerJson), base64UrlEncode(payloadJson), sig].join('.');

/** Claims meant to escape into markup, URLs or the prototype chain. */
export const XSS_CLAIMS = {
  sub: '<img src=x onerror=window.__xss=1>',
  name: '<script>window.__xss=1</script><b>bold</b>',
  picture: 'javascript:alert(1)',
  website: 'javascript:window.__xss=1',
  email: '"><svg onload=window.__xss=1>',
  groups: [
    '<iframe src="javascript:window.__xss=1"></iframe>',
    '{{constructor.constructor("window.__xss=1")()}}',
  ],
};

const ONE_MB = 1024 * 1024;
const bigPayload = base64UrlEncode(
  JSON.stringify({ sub: 'user:default/big', pad: 'x'.repeat(ONE_MB) }),
);

export const hostileTokens: HostileToken[] = [
  { name: 'empty', token: '', expect: 'empty' },
  { name: 'one part', token: 'opaque-session-token', expect: 'not-a-jwt' },
  {
    name: 'two parts (unsigned, no dot at the end)',
    token: `${header}.${payload}`,
    expect: 'unsigned',
  },
  {
    name: 'three parts, empty signature',
    token: `${header}.${payload}.`,
    expect: 'ok',
  },
  {
    name: 'four parts',
    token: `${header}.${payload}.${SIG}.extra`,
    expect: 'too-many-parts',
  },
  {
    name: 'five parts (JWE)',
    token: `${header}.key.iv.ciphertext.tag`,
    expect: 'encrypted',
  },
  { name: 'six parts', token: 'a.b.c.d.e.f', expect: 'too-many-parts' },
  { name: 'only dots', token: '..', expect: 'bad-base64' },
  { name: 'empty header', token: `.${payload}.${SIG}`, expect: 'bad-base64' },
  { name: 'empty payload', token: `${header}..${SIG}`, expect: 'bad-base64' },
  {
    name: 'bad base64 in header',
    token: `%%%.${payload}.${SIG}`,
    expect: 'bad-base64',
  },
  {
    name: 'bad base64 in payload',
    token: `${header}.***.${SIG}`,
    expect: 'bad-base64',
  },
  // jwt-decode pads and decodes a part of impossible length; the stray bits
  // then break the JSON, which is what decodeToken reports.
  {
    name: 'impossible base64 length',
    token: `${header}.${payload}a.${SIG}`,
    expect: 'payload-not-json',
  },
  {
    name: 'header not JSON',
    token: `${base64UrlEncode('not json')}.${payload}.${SIG}`,
    expect: 'header-not-json',
  },
  {
    name: 'payload not JSON',
    token: `${header}.${base64UrlEncode('{"sub":')}.${SIG}`,
    expect: 'payload-not-json',
  },
  {
    name: 'payload is a number',
    token: raw('{"alg":"none"}', '42'),
    expect: 'payload-not-object',
  },
  {
    name: 'payload is a string',
    token: raw('{"alg":"none"}', '"sub"'),
    expect: 'payload-not-object',
  },
  {
    name: 'payload is null',
    token: raw('{"alg":"none"}', 'null'),
    expect: 'payload-not-object',
  },
  {
    name: 'payload is an array',
    token: raw('{"alg":"none"}', '[{"sub":"x"}]'),
    expect: 'payload-not-object',
  },
  {
    name: 'header is an array',
    token: raw('[]', '{}'),
    expect: 'header-not-object',
  },
  {
    name: 'header is true',
    token: raw('true', '{}'),
    expect: 'header-not-object',
  },
  {
    name: '__proto__ keys',
    token: raw(
      '{"alg":"ES256","__proto__":{"polluted":"header"}}',
      '{"sub":"x","__proto__":{"polluted":"yes","isAdmin":true}}',
    ),
    expect: 'ok',
  },
  {
    name: 'constructor.prototype keys',
    token: raw(
      '{"constructor":{"prototype":{"polluted":1}}}',
      '{"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":2}}',
    ),
    expect: 'ok',
  },
  {
    name: 'numbers as strings',
    token: encodeJwt(
      { typ: 'vnd.backstage.user' },
      {
        exp: '1800000000',
        iat: '1e309',
        nbf: 'NaN',
        aud: 123,
        ent: 'group:default/a',
      },
    ),
    expect: 'ok',
  },
  {
    name: 'huge and odd numbers',
    token: raw(
      '{"alg":"ES256"}',
      '{"exp":1e309,"iat":-1e308,"nbf":123456789012345678901234567890}',
    ),
    expect: 'ok',
  },
  {
    name: 'unicode and RTL text',
    token: encodeJwt(
      { alg: 'ES256', kid: '\u202Eevil\u202C' },
      {
        sub: 'user:default/\u05D0\u05DC\u05D9\u05E1',
        name: '\u202Egnp.exe\u202C \u0645\u0631\u062D\u0628\u0627 \uD83D\uDE00 \u0000 \uFEFF',
        aud: ['\u200Fbackstage'],
      },
    ),
    expect: 'ok',
  },
  {
    name: 'lone surrogate',
    token: encodeJwt({ alg: 'x' }, { sub: '\uD800' }),
    expect: 'ok',
  },
  {
    name: 'XSS claims',
    token: encodeJwt({ alg: 'ES256', typ: 'vnd.backstage.user' }, XSS_CLAIMS),
    expect: 'ok',
  },
  {
    name: 'deeply nested payload',
    token: raw('{}', `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`),
    expect: 'ok',
  },
  { name: 'whitespace only', token: '   \n\t ', expect: 'not-a-jwt' },
  {
    name: 'Bearer prefix left on',
    token: `Bearer ${header}.${payload}.${SIG}`,
    expect: 'bad-base64',
  },
  { name: '1 MB token', token: `${header}.${bigPayload}.${SIG}`, expect: 'ok' },
  { name: '1 MB of dots', token: '.'.repeat(ONE_MB), expect: 'too-many-parts' },
  {
    name: '1 MB of base64 in one part',
    token: 'A'.repeat(ONE_MB),
    expect: 'not-a-jwt',
  },
  {
    name: '1 MB garbage in three parts',
    token: `${'eyJ'.repeat(ONE_MB / 6)}.${'_-'.repeat(ONE_MB / 4)}.x`,
    expect: 'header-not-json',
  },
];
