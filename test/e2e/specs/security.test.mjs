/* eslint-disable no-script-url -- javascript: URLs are the hostile input */
// Security on the real stack: no token leaks into storage, the console, URLs
// or the support bundle during a full session; hostile claims render as text;
// and axe finds no serious or critical accessibility violations on the
// sign-in page, My Access and the expiry banner.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { sharedBrowser, newContext, signInWithIdp, urls } from '../browser.mjs';

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

describe('security on the real stack', () => {
  const browser = sharedBrowser();

  it('leaks no token, renders hostile claims as text and passes axe', async () => {
    const { context, consoleMessages } = await newContext(browser(), {
      acceptDownloads: true,
    });
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

    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${urls.app}/my-access`);

    // The sign-in page.
    await page
      .getByRole('button', { name: 'Sign in with Local IdP' })
      .waitFor({ timeout: TIMEOUT });
    await expectNoSeriousViolations(page, 'the sign-in page');

    await signInWithIdp(page, 'alice@example.com');
    await page
      .getByRole('table', { name: 'Claims' })
      .waitFor({ timeout: TIMEOUT });
    await page
      .getByText(/\d+ problems, \d+ warnings, \d+ passed/)
      .waitFor({ timeout: TIMEOUT });
    storage.push(...(await storageValues(page)));
    await expectNoSeriousViolations(page, 'My Access (signed in)');

    // Reveal the token, then hide it again.
    await page.getByRole('button', { name: 'Reveal token' }).click();
    await page.getByRole('region', { name: 'Raw Backstage token' }).waitFor();
    const shown = (
      await page
        .getByRole('region', { name: 'Raw Backstage token' })
        .innerText()
    ).trim();
    tokens.add(shown.match(/eyJ[A-Za-z0-9_.-]+/)?.[0] ?? shown);
    await page.getByRole('button', { name: 'Hide token' }).click();

    // Paste a hostile token: its claims must render as literal text.
    await page.getByRole('textbox', { name: 'Paste a token' }).fill(XSS_TOKEN);
    const diagnose = page.getByRole('button', { name: 'Diagnose token' });
    if (await diagnose.count()) await diagnose.click();
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
    assert.equal(
      await page
        .locator(
          'img[src="x"], script:text("__xss"), svg[onload], iframe[src^="javascript"]',
        )
        .count(),
      0,
      'hostile markup became elements',
    );
    assert.equal(
      await page.locator('a[href^="javascript:"]').count(),
      0,
      'a javascript: URL became a link',
    );
    await page.waitForTimeout(500);
    assert.equal(
      await page.evaluate(() => window.__xss),
      undefined,
      'a hostile claim ran script',
    );
    assert.deepEqual(dialogs, [], 'a dialog opened');

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
    assert.ok(
      bundles.length > 0,
      'the doctor offers no support bundle download',
    );

    // The banner: 4 minutes before expiry, then refresh through it.
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
    await page.clock.fastForward(90_000);
    const refreshed = page.waitForResponse(
      r => r.url().includes('/api/auth/oidc/refresh') && r.status() === 200,
      { timeout: 60_000 },
    );
    await warning.getByRole('button', { name: 'Refresh session' }).click();
    await refreshed;
    await page.waitForTimeout(500);
    storage.push(...(await storageValues(page)));

    // Sign out.
    await page.getByText('Sign out', { exact: true }).first().click();
    await page
      .getByRole('button', { name: 'Sign in with Local IdP' })
      .waitFor({ timeout: TIMEOUT });
    storage.push(...(await storageValues(page)));
    visited.push(page.url());

    assert.ok(
      tokens.size >= 2,
      `expected the sign-in and the refreshed token from the network, got ${tokens.size}`,
    );
    const secrets = [...tokens]
      .flatMap(t => [t, t.split('.')[2]])
      .filter(s => s && s.length >= 16);
    for (const secret of secrets) {
      const short = `${secret.slice(0, 12)}…`;
      assert.ok(
        !storage.some(v => v.includes(secret)),
        `token text ${short} is in web storage`,
      );
      assert.ok(
        !consoleMessages.some(m => m.includes(secret)),
        `token text ${short} is in the console`,
      );
      assert.ok(
        !visited.some(u => u.includes(secret)),
        `token text ${short} is in a URL`,
      );
      for (const bundle of bundles)
        assert.ok(
          !bundle.includes(secret),
          `token text ${short} is in the support bundle`,
        );
    }
    await context.close();
  });
});
