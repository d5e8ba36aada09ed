import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cardOf,
  newContext,
  screenshot,
  sharedBrowser,
  signInAsGuest,
  signInWithIdp,
  urls,
} from '../browser.mjs';

const TIMEOUT = 30_000;

function actionsTable(page, pluginId) {
  return page.getByRole('table', { name: `Actions of ${pluginId}` });
}

/** The row of an action, found by its id (`catalog:unregister-entity`). */
function actionRow(page, pluginId, id) {
  return actionsTable(page, pluginId)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader').filter({ hasText: id }) });
}

async function actionIds(page, pluginId) {
  const table = actionsTable(page, pluginId);
  await table.waitFor({ timeout: TIMEOUT });
  return table
    .getByRole('rowheader')
    .evaluateAll(cells =>
      cells.map(cell => cell.querySelector('div')?.textContent ?? ''),
    );
}

/** Words of the agents card's tables that span two lines. */
function brokenWords(card) {
  return card.evaluate(element => {
    const broken = [];
    for (const cell of element.querySelectorAll('td, th')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if ((node.parentElement?.getBoundingClientRect().width ?? 0) < 2)
          continue;
        for (const match of node.data.matchAll(/\S+/g)) {
          if (match[0].length > 40) continue;
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          if ([...range.getClientRects()].filter(r => r.width > 0).length > 1)
            broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

describe('agents card on the real stack', () => {
  const browser = sharedBrowser();

  it('shows the guest the built-in actions, unregister-entity marked destructive, and the MCP endpoint', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    const consoleErrors = [];
    page.on('console', m => {
      if (m.type() === 'error')
        consoleErrors.push(`${m.text()} @ ${m.location()?.url}`);
    });
    const mcpRequests = [];
    page.on('request', r => {
      if (r.url().includes('/api/mcp-actions/v1'))
        mcpRequests.push(`${r.method()} ${r.url()}`);
    });
    await page.goto(`${urls.app}/my-access`);
    await signInAsGuest(page);

    const checks = page.getByRole('list', { name: 'Agent access' });
    await checks.waitFor({ timeout: TIMEOUT });
    await checks
      .getByRole('listitem', {
        name: `Information: MCP server: ${urls.backend}/api/mcp-actions/v1`,
      })
      .waitFor();
    // The MCP server is asked with an MCP ping, which it answers 200: no red
    // "405 (Method Not Allowed)" line in the console on a healthy backend.
    assert.deepEqual(
      consoleErrors.filter(line => line.includes('/api/mcp-actions/v1')),
      [],
    );
    assert.deepEqual(mcpRequests, [`POST ${urls.backend}/api/mcp-actions/v1`]);
    await checks
      .getByRole('listitem', {
        name: 'Information: Agents can sign in as you: client ID metadata documents',
      })
      .waitFor();
    // The healthy dev stack raises no alarm in this card.
    assert.equal(
      await checks
        .getByRole('listitem', { name: /^(Problem|Warning):/ })
        .count(),
      0,
    );

    assert.deepEqual(await actionIds(page, 'auth'), ['auth:who-am-i']);
    const catalog = await actionIds(page, 'catalog');
    for (const id of [
      'catalog:query-catalog-entities',
      'catalog:unregister-entity',
      'catalog:register-entity',
      'catalog:get-catalog-entity',
    ]) {
      assert.ok(catalog.includes(id), `${id} missing from ${catalog}`);
    }
    assert.ok(!catalog.includes('catalog:rotate-demo-secret'));
    assert.equal(catalog[0], 'catalog:unregister-entity');

    const unregister = actionRow(page, 'catalog', 'catalog:unregister-entity');
    await unregister.getByText('Destructive', { exact: true }).waitFor();
    assert.equal(
      await actionRow(page, 'catalog', 'catalog:query-catalog-entities')
        .getByText('Destructive', { exact: true })
        .count(),
      0,
    );
    // The dev app has no scaffolder or notifications plugin: their backends
    // (which the dev backend lacks) are not asked. Named in config, they are:
    // notInstalled.test.mjs.
    assert.equal(
      await page.getByText(/^(scaffolder|notifications): /).count(),
      0,
    );

    const card = cardOf(page, actionsTable(page, 'catalog'));
    assert.match(
      await card
        .getByRole('group', { name: 'Sign the Backstage CLI in as you' })
        .innerText(),
      new RegExp(`backstage-cli auth login --backend-url ${urls.backend}`),
    );
    assert.deepEqual(
      JSON.parse(
        await card.getByRole('group', { name: 'MCP client entry' }).innerText(),
      ),
      {
        mcpServers: {
          backstage: { url: `${urls.backend}/api/mcp-actions/v1` },
        },
      },
    );

    await screenshot(
      page,
      'myaccess-agents-setup',
      card.getByRole('region', { name: 'Point an agent at this backend' }),
    );
    await screenshot(
      page,
      'myaccess-agents-contain',
      card.getByRole('region', {
        name: 'What a platform team can do to contain it',
      }),
    );
    for (const width of [1400, 1024]) {
      await page.setViewportSize({ width, height: 1000 });
      await page.waitForTimeout(150);
      assert.deepEqual(
        await brokenWords(card),
        [],
        `words broken at ${width} px`,
      );
      // A wide table scrolls inside its card; the page never widens.
      assert.ok(
        await page.evaluate(
          () =>
            document.documentElement.scrollWidth <=
            document.documentElement.clientWidth,
        ),
        `the page scrolls sideways at ${width} px`,
      );
      await screenshot(
        page,
        width === 1400 ? 'myaccess-agents' : `myaccess-agents-${width}`,
        card,
      );
    }
    await context.close();
  });

  it('shows the admin the admin-only action, and alice not', async () => {
    for (const [user, sees] of [
      ['admin@example.com', true],
      ['alice@example.com', false],
    ]) {
      const { context } = await newContext(browser());
      const page = await context.newPage();
      await page.goto(`${urls.app}/my-access`);
      await signInWithIdp(page, user);
      const catalog = await actionIds(page, 'catalog');
      assert.equal(
        catalog.includes('catalog:rotate-demo-secret'),
        sees,
        `${user}: ${catalog.join(', ')}`,
      );
      assert.ok(catalog.includes('catalog:unregister-entity'));
      if (sees) {
        await actionRow(page, 'catalog', 'catalog:rotate-demo-secret')
          .getByText('Destructive', { exact: true })
          .waitFor();
        await screenshot(
          page,
          'myaccess-agents-admin',
          cardOf(page, actionsTable(page, 'catalog')),
        );
      }
      await context.close();
    }
  });
});
