import { http, HttpResponse, type JsonBodyType } from 'msw';
import { backstageToken } from '../builders/tokens';
import { backstageError } from './handlers';
import { TEST_AUTH } from './authHandlers';

/**
 * A proxied provider's `GET /api/auth/<id>/refresh` as the oauth2-proxy
 * module answers it when the proxy forwarded alice's headers: the profile
 * from X-Forwarded-Email / X-Forwarded-Preferred-Username, `providerInfo`
 * with the proxy's ID token, the resolver's identity.
 */
export function proxiedSessionBody(
  options: { user?: string; idToken?: string; lifetimeSeconds?: number } = {},
) {
  const user = options.user ?? 'alice';
  return {
    profile: { email: `${user}@example.com`, displayName: user },
    providerInfo: { accessToken: options.idToken ?? '' },
    backstageIdentity: {
      token: backstageToken({
        payload: { sub: `user:default/${user}` },
        lifetimeSeconds: options.lifetimeSeconds,
      }),
      identity: {
        type: 'user',
        userEntityRef: `user:default/${user}`,
        ownershipEntityRefs: [`user:default/${user}`, 'group:default/team-a'],
      },
    },
  };
}

/** What reached a proxied provider's refresh: the signed-in answer. */
export function proxiedRefreshHandler(
  providerId = 'oauth2Proxy',
  body: JsonBodyType = proxiedSessionBody(),
) {
  return http.get(`${TEST_AUTH}/${providerId}/refresh`, () =>
    HttpResponse.json(body),
  );
}

/**
 * The backend's answer to a refresh that did not pass through the proxy,
 * word for word per module (oauth2-proxy: its resolver finds no user).
 */
export function bypassedProxyHandler(providerId = 'oauth2Proxy') {
  const messages: Record<string, [string, string]> = {
    oauth2Proxy: ['Error', 'Request did not contain a user'],
    gcpIap: ['AuthenticationError', 'Missing Google IAP header'],
    awsalb: [
      'AuthenticationError',
      'Missing ALB OIDC header: x-amzn-oidc-data',
    ],
    azureEasyAuth: [
      'AuthenticationError',
      'Missing x-ms-token-aad-id-token header',
    ],
  };
  const [name, message] = messages[providerId] ?? messages.oauth2Proxy;
  return http.get(`${TEST_AUTH}/${providerId}/refresh`, () =>
    backstageError(name === 'AuthenticationError' ? 401 : 500, name, message),
  );
}

/** The proxy refuses an AJAX request without its session (oauth2-proxy: 401). */
export function proxyRefusedHandler(providerId = 'oauth2Proxy') {
  return http.get(
    `${TEST_AUTH}/${providerId}/refresh`,
    () => new HttpResponse('Unauthorized', { status: 401 }),
  );
}

/** The proxy redirects a request without its session to its sign-in. */
export function proxyRedirectHandler(
  providerId = 'oauth2Proxy',
  location = 'http://127.0.0.1:7010/auth?client_id=proxy',
) {
  return http.get(
    `${TEST_AUTH}/${providerId}/refresh`,
    () =>
      new HttpResponse(null, { status: 302, headers: { Location: location } }),
  );
}

/** Nothing answers the refresh: the connection fails. */
export function proxiedNoAnswerHandler(providerId = 'oauth2Proxy') {
  return http.get(`${TEST_AUTH}/${providerId}/refresh`, () =>
    HttpResponse.error(),
  );
}
