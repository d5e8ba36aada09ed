import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
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
const VARIANT_FILE = process.env.E2E_POLICY_VARIANT_FILE;

function changesOf(page) {
  return page.getByRole('list', { name: 'Since your last visit' });
}

describe('what changed since the last visit, on the real stack', () => {
  const browser = sharedBrowser();

  it('names a real policy change between two visits at the top, and keeps users apart', async () => {
    assert.ok(VARIANT_FILE, 'the stack names the policy variant file');
    rmSync(VARIANT_FILE, { force: true });
    const { context } = await newContext(browser());
    const page = await context.newPage();
    try {
      await page.goto(`${urls.app}/my-access`);
      await signInWithIdp(page, 'alice@example.com');
      await page
        .getByText(/This is your first visit from this browser/)
        .waitFor({ timeout: TIMEOUT });

      // What a snapshot holds: names and decisions, nothing replayable.
      const stored = await page.evaluate(() =>
        Object.entries(window.localStorage).filter(([k]) =>
          k.includes('access-inspector:history'),
        ),
      );
      const text = JSON.stringify(stored);
      assert.match(text, /user:default\/alice/);
      assert.match(text, /catalog:catalog\.location\.analyze/);
      assert.doesNotMatch(text, /eyJ|"uip"/);

      // The policy changes while the stack runs: a real change.
      writeFileSync(VARIANT_FILE, 'lockdown\n');
      await page.reload();
      const changes = changesOf(page);
      await changes.waitFor({ timeout: TIMEOUT });
      await changes
        .getByText('catalog.location.analyze now denied (was allowed)', {
          exact: false,
        })
        .waitFor({ timeout: TIMEOUT });
      const link = changes.getByRole('link', { name: 'See Permissions' });
      assert.equal(
        await link.getAttribute('href'),
        '#access-inspector-permissions',
      );
      // At the top: before the token card.
      const top = await cardOf(page, changes).boundingBox();
      const token = await page.locator('#access-inspector-token').boundingBox();
      assert.ok(top.y < token.y, 'the changes come before the cards');
      await screenshot(
        page,
        'my-access-since-last-visit',
        cardOf(page, changes),
      );
      for (const width of [390, 1024]) {
        await page.setViewportSize({ width, height: 900 });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        assert.ok(overflow <= 0, `no sideways scrolling at ${width} px`);
        await screenshot(
          page,
          `my-access-since-last-visit-${width}`,
          cardOf(page, changes),
        );
      }
      await page.setViewportSize({ width: 1400, height: 900 });

      // Another reload: nothing changed since the visit before.
      await page.reload();
      await page
        .getByText(/^Nothing changed since /)
        .waitFor({ timeout: TIMEOUT });

      // Another user of the same browser starts with nothing of alice's.
      await page.getByRole('button', { name: 'Sign out of Local IdP' }).click();
      await page
        .getByRole('dialog', { name: 'Sign out of Local IdP?' })
        .getByRole('button', { name: 'Sign out of Backstage' })
        .click();
      await signInWithIdp(page, 'admin@example.com');
      await page
        .getByText(/This is your first visit from this browser/)
        .waitFor({ timeout: TIMEOUT });
      assert.equal(await changesOf(page).count(), 0);
    } finally {
      rmSync(VARIANT_FILE, { force: true });
      await context.close();
    }
  });
});
