// Layout of My Access in both dev apps (legacy and new frontend system) at
// 390, 1024 and 1400 px: no table cell breaks a word, nothing widens the page
// or scrolls sideways inside a card, no line is cut, no table row is a blank
// band, and a screenshot of every surface for people to look at.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  PASSWORD,
  newContext,
  screenshot,
  sharedBrowser,
  signInWithIdp,
  urls,
} from '../browser.mjs';
import { nfsApp, nfsUrl } from '../nfsApp.mjs';

const TIMEOUT = 30_000;
const WIDTHS = [390, 1024, 1400];
// Longer runs (signatures, hashes, JSON without spaces) may break anywhere;
// refs, URLs, labels and headers may not.
const LONGEST_ORDINARY_WORD = 40;

/**
 * Every word in a visible table cell whose text spans more than one line box,
 * with the table's name: a DOM Range over a whole word has one client rect.
 */
function brokenWords(page) {
  return page.evaluate(longest => {
    const broken = [];
    const seen = new Set();
    // Table cells, and values of definition lists (a finding's evidence,
    // the summary's facts).
    for (const cell of document.querySelectorAll('td, th, dd')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (seen.has(node)) continue;
        seen.add(node);
        // Visually hidden text (1 px boxes) wraps by design.
        if ((node.parentElement?.getBoundingClientRect().width ?? 0) < 2)
          continue;
        for (const match of node.data.matchAll(/\S+/g)) {
          if (match[0].length > longest) continue;
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = [...range.getClientRects()].filter(r => r.width > 0);
          if (lines.length > 1) {
            const table = cell.closest('table')?.getAttribute('aria-label');
            broken.push(
              `${table ?? cell.tagName.toLowerCase()}: "${match[0]}"`,
            );
          }
        }
      }
    }
    return broken;
  }, LONGEST_ORDINARY_WORD);
}

/**
 * Every element that hides part of its content sideways: one that scrolls
 * (a table wider than its card) or clips (a line cut at the card's edge).
 */
function hiddenSideways(page) {
  return page.evaluate(() => {
    const where = el => {
      const table = el.closest('table')?.getAttribute('aria-label');
      const card = el.closest('[class*="MuiCard-root"]');
      const title = card?.querySelector(
        '[class*="MuiCardHeader-title"]',
      )?.textContent;
      return (
        [title, table].filter(Boolean).join(' / ') || el.tagName.toLowerCase()
      );
    };
    const found = [];
    for (const el of document.querySelectorAll('main *, article *')) {
      const style = getComputedStyle(el);
      if (style.overflowX === 'visible') continue;
      if (el.clientWidth < 2 || el.clientHeight < 2) continue;
      // A switch's track clips its thumb: only hidden text counts.
      if (!el.textContent.trim()) continue;
      const hidden = el.scrollWidth - el.clientWidth;
      if (hidden > 1)
        found.push(
          `${where(el)}: ${el.tagName.toLowerCase()} hides ${hidden} px`,
        );
    }
    return [...new Set(found)];
  });
}

/**
 * Table rows with a vertical gap of more than 60 px that no text or box
 * inside their cells covers: a row stretched by a neighbour's height.
 */
function blankBands(page) {
  return page.evaluate(() => {
    const where = el => {
      const table = el.closest('table')?.getAttribute('aria-label');
      const card = el.closest('[class*="MuiCard-root"]');
      const title = card?.querySelector(
        '[class*="MuiCardHeader-title"]',
      )?.textContent;
      return (
        [title, table].filter(Boolean).join(' / ') || el.tagName.toLowerCase()
      );
    };
    const found = [];
    for (const row of document.querySelectorAll('tr')) {
      const box = row.getBoundingClientRect();
      if (box.height < 60 || box.width < 2) continue;
      const spans = [];
      for (const cell of row.children) {
        const range = document.createRange();
        range.selectNodeContents(cell);
        for (const r of range.getClientRects())
          if (r.height > 0 && r.width > 0) spans.push([r.top, r.bottom]);
      }
      spans.sort((a, b) => a[0] - b[0]);
      let covered = box.top;
      let gap = 0;
      for (const [top, bottom] of spans) {
        gap = Math.max(gap, top - covered);
        covered = Math.max(covered, bottom);
      }
      gap = Math.max(gap, box.bottom - covered);
      if (gap > 60)
        found.push(
          `${where(row)}: a ${Math.round(gap)} px blank band in "${row.innerText.slice(0, 40).replace(/\s+/g, ' ')}"`,
        );
    }
    return found;
  });
}

/** Opens every collapsed panel (warning panels, accordions); reveals nothing. */
async function expandEverything(page) {
  for (let i = 0; i < 50; i++) {
    const closed = page.locator('div[role="button"][aria-expanded="false"]');
    if ((await closed.count()) === 0) return;
    await closed.first().click();
  }
}

/**
 * The whole page in one picture. The legacy app scrolls an inner container,
 * so the viewport is stretched to the content's height for the shot.
 */
async function fullPageScreenshot(page, name) {
  const viewport = page.viewportSize();
  const height = await page.evaluate(() =>
    Math.max(
      document.scrollingElement.scrollHeight,
      ...[...document.querySelectorAll('main, article')].map(
        e => e.scrollHeight,
      ),
    ),
  );
  await page.setViewportSize({ width: viewport.width, height });
  await screenshot(page, name, undefined, { fullPage: true });
  await page.setViewportSize(viewport);
}

/** The token's `exp` as My Access shows it, in ms. */
async function shownExpiry(page) {
  const text = await page
    .getByRole('table', { name: 'Claims' })
    .getByRole('row')
    .filter({ hasText: 'Expires' })
    .innerText();
  const match = text.match(/(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) UTC/);
  assert.ok(match, `no expiry in ${text}`);
  return Date.parse(`${match[1]}T${match[2]}Z`);
}

describe('My Access layout in both dev apps', () => {
  const browser = sharedBrowser();
  nfsApp();

  const apps = [
    { name: 'legacy', url: () => urls.app },
    { name: 'nfs', url: () => nfsUrl },
    // Behind the authenticating dev proxy (`run.mjs --proxied`), which sends
    // the browser to the IdP's login form before the app.
    ...(urls.proxy
      ? [{ name: 'proxied', url: () => urls.proxy, proxied: true }]
      : []),
  ];
  for (const app of apps) {
    for (const width of WIDTHS) {
      it(`${app.name} app at ${width} px: no word broken, no sideways scroll, no cut line, no blank band`, async () => {
        const { context } = await newContext(browser(), {
          viewport: { width, height: 900 },
        });
        const page = await context.newPage();
        await page.clock.install();
        const prefix = `layout-${app.name}-${width}`;

        await page.goto(`${app.url()}/my-access`);
        if (app.proxied) {
          await page.getByLabel('Username').waitFor({ timeout: TIMEOUT });
          await page.getByLabel('Username').fill('alice@example.com');
          await page.getByLabel('Password').fill(PASSWORD);
          await page.getByRole('button', { name: 'Sign in' }).click();
        } else {
          await page
            .getByRole('button', { name: 'Sign in with Local IdP' })
            .waitFor({ timeout: 240_000 });
          await screenshot(page, `${prefix}-sign-in`);
          await signInWithIdp(page, 'alice@example.com');
        }
        // The new-system dev app has no catalog: no groups claim lookup.
        for (const table of [
          'Claims',
          'Groups and ownership',
          ...(app.name === 'legacy'
            ? ['Groups claim mapped to the catalog']
            : []),
          'Permissions',
          'Actions of catalog',
        ])
          await page
            .getByRole('table', { name: table })
            .waitFor({ timeout: TIMEOUT });
        await (
          app.proxied
            ? page.getByText('user:default/alice').first()
            : page
                .getByRole('region', { name: 'Local IdP' })
                .getByText('Signed in', { exact: true })
        ).waitFor({ timeout: TIMEOUT });
        await expandEverything(page);

        const broken = await brokenWords(page);
        const sideways = await hiddenSideways(page);
        const bands = await blankBands(page);
        const overflow = await page.evaluate(
          () => document.scrollingElement.scrollWidth - innerWidth,
        );
        // Pictures first, so a failure can be looked at.
        await fullPageScreenshot(page, `${prefix}-my-access`);

        // The banner: 4 minutes before the token expires.
        const exp = await shownExpiry(page);
        const now = await page.evaluate(() => Date.now());
        await page.clock.fastForward(exp - now - 240_000);
        await page
          .getByRole('status')
          .filter({ hasText: 'Your Backstage session expires in' })
          .waitFor({ timeout: TIMEOUT });
        await screenshot(page, `${prefix}-banner`);
        await context.close();

        assert.deepEqual(
          { broken, sideways, bands },
          { broken: [], sideways: [], bands: [] },
        );
        assert.ok(overflow <= 0, `the page is ${overflow} px too wide`);
      });
    }
  }
});
