// The new-frontend-system dev app (dev/nfs) on the same backend: the page,
// its sidebar entry, the sign-in module and the banner extension.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newContext, sharedBrowser, signInAsGuest } from '../browser.mjs';
import { nfsApp, nfsUrl } from '../nfsApp.mjs';

const TIMEOUT = 30_000;

async function signInAt(page, path = '/') {
  await page.goto(`${nfsUrl}${path}`);
  await page
    .getByRole('button', { name: 'Sign in with Local IdP' })
    .waitFor({ timeout: 240_000 });
  await signInAsGuest(page);
}

describe('new frontend system dev app on the real stack', () => {
  const browser = sharedBrowser();
  nfsApp();

  it('signs in with the plugin sign-in module and shows My Access from the sidebar', async () => {
    const { context, blocked } = await newContext(browser());
    const page = await context.newPage();
    await signInAt(page);

    await page
      .getByRole('link', { name: 'My Access' })
      .first()
      .click({ timeout: TIMEOUT });
    await page.waitForURL(/\/my-access$/);
    await page
      .getByText('user:development/guest', { exact: true })
      .first()
      .waitFor({ timeout: TIMEOUT });
    await page
      .getByRole('table', { name: 'Groups and ownership' })
      .waitFor({ timeout: TIMEOUT });
    assert.deepEqual(blocked, []);
    await context.close();
  });

  it('lands on My Access after sign-in, under one page header', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    const warnings = [];
    page.on('console', m => {
      if (m.type() === 'warning' || m.type() === 'error')
        warnings.push(m.text());
    });
    await signInAt(page);

    await page.waitForURL(/\/my-access$/, { timeout: TIMEOUT });
    await page
      .getByRole('table', { name: 'Groups and ownership' })
      .waitFor({ timeout: TIMEOUT });
    assert.equal(await page.getByText(/page not found/i).count(), 0);
    const headings = page.getByRole('heading', { level: 1 });
    assert.equal(await headings.count(), 1);
    assert.equal((await headings.innerText()).trim(), 'My Access');
    // The app's header holds the title; the plugin's purple Header is gone.
    assert.equal(await page.getByRole('banner').count(), 0);
    // Right under it, the page's question as its heading, not an orphan
    // line after a blank band.
    const question = page.getByRole('heading', {
      level: 2,
      name: 'Who Backstage thinks you are, and why a request may get 401',
    });
    const [headerBottom, questionTop] = await Promise.all([
      headings.evaluate(h => h.getBoundingClientRect().bottom),
      question.evaluate(h => h.getBoundingClientRect().top),
    ]);
    assert.ok(
      questionTop - headerBottom < 80,
      `${questionTop - headerBottom} px between the header and the page's heading`,
    );
    // The page scopes React Router v6 explicitly (the support bundle link).
    await page
      .getByRole('link', { name: 'Open a support bundle someone sent you' })
      .click();
    await page.waitForURL(/\/my-access\/bundle$/, { timeout: TIMEOUT });
    assert.deepEqual(
      warnings.filter(w => w.includes('implicit React Router v6 routing')),
      [],
    );
    await context.close();
  });

  it('does not scroll a page that fits the window', async () => {
    // Taller than My Access: everything fits, so nothing may scroll.
    const { context } = await newContext(browser(), {
      viewport: { width: 1400, height: 14000 },
    });
    const page = await context.newPage();
    await signInAt(page, '/my-access');
    await page
      .getByRole('table', { name: 'Groups and ownership' })
      .waitFor({ timeout: TIMEOUT });
    await page
      .getByRole('table', { name: 'Permissions' })
      .waitFor({ timeout: TIMEOUT });
    const [scrollHeight, innerHeight] = await page.evaluate(() => [
      document.scrollingElement.scrollHeight,
      window.innerHeight,
    ]);
    assert.ok(
      scrollHeight <= innerHeight,
      `the document is ${scrollHeight - innerHeight} px taller than the window`,
    );
    await context.close();
  });

  it('signs out from the sidebar back to the sign-in page', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    await signInAt(page, '/my-access');
    await page
      .getByRole('table', { name: 'Groups and ownership' })
      .waitFor({ timeout: TIMEOUT });

    await page.getByText('Sign out', { exact: true }).first().click();
    await page
      .getByRole('button', { name: 'Sign in with Guest' })
      .waitFor({ timeout: TIMEOUT });
    assert.equal(
      await page.getByRole('table', { name: 'Groups and ownership' }).count(),
      0,
    );
    await context.close();
  });
});
