import net from 'node:net';
import { StackError } from './services.mjs';

export const HOST = '127.0.0.1';

const DEFAULT_PORTS = { IDP_PORT: 7010, BACKEND_PORT: 7007, APP_PORT: 3000 };

/** Reads IDP_PORT, BACKEND_PORT and APP_PORT, falling back to the defaults. */
export function readPorts(env = process.env) {
  const ports = {};
  for (const [name, fallback] of Object.entries(DEFAULT_PORTS)) {
    const raw = env[name];
    const port = raw === undefined || raw === '' ? fallback : Number(raw);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new StackError(`${name}=${raw} is not a valid port number`);
    }
    ports[name] = port;
  }
  const seen = new Map();
  for (const [name, port] of Object.entries(ports)) {
    if (seen.has(port)) {
      throw new StackError(
        `${seen.get(port)} and ${name} are both ${port}; give each service its own port`,
      );
    }
    seen.set(port, name);
  }
  return ports;
}

/** PROXY_PORT, else APP_PORT + 50; distinct from the other ports. */
export function readProxyPort(env, ports) {
  const raw = env.PROXY_PORT;
  const port =
    raw === undefined || raw === '' ? ports.APP_PORT + 50 : Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StackError(`PROXY_PORT=${raw} is not a valid port number`);
  }
  const taken = Object.entries(ports).find(([, p]) => p === port);
  if (taken)
    throw new StackError(`PROXY_PORT and ${taken[0]} are both ${port}`);
  return port;
}

export function assertPortFree(port, envName) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', error => {
      const reason =
        error.code === 'EADDRINUSE'
          ? 'is already in use'
          : `cannot be used (${error.code})`;
      reject(
        new StackError(
          `Port ${port} on ${HOST} ${reason}; stop whatever holds it or set ${envName} to another port`,
        ),
      );
    });
    server.listen(port, HOST, () => server.close(() => resolve()));
  });
}
