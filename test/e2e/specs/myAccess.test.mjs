import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cardOf,
  sharedBrowser,
  newContext,
  screenshot,
  signInAsGuest,
  signInWithIdp,
  urls,
} from '../browser.mjs';

const TIMEOUT = 30_000;

function groupsTable(page) {
  return page.getByRole('table', { name: 'Groups and ownership' });
}

/** The row whose first cell names `ref` ("Title (ref)" or just "ref"). */
function groupRow(page, ref) {
  const escaped = ref.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const name = new RegExp(`(^|\\()${escaped}\\)?$`);
  return groupsTable(page)
    .getByRole('row')
    .filter({ has: page.locator('th', { hasText: name }) });
}

describe('My Access on the real stack', () => {
  const browser = sharedBrowser();

  it('flags the parent groups of a nested team as not in the token', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${urls.app}/my-access`);
    await signInWithIdp(page, 'alice@example.com');

    await page
      .getByText(/groups the catalog has are not in your token/)
      .waitFor({ timeout: TIMEOUT });
    // team-a → engineering → acme and team-b → platform → engineering → acme
    for (const parent of [
      'group:default/engineering',
      'group:default/platform',
      'group:default/acme',
    ]) {
      const row = groupRow(page, parent);
      await row.getByText('not in your token').waitFor();
      await row.getByLabel('Identity: no').waitFor();
      await row.getByLabel('Catalog: yes').waitFor();
    }
    for (const direct of ['group:default/team-a', 'group:default/team-b']) {
      const row = groupRow(page, direct);
      await row.getByText('direct member').waitFor();
      await row.getByLabel('Identity: yes').waitFor();
      await row.getByLabel('Auth backend: yes').waitFor();
      assert.equal(await row.getByText('not in your token').count(), 0);
    }
    await screenshot(page, 'my-access-groups', cardOf(page, groupsTable(page)));

    // Group names lead to their catalog pages.
    await groupRow(page, 'group:default/acme').getByRole('link').click();
    await page.waitForURL(/\/catalog\/default\/group\/acme/, {
      timeout: TIMEOUT,
    });
    await context.close();
  });

  it('maps carol’s groups claim to the catalog and says what does not map', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${urls.app}/my-access`);
    await signInWithIdp(page, 'carol@example.com');

    const section = page.getByRole('region', {
      name: 'Groups your identity provider asserts',
    });
    const findings = section.getByRole('list', {
      name: 'Groups your identity provider asserts',
    });
    await findings.waitFor({ timeout: TIMEOUT });
    // The dev backend's resolver (dev/backend/oidcGroupsModule.ts) adds the
    // claimed groups the catalog has to the identity: team-a by name,
    // data-platform by its object id. payments has no Group, so it maps to
    // nothing, and sales-emea is only in the catalog.
    const labels = await findings
      .getByRole('listitem')
      .evaluateAll(items => items.map(i => i.getAttribute('aria-label')));
    assert.deepEqual(labels, [
      'Warning: 1 group the IdP asserts has no catalog Group',
      'Information: 1 catalog membership is not asserted by the IdP',
    ]);
    assert.equal(
      await findings.getByText(/not in your identity/).count(),
      0,
      'data-platform is reported missing from the identity',
    );
    const table = section.getByRole('table', {
      name: 'Groups claim mapped to the catalog',
    });
    const rows = await table
      .getByRole('row')
      .evaluateAll(r => r.slice(1).map(row => row.textContent));
    assert.deepEqual(rows, [
      'team-agroupsgroup:default/team-anameyes',
      'paymentsgroupsnone in the catalog',
      '7d1f0c1e-5b7a-4c59-9a53-2f0a8f3e4b11groupsgroup:default/data-platformannotation graph.microsoft.com/group-idyes',
    ]);
    // The identity's ownership refs hold data-platform, and nothing for payments.
    await groupRow(page, 'group:default/data-platform')
      .getByLabel('Identity: yes')
      .waitFor();
    assert.equal(await groupRow(page, 'group:default/payments').count(), 0);
    // The catalog has data-platform; carol is just not a member of it.
    await groupRow(page, 'group:default/data-platform')
      .getByText('in the catalog, not a membership')
      .waitFor();
    // Like every row the catalog knows: a link to its page and a tick.
    await groupRow(page, 'group:default/data-platform')
      .getByRole('link', { name: /group:default\/data-platform/ })
      .waitFor();
    await groupRow(page, 'group:default/data-platform')
      .getByLabel('Catalog: yes')
      .waitFor();
    assert.equal(
      await page.getByText(/unknown to the catalog/).count(),
      0,
      'a group the catalog has is called unknown to it',
    );
    await screenshot(page, 'my-access-groups-claim', section);
    await context.close();
  });

  it('as alice, one load sends no request twice; the token card and the resource picker read well', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${urls.app}/my-access`);
    await signInWithIdp(page, 'alice@example.com');
    await page
      .getByRole('table', { name: 'Groups claim mapped to the catalog' })
      .waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');

    // A fresh load, counted from its first request until the page is quiet.
    const sent = [];
    page.on('request', request => {
      if (!request.url().includes('/api/')) return;
      sent.push(
        `${request.method()} ${request.url()} ${request.postData() ?? ''}`,
      );
    });
    await page.reload();
    await page
      .getByRole('table', { name: 'Groups claim mapped to the catalog' })
      .waitFor({ timeout: TIMEOUT });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(2_000);
    const twice = sent.filter((line, i) => sent.indexOf(line) !== i);
    assert.deepEqual(twice, [], `sent twice in one load:\n${twice.join('\n')}`);
    assert.ok(
      sent.some(line => line.includes('/entities/by-refs')),
      'the membership walk was not seen',
    );

    // After "Reveal token", the copy icon keeps its distance from the length.
    await page.getByRole('button', { name: 'Reveal token' }).click();
    const copy = await page
      .getByRole('button', { name: 'Copy token' })
      .boundingBox();
    const length = await page.getByText(/^\d+ characters$/).boundingBox();
    assert.ok(
      length.x - (copy.x + copy.width) >= 8,
      `copy icon ends at ${copy.x + copy.width}, the length starts at ${length.x}`,
    );
    await screenshot(
      page,
      'my-access-token-revealed',
      page.getByRole('button', { name: 'Hide token' }).locator('..'),
    );

    // The resource picker lists entities the catalog has before any typing,
    // and its hint names one of them.
    const input = page.getByRole('textbox', {
      name: 'Entity ref for catalog-entity',
    });
    await input.scrollIntoViewIfNeeded();
    await input.click();
    const options = page.getByRole('listbox').getByRole('option');
    await options.first().waitFor({ timeout: TIMEOUT });
    const first = await options.first().innerText();
    assert.match(first, /^[a-z]+:[a-z0-9-]+\/[a-z0-9-]+$/);
    await page
      .getByText(`kind:namespace/name, e.g. ${first}`)
      .waitFor({ timeout: TIMEOUT });
    assert.equal(
      await page.getByText(/component:default\/payments\b/).count(),
      0,
    );
    await screenshot(
      page,
      'my-access-resource-picker',
      page.getByRole('region', {
        name: 'Resource permissions: catalog-entity',
      }),
    );
    await context.close();
  });

  it('as alice, a healthy load logs no red console line from the plugin', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    const errors = [];
    page.on('console', message => {
      // Red lines that come from a request (Chromium's "Failed to load
      // resource: … 404"). React's development warnings (MUI v4's findDOMNode
      // under strict mode) are red too, but no request of the plugin's.
      if (message.type() !== 'error') return;
      if (!message.text().startsWith('Failed to load resource')) return;
      const url = message.location()?.url ?? '';
      // Before sign-in, core's session restore asks the provider for a
      // session it may not have and gets a 401: core's request, not the
      // plugin's.
      if (/\/api\/auth\/[^/]+\/refresh\?optional/.test(url)) return;
      errors.push(`${message.text()} ${url}`);
    });
    const loaded = async () => {
      await page
        .getByRole('table', { name: 'Groups claim mapped to the catalog' })
        .waitFor({ timeout: TIMEOUT });
      await page
        .getByRole('table', { name: 'Actions of catalog' })
        .waitFor({ timeout: TIMEOUT });
      await page
        .getByRole('region', { name: 'Checks', exact: true })
        .getByRole('status')
        .getByText(/^0 problems/)
        .waitFor({ timeout: TIMEOUT });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(2_000);
    };
    await page.goto(`${urls.app}/my-access`);
    await signInWithIdp(page, 'alice@example.com');
    await loaded();
    // And a load of a signed-in page, from its first request.
    await page.reload();
    await loaded();
    assert.deepEqual(errors, [], `red console lines:\n${errors.join('\n')}`);
    await context.close();
  });

  it('shows the guest its groups', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${urls.app}/my-access`);
    await signInAsGuest(page);
    const row = groupRow(page, 'group:default/team-b');
    await row.getByText('direct member').waitFor({ timeout: TIMEOUT });
    await row.getByLabel('Identity: yes').waitFor();
    await groupRow(page, 'group:default/platform')
      .getByText('not in your token')
      .waitFor();
    await page
      .getByRole('region', { name: 'Guest' })
      .getByText('used for this Backstage session')
      .waitFor();
    await context.close();
  });

  it('asks before signing out of the session provider, then ends the Backstage session too', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${urls.app}/my-access`);
    await signInWithIdp(page, 'alice@example.com');
    const provider = page.getByRole('region', { name: 'Local IdP' });
    await provider
      .getByText('used for this Backstage session')
      .waitFor({ timeout: TIMEOUT });
    await provider.getByText('Signed in', { exact: true }).waitFor();

    await provider
      .getByRole('button', { name: 'Sign out of Local IdP' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Sign out of Local IdP?' });
    await dialog.getByText(/also ends your Backstage session/).waitFor();
    await screenshot(page, 'my-access-sign-out-dialog', dialog);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await provider.getByText('Signed in', { exact: true }).waitFor();

    await provider
      .getByRole('button', { name: 'Sign out of Local IdP' })
      .click();
    await dialog.getByRole('button', { name: 'Sign out of Backstage' }).click();
    // Not "Signed in as alice" beside a signed-out provider: the sign-in page.
    await page
      .getByRole('button', { name: 'Sign in with Local IdP' })
      .waitFor({ timeout: TIMEOUT });
    assert.equal(await page.getByText('Signed in as').count(), 0);
    await context.close();
  });

  it('names icon buttons in a tooltip and rings keyboard focus', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${urls.app}/my-access`);
    await signInAsGuest(page);
    const copyClaims = page.getByRole('button', { name: 'Copy claims' });
    await copyClaims.waitFor({ timeout: TIMEOUT });

    await copyClaims.hover();
    await page
      .getByRole('tooltip', { name: 'Copy claims' })
      .waitFor({ timeout: TIMEOUT });

    // Reach "Reveal token" by keyboard: it shows a solid ring, not a ripple.
    await copyClaims.focus();
    const reveal = page.getByRole('button', { name: 'Reveal token' });
    for (let i = 0; i < 10; i++) {
      if (await reveal.evaluate(e => e === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    const ring = await reveal.evaluate(e => {
      const style = getComputedStyle(e);
      return {
        focused: e.matches(':focus-visible'),
        style: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
      };
    });
    assert.deepEqual(ring, { focused: true, style: 'solid', width: 2 });
    await context.close();
  });

  it('shows the admin theirs', async () => {
    const { context } = await newContext(browser());
    const page = await context.newPage();
    await page.goto(`${urls.app}/my-access`);
    await signInWithIdp(page, 'admin@example.com');
    const row = groupRow(page, 'group:default/admins');
    await row.getByText('direct member').waitFor({ timeout: TIMEOUT });
    await row.getByLabel('Identity: yes').waitFor();
    assert.equal(await groupRow(page, 'group:default/team-a').count(), 0);
    await context.close();
  });
});
