import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import {
  cardOf,
  sharedBrowser,
  newContext,
  screenshot,
  signInAsGuest,
  urls,
} from '../browser.mjs';

const TIMEOUT = 30_000;

function jwt(header, payload) {
  const part = value =>
    Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part(header)}.${part(payload)}.c2lnbmF0dXJlLW9mLWEtZm9yZ2VyeQ`;
}

const HEADER = { alg: 'ES256', kid: 'e2e', typ: 'vnd.backstage.user' };

describe('401 doctor on the real stack', () => {
  const browser = sharedBrowser();

  it('diagnoses pasted tokens, reports an uninstalled plugin, and bundles no token', async () => {
    const { context } = await newContext(browser(), { acceptDownloads: true });
    const page = await context.newPage();
    const tokens = new Set();
    page.on('response', async response => {
      if (!response.url().includes('/api/auth/')) return;
      try {
        const token = (await response.json())?.backstageIdentity?.token;
        if (token) tokens.add(token);
      } catch {
        // not JSON
      }
    });
    await page.goto(`${urls.app}/my-access`);
    await signInAsGuest(page);
    await page
      .getByText('user:development/guest', { exact: true })
      .first()
      .waitFor({ timeout: TIMEOUT });

    // The dev config asks for scaffolder permissions, but the backend has no scaffolder.
    await page
      .getByRole('list', { name: 'Checks' })
      .getByText('scaffolder: not installed in the backend')
      .waitFor({ timeout: TIMEOUT });

    const box = page.getByRole('textbox', { name: 'Paste a token' });
    const now = Math.floor(Date.now() / 1000);
    const expired = jwt(HEADER, {
      iss: `${urls.backend}/api/auth`,
      sub: 'user:development/guest',
      aud: 'backstage',
      iat: now - 7200,
      exp: now - 3600,
    });
    await box.fill(`Bearer ${expired}`);
    await page
      .getByText(/^The token expired/)
      .first()
      .waitFor({ timeout: TIMEOUT });

    const forged = jwt(HEADER, {
      iss: 'https://backstage.other-company.example/api/auth',
      sub: 'user:default/admin',
      aud: 'backstage',
      iat: now,
      exp: now + 3600,
    });
    await box.fill(forged);
    await page
      .getByText('The issuer is not the auth backend this app uses')
      .first()
      .waitFor({ timeout: TIMEOUT });
    await screenshot(page, 'my-access-doctor', cardOf(page, box));

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download JSON' }).click();
    const bundle = await readFile(await (await download).path(), 'utf8');
    const parsed = JSON.parse(bundle);
    assert.ok(
      JSON.stringify(parsed).includes('user:development/guest'),
      'bundle lacks the user',
    );
    assert.ok(tokens.size > 0, 'saw no token on the network');
    for (const token of tokens) {
      const [, payload, signature] = token.split('.');
      assert.ok(!bundle.includes(token), 'bundle contains the token');
      assert.ok(!bundle.includes(signature), 'bundle contains the signature');
      assert.ok(
        !bundle.includes(payload),
        'bundle contains the encoded payload',
      );
    }
    await context.close();
  });
});
