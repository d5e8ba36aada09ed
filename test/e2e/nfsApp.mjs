// The new-frontend-system dev app (dev/nfs) for the specs that need it: started
// on APP_PORT + 1 against the stack's backend, or, when E2E_NFS_APP_URL is
// set, one that is already running.
import { spawn } from 'node:child_process';
import { after, before } from 'node:test';
import { urls } from './browser.mjs';

export const nfsUrl =
  process.env.E2E_NFS_APP_URL ??
  `http://127.0.0.1:${Number(new URL(urls.app).port) + 1}`;

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

/**
 * Starts the NFS dev app before the enclosing suite and stops it after;
 * `env` adds `APP_CONFIG_*` overrides (an app configured differently from
 * the dev one, on the same backend).
 */
export function nfsApp({ env = {} } = {}) {
  if (process.env.E2E_NFS_APP_URL) return;
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
          ...env,
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
  });
  after(() => {
    if (server?.pid && server.exitCode === null)
      process.kill(-server.pid, 'SIGTERM');
  });
}
