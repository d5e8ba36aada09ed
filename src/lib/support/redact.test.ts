import fc from 'fast-check';
import { backstageToken } from '../../../test/builders/tokens';
import { redactString, redactText, redactValue, tokenSecrets } from './redact';

describe('redactText', () => {
  const token = backstageToken();

  it.each([
    [`token is ${token} ok`, 'token is [redacted JWT] ok'],
    [
      `Authorization: Bearer abc.def-123`,
      'Authorization: [redacted] [redacted]',
    ],
    [`curl -H "bearer opaqueAccessToken"`, 'curl -H "bearer [redacted]"'],
    ['Basic dXNlcjpwYXNz', 'Basic [redacted]'],
    ['password=hunter2&user=bob', 'password=[redacted]&user=bob'],
    [
      '{"client_secret": "s3cr3t", "name": "x"}',
      '{"client_secret": "[redacted]", "name": "x"}',
    ],
    ['apiKey: AKIA1234', 'apiKey: [redacted]'],
    [
      'sha 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      'sha [redacted]',
    ],
    [
      'blob QWxhZGRpbjpvcGVuIHNlc2FtZQ0KQWxhZGRpbjpvcGVuIHNlc2FtZQ0K end',
      'blob [redacted] end',
    ],
  ])('redacts %j', (input, output) => {
    expect(redactText(input)).toBe(output);
  });

  it.each([
    'http://127.0.0.1:7007/api/auth',
    'https://backstage-api.internal-corp.example.com/api/catalog',
    'user:default/alice',
    'group:default/a-very-long-team-name-without-digits-at-all',
    'Basic permissions go in one batch',
    'The token expired 3 minutes ago',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  ])('keeps readable text %j', input => {
    expect(redactText(input)).toBe(input);
  });

  it('removes known secrets however they appear', () => {
    const parts = token.split('.');
    const text = `x${parts[2]}y ${parts[1]}`;
    const out = redactText(text, tokenSecrets(token));
    for (const part of parts) expect(out).not.toContain(part);
  });

  it('cuts long strings after redacting', () => {
    const out = redactString(`${'a'.repeat(5000)}`);
    expect(out).toHaveLength(2000 + '… [3000 more characters cut]'.length);
  });
});

describe('redactValue', () => {
  it('replaces values of secret-named keys and redacts keys', () => {
    const token = backstageToken();
    expect(
      redactValue(
        {
          password: 'x',
          uip: 'proof',
          [token]: 1,
          nested: { apiToken: 'abc', ok: 'fine' },
          empty: '',
        },
        [token],
      ),
    ).toEqual({
      password: '[redacted]',
      uip: '[redacted]',
      '[redacted]': 1,
      nested: { apiToken: '[redacted]', ok: 'fine' },
      empty: '',
    });
  });

  it('keeps __proto__ as a plain key without touching prototypes', () => {
    const out = redactValue(
      JSON.parse('{"__proto__": {"polluted": "yes"}, "a": 1}'),
    ) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(out)).toBe('{"__proto__":{"polluted":"yes"},"a":1}');
  });

  it('bounds depth, size and odd values', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 50; i++) deep = { d: deep };
    expect(JSON.stringify(redactValue(deep))).toContain('[too deep]');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(redactValue(cyclic)).toEqual({ self: '[cycle]' });
    expect(redactValue(Array.from({ length: 250 }, (_, i) => i))).toHaveLength(
      201,
    );
    expect(
      redactValue({ f: () => 1, n: NaN, b: BigInt(1), u: undefined }),
    ).toEqual({ f: '[function]', n: 'NaN', b: '[bigint]', u: null });
  });

  it('never lets a known secret through, for any value around it', () => {
    const token = backstageToken();
    const secrets = tokenSecrets(token);
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.string(),
        fc.constantFrom(...secrets),
        (value, pad, secret) => {
          const out = JSON.stringify(
            redactValue(
              { value, [pad + secret]: `${pad}${secret}${pad}` },
              secrets,
            ),
          );
          for (const part of secrets) expect(out).not.toContain(part);
        },
      ),
    );
  });
});
