/**
 * @jest-environment node
 */
import {
  classifySignInFailure,
  type SignInFailureContext,
} from '../../src/shared/logic/signInFailures';
import { signInHelpMessages } from '../../src/shared/translations/signInHelpMessages';
import {
  explainPastedText,
  readPastedText,
} from '../../src/myAccess/doctor/logic/errorBodies';
import { extractMessages } from './extractMessages';
import {
  buildInventory,
  readAnnotations,
  readInventory,
  REPO_ROOT,
  type Annotation,
  type InventoryEntry,
  type Wrapper,
} from './inventory';
import { exampleTexts, wrap, type WrappedText } from './wrappers';

// Findings that say "this page does not know this text" or only repeat the
// status: a user-facing message must get a more specific one.
const GENERIC = new Set([
  'unknown',
  'pastedUnknown',
  'errorOther',
  'idpOther',
  'errorAuthentication',
  'errorNotAllowed',
]);

const extracted = extractMessages(REPO_ROOT);
const inventory = readInventory();
const annotations = readAnnotations();

describe('the inventory of messages (test/inventory/messages.json)', () => {
  it('has every message the installed packages write on the sign-in, token, session and permission paths', () => {
    const known = new Set(
      inventory.messages.map(m => `${m.package}\0${m.file}\0${m.message}`),
    );
    const added = extracted
      .filter(m => !known.has(`${m.package}\0${m.file}\0${m.message}`))
      .map(m => `${m.package}@${m.version} ${m.file}: ${m.message}`);
    // A Backstage upgrade lands here: run `npm run inventory`, then annotate
    // each new text in test/inventory/annotations.json.
    expect(added).toEqual([]);
  });

  it('is what `npm run inventory` writes (regenerate after an upgrade)', () => {
    expect(buildInventory(extracted, annotations)).toEqual(inventory);
  });

  it('reads real packages: the texts the issue names are in it', () => {
    const texts = new Set(extracted.map(m => m.message));
    expect(texts).toContain('Missing credentials');
    expect(texts).toContain('Failed to fetch jwks.json, ${res.status}');
    expect(texts).toContain('Login failed, rejected by user');
    expect(texts).toContain(
      'expected ${statusCode} ${STATUS_CODES[statusCode]}, got: ${response.statusCode} ${STATUS_CODES[response.statusCode]}',
    );
    expect(extracted.length).toBeGreaterThan(200);
  });

  it('annotates every message, with a finding that exists and is not generic', () => {
    const findings = signInHelpMessages.findings as Record<string, unknown>;
    const problems = inventory.messages.flatMap(m => {
      const a = m.annotation;
      if (!a) return [`not annotated: ${m.message}`];
      if ('notUserFacing' in a) {
        return a.notUserFacing.length > 20 ? [] : [`no reason: ${m.message}`];
      }
      const id = 'finding' in a ? a.finding : a.family;
      const ids = [
        id,
        ...('finding' in a ? (a.examples ?? []) : []).flatMap(e =>
          typeof e === 'string' ? [] : [e.finding],
        ),
      ];
      return ids.flatMap(i => [
        ...(findings[i] ? [] : [`unknown finding ${i}: ${m.message}`]),
        ...('finding' in a && GENERIC.has(i)
          ? [`generic finding ${i}: ${m.message}`]
          : []),
      ]);
    });
    expect(problems).toEqual([]);
  });
});

const CONTEXT = {
  pageOrigin: 'https://backstage.example.com',
  appBaseUrl: 'https://backstage.example.com',
  authBaseUrl: 'https://backstage.example.com/api/auth',
  environment: 'production',
};

/** The provider a module's or strategy's message is about. */
const PROVIDER_OF: Record<string, string> = {
  'aws-alb': 'awsalb',
  'gcp-iap': 'gcpIap',
  'cloudflare-access': 'cfaccess',
  'azure-easyauth': 'azureEasyAuth',
  'oauth2-proxy': 'oauth2Proxy',
  'openid-client': 'oidc',
  'passport-github2': 'github',
  'passport-gitlab2': 'gitlab',
  'passport-google-oauth20': 'google',
  'passport-microsoft': 'microsoft',
  'passport-bitbucket-oauth2': 'bitbucket',
  'passport-atlassian-oauth2': 'atlassian',
  'passport-onelogin-oauth': 'onelogin',
  'passport-auth0': 'auth0',
  'passport-oauth2': 'oauth2',
};

function providerOf(entry: InventoryEntry): string {
  const module = /plugin-auth-backend-module-(.+)-provider$/.exec(
    entry.package,
  )?.[1];
  if (module) return PROVIDER_OF[module] ?? module;
  return PROVIDER_OF[entry.package] ?? '';
}

function explainWrapped(w: WrappedText, providerId: string): string {
  if (w.wrapper === 'direct') {
    return classifySignInFailure(w.failure!, {
      ...CONTEXT,
      providerId,
      providerTitle: providerId || 'Backstage',
    } as SignInFailureContext).id;
  }
  return explainPastedText(readPastedText(w.text), undefined, {
    ...CONTEXT,
    ...(providerId && { providerId }),
  }).id;
}

type Case = [string, string, string, Wrapper | 'direct', string];

function cases(): Case[] {
  const seen = new Set<string>();
  return inventory.messages.flatMap(entry => {
    const a: Annotation | undefined = entry.annotation;
    if (!a || !('finding' in a)) return [];
    return exampleTexts(entry, a).flatMap(({ text, finding }) =>
      wrap(entry, text, providerOf(entry), a.seenIn).flatMap(w => {
        const key = `${text}\0${w.wrapper}\0${providerOf(entry)}`;
        if (seen.has(key)) return [];
        seen.add(key);
        return [
          [
            `${entry.package}/${entry.file}`,
            text,
            finding,
            w.wrapper,
            explainWrapped(w, providerOf(entry)),
          ] as Case,
        ];
      }),
    );
  });
}

describe('every user-facing message, in every wrapper it is pasted in, gets its own finding', () => {
  const all = cases();

  it('covers every user-facing message', () => {
    expect(all.length).toBeGreaterThan(400);
  });

  it.each(all)('%s: "%s" is %s (%s)', (_source, _text, finding, _w, got) => {
    expect(got).toBe(finding);
  });
});

describe('a wrapper whose inner text is unknown gets its family, quoting the text', () => {
  const families = inventory.messages.filter(
    m => m.annotation && 'family' in m.annotation,
  );

  it.each(families.map(m => [m.message, m]))('%s', (_m, entry) => {
    const e = entry as InventoryEntry;
    const a = e.annotation as { family: string };
    const text = e.message.replace(/\$\{[^}]*\}/, 'frobnication_refused');
    const finding = explainPastedText(readPastedText(text), undefined, {
      ...CONTEXT,
      providerId: 'oidc',
    });
    expect(finding.id).toBe(a.family);
    expect(`${finding.title} ${finding.detail}`).toContain(
      'frobnication_refused',
    );
  });
});
