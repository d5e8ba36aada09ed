/**
 * @jest-environment node
 */
/* eslint-disable jest/expect-expect -- assertions live in helpers */
import fc from 'fast-check';
import {
  bundleSecrets,
  buildSupportBundle,
  diagnosePastedToken,
  explainErrorBody,
  formatBundleJson,
  formatBundleMarkdown,
  type SupportBundleInput,
} from '../../src/myAccess/doctor/logic';
import { redactText } from '../../src/myAccess/logic';
import { decodeToken } from '../../src/shared/logic/token';
import { backstageToken, base64UrlEncode } from '../builders/tokens';
import { assertNoPrototypePollution, propertyBudget } from './propertyRuns';

const budget = propertyBudget('secrets');

const NOW = Date.parse('2027-01-15T08:00:00Z');

const chars = (alphabet: string, minLength: number, maxLength: number) =>
  fc
    .array(fc.constantFrom(...alphabet.split('')), { minLength, maxLength })
    .map(a => a.join(''));
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const DIGITS = '0123456789';
const ALNUM = LOWER + UPPER + DIGITS;
const B64URL = `${ALNUM}_-`;

/**
 * A value only its context marks as secret (after `Bearer `, `x-uip: `, in
 * a URL's userinfo): letters alone, which no shape would catch, and at
 * least 8 of them, so finding it in the output is no coincidence.
 */
const contextValue = chars(LOWER, 8, 24);

/** Every secret shape the bundle must catch by its looks, any length. */
const shapedSecret = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('', 'acme-'),
      fc.constantFrom(
        'glpat',
        'gloas',
        'gldt',
        'glrt',
        'glcbt',
        'glptt',
        'glft',
        'glimt',
        'glagent',
        'glsoat',
        'glffct',
      ),
      chars(`${ALNUM}_-`, 1, 30),
      fc.constantFrom('', '.01.', '.1a.'),
      chars(ALNUM, 0, 10),
    )
    .map(
      ([instance, prefix, a, dot, b]) => `${instance}${prefix}-${a}${dot}${b}`,
    ),
  fc
    .tuple(
      fc.constantFrom('ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'),
      chars(ALNUM, 1, 40),
    )
    .map(([p, body]) => p + body),
  chars(`${ALNUM}_`, 1, 60).map(body => `github_pat_${body}`),
  fc
    .tuple(
      chars(B64URL, 1, 40),
      fc.constantFrom('', '.', '.c.'),
      chars(B64URL, 0, 20),
    )
    .map(([a, dot, b]) => `ya29.${a}${dot}${b}`),
  chars(UPPER + DIGITS, 1, 16).map(body => `AKIA${body}`),
  fc
    .oneof(
      chars(`${UPPER}234567`, 16, 16),
      fc
        .tuple(
          chars(UPPER, 0, 8),
          chars(DIGITS, 1, 2),
          chars(UPPER + DIGITS, 0, 6),
        )
        .map(([a, d, b]) => a + d + b),
    )
    .map(body => `ASIA${body}`),
  fc
    .tuple(
      fc.constantFrom('xoxb-', 'xoxp-', 'xoxa-', 'xoxs-'),
      chars(`${ALNUM}-`, 1, 40),
    )
    .map(([p, body]) => p + body),
  // Opaque refresh tokens: lowercase letters and digits, both present.
  fc
    .tuple(
      chars(LOWER + DIGITS, 18, 50),
      fc.constantFrom(...LOWER),
      fc.constantFrom(...DIGITS),
    )
    .map(([body, letter, digit]) => `${letter}${body}${digit}`),
  // JWTs: signed, unsigned, truncated anywhere after "eyJ".
  fc
    .tuple(
      fc.dictionary(chars(LOWER, 1, 5), fc.oneof(fc.string(), fc.integer()), {
        maxKeys: 3,
      }),
      fc.constantFrom('signed', 'unsigned', 'truncated'),
      chars(B64URL, 8, 40),
      fc.nat(),
    )
    .map(([payload, kind, sig, cut]) => {
      const jwt = `${base64UrlEncode(JSON.stringify({ alg: 'ES256', typ: 'JWT' }))}.${base64UrlEncode(JSON.stringify(payload))}.`;
      if (kind === 'unsigned') return jwt;
      const signed = jwt + sig;
      return kind === 'signed'
        ? signed
        : signed.slice(0, 3 + (cut % (signed.length - 3)));
    }),
);

/** A secret in the context that marks it, and the part that must go. */
const contextSecret = fc.oneof(
  fc
    .tuple(fc.constantFrom('Bearer ', 'bearer ', 'Bearer: '), contextValue)
    .map(([scheme, v]) => ({ text: `${scheme}${v}`, secret: v })),
  fc
    .tuple(
      fc.constantFrom('Authorization: Basic ', 'authorization="Basic '),
      contextValue,
    )
    .map(([head, v]) => ({ text: `${head}${v}`, secret: v })),
  fc
    .tuple(
      fc.constantFrom(
        'x-uip',
        'uip',
        'X-Auth-Token',
        'password',
        'client_secret',
        'refresh_token',
        'accessToken',
      ),
      fc.constantFrom(': ', '=', '": "', ':'),
      contextValue,
    )
    .map(([key, sep, v]) => ({ text: `${key}${sep}${v}`, secret: v })),
);

/** URLs carrying secrets in their userinfo and query. */
const urlWithSecrets = fc
  .tuple(
    fc.constantFrom('https', 'http', 'git+ssh'),
    contextValue,
    contextValue,
    fc.domain(),
    shapedSecret,
    fc.constantFrom('q', 'state', 'next', 'access_token'),
  )
  .map(([scheme, user, password, host, secret, key]) => ({
    url: `${scheme}://${user}:${password}@${host}/api/x?${key}=${encodeURIComponent(secret)}&ok=1`,
    secrets: [`${user}:${password}`, password, secret],
  }));

// Characters around a secret that end a token in any text: whitespace,
// quotes, brackets and URL punctuation.
const delimiter = fc.constantFrom(
  ' ',
  '\n',
  '\t',
  '"',
  "'",
  '(',
  ')',
  '<',
  '>',
  '[',
  ']',
  '{',
  '}',
  ',',
  ';',
  '&',
  '?',
  '#',
  '|',
  '`',
  '=',
);

const anySecret = fc.oneof(
  shapedSecret.map(secret => ({ text: secret, secret })),
  contextSecret,
);

/** What must not be in the output: the secret and each long part of it. */
function pieces(secret: string): string[] {
  return [secret, ...secret.split(/[._-]/).filter(part => part.length >= 8)];
}

function unescapeMarkdown(md: string): string {
  return md.replace(/\\([\\`*_[\]|<>#])/g, '$1');
}

function expectAbsent(outputs: string[], secrets: string[]) {
  for (const output of outputs) {
    for (const secret of secrets.flatMap(pieces)) {
      if (output.includes(secret)) {
        throw new Error(`leaked ${JSON.stringify(secret)} in:\n${output}`);
      }
    }
  }
}

function outputsOf(input: SupportBundleInput): string[] {
  const bundle = buildSupportBundle(input);
  const secrets = bundleSecrets(input);
  const json = formatBundleJson(bundle, secrets);
  const md = formatBundleMarkdown(bundle, secrets);
  // Escaping must not be what hides a secret: check the unescaped text too.
  return [json, md, unescapeMarkdown(md)];
}

function baseInput(token: string): SupportBundleInput {
  const decoded = decodeToken(token);
  if (!decoded.ok) throw new Error('the session token must decode');
  return {
    generatedAtMs: NOW,
    checksEvaluatedAtMs: NOW,
    environment: { userAgent: 'jest' },
    findings: [],
    decoded: { header: decoded.token.header, payload: decoded.token.payload },
    timeline: [],
    token,
  };
}

describe('no generated secret survives into either bundle format', () => {
  const session = backstageToken({ issuedAt: NOW / 1000 - 60 });

  it('in every text field: checks, evidence, timeline, errors, a pasted error body', () => {
    budget.check(
      fc.property(anySecret, delimiter, delimiter, (secret, d1, d2) => {
        const text = `${d1}${secret.text}${d2}`;
        const input: SupportBundleInput = {
          ...baseInput(session),
          findings: [
            {
              id: text,
              severity: 'problem',
              title: text,
              detail: text,
              fix: text,
              evidence: [{ label: text, value: text }],
            },
          ],
          timeline: [{ type: 'failure', at: NOW, detail: text }],
          groups: { userEntityRef: text, errors: [text] },
          permissions: { errors: [text] },
          pasted: {
            error: {
              text,
              evaluatedAtMs: NOW,
              finding: explainErrorBody(text),
            },
          },
        };
        expectAbsent(outputsOf(input), [secret.secret]);
        assertNoPrototypePollution();
      }),
      0.3,
    );
  });

  it('in arbitrary text around a delimited secret', () => {
    budget.check(
      fc.property(
        fc.string({ maxLength: 30 }),
        delimiter,
        anySecret,
        delimiter,
        fc.string({ maxLength: 30 }),
        (before, d1, secret, d2, after) => {
          // "bearer" or a key at the end of the text before is context too:
          // only the secret itself must go.
          const text = `${before}${d1}${secret.text}${d2}${after}`;
          const input: SupportBundleInput = {
            ...baseInput(session),
            findings: [
              { id: 'x', severity: 'warning', title: text, detail: text },
            ],
            timeline: [{ type: 'failure', at: NOW, detail: text }],
          };
          expectAbsent(outputsOf(input), [secret.secret]);
        },
      ),
      0.2,
    );
  });

  it('in JSON: nested values, keys, claims of the session and of a pasted token', () => {
    budget.check(
      fc.property(
        shapedSecret,
        anySecret,
        fc.string({ maxLength: 10 }),
        fc.integer({ min: 0, max: 4 }),
        (asKey, asValue, name, depth) => {
          let nested: unknown = {
            [name || 'v']: asValue.text,
            [asKey]: 'a key',
          };
          for (let i = 0; i < depth; i++) nested = { [`level${i}`]: [nested] };
          const session2 = backstageToken({
            issuedAt: NOW / 1000 - 60,
            payload: { custom: nested, [asKey]: asValue.text },
          });
          const pasted = backstageToken({
            issuedAt: NOW / 1000 - 7200,
            payload: { note: asValue.text, [asKey]: nested },
          });
          const input: SupportBundleInput = {
            ...baseInput(session2),
            environment: {
              config: { nested, [asKey]: asValue.text },
              pluginBaseUrls: { [asKey]: 'http://127.0.0.1:7007/api/x' },
            },
            groups: { errors: [JSON.stringify(nested)] },
            permissions: {
              decisions: [
                { name: asKey, decision: 'DENY', resourceRef: asValue.text },
              ],
            },
            pasted: {
              token: {
                text: `Bearer ${pasted}`,
                evaluatedAtMs: NOW,
                diagnosis: diagnosePastedToken(pasted, { nowMs: NOW }),
              },
            },
          };
          expectAbsent(outputsOf(input), [
            asKey,
            asValue.secret,
            pasted,
            ...pasted.split('.'),
          ]);
          assertNoPrototypePollution();
        },
      ),
      0.3,
    );
  });

  it('in URLs: userinfo and query of every URL', () => {
    budget.check(
      fc.property(urlWithSecrets, urlWithSecrets, urlWithSecrets, (a, b, c) => {
        const input: SupportBundleInput = {
          ...baseInput(session),
          environment: {
            pageUrl: a.url,
            appBaseUrl: b.url,
            backendBaseUrl: c.url,
            authBaseUrl: a.url,
            pluginBaseUrls: { catalog: b.url },
            config: {
              'fetch API sends the token to': [a.url, b.url],
              'discovery.endpoints': [{ target: c.url, plugins: ['*'] }],
            },
          },
          findings: [
            {
              id: 'x',
              severity: 'problem',
              title: `GET ${a.url} 401`,
              detail: b.url,
            },
          ],
          timeline: [{ type: 'failure', at: NOW, detail: `fetch ${c.url}` }],
        };
        expectAbsent(outputsOf(input), [
          ...a.secrets,
          ...b.secrets,
          ...c.secrets,
        ]);
      }),
      0.1,
    );
  });

  it('keeps English words, entity refs, UUIDs and plain URLs readable', () => {
    budget.check(
      fc.property(
        fc.array(
          fc.oneof(
            fc.lorem({ maxCount: 1 }),
            fc
              .lorem({ maxCount: 1 })
              .map(w => w.charAt(0).toUpperCase() + w.slice(1)),
            fc.lorem({ maxCount: 3 }).map(w => w.replace(/ /g, '-')),
            fc.uuid(),
            fc
              .array(fc.lorem({ maxCount: 1 }), { minLength: 1, maxLength: 3 })
              .map(labels => `https://${labels.join('.')}.example/api/catalog`),
            chars(LOWER, 1, 12).map(n => `group:default/${n}`),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        words => {
          const text = words.join(' ');
          if (redactText(text) !== text) {
            throw new Error(`made unreadable: ${text} -> ${redactText(text)}`);
          }
        },
      ),
      0.1,
    );
  });
});
