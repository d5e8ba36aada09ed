import { backstageToken, base64UrlEncode } from '../../../test/builders/tokens';
import { decodeToken } from '../token';
import {
  buildSupportBundle,
  formatBundleJson,
  formatBundleMarkdown,
  type SupportBundleInput,
} from './supportBundle';

const NOW = Date.parse('2027-01-15T08:00:00Z');

function input(
  token: string,
  overrides: Partial<SupportBundleInput> = {},
): SupportBundleInput {
  const decoded = decodeToken(token);
  if (!decoded.ok) throw new Error(decoded.error.message);
  return {
    generatedAtMs: NOW,
    environment: {
      userAgent: 'jest',
      pageUrl: 'http://127.0.0.1:3000/my-access?code=abc#frag',
      appBaseUrl: 'http://127.0.0.1:3000',
      backendBaseUrl: 'http://127.0.0.1:7007',
      authBaseUrl: 'http://127.0.0.1:7007/api/auth',
      pluginBaseUrls: { catalog: 'http://127.0.0.1:7007/api/catalog' },
      config: { 'auth.environment': 'development' },
    },
    findings: [
      {
        id: 'exp',
        severity: 'problem',
        title: 'The token expired',
        detail: 'It expired.',
        fix: 'Refresh.',
        evidence: [{ label: 'Expires', value: 'then' }],
      },
      {
        id: 'aud',
        severity: 'ok',
        title: 'The audience is backstage',
        detail: 'ok',
      },
    ],
    decoded: { header: decoded.token.header, payload: decoded.token.payload },
    groups: {
      userEntityRef: 'user:default/alice',
      identityRefs: 2,
      catalogDirect: 1,
      catalogInherited: 2,
    },
    permissions: {
      enabled: true,
      decisions: [
        {
          pluginId: 'catalog',
          name: 'catalog.entity.create',
          decision: 'DENY',
        },
      ],
    },
    timeline: [
      { type: 'sign-in', at: NOW - 1000, detail: 'Signed in with oidc' },
    ],
    token,
    ...overrides,
  };
}

describe('buildSupportBundle', () => {
  it('holds environment, checks, claims, groups, permissions and timeline', () => {
    const token = backstageToken({ issuedAt: NOW / 1000 });
    const bundle = buildSupportBundle(input(token));
    expect(bundle).toMatchObject({
      kind: 'backstage-access-inspector-diagnostics',
      generatedAt: '2027-01-15T08:00:00.000Z',
      environment: {
        pageUrl: 'http://127.0.0.1:3000/my-access',
        backendBaseUrl: 'http://127.0.0.1:7007',
        pluginBaseUrls: { catalog: 'http://127.0.0.1:7007/api/catalog' },
      },
      checks: [
        {
          id: 'exp',
          severity: 'problem',
          fix: 'Refresh.',
          evidence: [{ label: 'Expires', value: 'then' }],
        },
        { id: 'aud', severity: 'ok' },
      ],
      claims: {
        header: { typ: 'vnd.backstage.user' },
        payload: {
          sub: 'user:default/alice',
          aud: 'backstage',
          uip: '[redacted]',
        },
      },
      groups: { identityRefs: 2, catalogInherited: 2 },
      permissions: {
        decisions: [{ name: 'catalog.entity.create', decision: 'DENY' }],
      },
      timeline: [
        {
          at: '2027-01-15T07:59:59.000Z',
          type: 'sign-in',
          detail: 'Signed in with oidc',
        },
      ],
    });
    expect(bundle.note).toMatch(/no token, no signature/);
  });

  it('says what is missing in Markdown', () => {
    const token = backstageToken();
    const md = formatBundleMarkdown(
      buildSupportBundle(
        input(token, {
          permissions: undefined,
          groups: undefined,
          timeline: [],
          findings: [],
        }),
      ),
      token,
    );
    expect(md).toContain('## Permissions\n\nNot provided.');
    expect(md).toContain('## Groups\n\nNot available.');
    expect(md).toContain('Nothing recorded in this tab.');
    expect(md).toContain('No checks ran.');
  });

  it('contains no token text, for hostile claims that embed the token itself', () => {
    // The token's own parts cannot be known before it is built, so embed an
    // earlier token's parts, then build the hostile token from them and embed
    // its own parts through the other places a bundle takes text from.
    const inner = backstageToken();
    const [h, p, s] = inner.split('.');
    const payload = {
      sub: 'user:default/mallory',
      aud: 'backstage',
      exp: 2_000_000_000,
      copy: inner,
      parts: [h, p, s],
      [inner]: 'token as a key',
      nested: { deeper: { again: `prefix ${s} suffix` } },
      split: `${p.slice(0, 20)} ${p.slice(20)}`,
      spaced: inner.split('').join(''),
    };
    const header = { alg: 'ES256', typ: 'vnd.backstage.user', kid: s };
    const token = `${base64UrlEncode(JSON.stringify(header))}.${base64UrlEncode(JSON.stringify(payload))}.${s}`;
    const [th, tp, ts] = token.split('.');

    const hostile = input(token, {
      findings: [
        {
          id: 'x',
          severity: 'problem',
          title: `Saw ${token}`,
          detail: `part ${tp}`,
          evidence: [{ label: ts, value: th }],
        },
      ],
      timeline: [
        { type: 'failure', at: NOW, detail: `Authorization: Bearer ${token}` },
      ],
      environment: {
        userAgent: ts,
        pageUrl: `http://x/?t=${token}`,
        config: { [th]: tp, note: `token=${ts}` },
      },
      groups: { userEntityRef: `user:default/${ts}`, errors: [token] },
      permissions: { decisions: [{ name: tp, decision: ts }] },
    });
    const bundle = buildSupportBundle(hostile);
    const outputs = [
      JSON.stringify(bundle),
      formatBundleJson(bundle, token),
      formatBundleMarkdown(bundle, token),
      // Markdown escaping must not be what hides a leak.
      formatBundleMarkdown(bundle, token).replace(/\\/g, ''),
    ];
    for (const out of outputs) {
      for (const secret of [token, th, tp, ts, inner, h, p, s]) {
        expect(out).not.toContain(secret);
      }
      expect(out).toContain('user:default/mallory');
    }
  });

  it('keeps a backtick-laden claim inside its code fence', () => {
    const token = backstageToken({
      payload: { evil: '```\n# Injected heading\n```' },
    });
    const md = formatBundleMarkdown(buildSupportBundle(input(token)), token);
    expect(md).not.toMatch(/^# Injected heading/m);
  });
});
