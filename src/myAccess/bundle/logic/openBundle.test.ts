import { backstageToken } from '../../../../test/builders/tokens';
import { decodeToken } from '../../../shared/logic/token';
import {
  buildSupportBundle,
  formatBundleJson,
  formatBundleMarkdown,
  type SupportBundleInput,
} from '../../doctor/logic/supportBundle';
import { MAX_BUNDLE_BYTES, openBundle } from './openBundle';

const NOW = Date.parse('2027-01-15T08:00:00Z');

// A bundle as the plugin writes it (the real producer), version 1.
function realBundle(overrides: Partial<SupportBundleInput> = {}) {
  const token = backstageToken({ payload: { sub: 'user:default/alice' } });
  const decoded = decodeToken(token);
  if (!decoded.ok) throw new Error(decoded.error.message);
  const bundle = buildSupportBundle({
    generatedAtMs: NOW,
    environment: { appBaseUrl: 'http://127.0.0.1:3000' },
    findings: [
      {
        id: 'exp',
        severity: 'problem',
        title: 'The token expired',
        detail: 'It expired.',
      },
    ],
    decoded: { header: decoded.token.header, payload: decoded.token.payload },
    permissions: {
      enabled: true,
      decisions: [
        {
          pluginId: 'catalog',
          name: 'catalog.entity.create',
          decision: 'DENY',
        },
      ],
      errors: [],
    },
    timeline: [{ at: NOW, type: 'sign-in', detail: 'oidc' }],
    token,
    ...overrides,
  });
  return { bundle, token };
}

describe('openBundle', () => {
  it('opens a bundle the plugin writes (version 3) and finds nothing leaked', () => {
    const { bundle, token } = realBundle({
      sender: {
        userEntityRef: 'user:default/alice',
        ownershipRefs: ['user:default/alice', 'group:default/team-a'],
      },
      actions: ['auth:who-am-i'],
    });
    const opened = openBundle(formatBundleJson(bundle, [token]));
    expect(opened).toMatchObject({
      ok: true,
      leaks: [],
      lacks: [],
      bundle: {
        version: 3,
        sender: { userEntityRef: 'user:default/alice' },
        actions: ['auth:who-am-i'],
        checks: [{ id: 'exp', severity: 'problem' }],
      },
    });
  });

  it('opens a version 1 bundle and says what it lacks', () => {
    const { bundle, token } = realBundle();
    const v1 = { ...bundle, version: 1 };
    const opened = openBundle(formatBundleJson(v1 as never, [token]));
    expect(opened).toMatchObject({
      ok: true,
      lacks: [
        'sender',
        'groupsBySource',
        'actions',
        'accessChanges',
        'providerSessions',
        'rules',
      ],
      bundle: { version: 1 },
    });
  });

  it('opens a version 2 bundle, drops what version 2 did not have, and says it has no provider sessions or rules', () => {
    const { bundle, token } = realBundle({
      sender: {
        userEntityRef: 'user:default/alice',
        ownershipRefs: ['user:default/alice'],
      },
      providerSessions: [
        {
          providerId: 'oidc',
          title: 'Local IdP',
          kind: 'oauth',
          state: 'signedIn',
        },
      ],
    });
    const v2 = { ...bundle, version: 2 };
    const opened = openBundle(formatBundleJson(v2 as never, [token]));
    expect(opened).toMatchObject({
      ok: true,
      lacks: ['providerSessions', 'rules'],
      bundle: { version: 2, sender: { userEntityRef: 'user:default/alice' } },
    });
    expect(opened.ok && 'providerSessions' in opened.bundle).toBe(false);
  });

  it('opens a version 3 bundle’s provider sessions and masks a token planted in their claims', () => {
    const { bundle, token } = realBundle({
      providerSessions: [
        {
          providerId: 'oidc',
          title: 'Local IdP',
          kind: 'oauth',
          state: 'signedIn',
          usedForBackstage: true,
          backstageExpiresAtMs: NOW + 3_600_000,
          idToken: {
            status: 'decoded',
            claims: { iss: 'http://127.0.0.1:7010', sub: 'alice' },
          },
        },
      ],
    });
    // A sender's older or hand-edited file with a token in a claim.
    const planted = backstageToken({ payload: { sub: 'user:default/eve' } });
    const json = JSON.parse(formatBundleJson(bundle, [token]));
    json.providerSessions[0].idToken.claims.at_hash = planted;
    const opened = openBundle(JSON.stringify(json));
    expect(opened).toMatchObject({
      ok: true,
      lacks: [],
      bundle: {
        version: 3,
        providerSessions: [
          {
            providerId: 'oidc',
            state: 'signedIn',
            usedForBackstage: true,
            backstageExpiresAt: '2027-01-15T09:00:00.000Z',
            idToken: { status: 'decoded', claims: { sub: 'alice' } },
          },
        ],
      },
      leaks: [
        { path: 'providerSessions[0].idToken.claims.at_hash', what: 'JWT' },
      ],
    });
    expect(JSON.stringify(opened)).not.toContain(planted);
  });

  it('refuses a version 3 bundle whose provider session lacks its provider id', () => {
    const { bundle } = realBundle({
      providerSessions: [
        {
          providerId: 'oidc',
          title: 'Local IdP',
          kind: 'oauth',
          state: 'signedIn',
        },
      ],
    });
    const json = JSON.parse(JSON.stringify(bundle));
    delete json.providerSessions[0].providerId;
    const opened = openBundle(JSON.stringify(json));
    expect(opened).toMatchObject({
      ok: false,
      problem: {
        kind: 'invalid',
        issues: [expect.stringMatching(/^providerSessions\.0\.providerId: /)],
      },
    });
  });

  it.each([
    ['nothing', '   ', { kind: 'empty' }],
    [
      'a text that is not JSON',
      'hello there',
      { kind: 'notJson', truncated: false },
    ],
    [
      'a truncated file',
      '{"kind":"backstage-access-inspector-diagnostics","version":1,"chec',
      { kind: 'notJson', truncated: true },
    ],
    [
      'another kind of JSON',
      '{"name":"my-app","version":"1.0.0"}',
      { kind: 'notBundle' },
    ],
    [
      'another tool’s diagnostics',
      '{"kind":"something-else","version":1}',
      { kind: 'notBundle', found: 'something-else' },
    ],
    ['a JSON array', '[1,2,3]', { kind: 'notBundle' }],
    [
      'a bundle from a newer version',
      '{"kind":"backstage-access-inspector-diagnostics","version":7}',
      { kind: 'newer', version: 7 },
    ],
    [
      'a bundle of version 0',
      '{"kind":"backstage-access-inspector-diagnostics","version":0}',
      { kind: 'older', version: 0 },
    ],
  ])('refuses %s with its own reason', (_what, text, problem) => {
    expect(openBundle(text)).toEqual({
      ok: false,
      problem: expect.objectContaining(problem),
    });
  });

  it('asks for the JSON bundle when given the Markdown one', () => {
    const { bundle, token } = realBundle();
    expect(openBundle(formatBundleMarkdown(bundle, [token]))).toEqual({
      ok: false,
      problem: { kind: 'markdown' },
    });
  });

  it('refuses a file past the size bound before reading it', () => {
    expect(openBundle('{}', 10 * 1024 * 1024)).toEqual({
      ok: false,
      problem: { kind: 'tooLarge', bytes: 10 * 1024 * 1024 },
    });
    const big = `{"kind":"x","pad":"${'a'.repeat(MAX_BUNDLE_BYTES)}"}`;
    expect(openBundle(big)).toMatchObject({
      ok: false,
      problem: { kind: 'tooLarge' },
    });
  });

  it('names each field that does not fit the schema', () => {
    const { bundle } = realBundle();
    const broken = { ...bundle, checks: 'none', timeline: [{ at: 5 }] };
    const opened = openBundle(JSON.stringify(broken));
    expect(opened.ok).toBe(false);
    const issues =
      !opened.ok && opened.problem.kind === 'invalid'
        ? opened.problem.issues
        : [];
    expect(issues.join('\n')).toMatch(/^checks: /m);
    expect(issues.join('\n')).toMatch(/^timeline\.0\.at: /m);
  });

  it('masks a token or uip that got into a bundle, and names where', () => {
    const { bundle } = realBundle();
    const leakedToken = backstageToken({
      payload: { sub: 'user:default/alice' },
    });
    const tampered = {
      ...bundle,
      claims: {
        header: {},
        payload: {
          sub: 'user:default/alice',
          uip: 'c2lnbmF0dXJlLW9mLWEtbGltaXRlZC10b2tlbg',
        },
      },
      pastedError: {
        evaluatedAt: bundle.generatedAt,
        text: `Authorization: Bearer ${leakedToken}`,
        check: bundle.checks[0],
      },
    };
    const opened = openBundle(JSON.stringify(tampered));
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.leaks.map(l => l.path)).toEqual(
      expect.arrayContaining(['claims.payload.uip', 'pastedError.text']),
    );
    const shown = JSON.stringify(opened.bundle);
    expect(shown).not.toContain(leakedToken.split('.')[2]);
    expect(shown).not.toContain('c2lnbmF0dXJlLW9mLWEtbGltaXRlZC10b2tlbg');
  });

  it('keeps hostile strings as plain data', () => {
    const { bundle } = realBundle();
    const hostile = '<img src=x onerror=alert(1)>';
    const opened = openBundle(
      JSON.stringify({
        ...bundle,
        checks: [{ ...bundle.checks[0], title: hostile }],
      }),
    );
    expect(opened).toMatchObject({
      ok: true,
      bundle: { checks: [{ title: hostile }] },
    });
  });
});
