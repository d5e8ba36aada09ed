import {
  backstageToken,
  base64UrlEncode,
} from '../../../../test/builders/tokens';
import { diagnosePastedToken, explainErrorBody } from '.';
import { decodeToken } from '../../../shared/logic/token';
import { explainPasted, pastedForBundle } from './explainPasted';
import { tokenSecrets } from '../../../shared/logic/redact';
import { summarizePermissions } from '../../permissions/logic/summarizePermissions';
import {
  bundleSecrets,
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
      tokenSecrets(token),
    );
    expect(md).toContain('## Permissions\n\nNot provided.');
    expect(md).toContain('## Groups\n\nNot available.');
    expect(md).toContain('Nothing recorded in this tab.');
    expect(md).toContain('No checks ran.');
    expect(md).toContain('## Open doors\n\nNot checked.');
  });

  it('lists the open doors before the checks, with how the page knows', () => {
    const token = backstageToken();
    const door = {
      id: 'door:proxied:oauth2Proxy',
      severity: 'problem' as const,
      title: 'Anyone who can reach http://127.0.0.1:7007 can sign in as anyone',
      detail: 'Its module trusts X-Forwarded-User.',
      fix: 'Let only oauth2-proxy reach Backstage.',
      evidence: [
        {
          label: 'Request',
          value: 'GET http://127.0.0.1:7007/api/auth/oauth2Proxy/refresh',
        },
      ],
    };
    const bundle = buildSupportBundle(input(token, { openDoors: [door] }));
    expect(bundle.openDoors).toEqual([
      expect.objectContaining({
        id: door.id,
        severity: 'problem',
        title: door.title,
        detail: door.detail,
        fix: door.fix,
      }),
    ]);
    const md = formatBundleMarkdown(bundle, tokenSecrets(token));
    const doors = md.indexOf('## Open doors');
    expect(doors).toBeGreaterThan(-1);
    expect(md.indexOf('## Checks')).toBeGreaterThan(doors);
    expect(md.slice(doors, md.indexOf('## Checks'))).toContain(
      '- **PROBLEM** Anyone who can reach http://127.0.0.1:7007 can sign in as anyone: Its module trusts X-Forwarded-User.',
    );
    expect(JSON.parse(formatBundleJson(bundle)).openDoors[0].id).toBe(
      'door:proxied:oauth2Proxy',
    );
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
      formatBundleJson(bundle, bundleSecrets(hostile)),
      formatBundleMarkdown(bundle, bundleSecrets(hostile)),
      // Markdown escaping must not be what hides a leak.
      formatBundleMarkdown(bundle, bundleSecrets(hostile)).replace(/\\/g, ''),
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
    const md = formatBundleMarkdown(
      buildSupportBundle(input(token)),
      tokenSecrets(token),
    );
    expect(md).not.toMatch(/^# Injected heading/m);
  });

  it('scrubs known secrets however the format escapes them', () => {
    // Secrets the shapes cannot see (underscores, a quote, a backslash):
    // only the last pass over the finished text can catch them, in the form
    // the format gave them.
    const uip = 'u_i_p_"proof"_\\_x';
    const token = backstageToken({ payload: { uip } });
    const [, , signature] = token.split('.');
    const secrets = tokenSecrets(token);
    expect(secrets).toContain(uip);
    // Built without the token, so nothing is redacted before formatting.
    const bundle = buildSupportBundle(
      input(token, {
        token: undefined,
        decoded: undefined,
        findings: [
          {
            id: 'x',
            severity: 'problem',
            title: `uip ${uip}`,
            detail: `signature ${signature}`,
          },
        ],
        timeline: [{ type: 'failure', at: NOW, detail: `saw ${uip}` }],
        environment: { config: { note: uip } },
      }),
    );
    const md = formatBundleMarkdown(bundle, secrets);
    const json = formatBundleJson(bundle, secrets);
    for (const out of [md, json]) {
      for (const form of [
        uip,
        JSON.stringify(uip).slice(1, -1),
        uip.replace(/([\\`*_[\]|<>#])/g, '\\$1'),
        'u\\_i\\_p',
      ]) {
        expect(out).not.toContain(form);
      }
    }
    expect(md).toContain('uip [redacted]');
    expect(JSON.parse(json).environment.config.note).toBe('[redacted]');
  });

  it('lists the token, its header.payload and its uip as known secrets', () => {
    const token = backstageToken();
    const [h, p, s] = token.split('.');
    expect(tokenSecrets(token)).toEqual(
      expect.arrayContaining([
        token,
        `${h}.${p}`,
        h,
        p,
        s,
        'dXNlci1pZGVudGl0eS1wcm9vZg',
      ]),
    );
  });

  it('keeps uip and secret-shaped claims out, keeps the URLs that receive the token', () => {
    const token = backstageToken({
      payload: {
        ent: ['group:default/team-a'],
        gitlab: 'glpat-Ab1',
        inner: 'eyJhbGciOiJub25lIn0.eyJ4IjoxfQ.',
        short_opaque: 'k3j4h5g6f7d8s9a0p1o2',
      },
    });
    const bundle = buildSupportBundle(
      input(token, {
        environment: {
          pageUrl: 'https://u:p@app.example/my-access?code=x',
          backendBaseUrl: 'https://svc:pw@backend.example',
          config: {
            'fetch API sends the token to': [
              'http://127.0.0.1:7007',
              'https://svc:pw@search.example/api/search',
            ],
            'discovery.endpoints': [
              { target: 'https://bot:hunter2@proxy.example/api/{{pluginId}}' },
            ],
          },
        },
      }),
    );
    const json = formatBundleJson(bundle, tokenSecrets(token));
    for (const secret of [
      'dXNlci1pZGVudGl0eS1wcm9vZg',
      'glpat-Ab1',
      'eyJhbGciOiJub25lIn0',
      'k3j4h5g6f7d8s9a0p1o2',
      'svc:pw',
      'hunter2',
      'u:p@',
    ]) {
      expect(json).not.toContain(secret);
    }
    expect(bundle.environment).toMatchObject({
      pageUrl: 'https://app.example/my-access',
      backendBaseUrl: 'https://[redacted]@backend.example',
      config: {
        'fetch API sends the token to': [
          'http://127.0.0.1:7007',
          'https://[redacted]@search.example/api/search',
        ],
        'discovery.endpoints': [
          { target: 'https://[redacted]@proxy.example/api/{{pluginId}}' },
        ],
      },
    });
    expect(bundle.claims?.payload).toMatchObject({
      uip: '[redacted]',
      ent: ['group:default/team-a'],
    });
  });

  it('holds the provider sessions as the card showed them, with times in ISO and no token in their claims', () => {
    const token = backstageToken();
    const planted = backstageToken({ payload: { sub: 'user:default/eve' } });
    const bundle = buildSupportBundle(
      input(token, {
        providerSessions: [
          {
            providerId: 'oidc',
            title: 'Local IdP',
            kind: 'oauth',
            usedForBackstage: true,
            state: 'signedIn',
            profile: { displayName: 'Alice', email: 'alice@example.com' },
            backstageExpiresAtMs: NOW + 3_600_000,
            idToken: {
              status: 'decoded',
              claims: {
                iss: 'http://127.0.0.1:7010',
                sub: 'alice',
                aud: 'backstage',
                exp: NOW / 1000 + 600,
                groups: ['team-a'],
                // What a hostile or careless IdP may put in an ID token.
                nested_token: planted,
                uip: 'dXNlci1pZGVudGl0eS1wcm9vZg',
                access_token: 'opaque-but-named-a-token',
                note: `Bearer ${planted}`,
              },
            },
          },
          {
            providerId: 'guest',
            title: 'Guest',
            kind: 'guest',
            state: 'noSession',
          },
        ],
      }),
    );
    expect(bundle.version).toBe(3);
    expect(bundle.providerSessions).toEqual([
      {
        providerId: 'oidc',
        title: 'Local IdP',
        kind: 'oauth',
        usedForBackstage: true,
        state: 'signedIn',
        profile: { displayName: 'Alice', email: 'alice@example.com' },
        backstageExpiresAt: '2027-01-15T09:00:00.000Z',
        idToken: {
          status: 'decoded',
          claims: {
            iss: 'http://127.0.0.1:7010',
            sub: 'alice',
            aud: 'backstage',
            exp: NOW / 1000 + 600,
            groups: ['team-a'],
            nested_token: '[hidden: JWT]',
            uip: '[hidden: limited-token signature]',
            access_token: '[hidden: secret]',
            note: '[hidden: secret]',
          },
        },
      },
      {
        providerId: 'guest',
        title: 'Guest',
        kind: 'guest',
        state: 'noSession',
      },
    ]);
    const json = formatBundleJson(bundle, bundleSecrets(input(token)));
    expect(json).not.toContain(planted);
    expect(json).not.toContain(planted.split('.')[2]);
    expect(json).not.toContain('dXNlci1pZGVudGl0eS1wcm9vZg');
    expect(json).not.toContain('opaque-but-named-a-token');
    const markdown = formatBundleMarkdown(bundle);
    expect(markdown).toContain('## Provider sessions');
    expect(markdown).not.toContain(planted);
  });

  it('says the provider sessions were not provided when the page gave none', () => {
    const token = backstageToken();
    const bundle = buildSupportBundle(input(token));
    expect(bundle).not.toHaveProperty('providerSessions');
    expect(formatBundleMarkdown(bundle)).toMatch(
      /## Provider sessions\n\nNot provided\./,
    );
  });

  it('holds the rules a resource permission’s conditional decision can use, from the permission table', () => {
    const token = backstageToken();
    const rule = (name: string) => ({
      name,
      description: `${name} rule`,
      resourceType: 'catalog-entity',
      paramsSchema: {},
    });
    const refresh = {
      type: 'resource' as const,
      name: 'catalog.entity.refresh',
      attributes: {},
      resourceType: 'catalog-entity',
    };
    const create = {
      type: 'basic' as const,
      name: 'catalog.entity.create',
      attributes: { action: 'create' as const },
    };
    const permissions = summarizePermissions({
      enabled: true,
      pluginIds: ['catalog'],
      plugins: [],
      resourceTypes: [],
      resourceChecks: {},
      rows: [
        {
          key: 'catalog:catalog.entity.refresh',
          pluginId: 'catalog',
          name: refresh.name,
          type: 'resource',
          resourceType: 'catalog-entity',
          permission: refresh,
          rules: [rule('IS_ENTITY_OWNER'), rule('HAS_LABEL')],
          decision: 'DENY',
          resourceRef: 'component:default/a',
        },
        {
          key: 'catalog:catalog.entity.create',
          pluginId: 'catalog',
          name: create.name,
          type: 'basic',
          permission: create,
          rules: [],
          decision: 'DENY',
        },
      ],
    });
    const bundle = buildSupportBundle(input(token, { permissions }));
    expect(bundle.permissions).toEqual({
      enabled: true,
      errors: [],
      decisions: [
        {
          pluginId: 'catalog',
          name: 'catalog.entity.refresh',
          decision: 'DENY',
          resourceRef: 'component:default/a',
          resourceType: 'catalog-entity',
          rules: ['IS_ENTITY_OWNER', 'HAS_LABEL'],
        },
        {
          pluginId: 'catalog',
          name: 'catalog.entity.create',
          decision: 'DENY',
          resourceRef: null,
        },
      ],
    });
  });

  it('says when the checks were evaluated', () => {
    const token = backstageToken();
    const evaluated = NOW - 5 * 60_000;
    const bundle = buildSupportBundle(
      input(token, { checksEvaluatedAtMs: evaluated }),
    );
    expect(bundle.checks.map(c => c.evaluatedAt)).toEqual([
      '2027-01-15T07:55:00.000Z',
      '2027-01-15T07:55:00.000Z',
    ]);
    const md = formatBundleMarkdown(bundle);
    expect(md).toContain(
      '## Checks\n\nEvaluated at 2027-01-15T07:55:00.000Z: relative times below are as of then.',
    );
  });

  it('holds what was pasted, redacted, with its diagnosis, and never a pasted token', () => {
    const session = backstageToken();
    const pasted = backstageToken({
      issuedAt: NOW / 1000 - 7200,
      payload: { uip: 'cGFzdGVkLXVpcC1wcm9vZi12YWx1ZQ', note: 'pasted claim' },
    });
    const pastedText = `Authorization: Bearer ${pasted}`;
    const errorText =
      '{"error":{"name":"AuthenticationError","message":"Missing credentials"},"request":{"headers":{"x-api-key":"k_1"}},"token":"ghp_Zz9"}';
    const hostile = input(session, {
      pasted: {
        token: {
          text: pastedText,
          evaluatedAtMs: NOW,
          diagnosis: diagnosePastedToken(pastedText, { nowMs: NOW }),
        },
        error: {
          text: errorText,
          evaluatedAtMs: NOW + 1000,
          finding: explainErrorBody(errorText),
        },
      },
    });
    const bundle = buildSupportBundle(hostile);
    expect(bundle.pastedToken).toMatchObject({
      evaluatedAt: '2027-01-15T08:00:00.000Z',
      kind: 'backstage',
      checks: expect.arrayContaining([
        expect.objectContaining({
          id: 'exp',
          severity: 'problem',
          evaluatedAt: '2027-01-15T08:00:00.000Z',
        }),
      ]),
      header: { typ: 'vnd.backstage.user' },
      claims: {
        sub: 'user:default/alice',
        note: 'pasted claim',
        uip: '[redacted]',
      },
    });
    expect(bundle.pastedError).toMatchObject({
      evaluatedAt: '2027-01-15T08:00:01.000Z',
      check: { evaluatedAt: '2027-01-15T08:00:01.000Z' },
    });
    expect(bundle.pastedError?.text).toContain('Missing credentials');
    const outputs = [
      formatBundleJson(bundle, bundleSecrets(hostile)),
      formatBundleMarkdown(bundle, bundleSecrets(hostile)),
    ];
    for (const out of outputs) {
      for (const secret of [
        pasted,
        ...pasted.split('.'),
        'cGFzdGVkLXVpcC1wcm9vZi12YWx1ZQ',
        'k_1',
        'ghp_Zz9',
      ]) {
        expect(out).not.toContain(secret);
      }
    }
    const md = outputs[1];
    expect(md).toContain('## Pasted token');
    expect(md).toContain('The token itself is not included.');
    expect(md).toContain('## Pasted error');
    expect(md).toContain('Missing credentials');
  });

  it('says nothing was pasted', () => {
    const token = backstageToken();
    const md = formatBundleMarkdown(buildSupportBundle(input(token)));
    expect(md).toContain('## Pasted token\n\nNothing pasted.');
    expect(md).toContain('## Pasted error\n\nNothing pasted.');
  });
});

describe('explainPasted', () => {
  it('reads and explains what was pasted at the given time, for the paste box and the bundle alike', () => {
    expect(pastedForBundle(explainPasted(' ', { nowMs: NOW }))).toBe(undefined);
    const token = backstageToken({ issuedAt: NOW / 1000 - 60 });
    const pastedToken = explainPasted(token, { nowMs: NOW });
    expect(pastedToken.read.kind).toBe('token');
    expect(pastedToken.error).toBeUndefined();
    expect(pastedForBundle(pastedToken)).toEqual({
      token: {
        text: token,
        evaluatedAtMs: NOW,
        diagnosis: diagnosePastedToken(token, { nowMs: NOW }),
      },
    });
    const pastedError = explainPasted('nope', { nowMs: NOW });
    expect(pastedError.token).toBeUndefined();
    expect(pastedForBundle(pastedError)).toEqual({
      error: {
        text: 'nope',
        evaluatedAtMs: NOW,
        finding: explainErrorBody('nope'),
      },
    });
  });
});
