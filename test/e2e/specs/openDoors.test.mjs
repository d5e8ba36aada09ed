// Open doors on the real stack: the 401 doctor names the ways anyone could
// act as anyone, from what the page observed, never by sending an identity.
//   node test/e2e/run.mjs openDoors                              (default stack)
//   node test/e2e/run.mjs --proxied openDoors                    (oauth2-proxy)
//   node test/e2e/run.mjs --guest-outside-development openDoors  (guest left on)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  PASSWORD,
  cardOf,
  newContext,
  screenshot,
  sharedBrowser,
  signInAsGuest,
  signInWithIdp,
  urls,
} from '../browser.mjs';

const TIMEOUT = 60_000;
const PROVIDER = 'Dev proxy (oauth2-proxy)';
const HEADERS =
  'X-Forwarded-User, X-Forwarded-Email, X-Forwarded-Preferred-Username, X-OAUTH2-PROXY-ID-TOKEN';
const guestOutsideDevelopment = Boolean(
  process.env.E2E_GUEST_OUTSIDE_DEVELOPMENT,
);
const NARROW = { viewport: { width: 390, height: 844 } };

function openDoors(page) {
  return page.getByRole('list', { name: 'Open doors', exact: true });
}

function attention(page) {
  return page.getByRole('list', { name: 'Needs attention', exact: true });
}

/** Every request the page sends, to show that none carried an identity header. */
function recordIdentityHeaders(page) {
  const sent = [];
  page.on('request', request => {
    const headers = request.headers();
    for (const name of [
      'x-forwarded-user',
      'x-forwarded-email',
      'x-forwarded-preferred-username',
      'x-oauth2-proxy-id-token',
    ]) {
      if (headers[name]) sent.push(`${name} on ${request.url()}`);
    }
  });
  return sent;
}

async function waitForDoctor(page) {
  await openDoors(page).waitFor({ timeout: TIMEOUT });
  // The doctor's verdict is a link in the summary once the checks ran.
  await page
    .getByRole('link', { name: /^\d+ problems?, \d+ warnings?$/ })
    .waitFor({ timeout: TIMEOUT });
}

async function flagged(list) {
  return list
    .getByRole('listitem', { name: /^(Problem|Warning):/ })
    .evaluateAll(items => items.map(i => i.getAttribute('aria-label')));
}

describe(
  'open doors on the proxied stack',
  { skip: !urls.proxy && 'needs the proxied stack (run.mjs --proxied)' },
  () => {
    const browser = sharedBrowser();

    it('on the app’s own port: the sign-in page and the doctor report the impersonation path as a problem naming the headers', async () => {
      const { context } = await newContext(browser());
      const page = await context.newPage();
      const sent = recordIdentityHeaders(page);
      await page.goto(`${urls.app}/my-access`);

      // The sign-in page, to whoever looks.
      const notice = page.getByRole('region', {
        name: 'Open door',
        exact: true,
      });
      await notice.waitFor({ timeout: TIMEOUT });
      const noticeText = await notice.innerText();
      assert.match(
        noticeText,
        new RegExp(
          `Anyone who can reach ${urls.backend.replace(/[.]/g, '\\.')} can sign in as anyone`,
        ),
      );
      assert.ok(noticeText.includes(HEADERS), noticeText);
      assert.match(noticeText, /Let only oauth2-proxy reach Backstage/);
      await screenshot(page, 'signin-open-door');
      const narrow = await newContext(browser(), NARROW);
      const narrowPage = await narrow.context.newPage();
      await narrowPage.goto(`${urls.app}/`);
      await narrowPage
        .getByRole('region', { name: 'Open door', exact: true })
        .waitFor({ timeout: TIMEOUT });
      await screenshot(narrowPage, 'signin-open-door-390', undefined, {
        fullPage: true,
      });
      const overflow = await narrowPage.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      assert.ok(overflow <= 0, `no sideways scroll at 390 px (${overflow})`);
      await narrow.context.close();

      // Signed in another way: the doctor still reports the door.
      await signInWithIdp(page, 'alice@example.com');
      await waitForDoctor(page);
      const door = openDoors(page).getByRole('listitem', {
        name: new RegExp(
          `^Problem: Anyone who can reach .* can sign in as anyone: ${PROVIDER.replace(/[()]/g, '\\$&')} trusts headers`,
        ),
      });
      await door.waitFor({ timeout: TIMEOUT });
      const doorText = await door.innerText();
      assert.ok(doorText.includes(HEADERS), doorText);
      assert.match(doorText, /Request did not contain a user/);
      assert.match(doorText, /This page did not try/);

      // At the top of the page: the summary leads with it.
      const first = attention(page).getByRole('listitem').first();
      assert.match(
        await first.innerText(),
        /^Open door · Problem: Anyone who can reach/,
      );
      await screenshot(
        page,
        'my-access-summary-open-door',
        cardOf(page, attention(page)),
      );
      await door.scrollIntoViewIfNeeded();
      await screenshot(
        page,
        'my-access-open-doors',
        cardOf(page, openDoors(page)),
      );
      assert.deepEqual(sent, [], 'the page sent no identity header itself');
      await context.close();
    });

    it('through the proxy: no open door', async () => {
      const { context } = await newContext(browser());
      const page = await context.newPage();
      await page.goto(`${urls.proxy}/my-access`);
      await page.getByLabel('Username').waitFor({ timeout: TIMEOUT });
      await page.getByLabel('Username').fill('alice@example.com');
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await waitForDoctor(page);
      assert.deepEqual(await flagged(openDoors(page)), []);
      // The probes travel as the app's requests do (with the proxy's cookie),
      // and a token issued under the backend's own address but accepted here
      // is information: a healthy session behind the proxy is all clear.
      await page
        .getByRole('link', { name: '0 problems, 0 warnings', exact: true })
        .waitFor({ timeout: TIMEOUT });
      assert.equal(
        await page
          .getByRole('region', { name: 'Open door', exact: true })
          .count(),
        0,
      );
      await screenshot(
        page,
        'my-access-open-doors-proxied',
        cardOf(page, openDoors(page)),
      );
      await context.close();
    });
  },
);

describe(
  'open doors with guest left on outside development',
  {
    skip:
      !guestOutsideDevelopment && 'needs run.mjs --guest-outside-development',
  },
  () => {
    const browser = sharedBrowser();

    for (const [name, options] of [
      ['', {}],
      ['-390', NARROW],
    ]) {
      it(`reports guest sign-in outside development as a problem, first in the summary${name && ' (390 px)'}`, async () => {
        const { context } = await newContext(browser(), options);
        const page = await context.newPage();
        await page.goto(`${urls.app}/my-access`);
        await signInAsGuest(page);
        await waitForDoctor(page);
        const door = openDoors(page).getByRole('listitem', {
          name: 'Problem: Anyone who opens the portal is signed in: guest sign-in works outside development',
        });
        await door.waitFor({ timeout: TIMEOUT });
        const text = await door.innerText();
        assert.match(text, /auth\.environment is production/);
        assert.match(text, /dangerouslyAllowOutsideDevelopment/);
        assert.match(
          await attention(page).getByRole('listitem').first().innerText(),
          /^Open door · Problem: Anyone who opens the portal is signed in/,
        );
        await screenshot(
          page,
          `my-access-summary-guest${name}`,
          cardOf(page, attention(page)),
        );
        await door.scrollIntoViewIfNeeded();
        await screenshot(
          page,
          `my-access-open-doors-guest${name}`,
          cardOf(page, openDoors(page)),
        );
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        assert.ok(overflow <= 0, `no sideways scroll (${overflow})`);
        await context.close();
      });
    }
  },
);

describe(
  'open doors on the default stack',
  {
    skip:
      (urls.proxy || guestOutsideDevelopment) &&
      'the default stack only (no --proxied, no --guest-outside-development)',
  },
  () => {
    const browser = sharedBrowser();

    it('shows guest in development and the agents setting without crying wolf', async () => {
      const { context } = await newContext(browser());
      const page = await context.newPage();
      await page.goto(`${urls.app}/my-access`);
      await signInAsGuest(page);
      await waitForDoctor(page);
      const doors = openDoors(page);
      assert.deepEqual(await flagged(doors), []);
      for (const name of [
        'Information: Guest sign-in is on, in development',
        'Passed: Permissions are on: a policy decides what each user may do',
        'Information: Agents from the allowed list can act as you after one approval',
      ]) {
        await doors
          .getByRole('listitem', { name })
          .waitFor({ timeout: TIMEOUT });
      }
      await screenshot(
        page,
        'my-access-summary',
        cardOf(
          page,
          attention(page).or(page.getByText('No problem or warning found.')),
        ),
      );
      await doors.scrollIntoViewIfNeeded();
      await screenshot(
        page,
        'my-access-open-doors-default',
        cardOf(page, doors),
      );
      await context.close();
    });
  },
);
