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
});
