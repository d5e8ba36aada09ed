// Starts the local identity stack: IdP -> backend (catalog loaded) -> dev app.
// Used by `npm start` (dev/start.mjs) and by the e2e tests:
//
//   import { startStack } from './index.mjs';
//   const stack = await startStack({ app: true, log: console.log });
//   ...
//   await stack.stop();

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { accounts, PASSWORD } from '../idp/accounts.mjs';
import { assertPortFree, HOST, readPorts, readProxyPort } from './ports.mjs';
import { appReady, backendReady, idpReady } from './ready.mjs';
import {
  guestOutsideDevelopmentBackendConfig,
  PROXIED_APP_CONFIG,
  proxiedBackendConfig,
} from './serviceConfig.mjs';
import {
  describeExit,
  killServiceNow,
  StackError,
  startService,
  stopService,
} from './services.mjs';

export { StackError } from './services.mjs';
export { REQUIRED_ENTITIES, guestToken } from './ready.mjs';
/** The IdP's accounts with all their claims (sub, email_verified, groups…). */
export { accounts as IDP_ACCOUNTS } from '../idp/accounts.mjs';

export const REPO_ROOT = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../..',
);

export const SEEDED_ACCOUNTS = accounts.map(({ email, expect }) => ({
  email,
  password: PASSWORD,
  expect,
}));

const TIMEOUTS_MS = {
  idp: 30_000,
  backend: 120_000,
  app: 240_000,
  proxy: 30_000,
};

const POLL_MS = 250;

let current;

/**
 * Starts IdP, backend and (unless `app: false`) the dev app, each once the
 * previous one is ready. Rejects with a StackError, after stopping whatever
 * it already started, if a port is taken, a service exits or a wait times out.
 *
 * @param {object} [options]
 * @param {boolean} [options.app=true] also start the dev app (backstage-cli package start)
 * @param {boolean} [options.guestOutsideDevelopment=false] run the backend as
 *   production (NODE_ENV, auth.environment) with guest sign-in still allowed
 *   by its dangerouslyAllowOutsideDevelopment flag
 * @param {boolean} [options.proxied=false] also run the backend's oauth2Proxy
 *   provider and an authenticating reverse proxy (dev/proxy) in front of the
 *   app and the backend, on PROXY_PORT (APP_PORT + 50); needs the app
 * @param {(message: string) => void} [options.log] progress messages
 * @param {boolean} [options.echo=false] copy the services' output to this process's stdout/stderr
 * @param {string} [options.logDir] where the `<service>.log` files go (default: a new temp dir)
 * @param {NodeJS.ProcessEnv} [options.env] environment (ports are read from it;
 *   IDP_FAULT makes the IdP fail sign-ins, see dev/idp/faults.mjs)
 */
export async function startStack(options = {}) {
  const {
    app = true,
    proxied = false,
    guestOutsideDevelopment = false,
    log = () => {},
    echo = false,
    env = process.env,
  } = options;
  const ports = readPorts(env);
  if (proxied && !app) {
    throw new StackError('the proxied stack needs the app: drop --no-app');
  }
  if (proxied) ports.PROXY_PORT = readProxyPort(env, ports);
  const urls = {
    idp: `http://${HOST}:${ports.IDP_PORT}`,
    backend: `http://${HOST}:${ports.BACKEND_PORT}`,
    ...(app && { app: `http://${HOST}:${ports.APP_PORT}` }),
    ...(proxied && { proxy: `http://${HOST}:${ports.PROXY_PORT}` }),
  };

  const wanted = app
    ? Object.entries(ports)
    : Object.entries(ports).filter(([n]) => n !== 'APP_PORT');
  for (const [name, port] of wanted) await assertPortFree(port, name);

  const logDir =
    options.logDir ?? mkdtempSync(join(tmpdir(), 'access-inspector-stack-'));
  const childEnv = {
    ...env,
    IDP_PORT: String(ports.IDP_PORT),
    BACKEND_PORT: String(ports.BACKEND_PORT),
    APP_PORT: String(ports.APP_PORT),
    ...(proxied && { PROXY_PORT: String(ports.PROXY_PORT) }),
  };
  const services = [];
  const timings = {};
  const listeners = new Set();
  const killAllNow = () => services.forEach(killServiceNow);
  process.once('exit', killAllNow);

  const stack = {
    urls,
    ports,
    pids: {},
    logDir,
    // The sample policy reads its variant from this file on every decision:
    // write `lockdown` into it to change the policy while the stack runs.
    policyVariantFile: join(logDir, 'policy-variant'),
    logFiles: {},
    timings,
    accounts: SEEDED_ACCOUNTS,
    /** Calls `listener({ name, code, signal, message })` if a service dies before stop(). */
    onUnexpectedExit(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  let stopped;
  stack.stop = () => {
    stopped ??= (async () => {
      process.off('exit', killAllNow);
      // Reverse order: the app first, the IdP last.
      for (const service of [...services].reverse()) await stopService(service);
      if (current === stack) current = undefined;
    })();
    return stopped;
  };

  const launch = spec => {
    const service = startService({ cwd: REPO_ROOT, logDir, echo, ...spec });
    services.push(service);
    stack.pids[service.name] = service.pid;
    stack.logFiles[service.name] = service.logFile;
    service.exited.then(() => {
      if (service.stopping) return;
      const report = {
        name: service.name,
        ...service.exit,
        message: describeExit(service),
      };
      for (const listener of listeners) listener(report);
    });
    return service;
  };

  const waitFor = async (service, check) => {
    const started = Date.now();
    const deadline = started + TIMEOUTS_MS[service.name];
    let lastError;
    for (;;) {
      if (service.exit) {
        await service.exited;
        throw new StackError(describeExit(service));
      }
      try {
        if (await check()) break;
      } catch (error) {
        lastError = error;
      }
      if (Date.now() > deadline) {
        const why = lastError
          ? ` (last error: ${lastError.cause?.code ?? lastError.message})`
          : '';
        throw new StackError(
          `${service.name} not ready after ${TIMEOUTS_MS[service.name] / 1000} s${why}; see ${service.logFile}`,
        );
      }
      await new Promise(r => setTimeout(r, POLL_MS));
    }
    timings[service.name] = Date.now() - started;
    log(
      `${service.name} ready in ${(timings[service.name] / 1000).toFixed(1)} s (${urls[service.name]})`,
    );
  };

  current = stack;

  const totalStart = Date.now();
  try {
    log(`logs in ${logDir}`);
    const idp = launch({
      name: 'idp',
      command: process.execPath,
      args: ['dev/idp/server.mjs'],
      env: childEnv,
    });
    await waitFor(idp, () => idpReady(urls.idp));

    /**
     * Replaces the IdP with one that has `fault` (an IDP_FAULT value, or
     * undefined for none), on the same port and issuer: the backend keeps
     * what it discovered and fetches the new signing key when it meets it.
     */
    stack.restartIdp = async fault => {
      const old = services.find(s => s.name === 'idp' && !s.stopping);
      if (old) await stopService(old);
      const idpEnv = { ...childEnv };
      if (fault) idpEnv.IDP_FAULT = fault;
      else delete idpEnv.IDP_FAULT;
      const next = launch({
        name: 'idp',
        command: process.execPath,
        args: ['dev/idp/server.mjs'],
        env: idpEnv,
      });
      await waitFor(next, () => idpReady(urls.idp));
    };

    const backendState = {};
    const backend = launch({
      name: 'backend',
      command: process.execPath,
      args: ['--import', 'tsx', 'dev/backend/index.ts'],
      env: {
        ...childEnv,
        NODE_ENV: 'development',
        DEV_POLICY_VARIANT_FILE: join(logDir, 'policy-variant'),
        ...(proxied && proxiedBackendConfig(urls, ports)),
        ...(guestOutsideDevelopment &&
          guestOutsideDevelopmentBackendConfig(urls)),
      },
    });
    await waitFor(backend, () => backendReady(urls.backend, backendState));

    if (app) {
      const appService = launch({
        name: 'app',
        command: join(REPO_ROOT, 'node_modules/.bin/backstage-cli'),
        args: ['package', 'start'],
        env: {
          ...childEnv,
          BROWSER: 'none',
          APP_CONFIG_app_baseUrl: urls.app,
          APP_CONFIG_backend_baseUrl: urls.backend,
          ...(proxied && PROXIED_APP_CONFIG),
          ...(guestOutsideDevelopment && {
            APP_CONFIG_auth_environment: 'production',
          }),
        },
      });
      await waitFor(appService, () => appReady(urls.app));
    }

    if (proxied) {
      const proxy = launch({
        name: 'proxy',
        command: process.execPath,
        args: ['dev/proxy/server.mjs'],
        env: childEnv,
      });
      await waitFor(proxy, async () => {
        const res = await fetch(`${urls.proxy}/oauth2/ready`, {
          signal: AbortSignal.timeout(3000),
        });
        return res.ok;
      });
    }
  } catch (error) {
    await stack.stop();
    throw error;
  }

  timings.total = Date.now() - totalStart;
  log(`stack ready in ${(timings.total / 1000).toFixed(1)} s`);
  return stack;
}

/** Stops the stack started last by startStack(), if any. */
export async function stop() {
  await current?.stop();
}
