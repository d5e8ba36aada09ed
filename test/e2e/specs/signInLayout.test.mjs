// Layout of the sign-in page at 390, 1024 and 1400 px: the provider cards sit
// in the middle of the content, nothing widens the page, no word breaks, and a
// failure card keeps its sign-in button on the first screen.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  newContext,
  screenshot,
  sharedBrowser,
  signInWithIdp,
  urls,
} from '../browser.mjs';

const TIMEOUT = 30_000;
const WIDTHS = [390, 1024, 1400];
const HEIGHT = 768;

/**
 * Every word inside `selector` that spans more than one line box. A word is
 * a run between spaces and an identifier's separators (`.` `/` `:` `_` `-`
 * `=` `?` `&` `@`): an identifier such as `auth.providers.oidc.signIn` may
 * wrap at its dots, never inside `signIn`. A DOM Range over a whole word has
 * one client rect per line it covers.
 */
function brokenWords(page, selector) {
  return page.evaluate(sel => {
    const broken = [];
    for (const root of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Visually hidden text (1 px boxes) wraps by design.
        if ((node.parentElement?.getBoundingClientRect().width ?? 0) < 2)
          continue;
        for (const match of node.data.matchAll(/[^\s./:_\-=?&@]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = [...range.getClientRects()].filter(r => r.width > 0);
          if (lines.length > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  }, selector);
}

/** How far the page scrolls sideways, in px (0 when it does not). */
function sidewaysScroll(page) {
  return page.evaluate(() =>
    Math.max(
      document.scrollingElement.scrollWidth - innerWidth,
      ...[...document.querySelectorAll('main, article')].map(
        e => e.scrollWidth - e.clientWidth,
      ),
    ),
  );
}

/**
 * The provider list's cards against the content they sit in: the space left
 * of the cards and right of them, in px.
 */
function cardMargins(page) {
  return page.evaluate(() => {
    const list = document.querySelector('ul[aria-label="Sign-in providers"]');
    const cards = [...list.querySelectorAll(':scope > li > section')];
    const content = list.closest('main') ?? document.body;
    const area = content.getBoundingClientRect();
    const left = Math.min(...cards.map(c => c.getBoundingClientRect().left));
    const right = Math.max(...cards.map(c => c.getBoundingClientRect().right));
    return {
      left: Math.round(left - area.left),
      right: Math.round(area.right - right),
    };
  });
}

describe('sign-in page layout', () => {
  const browser = sharedBrowser();

  for (const width of WIDTHS) {
    it(`at ${width} px: cards centred, no sideways scroll, no broken word`, async () => {
      const { context } = await newContext(browser(), {
        viewport: { width, height: HEIGHT },
      });
      const page = await context.newPage();
      await page.goto(`${urls.app}/my-access`);
      await page
        .getByRole('button', { name: 'Sign in with Local IdP' })
        .waitFor({ timeout: 240_000 });
      await screenshot(page, `sign-in-layout-${width}`);

      const margins = await cardMargins(page);
      const overflow = await sidewaysScroll(page);
      const broken = await brokenWords(page, 'main');

      // A user the backend cannot resolve: the IdP gives no verified email.
      await signInWithIdp(page, 'unverified@example.com');
      const card = page.getByRole('region', { name: 'Local IdP' });
      await card
        .getByText(/Local IdP gave Backstage no verified email address/)
        .waitFor({ timeout: TIMEOUT });
      const retry = card.getByRole('button', {
        name: 'Sign in with Local IdP',
      });
      // The button comes back with the finding; its colour fades in.
      const retryEnabled = await retry.isEnabled();
      await page.waitForTimeout(400);
      await page.evaluate(() =>
        document
          .querySelectorAll('main, article')
          .forEach(e => e.scrollTo(0, 0)),
      );
      await screenshot(page, `sign-in-layout-${width}-unverified`);
      await screenshot(page, `sign-in-layout-${width}-unverified-card`, card);
      await page.evaluate(() =>
        document
          .querySelectorAll('main, article')
          .forEach(e => e.scrollTo(0, 0)),
      );
      const button = await retry.boundingBox();
      const failedOverflow = await sidewaysScroll(page);
      const failedBroken = await brokenWords(
        page,
        'ul[aria-label="Sign-in providers"]',
      );
      await context.close();

      // Every problem at once, so one run shows them all.
      const problems = [];
      if (Math.abs(margins.left - margins.right) > 2)
        problems.push(
          `the cards are off-centre: ${margins.left} px left of them, ${margins.right} px right`,
        );
      if (overflow > 0)
        problems.push(`the page scrolls ${overflow} px sideways`);
      if (broken.length > 0)
        problems.push(`broken words: ${broken.join(', ')}`);
      if (failedOverflow > 0)
        problems.push(
          `with the failure, the page scrolls ${failedOverflow} px sideways`,
        );
      if (failedBroken.length > 0)
        problems.push(
          `broken words in the failure card: ${failedBroken.join(', ')}`,
        );
      if (!retryEnabled)
        problems.push('the sign-in button stays disabled after the failure');
      const bottom = button ? Math.round(button.y + button.height) : undefined;
      if (width >= 1024 && !(bottom <= HEIGHT))
        problems.push(
          `the sign-in button is below the fold: its bottom at ${bottom} px of ${HEIGHT}`,
        );
      assert.deepEqual(problems, []);
    });
  }
});
