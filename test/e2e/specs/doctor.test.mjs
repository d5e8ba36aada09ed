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

  it('diagnoses pasted tokens and bundles no token', async () => {
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

    // The checks have run. (A plugin named in config that the backend lacks:
    // notInstalled.test.mjs.)
    await page
      .getByRole('list', { name: 'Checks', exact: true })
      .getByRole('listitem', {
        name: 'Passed: catalog: the plugin accepts your token',
      })
      .waitFor({ timeout: TIMEOUT });

    const box = page.getByRole('textbox', {
      name: 'Paste a token, an error or a response',
    });
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

  it('explains what users copy: a toast’s message, and the IdP’s error in a callback address with the exact URL to register', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${urls.app}/my-access`);
    await signInAsGuest(page);
    const box = page.getByRole('textbox', {
      name: 'Paste a token, an error or a response',
    });
    await box.waitFor({ timeout: TIMEOUT });
    const pasted = page.getByRole('list', {
      name: 'Paste a token or an error',
    });

    await box.fill(
      'Login failed; caused by Error: Authentication failed, redirect_uri_mismatch',
    );
    await page
      .getByText(
        'Read as a message, as a toast, a sign-in window, an error page or a log shows it.',
      )
      .waitFor({ timeout: TIMEOUT });
    await pasted
      .getByRole('listitem', {
        name: 'Problem: IdP rejected the callback URL (redirect_uri_mismatch)',
      })
      .waitFor();

    const callback = `${urls.backend}/api/auth/oidc/handler/frame`;
    await box.fill(
      `${callback}?error=redirect_uri_mismatch&error_description=The+redirect_uri+is+not+registered&state=x`,
    );
    await page
      .getByText('Read as an address carrying the identity provider’s error.')
      .waitFor({ timeout: TIMEOUT });
    const finding = pasted.getByRole('listitem', {
      name: 'Problem: oidc rejected the callback URL (redirect_uri_mismatch)',
    });
    await finding
      .getByText(`Register exactly ${callback} as a redirect URI`, {
        exact: false,
      })
      .waitFor();
    await screenshot(
      page,
      'my-access-paste-box',
      page.getByRole('region', { name: 'Paste a token or an error' }),
    );
    await context.close();
  });

  it('reports no problem on the healthy stack', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${urls.app}/my-access`);
    await signInAsGuest(page);
    const checks = page.getByRole('list', { name: 'Checks', exact: true });
    await checks.waitFor({ timeout: TIMEOUT });
    await checks
      .getByRole('listitem', { name: /^Could not tell: Clock skew/ })
      .waitFor({ timeout: TIMEOUT });

    const names = await checks
      .getByRole('listitem')
      .evaluateAll(items => items.map(item => item.getAttribute('aria-label')));
    assert.ok(names.length > 10, `only ${names.length} checks ran`);
    const alarms = names.filter(name => /^(Problem|Warning):/.test(name));
    assert.deepEqual(alarms, [], 'the healthy stack raises alarms');
    assert.ok(
      names.includes('Could not tell: Clock skew cannot be measured'),
      `clock skew is not "could not tell": ${names.join(' | ')}`,
    );
    // The dev app has no plugin the backend lacks, and the doctor asks no
    // default plugin the app shows no sign of: nothing "not installed".
    assert.deepEqual(
      names.filter(name => /not installed|no cookie authentication/.test(name)),
      [],
    );
    const summary = page
      .getByRole('region', { name: 'Checks', exact: true })
      .getByRole('status');
    const summaryText = await summary.innerText();
    assert.match(summaryText, /^0 problems, 0 warnings, \d+ passed/);
    assert.match(summaryText, /1 could not tell/);
    assert.doesNotMatch(summaryText, /\b1 problems\b|\b1 warnings\b/);
    await screenshot(page, 'my-access-doctor-checks', cardOf(page, checks));

    await context.close();
  });
});
