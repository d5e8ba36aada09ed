import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  sharedBrowser,
  newContext,
  screenshot,
  signInAsGuest,
  signInWithIdp,
  urls,
} from '../browser.mjs';

const TIMEOUT = 30_000;

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
      .getByText(/Local IdP did not give Backstage your email address/)
      .first()
      .waitFor({ timeout: TIMEOUT });
    await page
      .getByText(/profile does not contain an email/)
      .first()
      .waitFor();
    assert.equal(await page.getByRole('table', { name: 'Claims' }).count(), 0);
    await context.close();
  });
});
