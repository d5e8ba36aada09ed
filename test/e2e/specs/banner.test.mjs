import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  sharedBrowser,
  newContext,
  screenshot,
  signInWithIdp,
  urls,
} from '../browser.mjs';

const TIMEOUT = 30_000;

/** The token's `exp` as My Access shows it ("2026-11-28 14:03:12 UTC"), in ms. */
async function shownExpiry(page) {
  const row = page
    .getByRole('table', { name: 'Claims' })
    .getByRole('row')
    .filter({ hasText: 'Expires' });
  const text = await row.innerText();
  const match = text.match(/(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) UTC/);
  assert.ok(match, `no expiry in ${text}`);
  return Date.parse(`${match[1]}T${match[2]}Z`);
}

function decodeExp(token) {
  const payload = JSON.parse(
    Buffer.from(token.split('.')[1], 'base64url').toString(),
  );
  return payload.exp * 1000;
}

describe('token-expiry banner on the real stack', () => {
  const browser = sharedBrowser();

  it('warns before expiry, refreshes to a later exp, and reports expiry', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${urls.app}/my-access`);
    await signInWithIdp(page, 'alice@example.com');
    await page
      .getByRole('table', { name: 'Claims' })
      .waitFor({ timeout: TIMEOUT });
    const exp = await shownExpiry(page);
    assert.equal(
      await page.getByText('Your Backstage session expires in').count(),
      0,
    );

    // Backstage's OAuth session renews the token only in its last 3 minutes:
    // whatever asks for credentials from then on gets a new token.
    const refreshed = page.waitForResponse(
      r =>
        r.url().startsWith(`${urls.backend}/api/auth/oidc/refresh`) &&
        r.status() === 200,
      { timeout: 60_000 },
    );

    // 4 minutes before expiry: inside the 5-minute warning window.
    const now = await page.evaluate(() => Date.now());
    await page.clock.fastForward(exp - now - 240_000);
    const warning = page
      .getByRole('status')
      .filter({ hasText: 'Your Backstage session expires in' });
    await warning.waitFor({ timeout: TIMEOUT });
    await warning
      .getByRole('timer')
      .filter({ hasText: /^4 minutes|^3 minutes/ })
      .waitFor();
    await screenshot(page, 'banner-warning');

    // 2.5 minutes before expiry, the user asks for a refresh.
    await page.clock.fastForward(90_000);
    await page.getByRole('button', { name: 'Refresh session' }).click();
    const body = await (await refreshed).json();
    const newExp = decodeExp(body.backstageIdentity.token);
    assert.ok(newExp > exp, `refreshed exp ${newExp} is not later than ${exp}`);
    assert.equal(await page.getByText(/could not be renewed/).count(), 0);

    // Past the new expiry: requests now fail, the banner says so.
    const later = await page.evaluate(() => Date.now());
    await page.clock.fastForward(newExp - later + 5_000);
    const expired = page
      .getByRole('alert')
      .filter({ hasText: 'Your Backstage session has expired.' });
    await expired.waitFor({ timeout: TIMEOUT });
    await expired.getByRole('button', { name: 'Sign in again' }).waitFor();
    await screenshot(page, 'banner-expired');
    await context.close();
  });

  it('offers "Refresh session" only when it works, which it does the moment it is offered; then every card shows the new token, and the banner covers neither the sidebar nor the title', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${urls.app}/my-access`);
    await signInWithIdp(page, 'alice@example.com');
    await page
      .getByRole('table', { name: 'Claims' })
      .waitFor({ timeout: TIMEOUT });
    const exp = await shownExpiry(page);

    // 5 minutes before expiry (with `npm start -- --short-tokens`, 5 minutes
    // after sign-in): the warning, without a button Backstage would ignore.
    const now = await page.evaluate(() => Date.now());
    await page.clock.fastForward(exp - now - 299_000);
    const warning = page
      .getByRole('status')
      .filter({ hasText: 'Your Backstage session expires in' });
    await warning.waitFor({ timeout: TIMEOUT });
    await warning
      .getByText(/renews a session only in its last 3 minutes/)
      .waitFor();
    assert.equal(
      await warning.getByRole('button', { name: 'Refresh session' }).count(),
      0,
    );
    // Agrees with the token card on the time left.
    const bannerLeft = await warning.getByRole('timer').innerText();
    const cardLeft = await page
      .getByRole('table', { name: 'Claims' })
      .getByRole('row')
      .filter({ hasText: 'Expires' })
      .innerText();
    assert.ok(
      cardLeft.includes(`in ${bannerLeft}`),
      `banner says ${bannerLeft}, the token card ${cardLeft}`,
    );

    // Clear of the sidebar's first item and of the page title, at every width.
    const overlaps = (a, b) =>
      a &&
      b &&
      a.x < b.x + b.width &&
      b.x < a.x + a.width &&
      a.y < b.y + b.height &&
      b.y < a.y + a.height;
    for (const width of [1400, 1024, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(300);
      const banner = await warning.boundingBox();
      const title = await page.getByRole('heading', { level: 1 }).boundingBox();
      assert.ok(
        !overlaps(banner, title),
        `at ${width} px the banner covers the title`,
      );
      if (width > 600) {
        const firstItem = await page
          .locator('nav[aria-label="sidebar nav"] a')
          .first()
          .boundingBox();
        assert.ok(
          !overlaps(banner, firstItem),
          `at ${width} px the banner covers the first sidebar item`,
        );
      }
      await screenshot(page, `banner-before-window-${width}`);
    }
    await page.setViewportSize({ width: 1400, height: 1000 });

    // The moment the banner first offers the button, it works.
    const refreshed = page.waitForResponse(
      r =>
        r.url().startsWith(`${urls.backend}/api/auth/oidc/refresh`) &&
        r.status() === 200,
      { timeout: 60_000 },
    );
    const before = await page.evaluate(() => Date.now());
    await page.clock.fastForward(exp - before - 180_000);
    const button = warning.getByRole('button', { name: 'Refresh session' });
    await button.waitFor({ timeout: TIMEOUT });
    await screenshot(page, 'banner-warning-refreshable');
    await button.click();
    const body = await (await refreshed).json();
    const newExp = decodeExp(body.backstageIdentity.token);
    assert.ok(newExp > exp, `refreshed exp ${newExp} is not later than ${exp}`);
    await page
      .getByRole('button', { name: 'Refreshing session\u2026' })
      .waitFor({ state: 'detached', timeout: TIMEOUT });
    assert.equal(await page.getByText(/kept the current token/).count(), 0);

    // The token card and the sessions card show the new token's times.
    const iso = new Date(newExp).toISOString().replace('T', ' ').slice(0, 19);
    await page
      .getByRole('table', { name: 'Claims' })
      .getByRole('row')
      .filter({ hasText: `${iso} UTC` })
      .waitFor({ timeout: TIMEOUT });
    assert.equal(await shownExpiry(page), newExp);
    await page
      .getByRole('region', { name: 'Local IdP' })
      .getByText(`${iso} UTC`)
      .waitFor({ timeout: TIMEOUT });
    // This page's clock runs minutes ahead of the backend's, which issued the
    // new token for its own "now": the banner may still count down, but from
    // the new expiry, and it says what the token card says.
    const status = page
      .getByRole('status')
      .filter({ hasText: 'Your Backstage session expires in' });
    if (await status.count()) {
      const left = await status.getByRole('timer').innerText();
      const card = await page
        .getByRole('table', { name: 'Claims' })
        .getByRole('row')
        .filter({ hasText: 'Expires' })
        .innerText();
      assert.ok(card.includes(`in ${left}`), `banner ${left}, card ${card}`);
    }
    await screenshot(page, 'banner-after-refresh');
    await context.close();
  });
});
