// `npm start`: local IdP + real backend + dev app, stopped together by Ctrl-C.
//   node dev/start.mjs [--no-app] [--short-tokens] [--proxied] [--verbose]
//                      [--idp-fault=redirect-uri|down|wrong-secret|userinfo]
//                      [--guest-outside-development]
// Ports: IDP_PORT (7010), BACKEND_PORT (7007), APP_PORT (3000), and with
// --proxied PROXY_PORT (APP_PORT + 50).

import { startStack, stop, StackError } from './stack/index.mjs';

// --idp-fault=<fault>: the IdP fails sign-ins as real ones do (dev/idp/server.mjs).
const IDP_FAULTS = ['redirect-uri', 'down', 'wrong-secret', 'userinfo'];
const idpFaultArg = process.argv
  .slice(2)
  .find(arg => arg.startsWith('--idp-fault='));
const idpFault = idpFaultArg?.slice('--idp-fault='.length);
const badIdpFault = idpFault !== undefined && !IDP_FAULTS.includes(idpFault);
const args = new Set(process.argv.slice(2).filter(arg => arg !== idpFaultArg));
const known = new Set([
  '--no-app',
  '--short-tokens',
  '--proxied',
  '--guest-outside-development',
  '--verbose',
  '--help',
]);
const unknown = [...args].filter(arg => !known.has(arg));
if (unknown.length || badIdpFault || args.has('--help')) {
  console.log(
    'usage: node dev/start.mjs [--no-app] [--short-tokens] [--proxied] [--verbose] [--idp-fault=F] [--guest-outside-development]',
  );
  console.log(
    '  --no-app        start only the IdP and the backend (run the app yourself)',
  );
  console.log(
    "  --short-tokens  Backstage tokens live 10 minutes (the auth backend's minimum)",
  );
  console.log(
    '  --proxied       also an authenticating reverse proxy (dev/proxy) in front of app and backend, and the oauth2Proxy provider',
  );
  console.log("  --verbose       echo the services' output");
  console.log(
    `  --idp-fault=F   the IdP fails every sign-in the way real ones do: ${IDP_FAULTS.join(', ')} (README, "Faults")`,
  );
  console.log(
    '  --guest-outside-development  the backend runs as production (NODE_ENV, auth.environment) with guest still allowed (dangerouslyAllowOutsideDevelopment): the 401 doctor reports the open door',
  );
  process.exit(unknown.length || badIdpFault ? 2 : 0);
}
const withApp = !args.has('--no-app');
// The auth backend clamps auth.backstageTokenExpiration to 10 minutes at
// least, so this is as short as a session gets: the banner warns after 5.
const SHORT_TOKEN_MINUTES = 10;
const shortTokensEnv = args.has('--short-tokens')
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
  if (args.has('--guest-outside-development')) {
    console.log(
      '  The backend runs as production with guest sign-in still allowed: sign in as guest and open My Access.\n',
    );
  }
  if (!urls.app) console.log('  Start the app separately: npm run start:app\n');
  console.log('  Ctrl-C stops everything.');
}

try {
  stack = await startStack({
    app: withApp,
    proxied: args.has('--proxied'),
    guestOutsideDevelopment: args.has('--guest-outside-development'),
    env,
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
