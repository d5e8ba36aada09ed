// An app whose config names backend plugins the backend does not have
// (scaffolder, notifications): config is the user's word, so the cards ask
// them anyway and say "not installed". The dev app lists only plugins the dev
// backend has, so this runs on the new-frontend-system dev app started with
// config overrides, against the same backend.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newContext, sharedBrowser, signInAsGuest, urls } from '../browser.mjs';
import { nfsApp, nfsUrl } from '../nfsApp.mjs';

const TIMEOUT = 30_000;

// An app already running (E2E_NFS_APP_URL) has its own config, not this one.
const skip = process.env.E2E_NFS_APP_URL
  ? 'needs its own app (E2E_NFS_APP_URL is set)'
  : false;

describe(
  'plugins named in config that the backend does not have',
  { skip },
  () => {
    const browser = sharedBrowser();
    nfsApp({
      env: {
        APP_CONFIG_accessInspector_permissions_plugins: JSON.stringify([
          'catalog',
          'scaffolder',
        ]),
        APP_CONFIG_accessInspector_agents_plugins: JSON.stringify([
          'auth',
          'catalog',
          'scaffolder',
          'notifications',
        ]),
      },
    });

    it('are asked and said to be not installed, and a pasted error from one makes it a problem', async () => {
      const { context } = await newContext(browser());
      const page = await context.newPage();
      await page.goto(`${nfsUrl}/my-access`);
      await page
        .getByRole('button', { name: 'Sign in with Local IdP' })
        .waitFor({ timeout: 240_000 });
      await signInAsGuest(page);
      await page.waitForURL(/\/my-access$/, { timeout: TIMEOUT });

      // Agents card: plugins without actions are information, not failures.
      await page
        .getByText(
          'scaffolder: no actions (not installed, or it registers none)',
        )
        .waitFor({ timeout: TIMEOUT });
      await page
        .getByText(
          'notifications: no actions (not installed, or it registers none)',
        )
        .waitFor({ timeout: TIMEOUT });

      // Permissions card: the scaffolder is shown as not installed, not an error.
      await page
        .getByText(
          'scaffolder: no permissions, or the plugin is not installed (HTTP 404)',
        )
        .waitFor({ timeout: TIMEOUT });

      // Doctor: information, since nothing in the app uses the scaffolder.
      const checks = page.getByRole('list', { name: 'Checks', exact: true });
      await checks
        .getByRole('listitem', {
          name: 'Information: scaffolder: not installed on this backend',
        })
        .waitFor({ timeout: TIMEOUT });
      const names = await checks
        .getByRole('listitem')
        .evaluateAll(items =>
          items.map(item => item.getAttribute('aria-label')),
        );
      const alarms = names.filter(name => /^(Problem|Warning):/.test(name));
      assert.deepEqual(alarms, [], 'a plugin nothing uses raises an alarm');
      const summary = page
        .getByRole('region', { name: 'Checks', exact: true })
        .getByRole('status');
      assert.match(await summary.innerText(), /^0 problems, 0 warnings/);

      // An error the app got from the scaffolder: now the missing plugin matters.
      await page
        .getByRole('textbox', { name: 'Paste a token, an error or a response' })
        .fill(
          `GET ${urls.backend}/api/scaffolder/v2/templates 404 (Not Found)\n` +
            '{"error":{"name":"NotFoundError","message":"Not Found"},"response":{"statusCode":404}}',
        );
      await checks
        .getByRole('listitem', {
          name: 'Problem: scaffolder: not installed in the backend',
        })
        .waitFor({ timeout: TIMEOUT });
      assert.match(await summary.innerText(), /^1 problem, 0 warnings/);
      assert.equal(
        await checks
          .getByRole('listitem', { name: /^Information: scaffolder/ })
          .count(),
        0,
      );
      await context.close();
    });
  },
);
