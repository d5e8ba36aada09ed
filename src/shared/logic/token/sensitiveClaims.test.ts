import {
  backstageTokenClaims,
  encodeJwt,
} from '../../../../test/builders/tokens';
import { sensitiveClaim } from './sensitiveClaims';

/** A signature as ES256 makes it: 64 bytes, 86 base64url characters. */
const ES256_SIGNATURE = Buffer.alloc(64, 0xa7)
  .fill(0x3c, 20, 40)
  .toString('base64url');

describe('sensitiveClaim', () => {
  it('sees uip as the limited token’s signature, whatever it looks like', () => {
    expect(ES256_SIGNATURE).toHaveLength(86);
    expect(sensitiveClaim('uip', ES256_SIGNATURE)).toBe(
      'limited-token signature',
    );
    expect(sensitiveClaim('uip', 'short')).toBe('limited-token signature');
    expect(sensitiveClaim('uip', '')).toBeUndefined();
  });

  it('leaves every other claim of a dev-stack token in clear', () => {
    const { header, payload } = backstageTokenClaims({
      payload: {
        sub: 'user:default/alice',
        ent: ['user:default/alice', 'group:default/team-a'],
        uip: ES256_SIGNATURE,
      },
    });
    const hidden = [...Object.entries(header), ...Object.entries(payload)]
      .filter(([name, value]) => sensitiveClaim(name, value))
      .map(([name]) => name);
    expect(hidden).toEqual(['uip']);
  });

  it('sees a whole token in any claim, even a registered one', () => {
    const jwt = encodeJwt({ alg: 'RS256' }, { sub: 'x' });
    expect(sensitiveClaim('upstream', jwt)).toBe('JWT');
    expect(sensitiveClaim('sub', jwt)).toBe('JWT');
    expect(sensitiveClaim('kid', jwt)).toBe('JWT');
  });

  it.each([
    ['access_token', 'opaque-access-token'],
    ['refresh_token', 'r1'],
    ['client_secret', 'hunter2'],
    ['api_key', 'k'],
    ['password', { value: 'x' }],
  ])('sees %s as a secret by its name', (name, value) => {
    expect(sensitiveClaim(name, value)).toBe('secret');
  });

  it('sees a signature by its name', () => {
    expect(sensitiveClaim('signature', 'abc')).toBe('signature');
    expect(sensitiveClaim('sig', 'abc')).toBe('signature');
  });

  it.each([
    ['a bearer credential', 'Bearer abc.def'],
    ['a long mixed run', ES256_SIGNATURE],
    ['a password assignment', 'password=hunter2'],
    ['a JWT inside an object', { upstream: { raw: 'eyJhbGciOi.eyJzdWIi.x' } }],
  ])('sees a custom claim holding %s as a secret', (_what, value) => {
    expect(sensitiveClaim('custom', value)).toBe('secret');
  });

  it.each([
    // Hashes of a token cannot be turned back into it, nor replayed.
    ['at_hash', 'HK6E_P6Dh8Y93mRNtsDB1Q'],
    ['c_hash', 'LDktKdoQak3Pk0cnXxCltA'],
    // An opaque subject that only looks like base64.
    ['sub', 'AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ'],
    ['name', 'The Bearer of Good News'],
    ['token_type', 'Bearer'],
    ['token_use', 'access'],
    ['kid', 'NjVBRjY5MDlCMUIwNzU4RTA2QzZFMDQ4QzQ2MDAyQjVDNjk1RTM2Qg'],
    ['tid', '72f988bf-86f1-41af-91ab-2d7cd011db47'],
    ['exp', 4_000_000_000],
    ['access_token_expires', 3600],
    ['email_verified', true],
    ['custom', null],
  ])('leaves %s = %j in clear', (name, value) => {
    expect(sensitiveClaim(name, value)).toBeUndefined();
  });

  it('answers quickly on a megabyte of text', () => {
    const started = Date.now();
    expect(sensitiveClaim('pad', 'x'.repeat(1024 * 1024))).toBeUndefined();
    expect(sensitiveClaim('pad', `Bearer ${'x'.repeat(1024 * 1024)}`)).toBe(
      'secret',
    );
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
