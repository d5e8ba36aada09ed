// `npm start`: local IdP + real backend + dev app, stopped together by Ctrl-C.
//   node dev/start.mjs [--no-app] [--verbose]
// Ports: IDP_PORT (7010), BACKEND_PORT (7007), APP_PORT (3000).

import { startStack, stop, StackError } from './stack/index.mjs';

const args = new Set(process.argv.slice(2));
const known = new Set(['--no-app', '--verbose', '--help']);
const unknown = [...args].filter(arg => !known.has(arg));
if (unknown.length || args.has('--help')) {
  console.log('usage: node dev/start.mjs [--no-app] [--verbose]');
  console.log(
    '  --no-app   start only the IdP and the backend (run the app yourself)',
  );
  console.log("  --verbose  echo the services' output");
  process.exit(unknown.length ? 2 : 0);
}
const withApp = !args.has('--no-app');

let stack;
let shuttingDown = false;

async function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  // stop() also covers a stack that is still starting.
  await stop();
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.log(`\n${signal}: stopping the stack…`);
    shutdown(0);
  });
}

function printSummary() {
  const { urls, accounts, logDir, timings } = stack;
  const rows = accounts.map(a => [a.email, a.password, a.expect]);
  const widths = [0, 1].map(i => Math.max(...rows.map(r => r[i].length), 8));
  const line = cells =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c)).join('  ');

  console.log('');
  if (urls.app) console.log(`  App:      ${urls.app}`);
  console.log(`  Backend:  ${urls.backend}`);
  console.log(`  IdP:      ${urls.idp}`);
  console.log(`  Logs:     ${logDir}`);
  console.log(`  Ready in ${(timings.total / 1000).toFixed(1)} s\n`);
  console.log(`  ${line(['email', 'password', 'what to expect'])}`);
  for (const row of rows) console.log(`  ${line(row)}`);
  console.log(
    '  (the sign-in page also offers "guest": user:development/guest, member of team-b)\n',
  );
  if (!urls.app) console.log('  Start the app separately: npm run start:app\n');
  console.log('  Ctrl-C stops everything.');
}

try {
  stack = await startStack({
    app: withApp,
    echo: args.has('--verbose'),
    log: message => console.log(`· ${message}`),
  });
} catch (error) {
  if (shuttingDown) await new Promise(() => {}); // shutdown() exits
  console.error(
    error instanceof StackError ? `error: ${error.message}` : error,
  );
  process.exit(1);
}

stack.onUnexpectedExit(({ message }) => {
  console.error(`\nerror: ${message}`);
  shutdown(1);
});
printSummary();
