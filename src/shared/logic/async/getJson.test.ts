import { delay, http, HttpResponse } from 'msw';
import { ResponseError } from '@backstage/errors';
import type { FetchApi } from '@backstage/core-plugin-api';
import { TEST_BACKEND } from '../../../../test/builders/tokens';
import { backstageError } from '../../../../test/msw/handlers';
import { setupMswServer } from '../../../../test/msw/server';
import { describeError } from '../describeError';
import { CallTimeoutError } from './callWithTimeout';
import { getJson, NotJsonError } from './getJson';

const { server, requests } = setupMswServer();

const URL = `${TEST_BACKEND}/api/catalog/thing`;

let signals: AbortSignal[] = [];
const fetchApi: FetchApi = {
  fetch: (input, init) => {
    if (init?.signal) signals.push(init.signal);
    const headers = new Headers(init?.headers);
    headers.set('authorization', 'Bearer test-token');
    return fetch(input, { ...init, headers });
  },
};

beforeEach(() => {
  signals = [];
});

/** What the promise rejected with; fails the test when it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<any> {
  return promise.then(
    value => {
      throw new Error(`resolved with ${JSON.stringify(value)}`);
    },
    error => error,
  );
}

describe('getJson', () => {
  it('GETs the address through the fetch API and resolves the parsed body', async () => {
    server.use(http.get(URL, () => HttpResponse.json({ items: [1, 2] })));
    await expect(getJson(fetchApi, URL)).resolves.toEqual({ items: [1, 2] });
    expect(
      requests.map(r => [r.method, r.url, r.headers.get('authorization')]),
    ).toEqual([['GET', URL, 'Bearer test-token']]);
    expect(signals[0]?.aborted).toBe(false);
  });

  it('turns a non-2xx answer into a ResponseError with the backend message', async () => {
    server.use(
      http.get(URL, () =>
        backstageError(403, 'NotAllowedError', 'not for you'),
      ),
    );
    const error = await rejectionOf(getJson(fetchApi, URL));
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(403);
    expect(error.cause.message).toBe('not for you');
    expect(describeError(error)).toMatchObject({
      status: 403,
      summary: 'HTTP 403 Forbidden',
      message: 'not for you',
    });
  });

  it('describes a non-2xx answer without Backstage’s error body by its status', async () => {
    server.use(
      http.get(
        URL,
        () =>
          new HttpResponse('<html>Bad Gateway</html>', {
            status: 502,
            statusText: 'Bad Gateway',
            headers: { 'content-type': 'text/html' },
          }),
      ),
    );
    const error = await rejectionOf(getJson(fetchApi, URL));
    expect(error).toBeInstanceOf(ResponseError);
    expect(describeError(error)).toMatchObject({
      status: 502,
      summary: 'HTTP 502 Bad Gateway',
    });
  });

  it('rejects a 404 unless the caller accepts it as undefined', async () => {
    server.use(
      http.get(URL, () => backstageError(404, 'NotFoundError', 'no route')),
    );
    await expect(getJson(fetchApi, URL)).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 404,
    });
    await expect(
      getJson(fetchApi, URL, { notFoundAsUndefined: true }),
    ).resolves.toBeUndefined();
  });

  it('still rejects other failures when a 404 is accepted', async () => {
    server.use(
      http.get(URL, () => backstageError(500, 'Error', 'database down')),
    );
    await expect(
      getJson(fetchApi, URL, { notFoundAsUndefined: true }),
    ).rejects.toMatchObject({ name: 'ResponseError', statusCode: 500 });
  });

  it('names the address and status when a 2xx body is not JSON', async () => {
    server.use(
      http.get(
        URL,
        () =>
          new HttpResponse('<!doctype html><title>app</title>', {
            status: 200,
            headers: { 'content-type': 'text/html' },
          }),
      ),
    );
    const error = await rejectionOf(getJson(fetchApi, URL));
    expect(error).toBeInstanceOf(NotJsonError);
    expect(error.message).toBe(
      `GET ${URL} answered HTTP 200 with a body that is not JSON`,
    );
    expect(error).toMatchObject({
      url: URL,
      status: 200,
      contentType: 'text/html',
    });
    expect(describeError(error)).toEqual({
      summary: 'invalid JSON',
      message: `GET ${URL} answered HTTP 200 with a body that is not JSON`,
    });
  });

  it('aborts the request and names it when no answer comes in time', async () => {
    server.use(
      http.get(URL, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const error = await rejectionOf(getJson(fetchApi, URL, { timeoutMs: 50 }));
    expect(error).toBeInstanceOf(CallTimeoutError);
    expect(error.message).toBe(`GET ${URL}: no answer within 0.05 s`);
    expect(signals[0]?.aborted).toBe(true);
    expect(describeError(error).summary).toBe('TimeoutError');
  });

  it('counts reading the body against the deadline', async () => {
    server.use(
      http.get(URL, () => {
        const body = new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"partial":'));
            // never closes: the body never ends
          },
        });
        return new HttpResponse(body, {
          headers: { 'content-type': 'application/json' },
        });
      }),
    );
    await expect(getJson(fetchApi, URL, { timeoutMs: 50 })).rejects.toThrow(
      `GET ${URL}: no answer within 0.05 s`,
    );
  });

  it('aborts when the caller’s own signal does', async () => {
    server.use(
      http.get(URL, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const result = getJson(fetchApi, URL, { signal: controller.signal });
    controller.abort();
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    expect(signals[0]?.aborted).toBe(true);
  });
});
