import { delay, http, HttpResponse } from 'msw';
import { mockApis } from '@backstage/test-utils';
import { TEST_BACKEND } from '../../../test/builders/tokens';
import {
  pluginProbeHandler,
  PROBE_EXPIRES_AT,
} from '../../../test/msw/doctorHandlers';
import { setupMswServer } from '../../../test/msw/server';
import { ProbeClient } from './ProbeClient';

const { server, requests } = setupMswServer();

function client(fetchImpl: typeof fetch = (i, init) => fetch(i, init)) {
  return ProbeClient.create({
    discoveryApi: mockApis.discovery({ baseUrl: TEST_BACKEND }),
    fetchApi: { fetch: fetchImpl },
    now: () => 1000,
  });
}

describe('ProbeClient', () => {
  it('GETs the cookie endpoint without cookies and reads expiresAt and Date', async () => {
    server.use(
      pluginProbeHandler('catalog', 'ok', {
        headers: { Date: 'Fri, 15 Jan 2027 08:00:00 GMT' },
      }),
    );
    const init = jest.fn();
    const probe = await client((input, i) => {
      init(i);
      return fetch(input, i);
    }).probePlugin('catalog');
    expect(probe).toEqual({
      pluginId: 'catalog',
      baseUrl: `${TEST_BACKEND}/api/catalog`,
      path: '/.backstage/auth/v1/cookie',
      outcome: {
        kind: 'response',
        status: 200,
        expiresAt: PROBE_EXPIRES_AT,
        date: 'Fri, 15 Jan 2027 08:00:00 GMT',
      },
      sentAtMs: 1000,
      receivedAtMs: 1000,
    });
    expect(requests.map(r => `${r.method} ${r.url}`)).toEqual([
      `GET ${TEST_BACKEND}/api/catalog/.backstage/auth/v1/cookie`,
    ]);
    expect(init).toHaveBeenCalledWith({
      method: 'GET',
      // As the app's requests: a proxy's session cookie on the app's origin
      // goes along (issue: behind a proxy, 'omit' got its sign-in redirect).
      credentials: 'same-origin',
      signal: expect.any(AbortSignal),
    });
  });

  it('sends credentials for the cookie-auth check', async () => {
    server.use(pluginProbeHandler('techdocs', 'notInstalled'));
    const init = jest.fn();
    const probe = await client((input, i) => {
      init(i);
      return fetch(input, i);
    }).probeCookieAuth('techdocs');
    expect(init).toHaveBeenCalledWith({
      method: 'GET',
      credentials: 'include',
      signal: expect.any(AbortSignal),
    });
    expect(probe.outcome).toEqual({ kind: 'response', status: 404 });
  });

  it('reads the backend error of a 401', async () => {
    server.use(pluginProbeHandler('catalog', 'failedVerification'));
    expect((await client().probePlugin('catalog')).outcome).toEqual({
      kind: 'response',
      status: 401,
      errorName: 'AuthenticationError',
      errorMessage: 'Failed user token verification',
    });
  });

  it('tolerates bodies that are not JSON', async () => {
    server.use(
      http.get(
        `${TEST_BACKEND}/api/catalog/.backstage/auth/v1/cookie`,
        () => new HttpResponse('<html>502 Bad Gateway</html>', { status: 502 }),
      ),
    );
    expect((await client().probePlugin('catalog')).outcome).toEqual({
      kind: 'response',
      status: 502,
    });
  });

  it('turns a network failure into an outcome, not a rejection', async () => {
    server.use(pluginProbeHandler('catalog', 'networkError'));
    const probe = await client().probePlugin('catalog');
    expect(probe.outcome).toEqual({
      kind: 'networkError',
      message: expect.stringMatching(/fetch/i),
    });
  });

  it('aborts a probe that gets no answer in time and reports it as an outcome', async () => {
    server.use(
      http.get(
        `${TEST_BACKEND}/api/catalog/.backstage/auth/v1/cookie`,
        async () => {
          await delay('infinite');
          return HttpResponse.json({});
        },
      ),
    );
    let signal: AbortSignal | undefined;
    const slow = ProbeClient.create({
      discoveryApi: mockApis.discovery({ baseUrl: TEST_BACKEND }),
      fetchApi: {
        fetch: (input, init) => {
          signal = init?.signal ?? undefined;
          return fetch(input, init);
        },
      },
      timeoutMs: 50,
      now: () => 1000,
    });
    const probe = await slow.probePlugin('catalog');
    expect(probe.outcome).toEqual({
      kind: 'networkError',
      message: 'GET catalog/.backstage/auth/v1/cookie: no answer within 0.05 s',
    });
    expect(probe.receivedAtMs).toBeUndefined();
    expect(signal?.aborted).toBe(true);
  });

  it('rejects when discovery fails, before any request', async () => {
    const failing = ProbeClient.create({
      discoveryApi: {
        getBaseUrl: async () => Promise.reject(new Error('no such plugin')),
      },
      fetchApi: { fetch },
    });
    await expect(failing.probePlugin('x')).rejects.toThrow('no such plugin');
    expect(requests).toHaveLength(0);
  });
});
