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
    // Resource permissions: the backend decides them only for a resource, so
    // nothing is claimed before one is checked.
    await waitForDecision(
      page,
      'catalog.entity.refresh',
      'Per resource (not checked)',
    );
    // The dev config lists only plugins the dev backend has: nothing is
    // "not installed" (a plugin named in config that the backend lacks:
    // notInstalled.test.mjs).
    assert.equal(await page.getByText(/not installed/).count(), 0);

    const input = page.getByRole('textbox', {
      name: 'Entity ref for catalog-entity',
    });
    await input.fill('component:default/checkout-web');
    await page.getByRole('button', { name: 'Check catalog-entity' }).click();
    assert.match(
      await waitForDecision(page, 'catalog.entity.refresh', 'ALLOW'),
      /checkout-web/,
    );
    assert.match(
      await waitForDecision(page, 'catalog.entity.delete', 'DENY'),
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

  it('does not say "depends on the resource" of a permission the policy denies for every resource', async () => {
    // dev/backend/permissionPolicy.ts denies catalog.entity.delete to everyone
    // but admins, whatever the entity. The permission backend refuses to
    // answer a resource permission without a resource (400), so the page
    // cannot know that: it must claim neither "depends" nor a decision.
    const { context, page } = await signedIn(browser(), 'alice@example.com');
    const decision = await waitForDecision(
      page,
      'catalog.entity.delete',
      'Per resource (not checked)',
    );
    assert.doesNotMatch(decision, /depends/i);
    const explanation = await page
      .getByRole('region', { name: 'Resource permissions: catalog-entity' })
      .innerText();
    assert.match(explanation, /only for a given resource/);
    assert.doesNotMatch(explanation, /depend on the resource/i);
    await context.close();
  });

  it('says that an entity ref names no entity in the catalog', async () => {
    const { context, page } = await signedIn(browser(), 'alice@example.com');
    const ref = 'component:default/no-such-entity';
    await page
      .getByRole('textbox', { name: 'Entity ref for catalog-entity' })
      .fill(ref);
    await page.getByRole('button', { name: 'Check catalog-entity' }).click();
    // The sample policy allows catalog.entity.read whatever the resource.
    await waitForDecision(page, 'catalog.entity.read', 'ALLOW');
    await page
      .getByRole('region', { name: 'Resource permissions: catalog-entity' })
      .getByText(
        `No entity ${ref} in the catalog; the decisions below are for a resource that does not exist.`,
      )
      .waitFor({ timeout: TIMEOUT });
    assert.equal(
      await page.getByText(`Decisions below are for ${ref}.`).count(),
      0,
    );

    await page
      .getByRole('textbox', { name: 'Entity ref for catalog-entity' })
      .fill('component:default/checkout-web');
    await page.getByRole('button', { name: 'Check catalog-entity' }).click();
    await page
      .getByText('Decisions below are for component:default/checkout-web.')
      .waitFor({ timeout: TIMEOUT });
    assert.equal(await page.getByText(/^No entity /).count(), 0);
    await context.close();
  });

  it('breaks no word in the permissions table at 1400, 1024 and 390 px', async () => {
    const { context, page } = await signedIn(browser(), 'alice@example.com');
    await waitForDecision(page, 'catalog.entity.create', 'DENY');
    const table = page.getByRole('table', { name: 'Permissions' });
    // Every word of every text node in the table must sit on one line.
    const brokenWords = () =>
      table.evaluate(element => {
        const broken = [];
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of node.data.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const lines = [...range.getClientRects()].filter(
              rect => rect.width > 0,
            );
            if (lines.length !== 1) broken.push(match[0]);
          }
        }
        return broken;
      });
    const check = async state => {
      for (const width of [1400, 1024, 390]) {
        await page.setViewportSize({ width, height: 1000 });
        await page.waitForTimeout(100);
        assert.deepEqual(
          await brokenWords(),
          [],
          `words broken at ${width} px (${state})`,
        );
      }
      await page.setViewportSize({ width: 1400, height: 1000 });
    };
    await check('before a resource check');
    await page
      .getByRole('textbox', { name: 'Entity ref for catalog-entity' })
      .fill('component:default/checkout-web');
    await page.getByRole('button', { name: 'Check catalog-entity' }).click();
    await waitForDecision(page, 'catalog.entity.refresh', 'ALLOW');
    await check('after a resource check');
    await page.setViewportSize({ width: 1024, height: 1000 });
    await screenshot(page, 'my-access-permissions-1024', cardOf(page, table));
    await context.close();
  });

  it('shows the admin everything allowed', async () => {
    const { context, page } = await signedIn(browser(), 'admin@example.com');
    await waitForDecision(page, 'catalog.entity.create', 'ALLOW');
    await waitForDecision(page, 'catalog.location.create', 'ALLOW');
    await context.close();
  });
});
