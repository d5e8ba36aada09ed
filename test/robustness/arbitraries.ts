/* eslint-disable no-script-url -- javascript: URLs are the hostile input */
/** fast-check arbitraries for hostile inputs, shared by the robustness tests. */
import fc from 'fast-check';
import { base64UrlEncode } from '../builders/tokens';

/** Keys that reach the prototype chain when code assigns them naively. */
export const DANGEROUS_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
];

/** Text meant to break markup, URLs, regular expressions and bidi rendering. */
export const HOSTILE_STRINGS = [
  '<img src=x onerror=window.__xss=1>',
  'javascript:alert(1)',
  '</script><script>alert(1)</script>',
  '\u202Eevil\u202C',
  '\u0645\u0631\u062D\u0628\u0627',
  '\u05D0\u05DC\u05D9\u05E1',
  '\uD83D\uDE00',
  '\uD800',
  '\u0000',
  '\uFEFF',
  '1800000000',
  '1e309',
  'NaN',
  '-0',
  '((((((((((((((((((((((((((((((a',
  'a'.repeat(5_000),
  `${' '.repeat(1_000)}x`,
  'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.sig',
  '__proto__',
  'constructor',
];

/** Any string, biased towards the hostile ones. */
export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.constantFrom(...DANGEROUS_KEYS) },
);

/** A JSON key: mostly ordinary, often dangerous. */
export const jsonKey = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom(...DANGEROUS_KEYS) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'iss',
      'sub',
      'aud',
      'iat',
      'exp',
      'nbf',
      'ent',
      'uip',
      'typ',
      'alg',
      'kid',
      'email',
      'groups',
      'name',
    ),
  },
);

/** Any JSON value; numbers also as strings, keys also dangerous. */
export const jsonValue: fc.Arbitrary<unknown> = fc.letrec(tie => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer().map(String),
    hostileString,
    fc.array(tie('value'), { maxLength: 4 }),
    tie('object'),
  ),
  object: fc.dictionary(jsonKey, tie('value'), { maxKeys: 5 }),
})).value;

/** A JSON object with hostile keys and values. */
export const jsonObject = fc.dictionary(jsonKey, jsonValue, { maxKeys: 8 });

/** A claim set that looks like a Backstage token's, with any field possibly wrong. */
export const claimsLike = fc.record(
  {
    iss: fc.oneof(fc.webUrl(), hostileString, fc.integer()),
    sub: fc.oneof(
      fc.constant('user:default/alice'),
      hostileString,
      fc.array(fc.string()),
    ),
    aud: fc.oneof(
      fc.constant('backstage'),
      fc.array(hostileString, { maxLength: 3 }),
      fc.integer(),
    ),
    iat: fc.oneof(
      fc.integer({ min: 0, max: 4_000_000_000 }),
      fc.integer().map(String),
      fc.double(),
    ),
    exp: fc.oneof(
      fc.integer({ min: 0, max: 4_000_000_000 }),
      fc.integer().map(String),
      fc.double(),
    ),
    nbf: fc.oneof(fc.integer({ min: 0, max: 4_000_000_000 }), hostileString),
    ent: fc.oneof(
      fc.array(hostileString, { maxLength: 4 }),
      hostileString,
      jsonValue,
    ),
    uip: hostileString,
    extra: jsonObject,
  },
  { requiredKeys: [] },
);

/** A header that looks like a Backstage token's, with any field possibly wrong. */
export const headerLike = fc.record(
  {
    alg: fc.oneof(fc.constantFrom('ES256', 'RS256', 'none'), hostileString),
    typ: fc.oneof(
      fc.constantFrom(
        'vnd.backstage.user',
        'vnd.backstage.limited-user',
        'JWT',
      ),
      hostileString,
    ),
    kid: hostileString,
  },
  { requiredKeys: [] },
);

/** A random base64url signature, long enough that it cannot appear by chance. */
export const signature = fc
  .uint8Array({ minLength: 24, maxLength: 64 })
  .map(bytes => Buffer.from(bytes).toString('base64url'));

/** A well-formed token of generated header and payload objects. */
export const wellFormedToken = fc
  .tuple(
    fc.oneof(headerLike, jsonObject),
    fc.oneof(claimsLike, jsonObject),
    signature,
  )
  .map(([header, payload, sig]) => ({
    header,
    payload,
    signature: sig,
    token: [
      base64UrlEncode(JSON.stringify(header)),
      base64UrlEncode(JSON.stringify(payload)),
      sig,
    ].join('.'),
  }));

const base64UrlChars = fc.constantFrom(
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split(
    '',
  ),
);

/** Strings shaped like tokens: dot-separated base64url-ish runs, some broken. */
export const tokenLike = fc.oneof(
  fc
    .array(fc.string({ unit: base64UrlChars, maxLength: 30 }), {
      minLength: 1,
      maxLength: 7,
    })
    .map(parts => parts.join('.')),
  fc
    .array(
      fc.oneof(
        fc.string({ unit: base64UrlChars, maxLength: 20 }),
        fc.string({ unit: 'binary', maxLength: 10 }),
      ),
      {
        minLength: 1,
        maxLength: 6,
      },
    )
    .map(parts => parts.join('.')),
  fc
    .tuple(
      jsonValue,
      jsonValue,
      fc.string({ unit: base64UrlChars, maxLength: 20 }),
    )
    .map(([h, p, s]) =>
      [
        base64UrlEncode(JSON.stringify(h) ?? 'undefined'),
        base64UrlEncode(JSON.stringify(p) ?? 'undefined'),
        s,
      ].join('.'),
    ),
  fc.string({ unit: 'binary', maxLength: 80 }),
);
