import fc from 'fast-check';
import { backstageToken } from '../../../test/builders/tokens';
import { bannerMessages } from '../translations/bannerMessages';
import { doctorMessages } from '../../myAccess/doctor/doctorMessages';
import { myAccessMessages } from '../../myAccess/myAccessMessages';
import { tokenMessages } from '../../myAccess/token/tokenMessages';
import { sessionsMessages } from '../../myAccess/sessions/sessionsMessages';
import { groupsMessages } from '../../myAccess/groups/groupsMessages';
import { permissionMessages } from '../../myAccess/permissions/permissionMessages';
import { signInMessages } from '../translations/signInMessages';
import {
  isSecretKey,
  redactString,
  redactText,
  redactValue,
  tokenSecrets,
} from './redact';

describe('redactText', () => {
  const token = backstageToken();

  it.each([
    [`token is ${token} ok`, 'token is [redacted JWT] ok'],
    // The scheme stays readable, as after a lone "bearer".
    [`Authorization: Bearer abc.def-123`, 'Authorization: Bearer [redacted]'],
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

describe('redactText: secret shapes, whatever their length', () => {
  it.each([
    ['GitLab personal access token', 'glpat-x1Y2z3'],
    ['GitLab token, current format', 'glpat-AbCdEf.01.1a2b3c4d5'],
    ['GitLab token behind an instance prefix', 'acme-glpat-abc'],
    ['GitLab OAuth secret', 'gloas-abc123'],
    ['GitLab deploy token', 'gldt-Abc'],
    ['GitLab runner token', 'glrt-xyz_1'],
    ['GitLab CI job token', 'glcbt-64_abc'],
    ['GitLab feed token', 'glft-abc'],
    ['GitHub personal token', 'ghp_abc123'],
    ['GitHub OAuth token', 'gho_X'],
    ['GitHub user-to-server token', 'ghu_short'],
    ['GitHub server-to-server token', 'ghs_abc'],
    ['GitHub refresh token', 'ghr_abc'],
    ['GitHub fine-grained token', 'github_pat_11ABC_xyz'],
    ['Google access token', 'ya29.a0Af'],
    ['Google access token with dots', 'ya29.c.b0Aa-x_Y'],
    ['Google refresh token', '1//0gAbc-def'],
    ['Google API key', 'AIzaSyA-1b'],
    ['AWS access key id', 'AKIAIOSFODNN7EXAMPLE'],
    ['AWS access key id, short', 'AKIA12'],
    ['AWS temporary key id', 'ASIA3XYZ'],
    ['AWS temporary key id without a digit', 'ASIAJKLMNOPQRSTUVWXY'],
    ['Slack bot token', 'xoxb-123-456-abc'],
    ['Slack user token', 'xoxp-1-a'],
    ['Slack app token', 'xoxa-2-x'],
    ['Slack session token', 'xoxs-9'],
    ['lowercase opaque refresh token', 'k3j4h5g6f7d8s9a0p1o2'],
    ['uppercase opaque token', 'JBSWY3DPEHPK3PXP2345'],
    ['unsigned JWT', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.'],
    ['truncated JWT', 'eyJhbGciOiJFUzI1NiJ9.eyJzdW'],
    ['JWT header alone', 'eyJhbGci'],
  ])('%s: %j', (_name, secret) => {
    for (const around of [
      (s: string) => s,
      (s: string) => `before ${s} after`,
      (s: string) => `"${s}"`,
      (s: string) => `(${s}),`,
      (s: string) => `k=${s}&next=1`,
    ]) {
      const out = redactText(around(secret));
      expect(out).not.toContain(secret);
      expect(out).toContain('[redacted');
    }
  });

  it.each([
    ['Bearer: value', 'Bearer: abc', 'Bearer: [redacted]'],
    ['Bearer value', 'sent Bearer x1', 'sent Bearer [redacted]'],
    ['quoted Bearer value', 'Bearer "abc"', 'Bearer "[redacted]"'],
    [
      'Authorization: Basic, short',
      'Authorization: Basic YTpi',
      'Authorization: Basic [redacted]',
    ],
    [
      'Authorization header in JSON',
      '{"Authorization": "Basic dTpw"}',
      '{"Authorization": "Basic [redacted]"}',
    ],
    [
      'Proxy-Authorization without a scheme',
      'Proxy-Authorization: abc',
      'Proxy-Authorization: [redacted]',
    ],
    [
      'credentials in a URL',
      'see https://svc:pw@host.example/api?x=1',
      'see https://[redacted]@host.example/api?x=1',
    ],
    [
      'credentials in every URL of a text',
      'a http://u@h/ and ftp://a:b@c/d',
      'a http://[redacted]@h/ and ftp://[redacted]@c/d',
    ],
    ['x-uip header', 'x-uip: abc', 'x-uip: [redacted]'],
    ['uip claim in JSON', '{"uip":"abc"}', '{"uip":"[redacted]"}'],
    ['X-Auth-Token header', 'X-Auth-Token: s3', 'X-Auth-Token: [redacted]'],
    [
      'refresh_token in a query',
      '?refresh_token=r&x=1',
      '?refresh_token=[redacted]&x=1',
    ],
    ['id_token in a fragment', '#id_token=abc', '#id_token=[redacted]'],
    [
      'a quoted value cut before its closing quote',
      '{"x-uip": "abc',
      '{"x-uip": "[redacted]',
    ],
    [
      'JSON inside a JSON string',
      '{\\"password\\": \\"hunter two\\", \\"authorization\\": \\"Basic abcdefgh\\"}',
      '{\\"password\\": \\"[redacted]\\", \\"authorization\\": \\"Basic [redacted]\\"}',
    ],
    [
      'a secret key after an ordinary one',
      'note: password=x',
      'note: password=[redacted]',
    ],
  ])('%s', (_name, input, output) => {
    expect(redactText(input)).toBe(output);
  });

  it.each([
    'The refresh token could not be renewed because the session ended',
    'GET /api/catalog/entities/by-uid/0f8fad5b-d9cb-469f-a165-70867728950e',
    'https://gitlab.example.com/group/project/-/merge_requests/42',
    'github_pat is the prefix of fine-grained tokens',
    'Ask the global-admins group; glass-door and glory-days are not tokens',
    'ASIAN markets and AKIMBO arms',
    'component:default/backstage-plugin-access-inspector-v2',
    'tokenTargets: http://127.0.0.1:7007, http://127.0.0.1:7007/api/search',
    'internationalization and characterization are long words',
    'No token was sent: "Missing credentials": The request reached the backend',
    'Copy the whole token: it may have been cut off after the second dot.',
    'Browsers drop the refresh cookie: you sign in again on every reload',
    'Call it with the right credentials: from the browser with the user token',
    'with or without "Bearer ". It is decoded in this browser',
    'Send a Bearer token in the Authorization header',
    'password: none',
  ])('keeps readable text %j', input => {
    expect(redactText(input)).toBe(input);
  });

  // Linear time: a pattern that rescans runs would take minutes here.
  it('stays fast on a megabyte of hostile text', () => {
    const inputs = [
      'a_'.repeat(500_000),
      'a.'.repeat(500_000),
      'a=a='.repeat(250_000),
      'x://'.repeat(250_000),
      'token'.repeat(200_000),
      `"${'a'.repeat(1_000_000)}`,
    ];
    const started = Date.now();
    for (const input of inputs) redactText(input);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe("redactText on the plugin's own messages", () => {
  // Findings and timeline details are built from these: redaction must not
  // turn a sentence such as "copy the whole token: it may…" into a riddle.
  it('changes none of them', () => {
    const changed: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'string') {
        if (redactText(value) !== value) changed.push(`${path}: ${value}`);
      } else if (value && typeof value === 'object') {
        for (const [key, v] of Object.entries(value)) walk(v, `${path}.${key}`);
      }
    };
    walk(
      {
        bannerMessages,
        doctorMessages,
        myAccessMessages,
        tokenMessages,
        sessionsMessages,
        groupsMessages,
        permissionMessages,
        signInMessages,
      },
      'messages',
    );
    expect(changed).toEqual([]);
  });
});

describe('isSecretKey', () => {
  it.each([
    'token',
    'accessToken',
    'idToken',
    'refresh_token',
    'x-uip',
    'uip',
    'X-Auth-Token',
    'password',
    'client_secret',
    'apiKey',
    'api_key',
    'AWS_SECRET_ACCESS_KEY',
    'Authorization',
    'Set-Cookie',
    'signature',
    'accesstoken',
    'sessionId',
    'authorizationCode',
    'signInToken',
    'lastToken',
  ])('%j names a secret', key => {
    expect(isSecretKey(key)).toBe(true);
  });

  it.each([
    'tokenTargets',
    'urlsThatReceiveTheToken',
    'fetch API sends the token to',
    'token_type',
    'tokenExpiresAt',
    'expires_in',
    'kid',
    'bypass',
    'session',
    'key',
    'permission.enabled',
    'tokenHolder',
    'apiKeyId',
    'statusCode',
    'expires_at',
    'issued_at',
  ])('%j only talks about one', key => {
    expect(isSecretKey(key)).toBe(false);
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

  it('judges values of keys that only talk about tokens by what they hold', () => {
    expect(
      redactValue({
        tokenTargets: ['http://127.0.0.1:7007', 'https://svc:pw@api.example'],
        urlsThatReceiveTheToken: ['http://127.0.0.1:7007/api/search'],
        'fetch API sends the token to': ['http://127.0.0.1:7007'],
        tokenRefreshEnabled: true,
        tokenLifetimeSeconds: 3600,
        token_type: 'Bearer',
        tokenHolder: { accessToken: 'short', refreshToken: 42 },
        hint: 'glpat-abc',
      }),
    ).toEqual({
      tokenTargets: ['http://127.0.0.1:7007', 'https://[redacted]@api.example'],
      urlsThatReceiveTheToken: ['http://127.0.0.1:7007/api/search'],
      'fetch API sends the token to': ['http://127.0.0.1:7007'],
      tokenRefreshEnabled: true,
      tokenLifetimeSeconds: 3600,
      token_type: 'Bearer',
      tokenHolder: { accessToken: '[redacted]', refreshToken: '[redacted]' },
      hint: '[redacted]',
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
