import { http, HttpResponse } from 'msw';
import { setupMswServer } from '../../../test/msw/server';
import { TEST_AUTH } from '../../../test/msw/authHandlers';
import {
  bypassedProxyHandler,
  proxiedRefreshHandler,
  proxiedSessionBody,
  proxyRefusedHandler,
} from '../../../test/msw/proxiedHandlers';
import {
  fetchProxiedSession,
  proxiedRefreshUrl,
  ProxySignInRequiredError,
} from './proxiedSession';

const { server, requests } = setupMswServer();

describe('fetchProxiedSession', () => {
  it('asks the provider’s refresh with env, X-Requested-With, JSON and the given headers', async () => {
    server.use(proxiedRefreshHandler());
    const session = await fetchProxiedSession({
      authBaseUrl: TEST_AUTH,
      providerId: 'oauth2Proxy',
      environment: 'production',
      headers: async () => ({ 'X-Tenant': 'blue' }),
    });
    expect(session.backstageIdentity.identity.userEntityRef).toBe(
      'user:default/alice',
    );
    expect(session.profile).toEqual({
      email: 'alice@example.com',
      displayName: 'alice',
    });
    expect(requests).toHaveLength(1);
    expect(requests[0].url).toBe(
      `${TEST_AUTH}/oauth2Proxy/refresh?env=production`,
    );
    expect(requests[0].method).toBe('GET');
    expect(requests[0].headers.get('x-requested-with')).toBe('XMLHttpRequest');
    expect(requests[0].headers.get('accept')).toBe('application/json');
    expect(requests[0].headers.get('x-tenant')).toBe('blue');
    expect(requests[0].credentials).toBe('include');
  });

  it('omits env when the app has none', () => {
    expect(proxiedRefreshUrl(TEST_AUTH, 'gcpIap')).toBe(
      `${TEST_AUTH}/gcpIap/refresh`,
    );
  });

  it('rejects with the backend’s own message when the header is missing', async () => {
    server.use(bypassedProxyHandler('gcpIap'));
    await expect(
      fetchProxiedSession({ authBaseUrl: TEST_AUTH, providerId: 'gcpIap' }),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 401,
      cause: {
        name: 'AuthenticationError',
        message: 'Missing Google IAP header',
      },
    });
  });

  it('tells the proxy’s own refusal from the backend’s', async () => {
    server.use(proxyRefusedHandler());
    const error = await fetchProxiedSession({
      authBaseUrl: TEST_AUTH,
      providerId: 'oauth2Proxy',
    }).catch(e => e);
    expect(error).toBeInstanceOf(ProxySignInRequiredError);
    expect(error.status).toBe(401);
  });

  it('does not follow the proxy’s redirect to its login page', async () => {
    server.use(
      http.get(
        `${TEST_AUTH}/oauth2Proxy/refresh`,
        () =>
          new HttpResponse(null, {
            status: 302,
            headers: { Location: 'http://127.0.0.1:7010/auth?client_id=x' },
          }),
      ),
    );
    await expect(
      fetchProxiedSession({
        authBaseUrl: TEST_AUTH,
        providerId: 'oauth2Proxy',
      }),
    ).rejects.toBeInstanceOf(ProxySignInRequiredError);
    expect(requests).toHaveLength(1);
  });

  it('says so when something other than the auth backend answered', async () => {
    server.use(
      http.get(`${TEST_AUTH}/oauth2Proxy/refresh`, () =>
        HttpResponse.html('<!doctype html><title>Sign in</title>'),
      ),
    );
    await expect(
      fetchProxiedSession({
        authBaseUrl: TEST_AUTH,
        providerId: 'oauth2Proxy',
      }),
    ).rejects.toThrow(/is not JSON \(text\/html/);
  });

  it('rejects an answer without a Backstage identity', async () => {
    server.use(
      proxiedRefreshHandler('oauth2Proxy', {
        ...proxiedSessionBody(),
        backstageIdentity: {},
      }),
    );
    await expect(
      fetchProxiedSession({
        authBaseUrl: TEST_AUTH,
        providerId: 'oauth2Proxy',
      }),
    ).rejects.toThrow(/holds no Backstage identity/);
  });
});
