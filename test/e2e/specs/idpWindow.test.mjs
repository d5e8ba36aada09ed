// Failures inside the IdP's window, on a stack of this spec's own whose IdP
// is restarted with each fault of dev/idp/faults.mjs (IDP_FAULT): the page
// hears nothing or "popup was closed", and its provider card must say what
// the window most likely showed and explain what the user pastes from it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startStack } from '../../../dev/stack/index.mjs';
import {
  newContext,
  screenshot,
  sharedBrowser,
  signInWithIdp,
} from '../browser.mjs';

const TIMEOUT = 30_000;
// The page lists the likely causes after 20 s without an answer.
const NO_ANSWER_TIMEOUT = 45_000;
// Beside the suite's stack: each port two above the suite's.
const OFFSET = 2;
const port = (name, fallback) =>
  String(Number(process.env[name] || fallback) + OFFSET);

describe('failures inside the IdP window, each fault for real', () => {
  const browser = sharedBrowser();
  let stack;
  let callbackUrl;

  before(
    async () => {
      stack = await startStack({
        app: true,
        env: {
          ...process.env,
          IDP_PORT: port('IDP_PORT', 7010),
          BACKEND_PORT: port('BACKEND_PORT', 7007),
          APP_PORT: port('APP_PORT', 3000),
          NFS_APP_PORT: port('NFS_APP_PORT', Number(port('APP_PORT', 3000))),
        },
        log: message => console.log(`[idp-window stack] ${message}`),
      });
      callbackUrl = `${stack.urls.backend}/api/auth/oidc/handler/frame`;
    },
    { timeout: 600_000 },
  );
  after(() => stack?.stop());

  async function openSignIn() {
    const { context, blocked } = await newContext(browser());
    const page = await context.newPage();
    await page.goto(stack.urls.app);
    const card = page.getByRole('region', { name: 'Local IdP' });
    await card
      .getByRole('button', { name: 'Sign in with Local IdP' })
      .waitFor({ timeout: TIMEOUT });
    return { context, blocked, page, card };
  }

  async function clickSignIn(page) {
    const popupPromise = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Sign in with Local IdP' }).click();
    return popupPromise;
  }

  async function causesOf(card) {
    const items = card
      .getByRole('alert')
      .getByRole('list', { name: 'Likely causes, most likely first' })
      .getByRole('listitem');
    // The finding's words show first and its panel with the list a moment
    // later (it loads with the first failure): read the list once it is there.
    await items.first().waitFor();
    return items.allInnerTexts();
  }

  /** Pastes `text` into the card's box; resolves with the explanation. */
  async function paste(card, text) {
    await card
      .getByRole('textbox', { name: 'What the sign-in window says' })
      .fill(text);
    const explained = card.getByRole('region', {
      name: 'What the sign-in window says, explained',
    });
    await explained.getByRole('img').first().waitFor({ timeout: TIMEOUT });
    return explained;
  }

  // Tall viewports: the screenshot shows the whole card, box and explanation.
  async function screenshotsOf(page, card, name) {
    await page.setViewportSize({ width: 1400, height: 2000 });
    await screenshot(page, `${name}-1400`, card);
    await page.setViewportSize({ width: 390, height: 2600 });
    assert.equal(
      await page.evaluate(
        () => document.documentElement.scrollWidth > window.innerWidth,
      ),
      false,
      'the page scrolls sideways at 390 px',
    );
    await screenshot(page, `${name}-390`, card);
    await page.setViewportSize({ width: 1400, height: 1000 });
  }

  it('redirect-uri: the IdP shows its own error page, and the card names the exact callback URL', async () => {
    await stack.restartIdp('redirect-uri');
    const { context, blocked, page, card } = await openSignIn();
    const popup = await clickSignIn(page);
    // The IdP's own page, and no redirect back to the backend.
    await popup.getByText('invalid_redirect_uri').waitFor({ timeout: TIMEOUT });
    assert.ok(popup.url().startsWith(stack.urls.idp), popup.url());
    const idpPage = await popup.locator('body').innerText();

    await card
      .getByText('No answer from Local IdP after 20 seconds')
      .waitFor({ timeout: NO_ANSWER_TIMEOUT });
    let causes = await causesOf(card);
    assert.equal(causes.length, 5);
    assert.match(causes[0], /does not know the callback URL/);
    assert.ok(causes[0].endsWith(callbackUrl), causes[0]);
    assert.match(causes[1], /cannot be reached/);
    assert.match(causes[2], /refused you on a page of its own/);
    await card
      .getByRole('button', { name: 'Copy the callback URL of Local IdP' })
      .waitFor();
    await screenshotsOf(page, card, 'idp-window-redirect-uri-no-answer');

    // Closed by hand: the same causes, the callback URL first, and not a
    // bare "sign in again".
    await popup.close();
    await card
      .getByText('The Local IdP sign-in window closed without an answer')
      .waitFor({ timeout: TIMEOUT });
    causes = await causesOf(card);
    assert.ok(causes[0].endsWith(callbackUrl), causes[0]);
    assert.match(causes[4], /You closed the window before finishing/);

    // What the window said, pasted: the IdP's error page, explained.
    const explained = await paste(card, idpPage);
    const explanation = await explained.innerText();
    assert.match(
      explanation,
      // node-oidc-provider's words, which several IdPs write: named as such.
      /The identity provider does not know Backstage’s callback URL/,
    );
    assert.ok(
      explanation.includes(`Register exactly ${callbackUrl} as a redirect URI`),
      explanation,
    );
    await screenshotsOf(page, card, 'idp-window-redirect-uri-pasted');
    assert.deepEqual(blocked, [], 'requests left loopback');
    await context.close();
  });

  it('down: the window meets a refused connection, and the card puts the unreachable IdP first', async () => {
    await stack.restartIdp('down');
    const { context, page, card } = await openSignIn();
    const popup = await clickSignIn(page);
    // Chromium's own error page: nothing listens at the IdP any more.
    await popup
      .getByText('ERR_CONNECTION_REFUSED')
      .waitFor({ timeout: TIMEOUT });
    const browserPage = await popup.locator('body').innerText();

    await card
      .getByText('No answer from Local IdP after 20 seconds')
      .waitFor({ timeout: NO_ANSWER_TIMEOUT });
    const causes = await causesOf(card);
    assert.match(
      causes[0],
      /^The identity provider cannot be reached: this page followed the same sign-in address just now and got no answer/,
    );
    assert.ok(causes[1].endsWith(callbackUrl), causes[1]);

    const explained = await paste(card, browserPage);
    const explanation = await explained.innerText();
    assert.match(
      explanation,
      /The sign-in window could not reach 127\.0\.0\.1/,
    );
    assert.match(explanation, /Local IdP is down, or your network/);
    assert.match(explanation, /ERR_CONNECTION_REFUSED/);
    await screenshotsOf(page, card, 'idp-window-down');
    await popup.close();
    await context.close();
  });

  it('wrong-secret: the backend’s token exchange fails with invalid_client, and the card explains that', async () => {
    await stack.restartIdp('wrong-secret');
    const { context, page, card } = await openSignIn();
    await signInWithIdp(page, 'alice@example.com');
    const alert = card.getByRole('alert');
    await alert
      .getByText(/invalid_client/)
      .first()
      .waitFor({ timeout: TIMEOUT });
    const text = await alert.innerText();
    assert.match(text, /client credentials/);
    assert.doesNotMatch(text, /closed without an answer|No answer from/);
    await screenshotsOf(page, card, 'idp-window-wrong-secret');
    await context.close();
  });

  it('userinfo: the IdP refuses its own access token, and the card quotes the refusal', async () => {
    await stack.restartIdp('userinfo');
    const { context, page, card } = await openSignIn();
    await signInWithIdp(page, 'alice@example.com');
    const alert = card.getByRole('alert');
    await alert
      .getByText(/expected 200 OK, got: 401 Unauthorized/)
      .first()
      .waitFor({ timeout: TIMEOUT });
    const text = await alert.innerText();
    assert.doesNotMatch(text, /closed without an answer|No answer from/);
    await screenshotsOf(page, card, 'idp-window-userinfo');
    await context.close();
  });
});
