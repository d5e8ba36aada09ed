// Render scale in Chromium: bundles renderScaleHarness.tsx with esbuild and
// times the real My Access page with a small and a large dataset.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
// esbuild comes with @backstage/cli; declaring it is asked for in the report.
import { build } from 'esbuild';
import { launchBrowser } from '../e2e/browser.mjs';

export async function measureRenderScale(root, { runs = 5 } = {}) {
  const outDir = join(root, 'test-results/bench-harness');
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(root, 'test/bench/renderScaleHarness.tsx')],
    bundle: true,
    outfile: join(outDir, 'harness.js'),
    format: 'iife',
    platform: 'browser',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    inject: [],
    logLevel: 'error',
    loader: {
      '.svg': 'dataurl',
      '.png': 'dataurl',
      '.woff': 'dataurl',
      '.woff2': 'dataurl',
    },
    banner: {
      js: 'window.process = window.process || { env: { NODE_ENV: "production" } };',
    },
  });
  writeFileSync(
    join(outDir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body><div id="root"></div><script src="harness.js"></script></body></html>',
  );
  const url = pathToFileURL(join(outDir, 'index.html')).href;
  const browser = await launchBrowser();
  const result = {};
  try {
    // One warm-up load so both sizes start with a compiled bundle in cache.
    for (const size of ['warmup', 'small', 'large']) {
      const times = [];
      let meta;
      for (let i = 0; i < (size === 'warmup' ? 1 : runs); i++) {
        const context = await browser.newContext({
          viewport: { width: 1280, height: 900 },
        });
        const page = await context.newPage();
        await page.goto(`${url}?size=${size === 'large' ? 'large' : 'small'}`);
        await page.waitForFunction(
          () => window.__benchResult !== undefined,
          null,
          { timeout: 90_000 },
        );
        const r = await page.evaluate(() => window.__benchResult);
        await context.close();
        if (r.error) throw new Error(`${size}: ${r.error}`);
        times.push(r.ms);
        meta = r;
      }
      if (size === 'warmup') continue;
      const sorted = [...times].sort((a, b) => a - b);
      result[size] = {
        runsMs: times.map(t => Math.round(t)),
        medianMs: Math.round(sorted[Math.floor(sorted.length / 2)]),
        groups: meta.groups,
        permissions: meta.permissions,
        claims: meta.claims,
      };
    }
  } finally {
    await browser.close();
  }
  result.ratio = +(result.large.medianMs / result.small.medianMs).toFixed(2);
  return result;
}
