// The new-frontend-system dev app (dev/nfs) on the same backend: the page,
// its sidebar entry, the sign-in module and the banner extension.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, newContext, signInAsGuest, urls } from '../browser.mjs';

const TIMEOUT = 30_000;
const port = Number(new URL(urls.app).port) + 1;
const nfsUrl = `http://127.0.0.1:${port}`;

async function waitForHttp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the dev server exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

describe('new frontend system dev app on the real stack', () => {
  let browser;
  let server;
  let output = '';
  before(async () => {
    server = spawn(
      'node_modules/.bin/backstage-cli',
      ['package', 'start', '--entrypoint', 'dev/nfs'],
      {
        detached: true,
        env: {
          ...process.env,
          BROWSER: 'none',
          APP_CONFIG_app_baseUrl: nfsUrl,
          APP_CONFIG_backend_baseUrl: urls.backend,
        },
      },
    );
    server.stdout.on('data', d => {
      output += d;
    });
    server.stderr.on('data', d => {
      output += d;
    });
    try {
      await waitForHttp(nfsUrl, server, 240_000);
    } catch (e) {
      throw new Error(`${e.message}\n${output.slice(-2000)}`);
    }
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    if (server?.pid && server.exitCode === null)
      process.kill(-server.pid, 'SIGTERM');
  });

  it('signs in with the plugin sign-in module and shows My Access from the sidebar', async () => {
    const { context, blocked } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(nfsUrl);
    await page
      .getByRole('button', { name: 'Sign in with Local IdP' })
      .waitFor({ timeout: TIMEOUT });
    await signInAsGuest(page);

    await page
      .getByRole('link', { name: 'My Access' })
      .first()
      .click({ timeout: TIMEOUT });
    await page.waitForURL(/\/my-access$/);
    await page
      .getByText('user:development/guest', { exact: true })
      .first()
      .waitFor({ timeout: TIMEOUT });
    await page
      .getByRole('table', { name: 'Groups and ownership' })
      .waitFor({ timeout: TIMEOUT });
    assert.deepEqual(blocked, []);
    await context.close();
  });
});
