// The provider's ID token on My Access, on the real stack: decoded on
// request, its claims explained, its signature nowhere in the page.
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
const JWT = /eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/g;

function decodePart(part) {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Records the messages the sign-in popup posts to the app (the auth
 * backend's response, ID token included) in a variable the test reads: the
 * popup closes too soon for its response body to be read.
 */
async function recordAuthMessages(context) {
  await context.addInitScript(() => {
    window.addEventListener('message', event => {
      window.__e2eAuthMessages = window.__e2eAuthMessages ?? [];
      window.__e2eAuthMessages.push(JSON.stringify(event.data));
    });
  });
}

/** The ID tokens the IdP issued, as the app received them. */
async function receivedIdTokens(page) {
  const messages = await page.evaluate(() => window.__e2eAuthMessages ?? []);
  const tokens = new Set();
  for (const message of messages) {
    for (const [token] of message.matchAll(JWT)) {
      if (decodePart(token.split('.')[1])?.iss === urls.idp) tokens.add(token);
    }
  }
  return tokens;
}

/**
 * Words of ordinary length in the table's cells that wrap over two lines
 * (a DOM Range over one word has one client rect when it is whole).
 */
function brokenWords(table) {
  return table.evaluate(element => {
    const broken = [];
    for (const cell of element.querySelectorAll('td, th')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.data.matchAll(/\S+/g)) {
          if (match[0].length > 40) continue;
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = [...range.getClientRects()].filter(r => r.width > 0);
          if (lines.length > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

describe('Provider claims on the real stack', () => {
  const browser = sharedBrowser();

  it('shows the Local IdP’s ID token claims on request, explained, without its signature', async () => {
    const { context } = await newContext(browser());
    await recordAuthMessages(context);
    const page = await context.newPage();
    await page.goto(`${urls.app}/my-access`);
    await signInWithIdp(page, 'alice@example.com');

    const provider = page.getByRole('region', { name: 'Local IdP' });
    await provider
      .getByText('Signed in', { exact: true })
      .waitFor({ timeout: TIMEOUT });
    const show = provider.getByRole('button', { name: 'Show ID token claims' });
    await show.waitFor({ timeout: TIMEOUT });
    assert.equal(await show.getAttribute('aria-expanded'), 'false');
    assert.equal(
      await provider.getByRole('table').count(),
      0,
      'claims are shown before they were asked for',
    );
    await show.click();

    const table = provider.getByRole('table', {
      name: 'Claims of the ID token from Local IdP',
    });
    await table.waitFor({ timeout: TIMEOUT });
    const row = name =>
      table
        .getByRole('row')
        .filter({ has: page.getByText(name, { exact: true }) });
    await row('iss').getByText(urls.idp, { exact: true }).waitFor();
    await row('email').getByText('alice@example.com').waitFor();
    await row('email_verified').getByText('true', { exact: true }).waitFor();
    await row('email_verified')
      .getByText(/user profile does not contain an email/)
      .waitFor();
    const groups = await row('groups').innerText();
    assert.match(groups, /team-a\s+team-b/);
    assert.match(groups, /unless the sign-in resolver maps them/);
    await provider.getByText(/Decoding is not verification/).waitFor();
    await provider.getByText('Audience (client id)').waitFor();

    // Nothing cries wolf: a fresh ID token has no finding.
    assert.equal(
      await provider
        .getByRole('listitem', { name: /^Problem|^Warning/ })
        .count(),
      0,
    );

    const idTokens = await receivedIdTokens(page);
    assert.ok(idTokens.size > 0, 'the app received no ID token');
    const html = await page.content();
    const shownIat = await row('iat').innerText();
    let matched = false;
    for (const token of idTokens) {
      const [, payload, signature] = token.split('.');
      assert.ok(
        !html.includes(signature),
        'the page holds an ID token signature',
      );
      assert.ok(!html.includes(token), 'the page holds a raw ID token');
      const { iat } = decodePart(payload);
      const when = new Date(iat * 1000)
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d{3}Z$/, '');
      if (shownIat.includes(when)) matched = true;
    }
    assert.ok(matched, `the shown iat (${shownIat}) is of no recorded token`);

    for (const width of [1400, 1024]) {
      await page.setViewportSize({ width, height: 1800 });
      await screenshot(
        page,
        width === 1400
          ? 'myaccess-provider-claims'
          : `myaccess-provider-claims-${width}`,
        provider,
      );
      assert.deepEqual(await brokenWords(table), [], `at ${width} px`);
    }

    await provider
      .getByRole('button', { name: 'Hide ID token claims' })
      .click();
    await table.waitFor({ state: 'detached' });
    await context.close();
  });
});
