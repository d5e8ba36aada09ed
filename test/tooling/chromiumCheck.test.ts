import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');

function run(command: string, args: string[], env: Record<string, string>) {
  return spawnSync(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('README’s test command without Chromium', () => {
  it('stops before the first test with one line naming the command to run', () => {
    const started = Date.now();
    const result = run('bash', ['test/run-all.sh'], {
      CHROMIUM_PATH: '/nonexistent/chromium',
    });
    expect(result.status).toBe(1);
    // Before the type check, the lint and the unit tests: seconds, not minutes.
    expect(result.stdout).not.toContain('== type check');
    expect(Date.now() - started).toBeLessThan(15_000);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toEqual([
      'e2e: CHROMIUM_PATH=/nonexistent/chromium is not an executable: point it at Chromium, or unset it and run `sudo apt-get update && sudo apt-get install -y chromium` (SKIP_E2E=1 npm test runs everything else)',
    ]);
  });

  it('decides from the facts: present, install as root with apt, else one line to run', () => {
    const script = `
      import('./test/e2e/chromium.mjs').then(({ chromiumPlan }) => {
        const base = { path: '/usr/bin/chromium', custom: false };
        console.log(JSON.stringify([
          chromiumPlan({ ...base, present: true, root: false, apt: false }),
          chromiumPlan({ ...base, present: false, root: true, apt: true }),
          chromiumPlan({ ...base, present: false, root: false, apt: true }),
          chromiumPlan({ ...base, present: false, root: true, apt: false }),
        ]));
      });`;
    const result = run('node', ['--input-type=module', '-e', script], {});
    expect(result.stderr).toBe('');
    const [present, install, notRoot, noApt] = JSON.parse(result.stdout);
    expect(present).toEqual({ action: 'ok' });
    expect(install).toEqual({ action: 'install' });
    expect(notRoot.action).toBe('stop');
    expect(notRoot.message).toContain(
      '`sudo apt-get update && sudo apt-get install -y chromium`',
    );
    expect(noApt.message).toContain('CHROMIUM_PATH=/path/to/chromium npm test');
  });
});
