/* eslint-disable jest/expect-expect -- a benchmark records figures, it asserts nothing */
/**
 * Benchmark, not a test: run by test/bench/run.mjs with
 * `--testMatch '**\/test/bench/*.bench.tsx'` and ACCESS_INSPECTOR_BENCH_OUT set.
 * Renders the real My Access page in jsdom for a synthetic org and records
 * every request msw answers; also renders the anchor (user-settings' identity
 * and profile cards) the same way, and runs the banner's idle-cost simulation.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import { delay, http } from 'msw';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { MyAccessPage } from '../../src/myAccess';
import { simulateIdleCost } from './simulateIdleCost';
import { syntheticOrg } from '../builders/entities';
import { manyBasicPermissions } from '../builders/permissions';
import { TEST_BACKEND } from '../builders/tokens';
import { catalogHandlers } from '../msw/catalogHandlers';
import { pluginProbeHandler } from '../msw/doctorHandlers';
import { userinfoHandler } from '../msw/handlers';
import { authorizeHandler, metadataHandler } from '../msw/permissionHandlers';
import { setupMswServer } from '../msw/server';
import { realClientApis } from '../render/realClientApis';

const OUT = process.env.ACCESS_INSPECTOR_BENCH_OUT;
const PLUGINS = ['catalog', 'scaffolder', 'search'];
const PERMISSIONS_PER_PLUGIN = 100;
const USER = 'user:default/big';

const { user, groups } = syntheticOrg({ leaves: 2000, levels: 4 });
// Every answer takes this long, like a backend on the network: with instant
// answers, requests that merely queue behind rendering would look sequential.
const LATENCY_MS = 100;

const { server } = setupMswServer(
  // Falls through to the real handler after the delay.
  http.all(`${TEST_BACKEND}/*`, async () => {
    await delay(LATENCY_MS);
  }),
  ...catalogHandlers([user, ...groups]),
  userinfoHandler({ sub: USER, ent: [USER] }),
  ...PLUGINS.map(p =>
    metadataHandler(p, manyBasicPermissions(p, PERMISSIONS_PER_PLUGIN)),
  ),
  authorizeHandler(item =>
    item.permission.name.endsWith('0') ? 'DENY' : 'ALLOW',
  ),
  ...['permission', 'app', 'techdocs', ...PLUGINS].map(p =>
    pluginProbeHandler(
      p,
      p === 'app' || p === 'techdocs' ? 'notInstalled' : 'ok',
    ),
  ),
);

jest.setTimeout(300_000);

type Recorded = {
  id: string;
  method: string;
  url: string;
  bodyHash: string;
  start: number;
  end?: number;
};

function record() {
  const requests = new Map<string, Recorded>();
  const onStart = async ({
    request,
    requestId,
  }: {
    request: Request;
    requestId: string;
  }) => {
    const start = performance.now();
    const entry: Recorded = {
      id: requestId,
      method: request.method,
      url: request.url,
      bodyHash: '',
      start,
    };
    requests.set(requestId, entry);
    const body = request.method === 'GET' ? '' : await request.clone().text();
    entry.bodyHash = createHash('sha256')
      .update(body)
      .digest('hex')
      .slice(0, 16);
  };
  const onEnd = ({ requestId }: { requestId: string }) => {
    const entry = requests.get(requestId);
    if (entry) entry.end = performance.now();
  };
  server.events.on('request:start', onStart);
  server.events.on('response:mocked', onEnd);
  return {
    requests: () => [...requests.values()],
    stop: () => server.events.removeAllListeners(),
  };
}

/** Longest chain of requests where each started after the previous one ended. */
function longestChain(requests: Recorded[], last?: Recorded): Recorded[] {
  const done = requests
    .filter(r => r.end !== undefined)
    .sort((a, b) => a.start - b.start);
  const best = new Map<Recorded, Recorded[]>();
  for (const r of done) {
    let chain: Recorded[] = [];
    for (const p of done) {
      if (p.end! <= r.start && (best.get(p)?.length ?? 0) > chain.length)
        chain = best.get(p)!;
    }
    best.set(r, [...chain, r]);
  }
  if (last) return best.get(last) ?? [];
  return [...best.values()].reduce((a, b) => (b.length > a.length ? b : a), []);
}

function classify(r: Recorded): string {
  const path = new URL(r.url).pathname;
  if (path.includes('/entities/by-name/')) return 'catalog by-name';
  if (path.endsWith('/entities/by-refs')) return 'catalog by-refs';
  if (path.endsWith('/v1/userinfo')) return 'userinfo';
  if (path.endsWith('/permissions/metadata')) return 'permission metadata';
  if (path.endsWith('/permission/authorize')) return 'authorize';
  if (path.endsWith('/.backstage/auth/v1/cookie')) return 'doctor probe';
  return path;
}

function summarize(requests: Recorded[]) {
  const keys = requests.map(r => `${r.method} ${r.url} ${r.bodyHash}`);
  const byKind: Record<string, number> = {};
  for (const r of requests)
    byKind[classify(r)] = (byKind[classify(r)] ?? 0) + 1;
  return {
    total: requests.length,
    duplicates: keys.length - new Set(keys).size,
    byKind,
    longestChain: longestChain(requests).map(classify),
  };
}

function apis() {
  return realClientApis({
    userEntityRef: USER,
    ownershipEntityRefs: [USER],
    permissionPlugins: PLUGINS,
  });
}

const results: Record<string, unknown> = {};

afterAll(() => {
  if (OUT) writeFileSync(OUT, JSON.stringify(results, null, 2));
});

it('measures the requests of My Access for a user in 2,000 groups with 300 permissions', async () => {
  const recorder = record();
  const t0 = performance.now();
  await renderInTestApp(
    <TestApiProvider apis={apis() as any}>
      <MyAccessPage />
    </TestApiProvider>,
  );
  // Permissions show: the table holds decisions and nothing is pending.
  const table = await screen.findByRole(
    'table',
    { name: 'Permissions' },
    { timeout: 120_000 },
  );
  await waitFor(
    () =>
      expect(within(table).queryAllByText('ALLOW').length).toBeGreaterThan(0),
    { timeout: 120_000 },
  );
  const permissionsShownAt = performance.now();
  // Groups show: the deepest group of the org is in the comparison.
  await waitFor(
    () =>
      expect(
        screen.getByText(/groups the catalog has are not in your token/),
      ).toBeInTheDocument(),
    { timeout: 120_000 },
  );
  await waitFor(
    () =>
      expect(
        screen.getByText(/\d+ problems?, \d+ warnings?, \d+ passed/),
      ).toBeInTheDocument(),
    { timeout: 120_000 },
  );
  const allShownAt = performance.now();
  const requests = recorder.requests();
  recorder.stop();

  const authorize = requests.find(r => classify(r) === 'authorize');
  const beforePermissions = requests.filter(
    r => r.end !== undefined && r.end <= permissionsShownAt,
  );
  const levels = [2000, 200, 20, 1];
  results.myAccess = {
    org: {
      directGroups: 2000,
      levels: 4,
      groupsTotal: groups.length,
      permissions: PLUGINS.length * PERMISSIONS_PER_PLUGIN,
      plugins: PLUGINS.length,
    },
    ...summarize(requests),
    expected: {
      'catalog by-name': 1,
      'catalog by-refs': levels.reduce(
        (n, size) => n + Math.ceil(size / 100),
        0,
      ),
      'permission metadata': PLUGINS.length,
      authorize: 1,
    },
    roundTripsToPermissions: authorize
      ? longestChain(requests, authorize).length
      : null,
    roundTripsToPermissionsChain: authorize
      ? longestChain(requests, authorize).map(classify)
      : null,
    roundTripsBeforePermissionsShow: longestChain(beforePermissions).length,
    latencyMsPerRequest: LATENCY_MS,
    msToPermissions: Math.round(permissionsShownAt - t0),
    msToAllCards: Math.round(allShownAt - t0),
  };
});

it('measures the anchor: user-settings identity and profile cards for the same user', async () => {
  let userSettings: any;
  try {
    // Resolved at run time: the package is optional for the benchmark.
    const name = '@backstage/plugin-user-settings';
    userSettings = require(name);
  } catch (e) {
    results.anchor = {
      available: false,
      reason: `@backstage/plugin-user-settings is not installed (${(e as Error).message.split('\n')[0]})`,
    };
    return;
  }
  const recorder = record();
  const { UserSettingsIdentityCard, UserSettingsProfileCard } = userSettings;
  await renderInTestApp(
    <TestApiProvider apis={apis() as any}>
      <UserSettingsProfileCard />
      <UserSettingsIdentityCard />
    </TestApiProvider>,
  );
  await screen.findAllByText(/big/, {}, { timeout: 30_000 });
  // Let batched or deferred lookups (entity presentation) go out and settle.
  await new Promise(resolve => setTimeout(resolve, 1_000));
  const requests = recorder.requests();
  recorder.stop();
  results.anchor = {
    available: true,
    version: require('@backstage/plugin-user-settings/package.json').version,
    ...summarize(requests),
  };
});

it('measures the banner idle cost over one token lifetime', () => {
  results.idle = {
    lifetimeSeconds: 3600,
    warnBeforeSeconds: 300,
    visible: simulateIdleCost(3600, 300),
    hidden: simulateIdleCost(3600, 300, { hidden: true }),
    shortWarning120s: simulateIdleCost(3600, 120),
    longLifetime12h: simulateIdleCost(12 * 3600, 300),
  };
});
