// `npm start`: local IdP + real backend + dev app, stopped together by Ctrl-C.
//   node dev/start.mjs [--no-app] [--short-tokens] [--proxied] [--verbose]
//                      [--idp-fault=redirect-uri|down|wrong-secret|userinfo]
//                      [--guest-outside-development] [--help]
// (flags: dev/startArgs.mjs)
// Ports: IDP_PORT (7010), BACKEND_PORT (7007), APP_PORT (3000), and with
// --proxied PROXY_PORT (APP_PORT + 50).

import { parseStartArgs, usage } from './startArgs.mjs';
import { startStack, stop, StackError } from './stack/index.mjs';

const parsed = parseStartArgs(process.argv.slice(2));
if (parsed.error) {
  console.error(`start: ${parsed.error}`);
  process.exit(2);
}
if (parsed.help) {
  console.log(usage());
  process.exit(0);
}
const { options } = parsed;
const idpFault = options.idpFault;
// The auth backend clamps auth.backstageTokenExpiration to 10 minutes at
// least, so this is as short as a session gets: the banner warns after 5.
const SHORT_TOKEN_MINUTES = 10;
const shortTokensEnv = options.shortTokens
  ? {
      ...process.env,
      APP_CONFIG_auth_backstageTokenExpiration: JSON.stringify({
        minutes: SHORT_TOKEN_MINUTES,
      }),
    }
  : process.env;
const env = idpFault
  ? { ...shortTokensEnv, IDP_FAULT: idpFault }
  : shortTokensEnv;

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
  if (urls.proxy) {
    console.log(`  Proxied app: ${urls.proxy}`);
    console.log(
      `  (the app's own port below skips the proxy: oauth2Proxy sign-in then explains the missing header)`,
    );
  }
  if (urls.app) console.log(`  App:      ${urls.app}`);
  console.log(`  Backend:  ${urls.backend}`);
  console.log(`  IdP:      ${urls.idp}`);
  console.log(`  Logs:     ${logDir}`);
  console.log(`  Ready in ${(timings.total / 1000).toFixed(1)} s\n`);
  if (shortTokensEnv !== process.env) {
    console.log(
      `  Backstage tokens live ${SHORT_TOKEN_MINUTES} minutes: the banner warns 5 minutes before expiry.\n`,
    );
  }
  if (idpFault) {
    console.log(
      `  The IdP fails every sign-in: --idp-fault=${idpFault} (README, "Faults").\n`,
    );
  }
  console.log(`  ${line(['email', 'password', 'what to expect'])}`);
  for (const row of rows) console.log(`  ${line(row)}`);
  console.log(
    '  (the sign-in page also offers "guest": user:development/guest, member of team-b)\n',
  );
  if (options.guestOutsideDevelopment) {
    console.log(
      '  The backend runs as production with guest sign-in still allowed: sign in as guest and open My Access.\n',
    );
  }
  if (!urls.app) console.log('  Start the app separately: npm run start:app\n');
  console.log('  Ctrl-C stops everything.');
}

try {
  stack = await startStack({
    app: options.app,
    proxied: options.proxied,
    guestOutsideDevelopment: options.guestOutsideDevelopment,
    env,
    echo: options.verbose,
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
