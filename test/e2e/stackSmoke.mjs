// Smoke test of the local identity stack, without the dev app
// (`npm run test:smoke`, and a step of README's test command):
//   node test/e2e/stackSmoke.mjs            starts IdP + backend, checks, stops them
//   node test/e2e/stackSmoke.mjs --running  checks an already running stack
// Needs /usr/bin/chromium for the browser sign-in checks (--no-browser skips them).

import http from 'node:http';
import { chromium } from 'playwright-core';
import { HOST, readPorts } from '../../dev/stack/ports.mjs';
import {
  guestToken,
  REQUIRED_ENTITIES,
  StackError,
  startStack,
} from '../../dev/stack/index.mjs';

const args = new Set(process.argv.slice(2));
const ports = readPorts();
const appOrigin = `http://${HOST}:${ports.APP_PORT}`;
const results = [];

async function check(name, fn) {
  const started = Date.now();
  try {
    const detail = await fn();
    results.push({ ok: true });
    console.log(
      `ok    ${name}${detail ? ` — ${detail}` : ''} (${Date.now() - started} ms)`,
    );
  } catch (error) {
    results.push({ ok: false });
    console.log(`FAIL  ${name}: ${error.message}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const decodeJwt = token =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());

async function authorize(backend, token, items) {
  const res = await fetch(`${backend}/api/permission/authorize`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      items: items.map((item, i) => ({ id: String(i), ...item })),
    }),
  });
  assert(res.ok, `authorize answered ${res.status}`);
  return (await res.json()).items.map(item => item.result);
}

const basic = (name, action) => ({
  permission: { type: 'basic', name, attributes: { action } },
});
const onEntity = (name, action, resourceRef) => ({
  permission: {
    type: 'resource',
    resourceType: 'catalog-entity',
    name,
    attributes: { action },
  },
  resourceRef,
});

/** Signs in through the real popup flow and returns the message the popup would post. */
async function oidcSignIn(
  browser,
  urls,
  { username, password = 'password', button = 'Sign in' },
) {
  const context = await browser.newContext();
  const blocked = [];
  await context.route('**/*', route => {
    const { hostname } = new URL(route.request().url());
    if (hostname === HOST || hostname === 'localhost') return route.continue();
    blocked.push(route.request().url());
    return route.abort();
  });
  try {
    const page = await context.newPage();
    const start = new URL(`${urls.backend}/api/auth/oidc/start`);
    start.search = new URLSearchParams({
      env: 'development',
      origin: appOrigin,
      flow: 'popup',
      scope: 'openid profile email offline_access',
    }).toString();
    await page.goto(start.toString());
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(password);
    const frame = page.waitForResponse(r =>
      r.url().includes('/api/auth/oidc/handler/frame'),
    );
    await page.getByRole('button', { name: button }).click();
    const html = await (await frame).text();
    const encoded = /authResponse = decodeURIComponent\('([^']*)'\)/.exec(
      html,
    )?.[1];
    const origin = /origin = decodeURIComponent\('([^']*)'\)/.exec(html)?.[1];
    assert(encoded, 'handler/frame page holds no auth response');
    const message = JSON.parse(decodeURIComponent(encoded));

    // The refresh cookie set by the frame handler must give a new session.
    const refresh = await context.request.get(
      `${urls.backend}/api/auth/oidc/refresh?env=development`,
      {
        headers: { 'X-Requested-With': 'XMLHttpRequest' },
      },
    );
    return {
      message,
      targetOrigin: decodeURIComponent(origin ?? ''),
      refresh: {
        status: refresh.status(),
        body: await refresh.json().catch(() => undefined),
      },
      blocked,
    };
  } finally {
    await context.close();
  }
}

async function wrongPasswordShowsError(browser, urls) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(
      `${urls.backend}/api/auth/oidc/start?env=development&origin=${encodeURIComponent(appOrigin)}&flow=popup`,
    );
    await page.getByLabel('Username').fill('alice@example.com');
    await page.getByLabel('Password').fill('wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    return (await page.getByRole('alert').textContent()).trim();
  } finally {
    await context.close();
  }
}

/**
 * Serves a blank page as the app origin unless something (the dev app)
 * already answers there: the popup check only needs a window to post to.
 */
function serveAppStub() {
  return new Promise(resolve => {
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<!DOCTYPE html><html><body>app stub</body></html>');
    });
    server.once('error', () => resolve(undefined));
    server.listen(ports.APP_PORT, HOST, () => resolve(server));
  });
}

/** The real popup flow: a page on the app origin opens the popup and receives the message. */
async function popupSignIn(browser, urls, username) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(appOrigin);
    const start = `${urls.backend}/api/auth/oidc/start?env=development&flow=popup&scope=openid%20profile%20email%20offline_access&origin=`;
    const received = page.evaluate(
      startUrl =>
        new Promise(resolve => {
          window.addEventListener('message', event => {
            if (event.data?.type === 'authorization_response') {
              resolve({ origin: event.origin, data: event.data });
            }
          });
          window.open(
            startUrl + encodeURIComponent(location.origin),
            'auth',
            'width=500,height=600',
          );
        }),
      start,
    );
    const popup = await context.waitForEvent('page');
    await popup.getByLabel('Username').fill(username);
    await popup.getByLabel('Password').fill('password');
    await popup.getByRole('button', { name: 'Sign in' }).click();
    const message = await received;
    // Credentialed CORS from the app origin, with the cookie the popup got.
    const refresh = await page.evaluate(async url => {
      const res = await fetch(url, {
        credentials: 'include',
        headers: { 'X-Requested-With': 'XMLHttpRequest' },
      });
      return res.status;
    }, `${urls.backend}/api/auth/oidc/refresh?env=development`);
    return { ...message, refresh };
  } finally {
    await context.close();
  }
}

async function run(urls) {
  let guest;

  await check('IdP discovery answers', async () => {
    const res = await fetch(`${urls.idp}/.well-known/openid-configuration`);
    const metadata = await res.json();
    assert(metadata.issuer === urls.idp, `issuer is ${metadata.issuer}`);
    return metadata.authorization_endpoint;
  });

  await check('guest token is for user:development/guest', async () => {
    guest = await guestToken(urls.backend);
    assert(guest, 'no token from /api/auth/guest/refresh');
    const claims = decodeJwt(guest);
    assert(claims.sub === 'user:development/guest', `sub is ${claims.sub}`);
    return `${guest.length} chars, aud ${claims.aud}`;
  });

  await check('catalog holds the seeded entities', async () => {
    const res = await fetch(`${urls.backend}/api/catalog/entities/by-refs`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${guest}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        entityRefs: [...REQUIRED_ENTITIES, 'user:default/ghost'],
      }),
    });
    const { items } = await res.json();
    const missing = REQUIRED_ENTITIES.filter((_, i) => !items[i]);
    assert(!missing.length, `missing ${missing.join(', ')}`);
    assert(items.at(-1) === null, 'ghost must not be in the catalog');
    return `${REQUIRED_ENTITIES.length} entities, no ghost`;
  });

  await check(
    'guest gets ALLOW, DENY and ownership-based answers',
    async () => {
      const answers = await authorize(urls.backend, guest, [
        onEntity(
          'catalog.entity.read',
          'read',
          'component:default/checkout-web',
        ),
        basic('catalog.entity.create', 'create'),
        onEntity('catalog.entity.refresh', 'update', [
          'component:default/payments-service',
          'component:default/checkout-web',
        ]),
      ]);
      const expected = ['ALLOW', 'DENY', ['ALLOW', 'DENY']];
      assert(
        JSON.stringify(answers) === JSON.stringify(expected),
        JSON.stringify(answers),
      );
      return JSON.stringify(answers);
    },
  );

  await check('oidc start redirects to the IdP', async () => {
    const res = await fetch(
      `${urls.backend}/api/auth/oidc/start?env=development&scope=openid%20profile%20email%20offline_access`,
      { redirect: 'manual' },
    );
    const location = res.headers.get('location') ?? '';
    assert(res.status === 302, `status ${res.status}`);
    assert(location.startsWith(`${urls.idp}/auth?`), `location ${location}`);
    const redirectUri = new URL(location).searchParams.get('redirect_uri');
    assert(
      redirectUri === `${urls.backend}/api/auth/oidc/handler/frame`,
      `redirect_uri ${redirectUri}`,
    );
    return 'redirect_uri matches';
  });

  if (args.has('--no-browser')) return;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const tokens = {};
    for (const [username, groups] of [
      ['alice@example.com', ['group:default/team-a', 'group:default/team-b']],
      ['admin@example.com', ['group:default/admins']],
      ['many@example.com', 25],
    ]) {
      const name = username.split('@')[0];
      await check(`browser sign-in as ${username}`, async () => {
        const { message, targetOrigin, refresh, blocked } = await oidcSignIn(
          browser,
          urls,
          { username },
        );
        assert(!message.error, `error ${message.error?.message}`);
        assert(targetOrigin === appOrigin, `posts to ${targetOrigin}`);
        const identity = message.response.backstageIdentity.identity;
        assert(
          identity.userEntityRef === `user:default/${name}`,
          `user ${identity.userEntityRef}`,
        );
        const owned = identity.ownershipEntityRefs.filter(r =>
          r.startsWith('group:'),
        );
        if (typeof groups === 'number')
          assert(owned.length === groups, `${owned.length} groups`);
        else
          assert(
            JSON.stringify(owned.sort()) === JSON.stringify(groups),
            `groups ${owned}`,
          );
        assert(
          refresh.status === 200 && refresh.body?.backstageIdentity,
          `refresh answered ${refresh.status}`,
        );
        assert(!blocked.length, `tried to reach ${blocked.join(', ')}`);
        tokens[name] = message.response.backstageIdentity.token;
        return `${owned.length} groups, refresh ok`;
      });
    }

    await check('policy: admin vs alice', async () => {
      assert(tokens.admin && tokens.alice, 'no tokens');
      const items = [
        basic('catalog.entity.create', 'create'),
        onEntity(
          'catalog.entity.delete',
          'delete',
          'component:default/checkout-web',
        ),
        onEntity('catalog.entity.refresh', 'update', [
          'component:default/checkout-web',
          'component:default/access-audit',
        ]),
      ];
      const admin = await authorize(urls.backend, tokens.admin, items);
      const alice = await authorize(urls.backend, tokens.alice, items);
      // A definitive decision comes back as one value even for an array of resourceRefs.
      assert(
        JSON.stringify(admin) === JSON.stringify(['ALLOW', 'ALLOW', 'ALLOW']),
        `admin ${JSON.stringify(admin)}`,
      );
      assert(
        JSON.stringify(alice) ===
          JSON.stringify(['DENY', 'DENY', ['ALLOW', 'DENY']]),
        `alice ${JSON.stringify(alice)}`,
      );
      return `admin ${JSON.stringify(admin)}, alice ${JSON.stringify(alice)}`;
    });

    for (const [username, expected] of [
      ['ghost@example.com', 'unable to resolve user identity'],
      ['unverified@example.com', 'profile does not contain an email'],
    ]) {
      await check(`browser sign-in as ${username} fails`, async () => {
        const { message } = await oidcSignIn(browser, urls, { username });
        assert(message.error, 'sign-in succeeded');
        assert(
          message.error.message.includes(expected),
          `message "${message.error.message}"`,
        );
        return `${message.error.name}: ${message.error.message}`;
      });
    }

    await check('Cancel on the login form reports access_denied', async () => {
      const { message } = await oidcSignIn(browser, urls, {
        username: 'alice@example.com',
        button: 'Cancel',
      });
      assert(message.error, 'sign-in succeeded');
      return `${message.error.name}: ${message.error.message}`;
    });

    await check(
      'popup from the app origin posts the identity to the app',
      async () => {
        const stub = await serveAppStub();
        try {
          const { origin, data, refresh } = await popupSignIn(
            browser,
            urls,
            'alice',
          );
          const user = data.response?.backstageIdentity?.identity.userEntityRef;
          assert(origin === urls.backend, `message from ${origin}`);
          assert(
            user === 'user:default/alice',
            `user ${user} ${data.error?.message ?? ''}`,
          );
          assert(
            refresh === 200,
            `refresh from the app origin answered ${refresh}`,
          );
          return `${stub ? 'stub' : 'running'} app, refresh via CORS ok`;
        } finally {
          stub?.close();
        }
      },
    );

    await check('wrong password shows an error on the login form', async () => {
      const text = await wrongPasswordShowsError(browser, urls);
      assert(text.includes('Invalid username or password'), text);
      return text;
    });
  } finally {
    await browser.close();
  }
}

let stack;
try {
  if (args.has('--running')) {
    await run({
      idp: `http://${HOST}:${ports.IDP_PORT}`,
      backend: `http://${HOST}:${ports.BACKEND_PORT}`,
    });
  } else {
    stack = await startStack({ app: false, log: m => console.log(`· ${m}`) });
    await run(stack.urls);
  }
} catch (error) {
  console.error(
    error instanceof StackError ? `error: ${error.message}` : error,
  );
  results.push({ ok: false });
} finally {
  await stack?.stop();
}
const failed = results.filter(r => !r.ok).length;
console.log(
  failed ? `${failed} check(s) failed` : `all ${results.length} checks passed`,
);
process.exitCode = failed ? 1 : 0;
