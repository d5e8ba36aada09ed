// Proxied sign-in on the real stack: `node test/e2e/run.mjs --proxied proxied`
// runs the authenticating dev proxy (dev/proxy) in front of the app and the
// backend, and the backend's oauth2Proxy provider. Skipped without it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  PASSWORD,
  cardOf,
  newContext,
  screenshot,
  sharedBrowser,
  signInWithIdp,
  urls,
} from '../browser.mjs';

const TIMEOUT = 30_000;
const PROVIDER = 'Dev proxy (oauth2-proxy)';

/** The 401 doctor's list of checks on My Access. */
function doctorChecks(page) {
  return page.getByRole('list', { name: 'Checks', exact: true });
}

/** The proxy sends the browser to the IdP's login form first. */
async function signInAtProxy(page, username) {
  await page.getByLabel('Username').waitFor({ timeout: TIMEOUT });
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe(
  'proxied sign-in on the real stack',
  { skip: !urls.proxy && 'needs the proxied stack (run.mjs --proxied)' },
  () => {
    const browser = sharedBrowser();

    it('signs in through the proxy without a click on the sign-in page, My Access shows the user, sign-out ends both sessions', async () => {
      const { context, blocked } = await newContext(browser());
      const page = await context.newPage();
      const refreshes = [];
      page.on('request', request => {
        if (/\/api\/auth\/oauth2Proxy\/refresh/.test(request.url())) {
          refreshes.push(request.url());
        }
      });
      await page.goto(`${urls.proxy}/my-access`);
      await signInAtProxy(page, 'alice@example.com');

      // Back on the app: signed in by the proxy's headers, no button pressed.
      await page
        .getByText('user:default/alice')
        .first()
        .waitFor({ timeout: TIMEOUT });
      assert.equal(new URL(page.url()).pathname, '/my-access');
      assert.ok(
        refreshes.every(u => u.startsWith(`${urls.proxy}/api/auth/`)),
        `refresh went through the proxy: ${refreshes}`,
      );
      assert.ok(
        refreshes.every(u => u.includes('env=development')),
        'env is passed',
      );
      await screenshot(page, 'signin-proxied-my-access', undefined, {
        fullPage: false,
      });

      // The doctor's proxied check: the same refresh, through the proxy.
      await doctorChecks(page)
        .getByRole('listitem', {
          name: `Passed: ${PROVIDER}: the proxy signs you in as user:default/alice`,
        })
        .waitFor({ timeout: TIMEOUT });
      assert.equal(
        await doctorChecks(page)
          .getByRole('listitem', { name: /^(Problem|Warning): .*proxy/i })
          .count(),
        0,
      );

      // Sign-out: the Backstage session ends and the proxy's too
      // (/oauth2/sign_out), so the next load asks for the password again
      // instead of signing the same user straight back in.
      await page.getByText('Sign out', { exact: true }).first().click();
      await page.getByLabel('Username').waitFor({ timeout: TIMEOUT });
      assert.equal(new URL(page.url()).origin, urls.idp);
      await screenshot(page, 'signin-proxied-signed-out');
      await page.goto(`${urls.proxy}/my-access`);
      await page.getByLabel('Username').waitFor({ timeout: TIMEOUT });
      assert.equal(new URL(page.url()).origin, urls.idp);
      await context.close();
      assert.deepEqual(blocked, []);
    });

    it('explains what is missing on the app reached without the proxy', async () => {
      const { context } = await newContext(browser());
      const page = await context.newPage();
      await page.goto(`${urls.app}/my-access`);
      const card = page.getByRole('region', { name: PROVIDER });
      const alert = card.getByRole('alert');
      await alert.waitFor({ timeout: TIMEOUT });
      const text = await alert.innerText();
      assert.match(
        text,
        /This request reached Backstage without passing through oauth2-proxy: header x-forwarded-user is missing/,
      );
      assert.match(text, /Open Backstage at its proxied address/);
      assert.doesNotMatch(text, /You do not appear to be signed in/);
      // The popup provider is still offered.
      await page
        .getByRole('button', { name: 'Sign in with Local IdP' })
        .waitFor();
      assert.equal(
        await page
          .getByRole('button', { name: 'Sign in with Local IdP' })
          .isEnabled(),
        true,
      );
      await screenshot(page, 'signin-proxied-bypassed');
      await context.close();
    });

    it('the doctor on the app reached without the proxy, signed in with a popup, says this address bypasses the proxy: information, the session is not the proxied one', async () => {
      const { context } = await newContext(browser());
      const page = await context.newPage();
      await page.goto(`${urls.app}/my-access`);
      await page
        .getByRole('button', { name: 'Sign in with Local IdP' })
        .waitFor({ timeout: TIMEOUT });
      await signInWithIdp(page, 'alice@example.com');
      const checks = doctorChecks(page);
      const bypass = checks.getByRole('listitem', {
        name: `Information: ${PROVIDER}: requests from this address bypass the proxy`,
      });
      await bypass.waitFor({ timeout: TIMEOUT });
      const text = await bypass.innerText();
      assert.match(
        text,
        /This request reached Backstage without passing through oauth2-proxy: header x-forwarded-user is missing/,
      );
      assert.match(text, /a session started another way does not depend on it/);
      assert.doesNotMatch(text, /You signed in with/);
      assert.equal(
        await checks
          .getByRole('listitem', { name: /^(Problem|Warning): .*proxy/i })
          .count(),
        0,
      );
      await bypass.scrollIntoViewIfNeeded();
      await screenshot(page, 'my-access-doctor-proxied', cardOf(page, checks));
      await context.close();
    });
  },
);
