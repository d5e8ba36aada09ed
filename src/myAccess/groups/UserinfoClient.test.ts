import { delay, http, HttpResponse } from 'msw';
import { mockApis } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import type { FetchApi } from '@backstage/core-plugin-api';
import { TEST_BACKEND } from '../../../test/builders/tokens';
import { backstageError, userinfoHandler } from '../../../test/msw/handlers';
import { setupMswServer } from '../../../test/msw/server';
import { UserinfoClient } from './UserinfoClient';

const { server, requests } = setupMswServer();

const fetchApi: FetchApi = {
  fetch: (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('authorization', 'Bearer test-token');
    return fetch(input, { ...init, headers });
  },
};
const client = UserinfoClient.create({
  discoveryApi: mockApis.discovery({ baseUrl: TEST_BACKEND }),
  fetchApi,
});

describe('UserinfoClient', () => {
  it('reads the claims through the fetch API', async () => {
    server.use(
      userinfoHandler({
        sub: 'user:default/alice',
        ent: ['user:default/alice', 'group:default/team-a'],
      }),
    );
    await expect(client.getUserinfo()).resolves.toEqual({
      claims: {
        sub: 'user:default/alice',
        ent: ['user:default/alice', 'group:default/team-a'],
      },
    });
    expect(
      requests.map(r => [r.method, r.url, r.headers.get('authorization')]),
    ).toEqual([
      ['GET', `${TEST_BACKEND}/api/auth/v1/userinfo`, 'Bearer test-token'],
    ]);
  });

  it('turns an error response into a ResponseError with the backend message', async () => {
    server.use(
      http.get(`${TEST_BACKEND}/api/auth/v1/userinfo`, () =>
        backstageError(401, 'AuthenticationError', 'Missing credentials'),
      ),
    );
    const error = await client.getUserinfo().catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(401);
    expect(error.cause.message).toBe('Missing credentials');
  });

  it('rejects a body that is not JSON or has no claims', async () => {
    server.use(
      http.get(
        `${TEST_BACKEND}/api/auth/v1/userinfo`,
        () => new HttpResponse('<html>', { status: 200 }),
      ),
    );
    await expect(client.getUserinfo()).rejects.toThrow(
      `GET ${TEST_BACKEND}/api/auth/v1/userinfo answered HTTP 200 with a body that is not JSON`,
    );
    server.use(
      http.get(`${TEST_BACKEND}/api/auth/v1/userinfo`, () =>
        HttpResponse.json({ ok: 1 }),
      ),
    );
    await expect(client.getUserinfo()).rejects.toThrow('without a claims.sub');
  });

  it('aborts the request when the auth backend does not answer in time', async () => {
    server.use(
      http.get(`${TEST_BACKEND}/api/auth/v1/userinfo`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    let signal: AbortSignal | undefined;
    const slow = UserinfoClient.create({
      discoveryApi: mockApis.discovery({ baseUrl: TEST_BACKEND }),
      fetchApi: {
        fetch: (input, init) => {
          signal = init?.signal ?? undefined;
          return fetch(input, init);
        },
      },
      timeoutMs: 50,
    });
    await expect(slow.getUserinfo()).rejects.toThrow(
      `GET ${TEST_BACKEND}/api/auth/v1/userinfo: no answer within 0.05 s`,
    );
    expect(signal?.aborted).toBe(true);
  });
});
