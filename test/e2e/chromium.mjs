// Where the end-to-end suite finds Chromium, and what to do when it is not
// there. `node test/e2e/chromium.mjs` (run by test/run-all.sh before the
// first test): exits 0 when Chromium is present or was installed (as root,
// with apt), else prints one line naming the command to run and exits 1.
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';
const SUDO_INSTALL = 'sudo apt-get update && sudo apt-get install -y chromium';

/** The executable the suite launches: CHROMIUM_PATH, else Debian's. */
export function chromiumPath(env = process.env) {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

/**
 * What to do, from the facts: `ok`, `install` (root with apt, default path)
 * or `stop` with the one line to print.
 */
export function chromiumPlan({ path, custom, present, root, apt }) {
  if (present) return { action: 'ok' };
  if (custom) {
    return {
      action: 'stop',
      message: `e2e: CHROMIUM_PATH=${path} is not an executable: point it at Chromium, or unset it and run \`${SUDO_INSTALL}\` (SKIP_E2E=1 npm test runs everything else)`,
    };
  }
  if (root && apt) return { action: 'install' };
  return {
    action: 'stop',
    message: apt
      ? `e2e: Debian's Chromium is missing (${path}): run \`${SUDO_INSTALL}\`, then npm test again (SKIP_E2E=1 npm test runs everything else)`
      : `e2e: Chromium is missing (${path}) and there is no apt-get: install Chromium and run \`CHROMIUM_PATH=/path/to/chromium npm test\` (SKIP_E2E=1 npm test runs everything else)`,
  };
}

function main() {
  const path = chromiumPath();
  const facts = {
    path,
    custom: Boolean(process.env.CHROMIUM_PATH),
    present: isExecutable(path),
    root: typeof process.getuid === 'function' && process.getuid() === 0,
    apt: hasCommand('apt-get'),
  };
  const plan = chromiumPlan(facts);
  if (plan.action === 'ok') return 0;
  if (plan.action === 'install') {
    console.log(`e2e: Debian's Chromium is missing: ${INSTALL_COMMAND}`);
    const result = spawnSync('sh', ['-c', `${INSTALL_COMMAND} >/dev/null`], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status === 0 && isExecutable(path)) return 0;
    console.error(
      `e2e: installing Chromium failed: run \`${INSTALL_COMMAND}\` yourself (SKIP_E2E=1 npm test runs everything else)`,
    );
    return 1;
  }
  console.error(plan.message);
  return 1;
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  process.exit(main());
}
