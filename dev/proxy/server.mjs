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

import crypto from 'node:crypto';
import http from 'node:http';
import * as oidc from 'openid-client';
import {
  createProxyMiddleware,
  responseInterceptor,
} from 'http-proxy-middleware';

const HOST = '127.0.0.1';
const appPort = Number(process.env.APP_PORT ?? 3000);
const port = Number(process.env.PROXY_PORT ?? appPort + 50);
const backendPort = Number(process.env.BACKEND_PORT ?? 7007);
const idpPort = Number(process.env.IDP_PORT ?? 7010);

const origin = `http://${HOST}:${port}`;
const appTarget = `http://${HOST}:${appPort}`;
const backendTarget = `http://${HOST}:${backendPort}`;
const issuer = new URL(`http://${HOST}:${idpPort}`);
const redirectUri = `${origin}/oauth2/callback`;

const COOKIE = '_dev_proxy_session';
const PENDING_TTL_MS = 10 * 60 * 1000;
// Headers only the proxy may set: removed from what the browser sends.
const IDENTITY_HEADERS = [
  'x-forwarded-user',
  'x-forwarded-email',
  'x-forwarded-preferred-username',
  'x-forwarded-groups',
  'x-oauth2-proxy-id-token',
];

const config = await oidc.discovery(
  issuer,
  'access-inspector-proxy',
  'access-inspector-proxy-secret',
  undefined,
  // The local IdP speaks plain http on loopback.
  { execute: [oidc.allowInsecureRequests] },
);

/** sid -> { claims, idToken, expiresAt } */
const sessions = new Map();
/** state -> { verifier, nonce, rd, createdAt } */
const pending = new Map();

function readCookie(req, name) {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

function sessionOf(req) {
  const sid = readCookie(req, COOKIE);
  const session = sid && sessions.get(sid);
  if (!session) return undefined;
  if (Date.now() >= session.expiresAt) {
    sessions.delete(sid);
    return undefined;
  }
  return session;
}

/** Only paths on this proxy: no open redirect. */
function safeReturnPath(rd) {
  return typeof rd === 'string' && rd.startsWith('/') && !rd.startsWith('//')
    ? rd
    : '/';
}

function redirect(res, location, cookie) {
  res.writeHead(302, {
    Location: location,
    'Cache-Control': 'no-store',
    ...(cookie && { 'Set-Cookie': cookie }),
  });
  res.end();
}

// oauth2-proxy answers requests that want JSON (and XHR) with 401 instead of
// sending them to the IdP, which a script could not follow.
function wantsJson(req) {
  return (
    /application\/json/.test(req.headers.accept ?? '') ||
    req.headers['x-requested-with'] === 'XMLHttpRequest'
  );
}

async function start(req, res, url) {
  for (const [state, entry] of pending) {
    if (Date.now() - entry.createdAt > PENDING_TTL_MS) pending.delete(state);
  }
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  pending.set(state, {
    verifier,
    nonce,
    rd: safeReturnPath(url.searchParams.get('rd')),
    createdAt: Date.now(),
  });
  const authorizationUrl = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid profile email',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    // Every sign-in shows the login form, so sign-out is visible and the
    // seeded accounts can be tried in turn.
    prompt: 'login',
  });
  redirect(res, authorizationUrl.href);
}

async function callback(req, res, url) {
  const state = url.searchParams.get('state');
  const entry = state && pending.get(state);
  if (!entry) {
    res.writeHead(400, { 'Content-Type': 'text/plain' });
    res.end('Unknown or expired sign-in state: start again at /');
    return;
  }
  pending.delete(state);
  try {
    const tokens = await oidc.authorizationCodeGrant(
      config,
      new URL(url.pathname + url.search, origin),
      {
        pkceCodeVerifier: entry.verifier,
        expectedState: state,
        expectedNonce: entry.nonce,
      },
    );
    const claims = tokens.claims();
    const sid = crypto.randomBytes(32).toString('base64url');
    sessions.set(sid, {
      claims,
      idToken: tokens.id_token,
      // The proxy's session lasts as long as the ID token.
      expiresAt: claims.exp * 1000,
    });
    console.info(`signed in: ${claims.sub}`);
    redirect(res, entry.rd, `${COOKIE}=${sid}; Path=/; HttpOnly; SameSite=Lax`);
  } catch (error) {
    console.error(`sign-in failed: ${error.message}`);
    res.writeHead(502, { 'Content-Type': 'text/plain' });
    res.end(`Sign-in at the IdP failed: ${error.message}`);
  }
}

function signOut(req, res, url) {
  const sid = readCookie(req, COOKIE);
  if (sid) sessions.delete(sid);
  redirect(
    res,
    safeReturnPath(url.searchParams.get('rd')),
    `${COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`,
  );
}

function identityHeaders(session) {
  const { claims, idToken } = session;
  return {
    'x-forwarded-user': claims.sub,
    'x-forwarded-email': claims.email,
    'x-forwarded-preferred-username': claims.preferred_username ?? claims.sub,
    ...(Array.isArray(claims.groups) && {
      'x-forwarded-groups': claims.groups.join(','),
    }),
    // The oauth2Proxy module reads the ID token from here, as "Bearer …".
    // Never Authorization: that carries the app's Backstage token.
    'x-oauth2-proxy-id-token': `Bearer ${idToken}`,
  };
}

function setIdentity(proxyReq, req) {
  for (const name of IDENTITY_HEADERS) proxyReq.removeHeader(name);
  for (const [name, value] of Object.entries(identityHeaders(req.session))) {
    if (value) proxyReq.setHeader(name, value);
  }
}

const configTag = `<script type="backstage.io/config">${JSON.stringify([
  {
    context: 'dev-proxy',
    data: { app: { baseUrl: origin }, backend: { baseUrl: origin } },
  },
])}</script>`;

const toBackend = createProxyMiddleware({
  target: backendTarget,
  changeOrigin: true,
  on: { proxyReq: setIdentity },
});

const toAppPage = createProxyMiddleware({
  target: appTarget,
  changeOrigin: true,
  selfHandleResponse: true,
  on: {
    proxyReq: setIdentity,
    proxyRes: responseInterceptor(async (buffer, proxyRes) => {
      if (!/text\/html/.test(proxyRes.headers['content-type'] ?? '')) {
        return buffer;
      }
      return buffer.toString('utf8').replace('</head>', `${configTag}</head>`);
    }),
  },
});

const toApp = createProxyMiddleware({
  target: appTarget,
  changeOrigin: true,
  ws: true,
  on: { proxyReq: setIdentity },
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
