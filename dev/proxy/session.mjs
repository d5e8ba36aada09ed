// The proxy's own sign-in and session: the authorization code flow with PKCE
// at the local IdP (openid-client), and the session cookie it then sets.

import crypto from 'node:crypto';
import * as oidc from 'openid-client';

const COOKIE = '_dev_proxy_session';
const PENDING_TTL_MS = 10 * 60 * 1000;

function readCookie(req, name) {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** Only paths on this proxy: no open redirect. */
function safeReturnPath(rd) {
  return typeof rd === 'string' && rd.startsWith('/') && !rd.startsWith('//')
    ? rd
    : '/';
}

export function redirect(res, location, cookie) {
  res.writeHead(302, {
    Location: location,
    'Cache-Control': 'no-store',
    ...(cookie && { 'Set-Cookie': cookie }),
  });
  res.end();
}

// oauth2-proxy answers requests that want JSON (and XHR) with 401 instead of
// sending them to the IdP, which a script could not follow.
export function wantsJson(req) {
  return (
    /application\/json/.test(req.headers.accept ?? '') ||
    req.headers['x-requested-with'] === 'XMLHttpRequest'
  );
}

/**
 * The sign-in routes (/oauth2/start, /oauth2/callback, /oauth2/sign_out) and
 * the session of a request, for the proxy at `origin` with the IdP's
 * discovered `config`.
 */
export function createSessions({ config, origin }) {
  const redirectUri = `${origin}/oauth2/callback`;
  /** sid -> { claims, idToken, expiresAt } */
  const sessions = new Map();
  /** state -> { verifier, nonce, rd, createdAt } */
  const pending = new Map();

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
      redirect(
        res,
        entry.rd,
        `${COOKIE}=${sid}; Path=/; HttpOnly; SameSite=Lax`,
      );
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

  return { sessionOf, start, callback, signOut };
}
