// An authenticating reverse proxy for the dev stack, in the manner of
// oauth2-proxy: it signs the browser in at the local IdP (authorization code
// flow with PKCE, openid-client), keeps its own session cookie, and forwards
// requests to the dev app and the backend (http-proxy-middleware) with the
// identity headers the oauth2Proxy auth module reads.
//
//   node dev/proxy/server.mjs
//   env: PROXY_PORT (3050), APP_PORT (3000), BACKEND_PORT (7007), IDP_PORT (7010)
//
// Routes of its own, as oauth2-proxy names them: /oauth2/start,
// /oauth2/callback, /oauth2/sign_out, /oauth2/ready. Everything under /api
// goes to the backend, the rest to the app. Pages of the app get a config tag
// that points app.baseUrl and backend.baseUrl at the proxy (the way
// Backstage's app-backend injects config), so the app's own port keeps
// talking to the backend directly: a bypass of the proxy, to be seen.

import http from 'node:http';
import * as oidc from 'openid-client';
import { createForwarders } from './forward.mjs';
import { createSessions, redirect, wantsJson } from './session.mjs';

const HOST = '127.0.0.1';
const appPort = Number(process.env.APP_PORT ?? 3000);
const port = Number(process.env.PROXY_PORT ?? appPort + 50);
const backendPort = Number(process.env.BACKEND_PORT ?? 7007);
const idpPort = Number(process.env.IDP_PORT ?? 7010);

const origin = `http://${HOST}:${port}`;
const appTarget = `http://${HOST}:${appPort}`;
const backendTarget = `http://${HOST}:${backendPort}`;
const issuer = new URL(`http://${HOST}:${idpPort}`);

const config = await oidc.discovery(
  issuer,
  'access-inspector-proxy',
  'access-inspector-proxy-secret',
  undefined,
  // The local IdP speaks plain http on loopback.
  { execute: [oidc.allowInsecureRequests] },
);

const { sessionOf, start, callback, signOut } = createSessions({
  config,
  origin,
});
const { toBackend, toAppPage, toApp } = createForwarders({
  origin,
  appTarget,
  backendTarget,
});

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, origin);
  try {
    if (url.pathname === '/oauth2/ready') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('ok');
      return;
    }
    if (url.pathname === '/oauth2/start') {
      await start(req, res, url);
      return;
    }
    if (url.pathname === '/oauth2/callback') {
      await callback(req, res, url);
      return;
    }
    if (url.pathname === '/oauth2/sign_out') {
      signOut(req, res, url);
      return;
    }

    const session = sessionOf(req);
    if (!session) {
      if (wantsJson(req) || req.method !== 'GET') {
        res.writeHead(401, { 'Content-Type': 'text/plain' });
        res.end('Unauthorized');
        return;
      }
      redirect(
        res,
        `/oauth2/start?rd=${encodeURIComponent(url.pathname + url.search)}`,
      );
      return;
    }
    req.session = session;
    const next = error => {
      if (error && !res.headersSent) {
        res.writeHead(502, { 'Content-Type': 'text/plain' });
        res.end(`Proxy error: ${error.message}`);
      }
    };
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      await toBackend(req, res, next);
      return;
    }
    const page =
      req.method === 'GET' && /text\/html/.test(req.headers.accept ?? '');
    await (page ? toAppPage : toApp)(req, res, next);
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
    res.end('Internal proxy error');
  }
});

// The dev server's live reload: only for a signed-in browser.
server.on('upgrade', (req, socket, head) => {
  const session = sessionOf(req);
  if (!session) {
    socket.destroy();
    return;
  }
  req.session = session;
  toApp.upgrade(req, socket, head);
});

server.listen(port, HOST, () => {
  console.info(`Proxied app: ${origin}`);
});
