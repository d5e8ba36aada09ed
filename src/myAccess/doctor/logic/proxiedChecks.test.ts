import { setupMswServer } from '../../../../test/msw/server';
import { TEST_AUTH } from '../../../../test/msw/authHandlers';
import {
  bypassedProxyHandler,
  proxiedNoAnswerHandler,
  proxiedRefreshHandler,
  proxyRedirectHandler,
  proxyRefusedHandler,
} from '../../../../test/msw/proxiedHandlers';
import { backstageError } from '../../../../test/msw/handlers';
import { http } from 'msw';
import { fetchProxiedSession } from '../../../shared/providers/proxiedSession';
import { checkProxiedProvider, type ProxiedProbeResult } from './proxiedChecks';

const { server, requests } = setupMswServer();

const PROVIDER = 'Dev proxy (oauth2-proxy)';

/** One refresh through the sign-in page's client, as the doctor makes it. */
async function probe(providerId = 'oauth2Proxy'): Promise<ProxiedProbeResult> {
  try {
    const session = await fetchProxiedSession({
      authBaseUrl: TEST_AUTH,
      providerId,
      environment: 'development',
    });
    return {
      ok: true,
      userEntityRef: session.backstageIdentity.identity.userEntityRef,
    };
  } catch (error) {
    return { ok: false, error };
  }
}

async function check(
  options: {
    providerId?: string;
    title?: string;
    sessionProvider?: boolean;
  } = {},
) {
  const providerId = options.providerId ?? 'oauth2Proxy';
  return checkProxiedProvider({
    providerId,
    providerTitle: options.title ?? PROVIDER,
    sessionProvider: options.sessionProvider ?? false,
    result: await probe(providerId),
    pageOrigin: 'http://127.0.0.1:3000',
    appBaseUrl: 'http://127.0.0.1:3000',
    authBaseUrl: TEST_AUTH,
    environment: 'development',
  });
}

describe('checkProxiedProvider', () => {
  it('passes when the backend signs the user in from the proxy’s headers, and names the user', async () => {
    server.use(proxiedRefreshHandler());
    const finding = await check({ sessionProvider: true });
    expect(finding).toEqual({
      id: 'proxied:oauth2Proxy',
      severity: 'ok',
      title: `${PROVIDER}: the proxy signs you in as user:default/alice`,
      detail:
        'The refresh request from this address passed through the proxy, and the auth backend signed in user:default/alice from the headers the proxy added.',
    });
    expect(requests.map(r => `${r.method} ${r.url}`)).toEqual([
      `GET ${TEST_AUTH}/oauth2Proxy/refresh?env=development`,
    ]);
  });

  it('is a problem when the session’s own provider reached Backstage without the proxy’s header, with the sign-in page’s cause and fix', async () => {
    server.use(bypassedProxyHandler());
    const finding = await check({ sessionProvider: true });
    expect(finding).toMatchObject({
      id: 'proxied:oauth2Proxy',
      severity: 'problem',
      title: `${PROVIDER}: requests from this address bypass the proxy`,
    });
    expect(finding.detail).toMatch(
      /^This request reached Backstage without passing through oauth2-proxy: header x-forwarded-user is missing\. /,
    );
    expect(finding.detail).toContain('("Request did not contain a user")');
    expect(finding.detail).toMatch(
      /You signed in with Dev proxy \(oauth2-proxy\), so the Backstage session cannot be renewed from this address\.$/,
    );
    expect(finding.fix).toMatch(/^Open Backstage at its proxied address/);
    expect(finding.evidence).toEqual(
      expect.arrayContaining([
        { label: 'Proxy in front of Backstage', value: 'oauth2-proxy' },
        {
          label: 'Header the backend looked for',
          value: 'x-forwarded-user',
        },
      ]),
    );
  });

  it('is information when the session came another way: proxied sign-in just does not work from this address', async () => {
    server.use(bypassedProxyHandler('gcpIap'));
    const finding = await check({
      providerId: 'gcpIap',
      title: 'Google IAP',
      sessionProvider: false,
    });
    expect(finding).toMatchObject({
      id: 'proxied:gcpIap',
      severity: 'info',
      title: 'Google IAP: requests from this address bypass the proxy',
      fix: expect.stringMatching(/^Open Backstage at its proxied address/),
    });
    expect(finding.detail).toMatch(
      /^This request reached Backstage without passing through Google Cloud IAP: header x-goog-iap-jwt-assertion is missing\. /,
    );
    expect(finding.detail).toMatch(
      /Google IAP cannot sign anyone in from this address; a session started another way does not depend on it\.$/,
    );
    expect(finding.detail).not.toMatch(/You signed in with/);
  });

  it.each([
    ['its own 401', proxyRefusedHandler],
    ['a redirect to its sign-in', proxyRedirectHandler],
  ])(
    'warns when the proxy answered with %s for the session’s provider: the proxy session ended',
    async (_how, handler) => {
      server.use(handler());
      const finding = await check({ sessionProvider: true });
      expect(finding).toMatchObject({
        id: 'proxied:oauth2Proxy',
        severity: 'warning',
        title: `${PROVIDER}: your session at the proxy has ended`,
        fix: expect.stringMatching(
          /^Reload the page: the proxy sends you to sign in/,
        ),
      });
      expect(finding.detail).toMatch(
        /^The proxy in front of Backstage answered instead of Backstage/,
      );
      expect(finding.detail).toMatch(
        /cannot be renewed until you sign in at the proxy again\.$/,
      );
    },
  );

  it('is information when the proxy answered for a provider the session did not come from', async () => {
    server.use(proxyRefusedHandler());
    const finding = await check({ sessionProvider: false });
    expect(finding).toMatchObject({
      severity: 'info',
      title: `${PROVIDER}: no session at the proxy for this address`,
    });
    expect(finding.detail).toMatch(
      /A session started another way does not depend on it/,
    );
  });

  it('could not tell when nothing answered', async () => {
    server.use(proxiedNoAnswerHandler());
    const finding = await check({ sessionProvider: true });
    expect(finding).toMatchObject({
      id: 'proxied:oauth2Proxy',
      severity: 'unknown',
      title: `${PROVIDER}: could not tell whether the proxy signs you in`,
    });
    expect(finding.detail).toMatch(/^Asking the auth backend for the session/);
    expect(finding.detail).not.toMatch(/bypass|without passing through/);
  });

  it('could not tell from any other answer, and quotes it', async () => {
    server.use(
      http.get(`${TEST_AUTH}/oauth2Proxy/refresh`, () =>
        backstageError(
          401,
          'AuthenticationError',
          'Unable to resolve user identity',
        ),
      ),
    );
    const finding = await check({ sessionProvider: true });
    expect(finding.severity).toBe('unknown');
    expect(finding.detail).toContain('"Unable to resolve user identity"');
    expect(finding.evidence).toEqual(
      expect.arrayContaining([
        { label: 'Error message', value: 'Unable to resolve user identity' },
      ]),
    );
  });

  it('could not tell when the answer holds no identity', async () => {
    server.use(proxiedRefreshHandler('oauth2Proxy', { profile: {} }));
    const finding = await check({ sessionProvider: true });
    expect(finding.severity).toBe('unknown');
    expect(finding.detail).toMatch(/holds no Backstage identity/);
  });
});
