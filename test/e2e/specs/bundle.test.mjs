import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  newContext,
  screenshot,
  sharedBrowser,
  signInWithIdp,
  urls,
} from '../browser.mjs';

const TIMEOUT = 60_000;

describe('a support bundle’s round trip, on the real stack', () => {
  const browser = sharedBrowser();

  it('alice downloads her bundle; admin opens it, sees it as alice’s, and compares', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    const requests = [];
    try {
      await page.goto(`${urls.app}/my-access`);
      await signInWithIdp(page, 'alice@example.com');
      // The bundle is made once the doctor and the permissions have run.
      await page
        .getByRole('table', { name: 'Permissions' })
        .waitFor({ timeout: TIMEOUT });
      const downloadButton = page.getByRole('button', {
        name: 'Download JSON',
      });
      await downloadButton.waitFor({ timeout: TIMEOUT });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        downloadButton.click(),
      ]);
      const file = join(
        mkdtempSync(join(tmpdir(), 'access-inspector-bundle-')),
        'alice-bundle.json',
      );
      await download.saveAs(file);

      // Switch accounts in the same browser.
      await page.getByRole('button', { name: 'Sign out of Local IdP' }).click();
      await page
        .getByRole('dialog', { name: 'Sign out of Local IdP?' })
        .getByRole('button', { name: 'Sign out of Backstage' })
        .click();
      await signInWithIdp(page, 'admin@example.com');
      await page
        .getByText('Signed in as')
        .first()
        .waitFor({ timeout: TIMEOUT });

      await page
        .getByRole('link', { name: 'Open a support bundle someone sent you' })
        .click();
      await page.waitForURL(/\/my-access\/bundle$/);

      // Opening sends nothing.
      page.on('request', request => requests.push(request.url()));
      await page.locator('input[type="file"]').setInputFiles(file);
      const banner = page.getByRole('region', {
        name: 'Someone else’s access: user:default/alice',
      });
      const refused = page.getByText(
        'This is not a support bundle this page can open',
      );
      await banner.or(refused).waitFor({ timeout: TIMEOUT });
      assert.equal(
        await refused.count(),
        0,
        `the bundle was refused: ${await page.locator('main').innerText()}`,
      );
      assert.deepEqual(
        requests.filter(url => !url.startsWith(`${urls.app}/static`)),
        [],
        'opening a bundle sends nothing',
      );
      await page
        .getByRole('list', { name: 'Sender’s doctor checks' })
        .waitFor();

      await page
        .getByRole('button', { name: 'Compare with my access' })
        .click();
      const differences = page.getByRole('list', {
        name: /How your access differs \(you are user:default\/admin/,
      });
      await differences.waitFor({ timeout: TIMEOUT });
      await differences
        .getByText(
          /The sender is denied catalog\.entity\.create; you are allowed\. You hold group:default\/admins, which the sender does not\./,
        )
        .waitFor({ timeout: TIMEOUT });
      const authorizes = requests.filter(url =>
        url.endsWith('/api/permission/authorize'),
      );
      assert.equal(authorizes.length, 1, 'one authorize batch');
      await screenshot(page, 'my-access-bundle-compare', undefined, {
        fullPage: false,
      });
      await page.setViewportSize({ width: 390, height: 900 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      assert.ok(overflow <= 0, 'no sideways scrolling at 390 px');
      await screenshot(page, 'my-access-bundle-compare-390');

      // The Markdown bundle is refused with a reason.
      writeFileSync(file, '# Backstage access diagnostics\n\nGenerated …');
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.locator('input[type="file"]').setInputFiles(file);
      await page.getByText(/This is the Markdown bundle/).waitFor();
      await screenshot(page, 'my-access-bundle-markdown');
    } finally {
      await context.close();
    }
  });
});
