/* eslint-disable no-script-url -- javascript: URLs are the hostile input */
// Security on the real stack. Before any Reveal click, nothing that replays
// the session (the token, its header.payload, its signature, its uip claim)
// is anywhere in the document — text or attributes — of the sign-in page, My
// Access with every panel open, or the banner; nor in what the copy buttons
// copy, the two support bundles, web storage, the console or a URL. Hostile
// values from a pasted token, the IdP's profile, the catalog and the
// Backstage identity render as text. axe finds no serious or critical
// violations on the sign-in page, My Access and the banner.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import {
  newContext,
  screenshot,
  sharedBrowser,
  signInWithIdp,
  urls,
} from '../browser.mjs';

const TIMEOUT = 30_000;

function b64url(text) {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** A token whose claims try to run script, navigate to javascript: and inject HTML. */
const XSS_TOKEN = [
  b64url(
    JSON.stringify({
      alg: 'ES256',
      typ: 'vnd.backstage.user',
      kid: '<b>kid</b>',
    }),
  ),
  b64url(
    JSON.stringify({
      iss: 'javascript:window.__xss=1',
      sub: '<img src=x onerror=window.__xss=1>',
      aud: 'backstage',
      exp: 4_000_000_000,
      iat: 1_700_000_000,
      name: '<script>window.__xss=1</script><b>bold</b>',
      picture: 'javascript:alert(1)',
      website: '"><svg onload=window.__xss=1>',
      groups: ['<iframe src="javascript:window.__xss=1"></iframe>'],
    }),
  ),
  'c2lnbmF0dXJlLW5vdC12ZXJpZmllZA',
].join('.');

/** Serious and critical violations, printed so a failure says what to fix. */
async function expectNoSeriousViolations(page, where, include) {
  await page.waitForLoadState('networkidle').catch(() => {});
  const analyze = () => {
    let builder = new AxeBuilder({ page });
    if (include) builder = builder.include(include);
    return builder.analyze();
  };
  // The app may still replace the document once after load (session restore).
  const { violations } = await analyze().catch(async e => {
    if (!/Execution context was destroyed/.test(String(e))) throw e;
    await page.waitForLoadState('networkidle').catch(() => {});
    return analyze();
  });
  const bad = violations.filter(
    v => v.impact === 'serious' || v.impact === 'critical',
  );
  const report = bad
    .map(
      v =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map(n => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`).join('\n')}`,
    )
    .join('\n');
  assert.equal(bad.length, 0, `axe on ${where}:\n${report}`);
}

/** Every value in local and session storage of the page's origin. */
async function storageValues(page) {
  return page.evaluate(() => {
    const values = [];
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        values.push(`${key}=${storage.getItem(key)}`);
      }
    }
    return values;
  });
}

/**
 * What replays a Backstage token: the token, its `header.payload` (a
 * signature away from a token), its signature, and its `uip` claim (the
 * signature of the limited-user token whose header and payload are public).
 */
function replayableParts(token) {
  const [header, payload, signature] = token.split('.');
  const parts = [
    { what: 'the token', text: token },
    { what: 'its header.payload', text: `${header}.${payload}` },
    { what: 'its signature', text: signature },
  ];
  try {
    const { uip } = JSON.parse(Buffer.from(payload, 'base64url').toString());
    if (typeof uip === 'string')
      parts.push({ what: 'its uip claim', text: uip });
  } catch {
    // Not every token is a Backstage token; the other parts still count.
  }
  return parts.filter(p => p.text && p.text.length >= 16);
}

/** The whole document: text, every attribute, and the values of fields. */
async function documentText(page) {
  return page.evaluate(() =>
    [
      document.documentElement.outerHTML,
      document.title,
      window.location.href,
      ...[...document.querySelectorAll('input, textarea')].map(e => e.value),
    ].join('\n'),
  );
}

/** Asserts that none of the replayable parts occurs in `text`. */
function assertHoldsNone(text, secrets, where) {
  for (const { what, text: secret } of secrets) {
    assert.ok(
      !text.includes(secret),
      `${what} (${secret.slice(0, 10)}…) is in ${where}`,
    );
  }
}

/**
 * Opens every collapsed panel of the page's content (accordions, "Trouble
 * signing in?", the doctor's panels) — but never a Reveal button, which is
 * the one explicit action allowed to show a secret.
 */
async function openEveryPanel(page) {
  for (let round = 0; round < 4; round++) {
    const closed = page.locator(
      [
        'main [aria-expanded="false"]:not([aria-haspopup]):not([role="combobox"])',
        '[role="main"] [aria-expanded="false"]:not([aria-haspopup]):not([role="combobox"])',
      ].join(', '),
    );
    const count = await closed.count();
    let opened = 0;
    for (let i = count - 1; i >= 0; i--) {
      const toggle = closed.nth(i);
      const name = (await toggle.getAttribute('aria-label')) ?? '';
      const text = (await toggle.innerText().catch(() => '')) ?? '';
      if (/reveal|show token|sign out/i.test(`${name} ${text}`)) continue;
      if (!(await toggle.isVisible().catch(() => false))) continue;
      await toggle.click().catch(() => {});
      opened++;
    }
    if (opened === 0) return;
    await page.waitForTimeout(300);
  }
}

/** Records every text the page copies, however it copies it. */
const RECORD_COPIES = () => {
  window.__copied = [];
  const setData = DataTransfer.prototype.setData;
  DataTransfer.prototype.setData = function recordSetData(type, data) {
    window.__copied.push(String(data));
    return setData.call(this, type, data);
  };
  const execCommand = Document.prototype.execCommand;
  Document.prototype.execCommand = function recordExecCommand(
    command,
    ...rest
  ) {
    if (String(command).toLowerCase() === 'copy') {
      window.__copied.push(String(window.getSelection()));
    }
    return execCommand.call(this, command, ...rest);
  };
  if (navigator.clipboard?.writeText) {
    const writeText = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = text => {
      window.__copied.push(String(text));
      return writeText(text).catch(() => undefined);
    };
  }
};

/** Clicks every copy button in the page's content; returns what was copied. */
async function copyEverything(page) {
  const buttons = page.getByRole('button', { name: /copy/i });
  const count = await buttons.count();
  for (let i = 0; i < count; i++) {
    const button = buttons.nth(i);
    if (await button.isVisible().catch(() => false)) {
      await button.click().catch(() => {});
    }
  }
  await page.waitForTimeout(200);
  return { clicked: count, copied: await page.evaluate(() => window.__copied) };
}

/** Fails when hostile markup became elements or script ran. */
async function assertInert(page, dialogs, where) {
  assert.equal(
    await page.locator('#webpack-dev-server-client-overlay').count(),
    0,
    `the dev server shows a compile error on ${where}`,
  );
  const elements = await page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'img[src="x"], svg[onload], iframe, [onerror], [onload], [onmouseover], a[href^="javascript:"], img[src^="javascript:"]',
      ),
    ].map(e => e.outerHTML.slice(0, 120)),
  );
  assert.deepEqual(elements, [], `hostile markup became elements on ${where}`);
  const scripts = await page.evaluate(() =>
    [...document.scripts]
      .filter(s => s.textContent.includes('__xss'))
      .map(s => s.outerHTML.slice(0, 120)),
  );
  assert.deepEqual(scripts, [], `a hostile script element on ${where}`);
  // Pictures: https or this app's own origin only.
  const pictures = await page.evaluate(() =>
    [...document.querySelectorAll('img')]
      .map(img => img.getAttribute('src') ?? '')
      .filter(src => {
        try {
          const url = new URL(src, window.location.href);
          return (
            url.protocol !== 'https:' &&
            url.origin !== window.location.origin &&
            url.protocol !== 'data:'
          );
        } catch {
          return true;
        }
      }),
  );
  assert.deepEqual(pictures, [], `an insecure picture on ${where}`);
  await page.waitForTimeout(300);
  assert.equal(
    await page.evaluate(() => window.__xss),
    undefined,
    `a hostile value ran script on ${where}`,
  );
  assert.deepEqual(dialogs, [], `a dialog opened on ${where}`);
}

describe('security on the real stack', () => {
  const browser = sharedBrowser();

  it('shows nothing replayable before Reveal, leaks no token, renders hostile claims as text and passes axe', async () => {
    const { context, consoleMessages } = await newContext(browser(), {
      acceptDownloads: true,
    });
    await context.addInitScript(RECORD_COPIES);
    const tokens = new Set();
    const visited = [];
    const storage = [];
    const dialogs = [];

    // Tokens as the backend hands them out: the refresh endpoint's JSON.
    context.on('response', async response => {
      const url = response.url();
      visited.push(url);
      if (
        !/\/api\/auth\/[^/]+\/(refresh|handler\/frame)/.test(url) ||
        response.status() !== 200
      )
        return;
      try {
        const text = await response.text();
        for (const m of text.matchAll(
          /eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g,
        ))
          tokens.add(m[0]);
      } catch {
        // Bodies of redirects and closed popups cannot be read.
      }
    });
    context.on('request', request => visited.push(request.url()));
    context.on('page', p => {
      p.on('framenavigated', frame => visited.push(frame.url()));
      p.on('dialog', dialog => {
        dialogs.push(dialog.message());
        dialog.dismiss().catch(() => {});
      });
    });
    const secrets = () => [...tokens].flatMap(replayableParts);

    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${urls.app}/my-access`);

    // The sign-in page, every panel open.
    await page
      .getByRole('button', { name: 'Sign in with Local IdP' })
      .waitFor({ timeout: TIMEOUT });
    await openEveryPanel(page);
    await expectNoSeriousViolations(page, 'the sign-in page');

    await signInWithIdp(page, 'alice@example.com');
    await page
      .getByRole('table', { name: 'Claims' })
      .waitFor({ timeout: TIMEOUT });
    await page
      .getByRole('list', { name: 'Checks' })
      .waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle').catch(() => {});
    storage.push(...(await storageValues(page)));
    // Response bodies are read asynchronously: give the last one a moment.
    for (let i = 0; i < 50 && tokens.size === 0; i++) {
      await page.waitForTimeout(100);
    }
    assert.ok(
      tokens.size >= 1,
      'the sign-in token was not seen on the network',
    );
    assert.ok(
      secrets().some(s => s.what === 'its uip claim'),
      'the backend issued no uip claim: the uip checks below would prove nothing',
    );

    // My Access, every card and panel open, before any Reveal click: the
    // whole document (text and attributes) holds nothing replayable.
    await openEveryPanel(page);
    await expectNoSeriousViolations(page, 'My Access (signed in)');
    assertHoldsNone(
      await documentText(page),
      secrets(),
      'My Access before Reveal',
    );

    // Whatever the copy buttons copy holds nothing replayable either.
    const { clicked, copied } = await copyEverything(page);
    assert.ok(clicked > 0, 'My Access offers no copy button to check');
    assertHoldsNone(copied.join('\n'), secrets(), 'the copied text');

    // Paste a hostile token: its claims must render as literal text.
    await page
      .getByRole('textbox', { name: 'Paste a token, an error or a response' })
      .fill(XSS_TOKEN);
    const pastedClaims = page.getByRole('table', {
      name: 'Claims of the pasted token',
    });
    await pastedClaims.waitFor({ timeout: TIMEOUT });
    await pastedClaims
      .getByText('<img src=x onerror=window.__xss=1>', { exact: true })
      .waitFor();
    await pastedClaims
      .getByText('<script>window.__xss=1</script><b>bold</b>', { exact: true })
      .waitFor();
    await assertInert(page, dialogs, 'My Access with a hostile pasted token');

    // The support bundle, as the user downloads it.
    const bundles = [];
    for (const name of ['Download JSON', 'Download Markdown']) {
      const button = page.getByRole('button', { name });
      if ((await button.count()) === 0) continue;
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        button.click(),
      ]);
      bundles.push(readFileSync(await download.path(), 'utf8'));
    }
    assert.equal(bundles.length, 2, 'the doctor offers two bundle downloads');
    bundles.forEach((bundle, i) =>
      assertHoldsNone(bundle, secrets(), `support bundle ${i + 1}`),
    );

    // The banner: 4 minutes before expiry; the page with it holds nothing
    // replayable; then refresh through it.
    const exp =
      JSON.parse(
        Buffer.from([...tokens][0].split('.')[1], 'base64url').toString(),
      ).exp * 1000;
    const now = await page.evaluate(() => Date.now());
    await page.clock.fastForward(exp - now - 240_000);
    const warning = page
      .getByRole('status')
      .filter({ hasText: 'Your Backstage session expires in' });
    await warning.waitFor({ timeout: TIMEOUT });
    await expectNoSeriousViolations(
      page,
      'the expiry banner',
      '[role="status"]',
    );
    assertHoldsNone(
      await documentText(page),
      secrets(),
      'My Access with the banner',
    );
    await page.clock.fastForward(90_000);
    const refreshed = page.waitForResponse(
      r => r.url().includes('/api/auth/oidc/refresh') && r.status() === 200,
      { timeout: 60_000 },
    );
    await warning.getByRole('button', { name: 'Refresh session' }).click();
    await refreshed;
    await page.waitForTimeout(500);
    storage.push(...(await storageValues(page)));
    assertHoldsNone(
      await documentText(page),
      secrets(),
      'My Access after the refresh',
    );

    // The scan can fail: after Reveal the token is on the page, and found.
    await page.getByRole('button', { name: 'Reveal token' }).click();
    await page.getByRole('region', { name: 'Raw Backstage token' }).waitFor();
    const revealed = await documentText(page);
    assert.ok(
      [...tokens].some(t => revealed.includes(t)),
      'after Reveal the scan does not find the token: the scan is blind',
    );
    await page.getByRole('button', { name: 'Hide token' }).click();

    // Sign out: the sign-in page that follows holds nothing either.
    await page.getByText('Sign out', { exact: true }).first().click();
    await page
      .getByRole('button', { name: 'Sign in with Local IdP' })
      .waitFor({ timeout: TIMEOUT });
    await openEveryPanel(page);
    assertHoldsNone(
      await documentText(page),
      secrets(),
      'the sign-in page after sign-out',
    );
    storage.push(...(await storageValues(page)));
    visited.push(page.url());

    assert.ok(
      tokens.size >= 2,
      `expected the sign-in and the refreshed token from the network, got ${tokens.size}`,
    );
    assertHoldsNone(storage.join('\n'), secrets(), 'web storage');
    assertHoldsNone(consoleMessages.join('\n'), secrets(), 'the console');
    assertHoldsNone(visited.join('\n'), secrets(), 'a URL');
    await context.close();
  });

  it('renders a hostile profile, catalog and groups claim as text (mallory)', async () => {
    const { context } = await newContext(browser());
    // mallory's picture is plain http from another origin: never loaded.
    const pictureRequests = [];
    context.on('request', request => {
      if (request.url().startsWith('http://127.0.0.1:9/'))
        pictureRequests.push(request.url());
    });
    const dialogs = [];
    context.on('page', p =>
      p.on('dialog', dialog => {
        dialogs.push(dialog.message());
        dialog.dismiss().catch(() => {});
      }),
    );
    const page = await context.newPage();
    await page.goto(`${urls.app}/my-access`);
    await page
      .getByRole('button', { name: 'Sign in with Local IdP' })
      .waitFor({ timeout: TIMEOUT });
    await signInWithIdp(page, 'mallory@example.com');
    await page
      .getByRole('table', { name: 'Groups and ownership' })
      .getByText('group:default/red-team')
      .first()
      .waitFor({ timeout: TIMEOUT });
    // The IdP's display name reaches the provider sessions card as text.
    await page
      .getByText('<img src=x onerror=window.__xss=1>Mallory', { exact: false })
      .first()
      .waitFor({ timeout: TIMEOUT });
    await openEveryPanel(page);
    await page.waitForLoadState('networkidle').catch(() => {});
    await assertInert(page, dialogs, 'My Access as mallory');
    assert.deepEqual(
      pictureRequests,
      [],
      'the page loaded an http picture from another origin',
    );
    await context.close();
  });

  it('renders a hostile Backstage identity in every card as text', async () => {
    const { context } = await newContext(browser());
    const dialogs = [];
    context.on('page', p =>
      p.on('dialog', dialog => {
        dialogs.push(dialog.message());
        dialog.dismiss().catch(() => {});
      }),
    );
    // The guest provider answers with a hostile token, identity and profile:
    // the token card, groups card and provider sessions render all of it.
    await context.route('**/api/auth/guest/refresh**', route =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          profile: {
            displayName: '<script>window.__xss=1</script>Guest',
            email: '"><svg onload=window.__xss=1>@example.com',
            picture: 'javascript:window.__xss=1',
          },
          backstageIdentity: {
            token: XSS_TOKEN,
            identity: {
              type: 'user',
              userEntityRef: 'user:default/<img src=x onerror=window.__xss=1>',
              ownershipEntityRefs: [
                'group:default/<iframe src="javascript:window.__xss=1"></iframe>',
              ],
            },
          },
        }),
      }),
    );
    const page = await context.newPage();
    await page.goto(`${urls.app}/my-access`);
    await page.getByRole('button', { name: 'Sign in with Guest' }).click();
    const claims = page.getByRole('table', { name: 'Claims' });
    await claims.waitFor({ timeout: TIMEOUT });
    await claims
      .getByText('<img src=x onerror=window.__xss=1>', { exact: true })
      .first()
      .waitFor({ timeout: TIMEOUT });
    // The backend rejects the forged token, so the other cards explain 401s;
    // what they echo of the identity must stay text all the same.
    await page
      .locator('#access-inspector-groups')
      .getByText('Groups and ownership', { exact: true })
      .waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle').catch(() => {});
    await openEveryPanel(page);
    await screenshot(page, 'security-hostile-identity', undefined, {
      fullPage: true,
    });
    await page.waitForLoadState('networkidle').catch(() => {});
    await assertInert(page, dialogs, 'My Access with a hostile identity');
    await context.close();
  });
});
