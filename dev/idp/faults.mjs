// The IdP's fault modes (IDP_FAULT): it fails a sign-in the way real IdPs do
// (README, "Faults"):
//   redirect-uri  the backend's callback URL is not registered (a trailing
//                 slash is): the IdP shows its own error page, no redirect back
//   down          the IdP stops listening when a sign-in window reaches it:
//                 the window shows the browser's connection error
//   wrong-secret  the IdP has another client secret than the backend: the
//                 backend's token exchange fails with invalid_client
//   userinfo      the token response says token_type "bearer" (lowercase)
//                 and userinfo accepts only "Bearer": the backend gets 401

export const FAULTS = ['redirect-uri', 'down', 'wrong-secret', 'userinfo'];

/** IDP_FAULT, or undefined; an unknown one ends the process with status 2. */
export function readFault(env = process.env) {
  const fault = env.IDP_FAULT || undefined;
  if (fault && !FAULTS.includes(fault)) {
    console.error(
      `IDP_FAULT=${fault} is unknown; use one of ${FAULTS.join(', ')}`,
    );
    process.exit(2);
  }
  return fault;
}

/** The client secret and redirect URI suffix the backend's client gets. */
export function clientFault(fault) {
  return {
    // The secret the backend is configured with (dev/backend's app-config).
    clientSecret:
      fault === 'wrong-secret' ? 'rotated-at-the-idp' : 'backstage-dev-secret',
    // The trailing slash that breaks so many real registrations.
    redirectSuffix: fault === 'redirect-uri' ? '/' : '',
  };
}

/** IDP_FAULT=userinfo */
export function addUserinfoFault(provider, issuer) {
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

/**
 * IDP_FAULT=down: the first sign-in window that reaches the authorization
 * endpoint is sent to the same address again, and the IdP stops listening,
 * so the window meets a refused connection, as when an IdP goes down. Only
 * a restart brings it back.
 */
export function downFault(server) {
  let down = false;
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
  /** True if it handled the request (a sign-in window reaching /auth). */
  return (req, res) => {
    if (!/^\/auth(?:[/?]|$)/.test(req.url ?? '')) return false;
    if (!down) goDown(req, res);
    else res.socket?.destroy();
    return true;
  };
}
