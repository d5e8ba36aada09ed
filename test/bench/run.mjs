// `npm run bench`: measures network cost, bundle size, render scale and the
// banner's idle cost beside their anchors and prints one table. Exits 0 even
// when a goal is missed: the table says PASS or MISS. Flags: --save (write
// bench/results/latest.json, which is tracked, plus an untracked timestamped
// copy: `npm run bench -- --save`), --no-build (measure dist/ as it is),
// --skip-properties (skip the 100,000-case property run). Property cases are
// counted as executed by fast-check, per suite and in total.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import {
  bundledSize,
  measureAnchor,
  measureDist,
  splitBundledSize,
} from './bundleSize.mjs';
import { measurePropertyRuns } from './propertyRuns.mjs';
import { measureRenderScale } from './renderScale.mjs';

const root = resolve(import.meta.dirname, '../..');
const KNOWN_FLAGS = ['--save', '--no-build', '--skip-properties'];
const args = new Set(process.argv.slice(2));
const unknownFlags = [...args].filter(arg => !KNOWN_FLAGS.includes(arg));
if (unknownFlags.length) {
  console.error(
    `bench: unknown ${unknownFlags.join(' ')}; known flags: ${KNOWN_FLAGS.join(' ')}`,
  );
  process.exit(2);
}
const started = Date.now();
const results = {
  startedAt: new Date(started).toISOString(),
  node: process.version,
  notes: [],
};
const log = m => console.error(`[bench] ${m}`);

function run(cmd, cmdArgs, env = {}) {
  const t = Date.now();
  const r = spawnSync(cmd, cmdArgs, {
    cwd: root,
    env: { ...process.env, CI: 'true', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    ok: r.status === 0,
    seconds: +((Date.now() - t) / 1000).toFixed(1),
    output: `${r.stdout ?? ''}${r.stderr ?? ''}`,
  };
}

// 1. Bundle
if (!args.has('--no-build')) {
  log('npm run build …');
  const b = run('npm', ['run', 'build']);
  results.build = { ok: b.ok, seconds: b.seconds };
  if (!b.ok)
    results.notes.push(
      `npm run build failed; measured the existing dist/ instead:\n${b.output.slice(-1500)}`,
    );
}
if (existsSync(join(root, 'dist/index.esm.js'))) {
  results.distBuiltAt = statSync(
    join(root, 'dist/index.esm.js'),
  ).mtime.toISOString();
  results.bundle = measureDist(root);
  const ALL_EXPORTS = [
    'accessInspectorPlugin',
    'MyAccessPage',
    'AccessInspectorSignInPage',
    'TokenExpiryBanner',
    'BackstageTokenCard',
    'GroupsCard',
    'ProviderSessionsCard',
    'PermissionsCard',
    'DoctorCard',
  ];
  results.bundled = {
    banner: await bundledSize(root, {
      from: './dist/index.esm.js',
      exportNames: ['TokenExpiryBanner'],
    }),
    beforeSignIn: await bundledSize(root, {
      from: './dist/index.esm.js',
      exportNames: ['AccessInspectorSignInPage', 'TokenExpiryBanner'],
    }),
    myAccessChunk: await bundledSize(root, {
      from: './dist/myAccess/index.esm.js',
      exportNames: ['MyAccessPage'],
    }),
    everything: await bundledSize(root, {
      from: './dist/index.esm.js',
      exportNames: ALL_EXPORTS,
    }),
  };
  // Chunk by chunk, as an app's bundler splits at import().
  results.split = {
    beforeSignIn: await splitBundledSize(root, {
      from: './dist/index.esm.js',
      exportNames: ['AccessInspectorSignInPage', 'TokenExpiryBanner'],
    }),
    banner: await splitBundledSize(root, {
      from: './dist/index.esm.js',
      exportNames: ['TokenExpiryBanner'],
    }),
  };
} else {
  results.notes.push('dist/ has no build to measure');
}
results.bundledAnchors = {
  coreSignInPage: await bundledSize(root, {
    from: '@backstage/core-components',
    exportNames: ['SignInPage'],
    ownPackage: '@backstage/core-components',
  }).catch(e => ({ error: e.message })),
  userSettingsCards: await bundledSize(root, {
    from: '@backstage/plugin-user-settings',
    exportNames: ['UserSettingsIdentityCard', 'UserSettingsProfileCard'],
    ownPackage: '@backstage/plugin-user-settings',
  }).catch(e => ({ error: e.message })),
};
results.bundleAnchors = {
  coreSignInPage: measureAnchor(
    root,
    '@backstage/core-components',
    'dist/layout/SignInPage/SignInPage.esm.js',
  ),
  userSettingsIdentityCard: measureAnchor(
    root,
    '@backstage/plugin-user-settings',
    'dist/components/General/UserSettingsIdentityCard.esm.js',
  ),
  userSettingsProfileCard: measureAnchor(
    root,
    '@backstage/plugin-user-settings',
    'dist/components/General/UserSettingsProfileCard.esm.js',
  ),
};

// 2 and 4. Network cost and idle cost, in jsdom through jest.
log('network cost and idle cost (jest) …');
const jestOut = join(root, 'test-results/bench-network.json');
mkdirSync(join(root, 'test-results'), { recursive: true });
rmSync(jestOut, { force: true });
const net = run(
  'npx',
  [
    'backstage-cli',
    'package',
    'test',
    '--testMatch',
    '**/test/bench/*.bench.tsx',
    '--maxWorkers=1',
  ],
  { ACCESS_INSPECTOR_BENCH_OUT: jestOut },
);
if (existsSync(jestOut))
  Object.assign(results, JSON.parse(readFileSync(jestOut, 'utf8')));
if (!net.ok)
  results.notes.push(`network/idle bench failed:\n${net.output.slice(-3000)}`);

// 3. Render scale in Chromium.
log('render scale (Chromium) …');
try {
  results.renderScale = await measureRenderScale(root, { runs: 5 });
} catch (e) {
  results.notes.push(`render scale failed: ${e.message}`);
}

// Property tests with the bench flag: the cases each suite executed.
if (!args.has('--skip-properties')) {
  log('property tests, 100,000 cases …');
  results.properties = measurePropertyRuns(root, { total: 100_000 });
  if (!results.properties.ok)
    results.notes.push(
      `property tests failed at 100,000 cases:\n${results.properties.output}`,
    );
}

// The table.
const kb = n => (n === undefined ? 'n/a' : `${(n / 1024).toFixed(1)} KB`);
const verdict = ok => {
  if (ok === undefined) return 'n/a';
  return ok ? 'PASS' : 'MISS';
};
const rows = [];
const row = (area, measure, value, goal, ok, anchor) =>
  rows.push({
    area,
    measure,
    value: String(value),
    goal,
    verdict: verdict(ok),
    anchor: anchor ?? '',
  });

const m = results.myAccess;
const a = results.anchor;
const anchorText = a?.available
  ? `user-settings ${a.version}: ${a.total} requests, ${a.duplicates} dup`
  : `anchor n/a: ${a?.reason ?? 'not measured'}`;
if (m) {
  row(
    'network',
    'total requests (2,000 groups/4 levels, 300 perms/3 plugins)',
    m.total,
    `${m.expected['catalog by-name'] + m.expected['catalog by-refs'] + m.expected['permission metadata'] + m.expected.authorize} + userinfo + probes`,
    undefined,
    anchorText,
  );
  for (const kind of [
    'catalog by-name',
    'catalog by-refs',
    'permission metadata',
    'authorize',
  ]) {
    row(
      'network',
      `${kind} calls`,
      m.byKind[kind] ?? 0,
      `= ${m.expected[kind]}`,
      (m.byKind[kind] ?? 0) === m.expected[kind],
    );
  }
  row(
    'network',
    'userinfo / doctor probes',
    `${m.byKind.userinfo ?? 0} / ${m.byKind['doctor probe'] ?? 0}`,
    'info',
    undefined,
  );
  row(
    'network',
    'duplicate requests',
    m.duplicates,
    '= 0',
    m.duplicates === 0,
    a?.available ? `${a.duplicates}` : '',
  );
  row(
    'network',
    'sequential round trips to permissions',
    `${m.roundTripsToPermissions} (${(m.roundTripsToPermissionsChain ?? []).join(' → ')})`,
    '≤ 2',
    m.roundTripsToPermissions <= 2,
  );
  row(
    'network',
    'longest sequential chain (any card)',
    m.longestChain.length,
    'info',
    undefined,
  );
  row(
    'network',
    `jsdom time to permissions / all cards (${m.latencyMsPerRequest} ms per answer)`,
    `${m.msToPermissions} / ${m.msToAllCards} ms`,
    'info',
    undefined,
  );
}
const b = results.bundle;
const bb = results.bundled;
const ba = results.bundledAnchors;
const anchorKb = anchor =>
  anchor?.gzBytes !== undefined
    ? kb(anchor.gzBytes)
    : `n/a (${anchor?.error?.slice(0, 60)})`;
if (bb) {
  // What an app's bundler ships (tree-shaken, minified, gzipped; packages external).
  row(
    'bundle',
    'all own JS an app can import (bundled, gz)',
    kb(bb.everything.gzBytes),
    '≤ 20 KB',
    bb.everything.gzBytes <= 20 * 1024,
    `user-settings identity+profile cards ${anchorKb(ba.userSettingsCards)}`,
  );
  row(
    'bundle',
    'before sign-in: sign-in page + banner, whole graph (bundled, gz)',
    kb(bb.beforeSignIn.gzBytes),
    'info',
    undefined,
    `core SignInPage ${anchorKb(ba.coreSignInPage)}`,
  );
  row(
    'bundle',
    'banner alone, whole graph (bundled, gz)',
    kb(bb.banner.gzBytes),
    'info',
    undefined,
  );
  const sp = results.split;
  row(
    'bundle',
    'before sign-in: first chunk of sign-in page + banner (split, gz)',
    kb(sp.beforeSignIn.initialGz),
    '≤ 13.0 KB',
    sp.beforeSignIn.initialGz <= 13 * 1024,
    `core SignInPage ${anchorKb(ba.coreSignInPage)}`,
  );
  const LOADED_WHEN = [
    [/Explainer/, 'loaded on a failure'],
    [/TroubleSigningIn/, 'loaded on opening "Trouble signing in?"'],
    [/BackendSessionIdentity/, 'loaded on a guest or proxied sign-in'],
    [/BannerView/, 'loaded when the banner shows'],
  ];
  for (const chunk of sp.beforeSignIn.lazy) {
    const when =
      LOADED_WHEN.find(([pattern]) => pattern.test(chunk.chunk))?.[1] ??
      'loaded later';
    row(
      'bundle',
      `  lazy chunk ${chunk.chunk.replace('dist/', '')}: ${when} (gz)`,
      kb(chunk.gzBytes),
      'info',
      undefined,
    );
  }
  row(
    'bundle',
    'banner alone: first chunk (split, gz)',
    kb(sp.banner.initialGz),
    '≤ 2 KB',
    sp.banner.initialGz <= 2048,
  );
  row(
    'bundle',
    'My Access lazy chunk (bundled, gz)',
    kb(bb.myAccessChunk.gzBytes),
    'info',
    undefined,
  );
}
if (b) {
  row(
    'bundle',
    `module graph: all own files, gz each (${b.allOwnJsFiles} files)`,
    kb(b.allOwnJsGz),
    'info',
    undefined,
  );
  for (const [entry, gz] of Object.entries(b.perEntry))
    row(
      'bundle',
      `module graph: ${entry} + static imports`,
      kb(gz),
      'info',
      undefined,
    );
  row(
    'bundle',
    'My Access in the first chunk',
    b.myAccessInFirstChunk ? 'yes' : 'no',
    'no',
    !b.myAccessInFirstChunk,
  );
}
const r = results.renderScale;
if (r) {
  row(
    'render',
    `small: ${r.small.groups} groups / ${r.small.permissions} perms / ${r.small.claims} claims (median of 5)`,
    `${r.small.medianMs} ms`,
    'anchor',
    undefined,
    `runs ${r.small.runsMs.join(', ')}`,
  );
  row(
    'render',
    `large: ${r.large.groups} groups / ${r.large.permissions} perms / ${r.large.claims} claims (median of 5)`,
    `${r.large.medianMs} ms`,
    '≤ 2 × small',
    r.ratio <= 2,
    `runs ${r.large.runsMs.join(', ')}`,
  );
  row('render', 'large / small', `${r.ratio}×`, '≤ 2×', r.ratio <= 2);
}
const idle = results.idle;
if (idle) {
  const v = idle.visible;
  row(
    'idle',
    `wake-ups outside the last minute (1 h token, 5 min warning)`,
    v.wakeUpsOutsideLastMinute,
    '≤ 2',
    v.wakeUpsOutsideLastMinute <= 2,
  );
  row(
    'idle',
    'wake-ups before the warning',
    v.wakeUpsBeforeWarning,
    'info',
    undefined,
  );
  row(
    'idle',
    'wake-ups / renders over the lifetime',
    `${v.wakeUps} / ${v.viewChanges}`,
    'info',
    undefined,
  );
  row(
    'idle',
    'background tab: wake-ups / renders',
    `${idle.hidden.wakeUps} / ${idle.hidden.viewChanges}`,
    'info',
    undefined,
  );
  row(
    'idle',
    'wake-ups outside last minute, 2 min warning',
    idle.shortWarning120s.wakeUpsOutsideLastMinute,
    '≤ 2',
    idle.shortWarning120s.wakeUpsOutsideLastMinute <= 2,
  );
}
const p = results.properties;
if (p) {
  for (const f of p.files)
    row(
      'robustness',
      `property cases executed: ${f.path.replace('test/robustness/', '')}`,
      f.recorded ? f.executed : 'not recorded',
      `≥ ${f.budgeted ?? 'its share'}`,
      f.recorded && f.executed >= f.budgeted,
    );
  row(
    'robustness',
    'property cases executed, all suites (bench flag 100,000)',
    `${p.executed} in ${p.seconds} s`,
    '≥ 100,000, all pass',
    p.ok && p.executed >= p.requested,
  );
}

results.table = rows;
results.seconds = +((Date.now() - started) / 1000).toFixed(1);
const cols = ['area', 'measure', 'value', 'goal', 'verdict', 'anchor'];
const width = Object.fromEntries(
  cols.map(c => [c, Math.max(c.length, ...rows.map(x => x[c].length))]),
);
const line = x => `| ${cols.map(c => x[c].padEnd(width[c])).join(' | ')} |`;
console.log(line(Object.fromEntries(cols.map(c => [c, c]))));
console.log(`|${cols.map(c => '-'.repeat(width[c] + 2)).join('|')}|`);
for (const x of rows) console.log(line(x));
console.log(
  `\nbench: ${results.seconds} s; ${rows.filter(x => x.verdict === 'MISS').length} goals missed.`,
);
for (const note of results.notes) console.log(`\nNOTE: ${note}`);

if (args.has('--save')) {
  const outDir = join(root, 'bench/results');
  mkdirSync(outDir, { recursive: true });
  const latest = join(outDir, 'latest.json');
  writeFileSync(latest, JSON.stringify(results, null, 2));
  copyFileSync(
    latest,
    join(outDir, `${results.startedAt.replace(/[:.]/g, '-')}.json`),
  );
  console.log(`results: ${latest}`);
} else {
  console.log(
    'results not saved (bench/results/latest.json is unchanged): npm run bench -- --save writes them',
  );
}
process.exit(0);
