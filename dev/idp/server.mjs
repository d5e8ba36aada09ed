// Local OpenID Connect provider for the dev stack (oidc-provider 9).
// Run: node dev/idp/server.mjs   (env IDP_PORT, BACKEND_PORT, IDP_FAULT)
//
// IDP_FAULT makes it fail a sign-in the way real IdPs do (README, "Faults"):
//   redirect-uri  the backend's callback URL is not registered (a trailing
//                 slash is): the IdP shows its own error page, no redirect back
//   down          the IdP stops listening when a sign-in window reaches it:
//                 the window shows the browser's connection error
//   wrong-secret  the IdP has another client secret than the backend: the
//                 backend's token exchange fails with invalid_client
//   userinfo      the token response says token_type "bearer" (lowercase)
//                 and userinfo accepts only "Bearer": the backend gets 401

import crypto from 'node:crypto';
import http from 'node:http';
import Provider from 'oidc-provider';
import { accounts, checkPassword } from './accounts.mjs';
import { consentPage, loginPage, logoutPage, messagePage } from './pages.mjs';

const HOST = '127.0.0.1';
const port = Number(process.env.IDP_PORT ?? 7010);
const backendPort = Number(process.env.BACKEND_PORT ?? 7007);
const issuer = `http://${HOST}:${port}`;

const FAULTS = ['redirect-uri', 'down', 'wrong-secret', 'userinfo'];
const fault = process.env.IDP_FAULT || undefined;
if (fault && !FAULTS.includes(fault)) {
  console.error(
    `IDP_FAULT=${fault} is unknown; use one of ${FAULTS.join(', ')}`,
  );
  process.exit(2);
}

const CLIENT_ID = 'backstage';
// The secret the backend is configured with (dev/backend's app-config).
const CLIENT_SECRET =
  fault === 'wrong-secret' ? 'rotated-at-the-idp' : 'backstage-dev-secret';
// The trailing slash that breaks so many real registrations.
const REDIRECT_SUFFIX = fault === 'redirect-uri' ? '/' : '';
const CLIENT_SCOPE = 'openid profile email offline_access';

// A fresh key per start, with a fresh kid, so a running backend refetches the
// JWKS instead of failing on a stale key after an IdP restart.
const { privateKey } = crypto.generateKeyPairSync('rsa', {
  modulusLength: 2048,
});
const signingKey = {
  ...privateKey.export({ format: 'jwk' }),
  kid: crypto.randomUUID(),
  use: 'sig',
  alg: 'RS256',
};

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      client_name: 'Backstage (dev)',
      redirect_uris: [
        `http://127.0.0.1:${backendPort}/api/auth/oidc/handler/frame${REDIRECT_SUFFIX}`,
        `http://localhost:${backendPort}/api/auth/oidc/handler/frame${REDIRECT_SUFFIX}`,
      ],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      scope: CLIENT_SCOPE,
    },
    // The authenticating reverse proxy of `npm start -- --proxied` (dev/proxy).
    {
      client_id: 'access-inspector-proxy',
      client_secret: 'access-inspector-proxy-secret',
      client_name: 'Authenticating proxy (dev)',
      redirect_uris: [
        `http://127.0.0.1:${process.env.PROXY_PORT ?? 3050}/oauth2/callback`,
      ],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      scope: 'openid profile email',
    },
  ],
  jwks: { keys: [signingKey] },
  cookies: { keys: ['local-idp-dev-cookie-key'] },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'picture', 'groups'],
  },
  scopes: ['openid', 'profile', 'email', 'offline_access'],
  // Put email and groups into the ID token too, not only into userinfo.
  conformIdTokenClaims: false,
  async findAccount(_ctx, sub) {
    const account = accounts.find(a => a.sub === sub);
    if (!account) return undefined;
    const { expect: _hint, askConsent: _ask, ...claims } = account;
    return { accountId: sub, claims: async () => claims };
  },
  // oidc-provider drops offline_access unless prompt=consent; Backstage needs
  // a refresh token for session refresh, so issue one whenever allowed.
  issueRefreshToken: async (_ctx, client) =>
    client.grantTypeAllowed('refresh_token'),
  // Auto-consent: the dev client gets its full scope without a consent page,
  // except for accounts with askConsent, which see the consent page.
  // The session's grant may be gone: Backstage's sign-out revokes the refresh
  // token, which destroys its grant. Then a new one is made, instead of
  // asking for consent again.
  async loadExistingGrant(ctx) {
    const { client, session, result } = ctx.oidc;
    const grantId =
      result?.consent?.grantId || session.grantIdFor(client.clientId);
    const existing = grantId
      ? await ctx.oidc.provider.Grant.find(grantId)
      : undefined;
    if (existing && existing.accountId === session.accountId) return existing;
    if (![CLIENT_ID, 'access-inspector-proxy'].includes(client.clientId)) {
      return existing;
    }
    if (accounts.find(a => a.sub === session.accountId)?.askConsent) {
      return undefined;
    }
    const grant = new ctx.oidc.provider.Grant({
      clientId: client.clientId,
      accountId: session.accountId,
    });
    grant.addOIDCScope(CLIENT_SCOPE);
    await grant.save();
    return grant;
  },
  interactions: {
    url: (_ctx, interaction) => `/interaction/${interaction.uid}`,
  },
  features: {
    devInteractions: { enabled: false },
    revocation: { enabled: true },
    rpInitiatedLogout: {
      logoutSource: async (ctx, form) => {
        ctx.body = logoutPage(form, ctx.host);
      },
      postLogoutSuccessSource: async ctx => {
        ctx.body = messagePage(
          'Signed out',
          'You are signed out of the local IdP.',
        );
      },
    },
  },
  async renderError(ctx, out) {
    ctx.type = 'html';
    ctx.body = messagePage(
      'Sign-in error',
      'The local IdP could not handle this request.',
      out,
    );
  },
  ttl: {
    AccessToken: 60 * 60,
    AuthorizationCode: 60,
    IdToken: 60 * 60,
    RefreshToken: 24 * 60 * 60,
    Interaction: 60 * 60,
    Session: 24 * 60 * 60,
    Grant: 24 * 60 * 60,
  },
});

if (fault === 'userinfo') {
  // As some IdPs do: the token response names the scheme in lowercase, and
  // userinfo compares the scheme case-sensitively, so the token the backend
  // sends back with the scheme it was given is refused — with 401 and no
  // error code, which openid-client reports as "expected 200 OK, got: 401
  // Unauthorized".
  provider.use(async (ctx, next) => {
    if (ctx.path === '/me') {
      const scheme = String(ctx.get('authorization')).split(' ')[0];
      if (scheme !== 'Bearer') {
        console.info(`userinfo refused: scheme "${scheme}" is not "Bearer"`);
        ctx.status = 401;
        ctx.set('WWW-Authenticate', `Bearer realm="${issuer}"`);
        ctx.type = 'text';
        ctx.body = 'Unauthorized';
        return;
      }
    }
    await next();
    if (ctx.path === '/token' && ctx.status === 200 && ctx.body?.token_type) {
      ctx.body = { ...ctx.body, token_type: 'bearer' };
    }
  });
}

async function readForm(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

function sendHtml(res, status, html) {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(html);
}

async function handleInteraction(req, res, uid, action) {
  const details = await provider.interactionDetails(req, res);
  const clientId = details.params.client_id;

  if (req.method === 'GET' && !action) {
    if (details.prompt.name === 'login') {
      return sendHtml(
        res,
        200,
        loginPage({ uid, clientId, login: details.params.login_hint }),
      );
    }
    if (details.prompt.name === 'consent') {
      const client = await provider.Client.find(clientId);
      const account = accounts.find(a => a.sub === details.session?.accountId);
      return sendHtml(
        res,
        200,
        consentPage({
          uid,
          clientId,
          clientName: client?.clientName,
          account: account?.email ?? details.session?.accountId,
          scopes: String(details.params.scope ?? '')
            .split(' ')
            .filter(Boolean),
        }),
      );
    }
    return sendHtml(
      res,
      400,
      messagePage(
        'Unexpected interaction',
        `This IdP has no page for the prompt "${details.prompt.name}".`,
      ),
    );
  }

  if (req.method === 'POST' && action === 'login') {
    const form = await readForm(req);
    const account = checkPassword(form.get('username'), form.get('password'));
    if (!account) {
      console.info(`login failed for "${form.get('username')}"`);
      const error = 'Invalid username or password.';
      return sendHtml(
        res,
        401,
        loginPage({ uid, clientId, login: form.get('username'), error }),
      );
    }
    console.info(`login ok: ${account.email}`);
    return provider.interactionFinished(
      req,
      res,
      { login: { accountId: account.sub } },
      { mergeWithLastSubmission: false },
    );
  }

  if (
    req.method === 'POST' &&
    action === 'confirm' &&
    details.prompt.name === 'consent'
  ) {
    const { prompt, params, session } = details;
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({
          accountId: session.accountId,
          clientId: params.client_id,
        });
    // What the consent page listed: the scopes Backstage requested, which
    // oidc-provider has already checked against the client's.
    grant.addOIDCScope(String(params.scope ?? ''));
    if (prompt.details.missingOIDCClaims) {
      grant.addOIDCClaims(prompt.details.missingOIDCClaims);
    }
    const grantId = await grant.save();
    console.info(`consent given: ${session.accountId} → ${params.client_id}`);
    return provider.interactionFinished(
      req,
      res,
      { consent: details.grantId ? {} : { grantId } },
      { mergeWithLastSubmission: true },
    );
  }

  // Cancel on the login form, Deny on the consent page.
  if (req.method === 'POST' && action === 'abort') {
    const result = {
      error: 'access_denied',
      error_description: 'End-User aborted interaction',
    };
    return provider.interactionFinished(req, res, result, {
      mergeWithLastSubmission: false,
    });
  }

  return sendHtml(
    res,
    404,
    messagePage('Not found', `${req.method} ${req.url}`),
  );
}

const providerCallback = provider.callback();

const server = http.createServer();
let down = false;

/**
 * IDP_FAULT=down: the first sign-in window that reaches the authorization
 * endpoint is sent to the same address again, and the IdP stops listening,
 * so the window meets a refused connection, as when an IdP goes down. Only
 * a restart brings it back.
 */
function goDown(req, res) {
  down = true;
  res.writeHead(307, { Location: req.url, Connection: 'close' });
  res.end();
  res.on('finish', () => {
    server.close();
    server.closeAllConnections();
    console.info(
      'IDP_FAULT=down: a sign-in window reached the IdP; it no longer listens (restart the stack to bring it back)',
    );
  });
}

server.on('request', (req, res) => {
  if (fault === 'down' && /^\/auth(?:[/?]|$)/.test(req.url ?? '')) {
    if (!down) goDown(req, res);
    else res.socket?.destroy();
    return;
  }
  const match =
    /^\/interaction\/([^/?]+)(?:\/(login|confirm|abort))?\/?(?:\?|$)/.exec(
      req.url ?? '',
    );
  if (!match) {
    providerCallback(req, res);
    return;
  }
  handleInteraction(req, res, match[1], match[2]).catch(error => {
    console.info(`interaction error: ${error.name}: ${error.message}`);
    // SessionNotFound and friends: expired or missing interaction cookie.
    const status = error.statusCode ?? 500;
    sendHtml(
      res,
      status,
      messagePage('Sign-in error', error.error_description ?? error.message, {
        error: error.name,
      }),
    );
  });
});

server.listen(port, HOST, () => {
  console.info(
    `local IdP ready at ${issuer} (client ${CLIENT_ID}, backend port ${backendPort})${
      fault ? `, fault: ${fault}` : ''
    }`,
  );
});
server.on('error', error => {
  console.error(
    `local IdP failed to listen on ${HOST}:${port}: ${error.message}`,
  );
  process.exit(1);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // After IDP_FAULT=down it no longer listens: close() then reports that.
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
