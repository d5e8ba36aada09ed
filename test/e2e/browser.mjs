// Debian's Chromium driven by playwright-core. Every request that leaves
// loopback is blocked, so the tests can never depend on the network.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumPath } from './chromium.mjs';

export const SCREENSHOT_DIR = resolve(
  process.cwd(),
  'test-results/screenshots',
);

const CHROMIUM = chromiumPath();
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const urls = {
  app: process.env.E2E_APP_URL ?? 'http://127.0.0.1:3000',
  backend: process.env.E2E_BACKEND_URL ?? 'http://127.0.0.1:7007',
  idp: process.env.E2E_IDP_URL ?? 'http://127.0.0.1:7010',
  /** The authenticating dev proxy, when the stack runs it (`run.mjs --proxied`). */
  proxy: process.env.E2E_PROXY_URL,
};

function isLoopback(url) {
  if (
    url.startsWith('data:') ||
    url.startsWith('blob:') ||
    url.startsWith('about:')
  )
    return true;
  try {
    const { hostname } = new URL(url);
    return (
      hostname === '127.0.0.1' ||
      hostname === 'localhost' ||
      hostname === '[::1]'
    );
  } catch {
    return false;
  }
}

/** Launches Chromium; the caller closes it. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
  });
}

/**
 * Launches Chromium before the enclosing suite's tests and closes it after.
 * Returns a getter: the browser exists only once `before` has run.
 */
export function sharedBrowser() {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  return () => browser;
}

/**
 * A fresh context (no cookies, no storage) with non-loopback requests blocked
 * and recorded, console messages kept for leak checks.
 */
export async function newContext(browser, options = {}) {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 1000 },
    ...options,
  });
  const blocked = [];
  const consoleMessages = [];
  await context.route('**/*', route => {
    const url = route.request().url();
    if (isLoopback(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('page', page => {
    page.on('console', message => consoleMessages.push(message.text()));
  });
  return { context, blocked, consoleMessages };
}

/**
 * Saves a screenshot: of `target` (a locator) when given, else of the
 * viewport, or of the whole page with `{ fullPage: true }`. The pointer is
 * parked first so hover states (the sidebar opens on hover) stay out of it.
 */
export async function screenshot(page, name, target, options = {}) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  const viewport = page.viewportSize();
  await page.mouse.move(viewport.width - 5, viewport.height - 5);
  if (!target) {
    await page.screenshot({ path, fullPage: options.fullPage ?? false });
    return;
  }
  // Backstage scrolls an inner container, and its sidebar floats over the
  // content: hide the sidebar while the card is shot, scroll the card to the
  // top and take that part of the viewport.
  const hideSidebar = await page.addStyleTag({
    content: 'nav[aria-label="sidebar nav"] { visibility: hidden !important; }',
  });
  await target.evaluate(element => element.scrollIntoView({ block: 'start' }));
  const box = await target.boundingBox();
  const y = Math.max(0, box.y);
  await page.screenshot({
    path,
    clip: {
      x: Math.max(0, box.x),
      y,
      width: Math.min(box.width, viewport.width - box.x),
      height: Math.min(box.height, viewport.height - y),
    },
  });
  await hideSidebar.evaluate(element => element.remove());
}

/** The InfoCard holding the element (for card-sized screenshots). */
export function cardOf(page, inner) {
  return page.locator('[class*="MuiCard-root"]', { has: inner }).last();
}

export const PASSWORD = 'password';

/**
 * Clicks a provider's sign-in button and completes the IdP's login form in
 * the popup. Resolves when the popup has closed.
 */
export async function signInWithIdp(page, username) {
  const popupPromise = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Sign in with Local IdP' }).click();
  const popup = await popupPromise;
  await popup.getByLabel('Username').fill(username);
  await popup.getByLabel('Password').fill(PASSWORD);
  await Promise.all([
    popup.waitForEvent('close', { timeout: 30_000 }).catch(() => undefined),
    popup.getByRole('button', { name: 'Sign in' }).click(),
  ]);
}

export async function signInAsGuest(page) {
  await page.getByRole('button', { name: 'Sign in with Guest' }).click();
}
