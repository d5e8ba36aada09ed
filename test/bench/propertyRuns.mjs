// The property suites with a raised budget: each suite writes how many cases
// fast-check executed (not how many were asked for) to a JSON file, and this
// adds them up. Run alone: `node test/bench/propertyRuns.mjs [total]`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The property suites, by the budget name each one records under. */
export const PROPERTY_FILES = {
  tokens: 'test/robustness/tokenDecoding.test.ts',
  logic: 'test/robustness/logicProperties.test.ts',
  diagnosis: 'test/robustness/diagnosisProperties.test.ts',
  secrets: 'test/robustness/secretRedactionProperties.test.ts',
};

export function measurePropertyRuns(root, { total = 100_000 } = {}) {
  const out = join(root, 'test-results/property-runs');
  rmSync(out, { recursive: true, force: true });
  const started = Date.now();
  const r = spawnSync(
    'npx',
    [
      'backstage-cli',
      'package',
      'test',
      ...Object.values(PROPERTY_FILES),
      '--maxWorkers=1',
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        CI: 'true',
        ACCESS_INSPECTOR_PROPERTY_RUNS: String(total),
        ACCESS_INSPECTOR_PROPERTY_RUNS_OUT: out,
      },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const records = existsSync(out)
    ? readdirSync(out)
        .filter(name => name.endsWith('.json'))
        .map(name => JSON.parse(readFileSync(join(out, name), 'utf8')))
    : [];
  const files = Object.entries(PROPERTY_FILES).map(([name, path]) => {
    const record = records.find(x => x.file === name);
    return {
      name,
      path,
      budgeted: record?.budgeted,
      requested: record?.requested ?? 0,
      executed: record?.executed ?? 0,
      properties: record?.properties ?? [],
      recorded: Boolean(record),
    };
  });
  const ok = r.status === 0 && files.every(f => f.recorded);
  return {
    requested: total,
    executed: files.reduce((n, f) => n + f.executed, 0),
    files,
    ok,
    seconds: +((Date.now() - started) / 1000).toFixed(1),
    ...(!ok && { output: `${r.stdout ?? ''}${r.stderr ?? ''}`.slice(-3000) }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, '../..');
  const total = Number(process.argv[2]) || 100_000;
  const result = measurePropertyRuns(root, { total });
  for (const f of result.files) {
    console.log(
      `${f.name.padEnd(10)} ${String(f.executed).padStart(7)} executed of ${f.budgeted ?? '?'} budgeted (${f.path})`,
    );
  }
  console.log(
    `${'total'.padEnd(10)} ${String(result.executed).padStart(7)} executed, flag asked for ${result.requested}; ${result.ok ? 'all pass' : 'FAILED'} in ${result.seconds} s`,
  );
  if (!result.ok) console.log(result.output);
  process.exit(result.ok ? 0 : 1);
}
