/**
 * @jest-environment node
 */
/* eslint-disable jest/no-conditional-expect, jest/no-standalone-expect, jest/expect-expect -- properties check whichever outcome a generated case has; assertions live in helpers */
import fc from 'fast-check';
import {
  decodeToken,
  explainClaims,
  normalizeTokenInput,
  readBackstageClaims,
  type TokenDecodeErrorReason,
} from '../../src/shared/logic/token';
import {
  hostileString,
  jsonObject,
  tokenLike,
  wellFormedToken,
} from './arbitraries';
import { hostileTokens } from './hostileTokens';
import { assertNoPrototypePollution, propertyBudget } from './propertyRuns';

const budget = propertyBudget('tokens');

const REASONS: TokenDecodeErrorReason[] = [
  'empty',
  'not-a-jwt',
  'unsigned',
  'too-many-parts',
  'encrypted',
  'bad-base64',
  'header-not-json',
  'payload-not-json',
  'header-not-object',
  'payload-not-object',
];

function expectWellFormedResult(result: ReturnType<typeof decodeToken>) {
  if (result.ok) {
    expect(typeof result.token.header).toBe('object');
    expect(Array.isArray(result.token.header)).toBe(false);
    expect(typeof result.token.payload).toBe('object');
    expect(Array.isArray(result.token.payload)).toBe(false);
    expect(result.token).not.toHaveProperty('signature');
  } else {
    expect(REASONS).toContain(result.error.reason);
    expect(result.error.message.length).toBeGreaterThan(0);
  }
}

/** Everything the token card and the doctor do with a decoded token. */
function readEverything(token: string) {
  const result = decodeToken(token);
  expectWellFormedResult(result);
  if (result.ok) {
    const claims = readBackstageClaims(result.token);
    expect(['user', 'limited-user', 'other']).toContain(claims.kind);
    expect(Array.isArray(claims.aud)).toBe(true);
    for (const key of ['iat', 'exp', 'nbf'] as const) {
      if (claims[key] !== undefined)
        expect(Number.isFinite(claims[key])).toBe(true);
    }
    const explained = explainClaims(result.token.payload, 1_800_000_000);
    expect(explained.map(c => c.name).sort()).toEqual(
      Object.keys(result.token.payload).sort(),
    );
    for (const claim of explained) expect(typeof claim.display).toBe('string');
  }
  assertNoPrototypePollution();
  return result;
}

describe('token decoding under generated input', () => {
  it('never throws on any string and always answers ok or a known reason', () => {
    budget.check(
      fc.property(
        fc.oneof(tokenLike, hostileString, fc.string({ unit: 'binary' })),
        token => {
          readEverything(token);
        },
      ),
      0.3,
    );
  });

  it('never throws on values that are not strings', () => {
    budget.check(
      fc.property(fc.anything(), value => {
        expectWellFormedResult(decodeToken(value as string));
        assertNoPrototypePollution();
      }),
      0.05,
    );
  });

  it('round-trips generated header and payload objects', () => {
    budget.check(
      fc.property(wellFormedToken, ({ header, payload, token }) => {
        const result = readEverything(token);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        // JSON equality: the decoded objects are what was encoded, __proto__ keys included.
        expect(JSON.stringify(result.token.header)).toBe(
          JSON.stringify(header),
        );
        expect(JSON.stringify(result.token.payload)).toBe(
          JSON.stringify(payload),
        );
        expect(result.token.length).toBe(token.length);
        expect(result.token.hasSignature).toBe(true);
      }),
      0.3,
    );
  });

  it('reads claims and explains them whatever the payload holds', () => {
    budget.check(
      fc.property(jsonObject, jsonObject, (header, payload) => {
        const token = { header, payload, length: 10, hasSignature: true };
        const claims = readBackstageClaims(token);
        expect(Array.isArray(claims.aud)).toBe(true);
        if (claims.sub !== undefined) expect(typeof claims.sub).toBe('string');
        const explained = explainClaims(payload, Number.MAX_SAFE_INTEGER);
        expect(explained).toHaveLength(Object.keys(payload).length);
        assertNoPrototypePollution();
      }),
      0.15,
    );
  });

  it('normalizes pasted input idempotently and finds the token inside', () => {
    budget.check(
      fc.property(
        fc.oneof(hostileString, tokenLike),
        wellFormedToken,
        fc.constantFrom(
          '',
          'Bearer ',
          'bearer  ',
          'Authorization: Bearer ',
          '"',
          "'",
          '`',
        ),
        fc.constantFrom('', '"', "'", ',', ';', '\n'),
        (junk, { token }, prefix, suffix) => {
          const once = normalizeTokenInput(junk);
          expect(normalizeTokenInput(once)).toBe(once);
          const pasted = `  ${prefix}${token.slice(0, 20)}\n${token.slice(20)}${suffix}  `;
          expect(normalizeTokenInput(pasted)).toBe(token);
        },
      ),
      0.2,
    );
  });
});

describe('the hostile token corpus', () => {
  it.each(hostileTokens.map(t => [t.name, t] as const))(
    '%s',
    (_name, entry) => {
      const result = readEverything(entry.token);
      expect(result.ok ? 'ok' : result.error.reason).toBe(entry.expect);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('keeps __proto__ claims as plain data', () => {
    const entry = hostileTokens.find(t => t.name === '__proto__ keys')!;
    const result = decodeToken(entry.token);
    if (!result.ok) throw new Error('expected the __proto__ token to decode');
    expect(
      Object.prototype.hasOwnProperty.call(result.token.payload, '__proto__'),
    ).toBe(true);
    expect(
      (result.token.payload as Record<string, unknown>).isAdmin,
    ).toBeUndefined();
    const explained = explainClaims(result.token.payload, 0);
    expect(explained.map(c => c.name)).toContain('__proto__');
  });

  it('reads numbers written as strings as absent, not as numbers', () => {
    const entry = hostileTokens.find(t => t.name === 'numbers as strings')!;
    const result = decodeToken(entry.token);
    if (!result.ok) throw new Error('expected the token to decode');
    const claims = readBackstageClaims(result.token);
    expect(claims.exp).toBeUndefined();
    expect(claims.iat).toBeUndefined();
    expect(claims.aud).toEqual([]);
    expect(claims.ent).toEqual(['group:default/a']);
  });
});
