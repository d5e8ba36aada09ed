import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  PASSWORD,
  sharedBrowser,
  newContext,
  screenshot,
  signInAsGuest,
  signInWithIdp,
  urls,
} from '../browser.mjs';

const TIMEOUT = 30_000;

/**
 * Signs dana in at the IdP, whose consent page then asks (she is the one
 * seeded account without auto-consent), and answers it with `button`.
 * Resolves when the sign-in window has closed.
 */
async function answerConsentAsDana(page, button) {
  const popupPromise = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Sign in with Local IdP' }).click();
  const popup = await popupPromise;
  await popup.getByLabel('Username').fill('dana@example.com');
  await popup.getByLabel('Password').fill(PASSWORD);
  await popup.getByRole('button', { name: 'Sign in' }).click();
  await popup
    .getByRole('heading', {
      name: 'Allow Backstage (dev) to use your account?',
    })
    .waitFor({ timeout: TIMEOUT });
  const scopes = await popup
    .getByRole('list', { name: 'Requested scopes' })
    .getByRole('listitem')
    .allInnerTexts();
  // oidc-provider drops offline_access unless prompt=consent was asked for.
  assert.deepEqual(
    scopes.map(s => s.split(' ')[0]),
    ['openid', 'profile', 'email'],
  );
  await screenshot(popup, 'idp-consent');
  await Promise.all([
    popup.waitForEvent('close', { timeout: TIMEOUT }),
    popup.getByRole('button', { name: button, exact: true }).click(),
  ]);
}

describe('sign-in on the real stack', () => {
  const browser = sharedBrowser();

  it('signs in through the IdP login form and shows the user and token on My Access', async () => {
    const { context, blocked } = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${urls.app}/my-access`);
    await page
      .getByRole('button', { name: 'Sign in with Local IdP' })
      .waitFor({ timeout: TIMEOUT });
    await screenshot(page, 'sign-in');

    await signInWithIdp(page, 'alice@example.com');

    await page
      .getByText('user:default/alice', { exact: true })
      .first()
      .waitFor({ timeout: TIMEOUT });
    await page.getByText('User token (vnd.backstage.user)').waitFor();
    const claims = page.getByRole('table', { name: 'Claims' });
    await claims
      .getByText(`${urls.backend}/api/auth`, { exact: true })
      .waitFor();
    await claims.getByText('backstage', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Reveal token' }).waitFor();
    assert.equal(
      await page.getByRole('region', { name: 'Raw Backstage token' }).count(),
      0,
    );
    await screenshot(page, 'my-access');

    // A reload restores the session silently: no popup, straight back to the page.
    let popups = 0;
    page.on('popup', () => {
      popups += 1;
    });
    await page.reload();
    await page
      .getByText('user:default/alice', { exact: true })
      .first()
      .waitFor({ timeout: TIMEOUT });
    assert.equal(popups, 0, 'the reload opened a popup');
    assert.deepEqual(blocked, [], 'requests left loopback');
    await context.close();
  });

  it('signs in as guest through the backend guest provider', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${urls.app}/my-access`);
    await signInAsGuest(page);
    await page
      .getByText('user:development/guest', { exact: true })
      .first()
      .waitFor({ timeout: TIMEOUT });
    await page.getByText('User token (vnd.backstage.user)').waitFor();
    await context.close();
  });

  it('explains an IdP account the catalog does not know', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${urls.app}/my-access`);
    await signInWithIdp(page, 'ghost@example.com');
    await page
      .getByText(
        /Backstage does not know a user matching your Local IdP account/,
      )
      .first()
      .waitFor({ timeout: TIMEOUT });
    await page
      .getByText(/unable to resolve user identity/)
      .first()
      .waitFor();
    assert.equal(await page.getByRole('table', { name: 'Claims' }).count(), 0);
    await screenshot(page, 'sign-in-unknown-user');
    await context.close();
  });

  it('explains an IdP account without a verified email', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${urls.app}/my-access`);
    await signInWithIdp(page, 'unverified@example.com');
    await page
      .getByText(/Local IdP gave Backstage no verified email address/)
      .first()
      .waitFor({ timeout: TIMEOUT });
    await page
      .getByText(/profile does not contain an email/)
      .first()
      .waitFor();
    assert.equal(await page.getByRole('table', { name: 'Claims' }).count(), 0);
    await context.close();
  });
  it('reports no problem in "Trouble signing in?" on the healthy stack and signs nobody in', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    const guestRefreshes = [];
    page.on('request', request => {
      if (request.url().startsWith(`${urls.backend}/api/auth/guest/refresh`)) {
        guestRefreshes.push(request.url());
      }
    });
    await page.goto(`${urls.app}/my-access`);
    await page
      .getByRole('button', { name: 'Trouble signing in?' })
      .click({ timeout: TIMEOUT });
    await page
      .getByText('The auth backend answers')
      .waitFor({ timeout: TIMEOUT });
    await page.getByText('Checking the auth backend…').waitFor({
      state: 'detached',
    });
    await page.waitForLoadState('networkidle');
    assert.deepEqual(guestRefreshes, [], 'the checks minted a guest session');
    assert.equal(await page.getByText(/lacks/).count(), 0);

    // Every check passed or could not tell; none asserts a problem.
    const panel = page.getByRole('region', { name: 'Trouble signing in?' });
    assert.equal(await panel.getByRole('img', { name: 'Problem' }).count(), 0);
    assert.equal(
      await panel.getByRole('img', { name: 'Warning' }).count(),
      await panel.getByText(/^Could not tell/).count(),
    );
    assert.ok(
      (await panel.getByRole('img', { name: 'Passed' }).count()) >= 3,
      'expected the origin, backend and provider checks to pass',
    );
    const table = panel.getByRole('table', { name: 'Offered providers' });
    for (const name of ['Local IdP', 'Guest']) {
      const row = table.getByRole('row', { name: new RegExp(name) });
      assert.match(await row.innerText(), /Registered|Could not tell/);
    }
    await screenshot(page, 'sign-in-trouble', panel);

    await panel.getByRole('button', { name: 'Check again' }).click();
    await panel
      .getByText('Checking the auth backend…')
      .waitFor({ state: 'detached' });
    await page.waitForLoadState('networkidle');
    assert.deepEqual(guestRefreshes, [], 'the checks minted a guest session');
    await context.close();
  });

  it('lists the likely causes while the sign-in window waits, asserting none', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${urls.app}/my-access`);
    const popupPromise = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Sign in with Local IdP' }).click();
    const popup = await popupPromise;
    // The login form waits in the window; the page cannot see that.
    await popup.getByLabel('Username').waitFor({ timeout: TIMEOUT });
    const card = page.getByRole('region', { name: 'Local IdP' });
    const alert = card.getByRole('alert');
    await alert
      .getByText('No answer from Local IdP after 20 seconds')
      .waitFor({ timeout: 40_000 });
    const causes = alert.getByRole('list', {
      name: 'Likely causes, most likely first',
    });
    const items = await causes.getByRole('listitem').allInnerTexts();
    assert.equal(items.length, 5);
    assert.ok(
      items[0].endsWith(`${urls.backend}/api/auth/oidc/handler/frame`),
      items[0],
    );
    // The IdP answers this page's own try of the start address: it is not
    // put first.
    assert.match(
      items[1],
      /^The identity provider cannot be reached: the window/,
    );
    assert.match(items[4], /waiting for you in the window/);
    await screenshot(page, 'sign-in-no-answer', card);
    await popup.close();
    await context.close();
  });

  it('signs one browser in as another seeded account after sign-out', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${urls.app}/my-access`);
    await signInWithIdp(page, 'alice@example.com');
    await page
      .getByText('user:default/alice', { exact: true })
      .first()
      .waitFor({ timeout: TIMEOUT });

    await page.getByText('Sign out', { exact: true }).first().click();
    await page
      .getByRole('button', { name: 'Sign in with Local IdP' })
      .waitFor({ timeout: TIMEOUT });

    // The IdP's login form again: not "Consent required", not alice again.
    await signInWithIdp(page, 'admin@example.com');
    await page
      .getByText('user:default/admin', { exact: true })
      .first()
      .waitFor({ timeout: TIMEOUT });
    assert.equal(
      await page.getByText('user:default/alice', { exact: true }).count(),
      0,
    );
    await context.close();
  });

  it('shows the login form again after a failed sign-in', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${urls.app}/my-access`);
    await signInWithIdp(page, 'ghost@example.com');
    await page
      .getByText(
        /Backstage does not know a user matching your Local IdP account/,
      )
      .first()
      .waitFor({ timeout: TIMEOUT });

    // The retry must not silently reuse ghost's IdP session.
    await signInWithIdp(page, 'alice@example.com');
    await page
      .getByText('user:default/alice', { exact: true })
      .first()
      .waitFor({ timeout: TIMEOUT });
    await context.close();
  });

  it('does not show an ?error= it did not ask for, and removes it from the address', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    const crafted =
      'Your account was locked, re-verify at https://evil.example';
    await page.goto(
      `${urls.app}/my-access?error=${encodeURIComponent(crafted)}&keep=1`,
    );
    await page
      .getByRole('button', { name: 'Sign in with Local IdP' })
      .waitFor({ timeout: TIMEOUT });
    assert.equal(
      await page.getByText(/evil\.example|account was locked/).count(),
      0,
    );
    const url = new URL(page.url());
    assert.equal(url.pathname, '/my-access');
    assert.equal(url.searchParams.get('error'), null);
    assert.equal(url.searchParams.get('keep'), '1');
    await page
      .getByText(
        'The address contained an error message that this page did not request; it is not shown.',
      )
      .waitFor();
    await screenshot(page, 'sign-in-error-not-shown');
    await context.close();
  });

  it('explains access_denied when the user denies consent at the IdP', async () => {
    const { context, blocked } = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${urls.app}/my-access`);
    await answerConsentAsDana(page, 'Deny');

    const alert = page
      .getByRole('region', { name: 'Local IdP' })
      .getByRole('alert');
    await alert.waitFor({ timeout: TIMEOUT });
    const errorMessage = await alert
      .getByRole('term')
      .filter({ hasText: /^Error message$/ })
      .locator('xpath=following-sibling::dd[1]')
      .innerText();
    console.info(`sign-in error message for Deny: ${errorMessage}`);
    await screenshot(page, 'signin-access-denied');
    assert.match(errorMessage, /access_denied/);
    assert.match(await alert.innerText(), /access_denied/);
    assert.equal(
      await page.getByText('user:default/dana', { exact: true }).count(),
      0,
    );
    await alert
      .getByText('The sign-in was denied at the identity provider')
      .waitFor({ timeout: 5_000 });
    assert.deepEqual(blocked, [], 'requests left loopback');
    await context.close();
  });

  it('signs in when the user allows consent at the IdP', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${urls.app}/my-access`);
    await answerConsentAsDana(page, 'Allow');

    await page
      .getByText('user:default/dana', { exact: true })
      .first()
      .waitFor({ timeout: TIMEOUT });
    await page.getByText('User token (vnd.backstage.user)').waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);

    // The consent lasts: a reload restores the session without a popup.
    let popups = 0;
    page.on('popup', () => {
      popups += 1;
    });
    await page.reload();
    await page
      .getByText('user:default/dana', { exact: true })
      .first()
      .waitFor({ timeout: TIMEOUT });
    assert.equal(popups, 0, 'the reload opened a popup');
    await context.close();
  });
});
