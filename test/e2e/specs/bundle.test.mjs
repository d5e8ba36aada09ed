import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  cardOf,
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
      // What the bundle carries of her provider session: the ID token's
      // claims once she has opened them on her sessions card.
      const ownSession = page.getByRole('region', { name: 'Local IdP' });
      await ownSession
        .getByRole('button', { name: 'Show ID token claims' })
        .click({ timeout: TIMEOUT });
      await ownSession
        .getByRole('table', { name: 'Claims of the ID token from Local IdP' })
        .waitFor({ timeout: TIMEOUT });
      // A resource permission the dev policy decides with a condition
      // (catalog.entity.refresh: IS_ENTITY_OWNER for everyone but admins),
      // checked for an entity alice does not own.
      await page
        .getByRole('textbox', { name: 'Entity ref for catalog-entity' })
        .fill('component:default/storefront');
      await page.getByRole('button', { name: 'Check catalog-entity' }).click();
      const refreshRow = page
        .getByRole('table', { name: 'Permissions' })
        .getByRole('row')
        .filter({
          has: page.getByRole('rowheader', {
            name: 'catalog.entity.refresh',
            exact: true,
          }),
        });
      await refreshRow
        .filter({ hasText: /DENY[\s\S]*storefront|storefront[\s\S]*DENY/ })
        .waitFor({ timeout: TIMEOUT })
        .catch(async e => {
          throw new Error(
            `${e.message}\nrow: ${await refreshRow.innerText().catch(() => '?')}`,
          );
        });
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

      // The overview's own reads (catalog, permissions) end before the
      // bundle is opened: what is sent after that is the viewer's doing.
      await page
        .getByRole('table', { name: 'Permissions' })
        .waitFor({ timeout: TIMEOUT });
      await page.waitForLoadState('networkidle');
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

      // Alice's provider session, as hers at the bundle's time.
      const asOf = page.getByText(
        /As the sender’s sessions card showed them at .*, not your own sessions\./,
      );
      await asOf.waitFor();
      const sessionsCard = cardOf(page, asOf);
      await sessionsCard.getByText('Sender’s provider sessions').waitFor();
      const session = sessionsCard.getByRole('region', { name: 'Local IdP' });
      await session.getByText('Signed in', { exact: true }).waitFor();
      await session
        .getByText('The sender’s Backstage session came from it.')
        .waitFor();
      const idClaims = session.getByRole('table', {
        name: 'Claims of the sender’s ID token from Local IdP (decoded, not verified)',
      });
      await idClaims.getByText('alice@example.com').first().waitFor();
      assert.equal(
        await page.getByText(/it has no provider sessions/).count(),
        0,
        'a version 3 bundle is not said to lack sessions',
      );
      // The rules the conditional decision can be made of, by resource type.
      const rules = page.getByRole('list', {
        name: 'Rules a conditional decision can use',
      });
      assert.match(
        await rules.innerText(),
        /catalog-entity \([^)]*catalog\.entity\.refresh[^)]*\): [^\n]*IS_ENTITY_OWNER/,
      );

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
      // The policy decides refresh with a condition: the comparison names
      // the rules it can rest on and says the page cannot see their data.
      await differences
        .getByText(
          /The sender is denied catalog\.entity\.refresh for component:default\/storefront; you are allowed\..*If the policy decides catalog\.entity\.refresh with conditions, they are made of the rules catalog-entity offers \([^)]*IS_ENTITY_OWNER[^)]*\): those test the resource’s data, which this page cannot see/,
        )
        .waitFor({ timeout: TIMEOUT });
      const authorizes = requests.filter(url =>
        url.endsWith('/api/permission/authorize'),
      );
      assert.equal(authorizes.length, 1, 'one authorize batch');
      await screenshot(page, 'my-access-bundle-compare', undefined, {
        fullPage: false,
      });
      for (const width of [1400, 1024, 390]) {
        // Tall enough for the whole page: a card in one shot.
        await page.setViewportSize({
          width,
          height: width < 600 ? 7000 : 3500,
        });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        assert.ok(overflow <= 0, `no sideways scrolling at ${width} px`);
        await screenshot(
          page,
          `my-access-bundle-sessions-${width}`,
          sessionsCard,
        );
        await screenshot(
          page,
          `my-access-bundle-rules-${width}`,
          cardOf(page, rules),
        );
      }
      await screenshot(
        page,
        'my-access-bundle-compare-390',
        cardOf(page, differences),
      );

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
