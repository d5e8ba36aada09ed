// Forwarding to the dev app and the backend (http-proxy-middleware), with
// the identity headers the oauth2Proxy auth module reads.

import {
  createProxyMiddleware,
  responseInterceptor,
} from 'http-proxy-middleware';

// Headers only the proxy may set: removed from what the browser sends.
const IDENTITY_HEADERS = [
  'x-forwarded-user',
  'x-forwarded-email',
  'x-forwarded-preferred-username',
  'x-forwarded-groups',
  'x-oauth2-proxy-id-token',
];

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

/**
 * The forwarders of the proxy at `origin`: `toBackend` for /api, `toAppPage`
 * for pages of the app (with the config tag), `toApp` for the rest and the
 * live reload's WebSocket.
 */
export function createForwarders({ origin, appTarget, backendTarget }) {
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
        return buffer
          .toString('utf8')
          .replace('</head>', `${configTag}</head>`);
      }),
    },
  });

  const toApp = createProxyMiddleware({
    target: appTarget,
    changeOrigin: true,
    ws: true,
    on: { proxyReq: setIdentity },
  });

  return { toBackend, toAppPage, toApp };
}
