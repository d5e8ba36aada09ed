import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cardOf,
  sharedBrowser,
  newContext,
  screenshot,
  signInWithIdp,
  urls,
} from '../browser.mjs';

const TIMEOUT = 30_000;

function permissionRow(page, name) {
  return page
    .getByRole('table', { name: 'Permissions' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

async function decisionOf(page, name) {
  const row = permissionRow(page, name);
  await row.waitFor({ timeout: TIMEOUT });
  return (await row.getByRole('cell').last().innerText()).trim();
}

async function waitForDecision(page, name, expected) {
  const deadline = Date.now() + TIMEOUT;
  let last;
  while (Date.now() < deadline) {
    last = await decisionOf(page, name);
    if (last.startsWith(expected)) return last;
    await page.waitForTimeout(250);
  }
  throw new assert.AssertionError({
    message: `${name}: expected ${expected}, saw ${last}`,
  });
}

async function signedIn(browser, user) {
  const { context } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${urls.app}/my-access`);
  await signInWithIdp(page, user);
  await page
    .getByRole('table', { name: 'Permissions' })
    .waitFor({ timeout: TIMEOUT });
  return { context, page };
}

describe('permissions card on the real stack', () => {
  const browser = sharedBrowser();

  it('shows a normal user the sample policy, and resource decisions flip with ownership', async () => {
    const { context, page } = await signedIn(browser(), 'alice@example.com');

    // One batch of basic permissions: reads allowed, writes denied.
    await waitForDecision(page, 'catalog.location.read', 'ALLOW');
    await waitForDecision(page, 'catalog.entity.create', 'DENY');
    await waitForDecision(page, 'catalog.location.create', 'DENY');
    await waitForDecision(
      page,
      'catalog.entity.refresh',
      'Depends on the resource',
    );
    // The scaffolder is not installed on the dev backend: shown, not an error.
    await page
      .getByText(/scaffolder/i)
      .first()
      .waitFor();

    const input = page.getByRole('textbox', {
      name: 'Entity ref for catalog-entity',
    });
    await input.fill('component:default/checkout-web');
    await page.getByRole('button', { name: 'Check catalog-entity' }).click();
    assert.match(
      await waitForDecision(page, 'catalog.entity.refresh', 'ALLOW'),
      /checkout-web/,
    );
    await screenshot(
      page,
      'my-access-permissions',
      cardOf(page, page.getByRole('table', { name: 'Permissions' })),
    );

    await input.fill('component:default/storefront');
    await page.getByRole('button', { name: 'Check catalog-entity' }).click();
    assert.match(
      await waitForDecision(page, 'catalog.entity.refresh', 'DENY'),
      /storefront/,
    );
    await context.close();
  });

  it('shows the admin everything allowed', async () => {
    const { context, page } = await signedIn(browser(), 'admin@example.com');
    await waitForDecision(page, 'catalog.entity.create', 'ALLOW');
    await waitForDecision(page, 'catalog.location.create', 'ALLOW');
    await context.close();
  });
});
