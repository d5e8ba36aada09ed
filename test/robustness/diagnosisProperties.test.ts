/**
 * @jest-environment node
 */
/* eslint-disable jest/no-conditional-expect, jest/no-standalone-expect, jest/expect-expect, no-script-url -- properties check whichever outcome a generated case has; javascript: URLs are hostile input */
import fc from 'fast-check';
import { ConfigReader } from '@backstage/config';
import {
  checkClockSkew,
  checkEnvironment,
  checkTokenIdentity,
  checkTokenInjection,
  checkTokenLength,
  checkTokenTimes,
  classifyCookieProbe,
  classifyPluginProbe,
  createTokenInjectionMatcher,
  diagnoseBackstageToken,
  diagnosePastedToken,
  explainBackstageError,
  explainErrorBody,
  readBackstageErrorBody,
  readProbePlugins,
  readTokenInjectionConfig,
  type PluginProbe,
} from '../../src/myAccess/doctor/logic';
import {
  countFindings,
  FINDING_SEVERITIES,
  sortFindings,
  type Finding,
} from '../../src/shared/findings/logic';
import {
  bundleSecrets,
  buildSupportBundle,
  formatBundleJson,
  formatBundleMarkdown,
} from '../../src/myAccess/doctor/logic';
import {
  redactText,
  redactValue,
  tokenSecrets,
} from '../../src/myAccess/logic';
import type { SessionEvent } from '../../src/shared/timeline';
import { decodeToken, readBackstageClaims } from '../../src/shared/logic/token';
import { encodeJwt } from '../builders/tokens';
import {
  claimsLike,
  headerLike,
  hostileString,
  jsonObject,
  jsonValue,
  signature,
  tokenLike,
  wellFormedToken,
} from './arbitraries';
import { hostileTokens } from './hostileTokens';
import { assertNoPrototypePollution, propertyBudget } from './propertyRuns';

const budget = propertyBudget('diagnosis');

function expectFindings(findings: Finding[]) {
  for (const f of findings) {
    // The doctor's severities now include `info` and `unknown` ("could not tell").
    expect(FINDING_SEVERITIES).toContain(f.severity);
    expect(typeof f.id).toBe('string');
    expect(typeof f.title).toBe('string');
    expect(typeof f.detail).toBe('string');
    // An unfilled {{param}} means a rule forgot to pass what its message quotes.
    expect(`${f.title} ${f.detail} ${f.fix ?? ''}`).not.toMatch(/\{\{\w+\}\}/);
    for (const e of f.evidence ?? []) expect(typeof e.value).toBe('string');
  }
  const counts = countFindings(findings);
  expect(FINDING_SEVERITIES.reduce((n, s) => n + counts[s], 0)).toBe(
    findings.length,
  );
  expect(sortFindings(findings)).toHaveLength(findings.length);
  assertNoPrototypePollution();
}

/** The token's secret parts: whole token, payload and signature. */
function secretParts(token: string): string[] {
  const [, payload, sig] = token.split('.');
  return [token, payload, sig].filter(p => p && p.length >= 8);
}

const nowMs = fc.integer({ min: 0, max: 4_000_000_000_000 });
const urlish = fc.oneof(
  fc.webUrl(),
  hostileString,
  fc.constantFrom(
    'http://127.0.0.1:7007',
    'https://backstage.example.com',
    'http://[::1]:3000',
    'file:///etc/passwd',
    'javascript:alert(1)',
  ),
);

describe('every 401 doctor rule under generated input', () => {
  it('diagnoses any session token without quoting it', () => {
    budget.check(
      fc.property(
        fc.oneof(
          wellFormedToken.map(t => t.token),
          tokenLike,
        ),
        nowMs,
        fc.option(urlish, { nil: undefined }),
        (token, now, authBaseUrl) => {
          const findings = diagnoseBackstageToken({
            token,
            nowMs: now,
            authBaseUrl,
            authBaseUrlError: authBaseUrl ? undefined : 'x',
          });
          expectFindings(findings);
          const text = JSON.stringify(findings);
          const sig = token.split('.')[2];
          if (sig && sig.length >= 24) expect(text).not.toContain(sig);
        },
      ),
      0.12,
    );
  });

  it('checks identity, times and length for any claims', () => {
    budget.check(
      fc.property(
        headerLike,
        claimsLike,
        nowMs,
        fc.option(urlish, { nil: undefined }),
        fc.integer({ min: -1, max: 10_000_000 }),
        (header, payload, now, authBaseUrl, length) => {
          const claims = readBackstageClaims({
            header,
            payload,
            length: 1,
            hasSignature: true,
          });
          expectFindings(checkTokenIdentity(claims, { authBaseUrl }));
          expectFindings(checkTokenTimes(claims, now));
          expectFindings([checkTokenLength(length)]);
        },
      ),
      0.1,
    );
  });

  it('diagnoses any pasted text offline', () => {
    budget.check(
      fc.property(
        fc.oneof(
          wellFormedToken.map(t => t.token),
          tokenLike,
          hostileString,
        ),
        fc.constantFrom('', 'Bearer ', '"Bearer ', 'Authorization: bearer '),
        nowMs,
        (token, prefix, now) => {
          const diagnosis = diagnosePastedToken(`${prefix}${token}`, {
            nowMs: now,
          });
          expect(['empty', 'invalid', 'backstage', 'provider']).toContain(
            diagnosis.kind,
          );
          expectFindings(diagnosis.findings);
          const sig = token.split('.')[2];
          if (sig && sig.length >= 24)
            expect(JSON.stringify(diagnosis)).not.toContain(sig);
        },
      ),
      0.12,
    );
  });

  it('checks the environment for any URLs', () => {
    budget.check(
      fc.property(
        urlish,
        fc.option(urlish, { nil: undefined }),
        fc.option(urlish, { nil: undefined }),
        (pageUrl, appBaseUrl, backendBaseUrl) => {
          expectFindings(
            checkEnvironment({ pageUrl, appBaseUrl, backendBaseUrl }),
          );
        },
      ),
      0.08,
    );
  });

  it('explains any pasted error body and any error object', () => {
    budget.check(
      fc.property(
        fc.oneof(
          hostileString,
          jsonValue.map(v => JSON.stringify(v) ?? ''),
          fc
            .record({ name: hostileString, message: hostileString })
            .map(
              error =>
                `HTTP/1.1 401\n\n${JSON.stringify({ error, response: { statusCode: 401 } })}`,
            ),
          fc
            .record(
              { name: jsonValue, message: jsonValue, __proto__: jsonValue },
              { requiredKeys: [] },
            )
            .map(error => JSON.stringify({ error })),
        ),
        input => {
          expectFindings([explainErrorBody(input)]);
          let json: unknown;
          try {
            json = JSON.parse(input);
          } catch {
            json = undefined;
          }
          const body = readBackstageErrorBody(json);
          if (body) expectFindings([explainBackstageError(body)]);
        },
      ),
      0.1,
    );
  });

  const outcomeArb = fc.oneof(
    fc.record(
      {
        kind: fc.constant('response' as const),
        status: fc.integer({ min: 0, max: 999 }),
        errorName: hostileString,
        errorMessage: hostileString,
        expiresAt: hostileString,
        date: fc.oneof(
          hostileString,
          nowMs.map(ms => new Date(ms).toUTCString()),
        ),
      },
      { requiredKeys: ['kind', 'status'] },
    ),
    fc.record({
      kind: fc.constant('networkError' as const),
      message: hostileString,
    }),
  );
  const probeArb: fc.Arbitrary<PluginProbe> = fc.record(
    {
      pluginId: fc.oneof(
        fc.constantFrom('catalog', '__proto__'),
        hostileString,
      ),
      baseUrl: urlish,
      path: fc.constant('/.backstage/auth/v1/cookie'),
      outcome: outcomeArb,
      sentAtMs: nowMs,
      receivedAtMs: nowMs,
    },
    { requiredKeys: ['pluginId', 'baseUrl', 'path', 'outcome'] },
  );

  it('classifies any probe and measures skew from any answers', () => {
    budget.check(
      fc.property(fc.array(probeArb, { maxLength: 4 }), probes => {
        expectFindings(probes.map(p => classifyPluginProbe(p)));
        expectFindings(probes.map(p => classifyCookieProbe(p)));
        expectFindings([checkClockSkew(probes)]);
      }),
      0.1,
    );
  });

  it('reads any config for probes and token injection without throwing', () => {
    const configArb = fc.record(
      {
        backend: fc.record(
          { baseUrl: fc.oneof(urlish, jsonValue) },
          { requiredKeys: [] },
        ),
        discovery: fc.record({
          endpoints: fc.oneof(
            jsonValue,
            fc.array(
              fc.record(
                {
                  target: fc.oneof(
                    urlish,
                    fc.record({ internal: urlish, external: urlish }),
                    jsonValue,
                  ),
                  plugins: fc.oneof(
                    fc.array(
                      fc.oneof(fc.constantFrom('*', 'catalog'), hostileString),
                      { maxLength: 3 },
                    ),
                    jsonValue,
                  ),
                },
                { requiredKeys: [] },
              ),
              { maxLength: 3 },
            ),
          ),
        }),
        accessInspector: fc.record(
          {
            doctor: fc.record({
              probePlugins: fc.oneof(fc.array(hostileString), jsonValue),
            }),
            permissions: fc.record({
              plugins: fc.oneof(fc.array(hostileString), jsonValue),
            }),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    );
    budget.check(
      fc.property(configArb, urlish, (data, url) => {
        let config: ConfigReader;
        try {
          config = new ConfigReader(data as any);
        } catch {
          return; // ConfigReader itself refuses the data: the app would not start.
        }
        const ids = readProbePlugins(config);
        for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9_.-]*$/i);
        const injection = readTokenInjectionConfig(config);
        expect(typeof createTokenInjectionMatcher(injection)(url)).toBe(
          'boolean',
        );
        expectFindings([checkTokenInjection('catalog', url, injection)]);
      }),
      0.1,
    );
  });

  it('handles the hostile corpus in every token rule', () => {
    for (const { token } of hostileTokens) {
      expectFindings(
        diagnoseBackstageToken({
          token,
          nowMs: 1_800_000_000_000,
          authBaseUrl: 'http://127.0.0.1:7007/api/auth',
        }),
      );
      expectFindings(
        diagnosePastedToken(token, { nowMs: 1_800_000_000_000 }).findings,
      );
    }
  });
});

describe('support bundle redaction', () => {
  const EVENT_TYPES: SessionEvent['type'][] = [
    'sign-in',
    'refresh',
    'token-observed',
    'failure',
  ];

  /** Claims that embed the token, its parts and lookalikes in every place they could hide. */
  function hostileClaimsFor(token: string, extra: Record<string, unknown>) {
    const [, , sig] = token.split('.');
    return {
      ...extra,
      echo: token,
      bearer: `Authorization: Bearer ${token}`,
      nested: { deeper: [{ token }, `sig=${sig}`, `${sig}${sig}`] },
      [token]: 'the token as a key',
      [`key-${sig}`]: sig,
      __proto__: { polluted: token },
    };
  }

  it('lets no token text survive into the JSON or Markdown bundle', () => {
    budget.check(
      fc.property(
        wellFormedToken,
        jsonObject,
        fc.array(
          fc.record({
            type: fc.constantFrom(...EVENT_TYPES),
            at: nowMs,
            detail: hostileString,
          }),
          { maxLength: 4 },
        ),
        nowMs,
        ({ token, header }, extra, events, now) => {
          const hostilePayload = hostileClaimsFor(token, extra);
          const sessionToken = encodeJwt(
            header,
            hostilePayload,
            token.split('.')[2],
          );
          const decoded = decodeToken(sessionToken);
          if (!decoded.ok) throw new Error('generated token must decode');
          const findings = [
            ...diagnoseBackstageToken({ token: sessionToken, nowMs: now }),
            {
              id: token,
              severity: 'problem' as const,
              title: `token ${sessionToken}`,
              detail: token,
              evidence: [
                { label: sessionToken, value: `Bearer ${sessionToken}` },
              ],
            },
          ];
          const timeline = [
            ...events,
            {
              type: 'failure' as const,
              at: now,
              detail: `refresh failed for ${sessionToken}`,
            },
          ];
          const input = {
            generatedAtMs: now,
            environment: {
              pageUrl: `http://127.0.0.1:3000/my-access?token=${sessionToken}#${token}`,
              config: { 'app.token': sessionToken, 'any.key': token },
            },
            findings,
            decoded: {
              header: decoded.token.header,
              payload: decoded.token.payload,
            },
            groups: { userEntityRef: token, errors: [sessionToken] },
            permissions: {
              decisions: [
                { name: token, decision: 'ALLOW', resourceRef: sessionToken },
              ],
              errors: [`Bearer ${token}`],
            },
            timeline,
            token: sessionToken,
          };
          const bundle = buildSupportBundle(input);
          const outputs = [
            formatBundleJson(bundle, bundleSecrets(input)),
            formatBundleMarkdown(bundle, bundleSecrets(input)),
          ];
          for (const output of outputs) {
            // The session token, its payload and signature (which the embedded
            // token shares), and the embedded token as a whole.
            for (const secret of [...secretParts(sessionToken), token]) {
              expect(output).not.toContain(secret);
            }
          }
          assertNoPrototypePollution();
        },
      ),
      0.12,
    );
  });

  it('removes known secrets from any value, keeping __proto__ as a plain key', () => {
    budget.check(
      fc.property(
        jsonValue,
        signature,
        fc.constantFrom('', ' ', '"', '=', '/', 'x'),
        (value, secret, glue) => {
          const wrapped = {
            value,
            hidden: [`${glue}${secret}${glue}`],
            __proto__: { polluted: secret },
          };
          const out = JSON.stringify(
            redactValue(
              wrapped,
              tokenSecrets(`eyJhbGciOiJub25lIn0.${secret}.${secret}`),
            ),
          );
          expect(out).not.toContain(secret);
          assertNoPrototypePollution();
        },
      ),
      0.06,
    );
  });

  it('redacts JWTs in free text even when the token is not known', () => {
    budget.check(
      fc.property(
        wellFormedToken,
        fc.constantFrom(' ', '\n', '"', '(', ':', '=', '>'),
        hostileString,
        ({ token, signature: sig }, sep, around) => {
          const out = redactText(`${around}${sep}${token}${sep}${around}`);
          expect(out).not.toContain(sig);
        },
      ),
      0.1,
    );
  });
});
