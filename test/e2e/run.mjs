// Runs the end-to-end suite: starts the real stack (IdP, backend, dev app)
// once, runs every spec in test/e2e/specs with node's test runner against it,
// stops the stack, and exits with the runner's code.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startStack, StackError } from '../../dev/stack/index.mjs';

const root = resolve(
  import.meta.dirname ?? new URL('.', import.meta.url).pathname,
  '../..',
);
const specDir = join(root, 'test/e2e/specs');
// `--proxied`: the stack with the authenticating dev proxy (dev/proxy); the
// specs that need it skip without it.
const proxied = process.argv.includes('--proxied');
// `--guest-outside-development`: the backend as production with guest still
// allowed; the specs that need it skip without it.
const guestOutsideDevelopment = process.argv.includes(
  '--guest-outside-development',
);
const only = process.argv.slice(2).filter(a => !a.startsWith('--'));
const specs = readdirSync(specDir)
  .filter(f => f.endsWith('.test.mjs'))
  .filter(f => only.length === 0 || only.some(o => f.includes(o)))
  .sort()
  .map(f => join(specDir, f));

const started = Date.now();
let stack;
try {
  stack = await startStack({
    app: true,
    proxied,
    guestOutsideDevelopment,
    log: m => console.log(`[stack] ${m}`),
  });
} catch (e) {
  console.error(e instanceof StackError ? `e2e: ${e.message}` : e);
  process.exit(1);
}
const ready = Date.now();
console.log(
  `[stack] ready in ${((ready - started) / 1000).toFixed(1)} s (logs: ${stack.logDir})`,
);

let unexpected;
stack.onUnexpectedExit?.(info => {
  unexpected = info;
  console.error(`[stack] ${info.message ?? `${info.name} exited`}`);
});

const code = await new Promise(resolveCode => {
  const child = spawn(
    process.execPath,
    ['--test', '--test-concurrency=1', '--test-reporter=spec', ...specs],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        E2E_APP_URL: stack.urls.app,
        E2E_BACKEND_URL: stack.urls.backend,
        E2E_IDP_URL: stack.urls.idp,
        E2E_POLICY_VARIANT_FILE: stack.policyVariantFile,
        ...(stack.urls.proxy && { E2E_PROXY_URL: stack.urls.proxy }),
        ...(guestOutsideDevelopment && { E2E_GUEST_OUTSIDE_DEVELOPMENT: '1' }),
      },
    },
  );
  child.on('exit', c => resolveCode(c ?? 1));
});

await stack.stop();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `[e2e] wall time ${seconds} s (stack ${((ready - started) / 1000).toFixed(1)} s, specs ${((Date.now() - ready) / 1000).toFixed(1)} s)`,
);
process.exit(unexpected ? 1 : code);
