import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cardOf,
  sharedBrowser,
  newContext,
  screenshot,
  signInAsGuest,
  signInWithIdp,
  urls,
} from '../browser.mjs';

const TIMEOUT = 30_000;

function groupsTable(page) {
  return page.getByRole('table', { name: 'Groups and ownership' });
}

/** The row whose first cell names `ref` ("Title (ref)" or just "ref"). */
function groupRow(page, ref) {
  const escaped = ref.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const name = new RegExp(`(^|\\()${escaped}\\)?$`);
  return groupsTable(page)
    .getByRole('row')
    .filter({ has: page.locator('th', { hasText: name }) });
}

describe('My Access on the real stack', () => {
  const browser = sharedBrowser();

  it('flags the parent groups of a nested team as not in the token', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${urls.app}/my-access`);
    await signInWithIdp(page, 'alice@example.com');

    await page
      .getByText(/groups the catalog has are not in your token/)
      .waitFor({ timeout: TIMEOUT });
    // team-a → engineering → acme and team-b → platform → engineering → acme
    for (const parent of [
      'group:default/engineering',
      'group:default/platform',
      'group:default/acme',
    ]) {
      const row = groupRow(page, parent);
      await row.getByText('not in your token').waitFor();
      await row.getByLabel('Identity: no').waitFor();
      await row.getByLabel('Catalog: yes').waitFor();
    }
    for (const direct of ['group:default/team-a', 'group:default/team-b']) {
      const row = groupRow(page, direct);
      await row.getByText('direct member').waitFor();
      await row.getByLabel('Identity: yes').waitFor();
      await row.getByLabel('Auth backend: yes').waitFor();
      assert.equal(await row.getByText('not in your token').count(), 0);
    }
    await screenshot(page, 'my-access-groups', cardOf(page, groupsTable(page)));

    // Group names lead to their catalog pages.
    await groupRow(page, 'group:default/acme').getByRole('link').click();
    await page.waitForURL(/\/catalog\/default\/group\/acme/, {
      timeout: TIMEOUT,
    });
    await context.close();
  });

  it('shows the guest its groups', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${urls.app}/my-access`);
    await signInAsGuest(page);
    const row = groupRow(page, 'group:default/team-b');
    await row.getByText('direct member').waitFor({ timeout: TIMEOUT });
    await row.getByLabel('Identity: yes').waitFor();
    await groupRow(page, 'group:default/platform')
      .getByText('not in your token')
      .waitFor();
    await context.close();
  });

  it('shows the admin theirs', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${urls.app}/my-access`);
    await signInWithIdp(page, 'admin@example.com');
    const row = groupRow(page, 'group:default/admins');
    await row.getByText('direct member').waitFor({ timeout: TIMEOUT });
    await row.getByLabel('Identity: yes').waitFor();
    assert.equal(await groupRow(page, 'group:default/team-a').count(), 0);
    await context.close();
  });
});
