// The oidc-provider instance of the local IdP: its clients, signing key,
// claims, grants and the pages it renders itself.

import crypto from 'node:crypto';
import Provider from 'oidc-provider';
import { accounts } from './accounts.mjs';
import { clientFault } from './faults.mjs';
import { logoutPage, messagePage } from './pages.mjs';

export const CLIENT_ID = 'backstage';
const CLIENT_SCOPE = 'openid profile email offline_access';

/**
 * @param {object} options
 * @param {string} options.issuer
 * @param {number} options.backendPort
 * @param {string} [options.fault] an IDP_FAULT value
 */
export function createProvider({ issuer, backendPort, fault }) {
  const { clientSecret, redirectSuffix } = clientFault(fault);

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

  return new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: clientSecret,
        client_name: 'Backstage (dev)',
        redirect_uris: [
          `http://127.0.0.1:${backendPort}/api/auth/oidc/handler/frame${redirectSuffix}`,
          `http://localhost:${backendPort}/api/auth/oidc/handler/frame${redirectSuffix}`,
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
}
