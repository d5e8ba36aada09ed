import type { Rule } from './rule';

// The proxied providers' auth-backend modules (gcp-iap, aws-alb, cloudflare-access,
// azure-easyauth, oauth2-proxy) and this plugin's proxied refresh client.
export const PROXIED_RULES: Rule[] = [
  // Proxied providers (their auth-backend modules' own messages). A missing
  // header means the request did not come through the proxy.
  {
    id: 'proxyHeaderMissing',
    match: /^missing google iap header/i,
    proxied: 'gcpIap',
  },
  {
    id: 'gcpIapKeysUnavailable',
    match: /unable to list google iap token verification keys/i,
    proxied: 'gcpIap',
  },
  {
    id: 'gcpIapTokenRejected',
    match: /google iap token (verification failed|payload is missing)/i,
    proxied: 'gcpIap',
  },
  {
    id: 'proxyHeaderMissing',
    match: /missing alb oidc header: (\S+)/i,
    proxied: 'awsalb',
    header: m => m[1],
  },
  {
    // Wrapped in "Exception occurred during JWT processing: …" by the module.
    id: 'awsAlbIssuerMismatch',
    match: /issuer mismatch on jwt token/i,
    proxied: 'awsalb',
  },
  {
    // aws-alb module authenticator: "Signer mismatch on JWT token".
    id: 'awsAlbSignerMismatch',
    match: /signer mismatch on jwt token/i,
    proxied: 'awsalb',
  },
  {
    // aws-alb module: "Exception occurred during JWT processing" (authenticator),
    // "No key id was specified in header" (helpers).
    id: 'awsAlbTokenRejected',
    match:
      /exception occurred during jwt processing|no key id was specified in header/i,
    proxied: 'awsalb',
  },
  {
    // Header and cookie: the module takes either.
    id: 'proxyHeaderMissing',
    match: /missing (\S+) and\s+(\S+) from cloudflare access/i,
    proxied: 'cfaccess',
    header: m => `${m[1]} (or the ${m[2]} cookie)`,
  },
  {
    id: 'cfAccessServiceTokenRefused',
    match: /is not a permitted service token/i,
    proxied: 'cfaccess',
  },
  {
    // cloudflare-access module helpers: "Failed to populate access identity
    // information" and "getIdentityProfile failed" (the get-identity call).
    id: 'cfAccessIdentityFailed',
    match:
      /failed to populate access identity information|getidentityprofile failed/i,
    proxied: 'cfaccess',
  },
  {
    id: 'proxyHeaderMissing',
    match: /missing (x-ms-token-aad-id-token) header/i,
    proxied: 'azureEasyAuth',
    header: m => m[1],
  },
  {
    id: 'azureEasyAuthTokenVersion',
    match: /id_token is not version 2\.0/i,
    proxied: 'azureEasyAuth',
  },
  {
    // oauth2-proxy trusts its headers: only the resolvers notice one missing.
    id: 'proxyHeaderMissing',
    match: /request did not contain a user$/i,
    proxied: 'oauth2Proxy',
    header: () => 'x-forwarded-user',
  },
  {
    id: 'proxyHeaderMissing',
    match: /request did not contain a preferred username/i,
    proxied: 'oauth2Proxy',
    header: () => 'x-forwarded-preferred-username',
  },
  {
    // The email resolvers' message; from oauth2Proxy, X-Forwarded-Email is missing.
    id: 'proxyHeaderMissing',
    match: /does not contain an email/i,
    when: (_f, context) => context.providerId === 'oauth2Proxy',
    proxied: 'oauth2Proxy',
    header: () => 'x-forwarded-email',
  },
  {
    id: 'oauth2ProxyTokenUnreadable',
    match: /^authentication failed(;|$)/i,
    when: (f, context) =>
      context.providerId === 'oauth2Proxy' ||
      /JWTInvalid|Invalid JWT/.test(f.message ?? ''),
    proxied: 'oauth2Proxy',
  },
  {
    // This plugin's refresh client: the proxy answered, not Backstage.
    id: 'proxySignInRequired',
    names: ['ProxySignInRequiredError'],
    quiet: true,
  },
];
