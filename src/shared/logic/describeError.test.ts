import { ResponseError } from '@backstage/errors';
import { CallTimeoutError } from './async';
import { describeError } from './describeError';

async function responseError(status: number, statusText: string, body: object) {
  return ResponseError.fromResponse(
    new Response(JSON.stringify(body), {
      status,
      statusText,
      headers: { 'content-type': 'application/json' },
    }),
  );
}

describe('describeError', () => {
  it('puts the status of a ResponseError first and keeps the server message', async () => {
    const error = await responseError(401, 'Unauthorized', {
      error: { name: 'AuthenticationError', message: 'Missing credentials' },
      response: { statusCode: 401 },
    });
    expect(describeError(error)).toEqual({
      status: 401,
      statusText: 'Unauthorized',
      summary: 'HTTP 401 Unauthorized',
      message: 'Missing credentials',
    });
  });

  it('reads a ResponseError from another realm by its name', async () => {
    const error = await responseError(403, 'Forbidden', {
      error: { name: 'NotAllowedError', message: 'not for you' },
      response: { statusCode: 403 },
    });
    const foreign = {
      name: 'ResponseError',
      message: error.message,
      statusCode: 403,
      statusText: 'Forbidden',
      cause: { name: 'NotAllowedError', message: 'not for you' },
    };
    expect(describeError(foreign)).toEqual({
      status: 403,
      statusText: 'Forbidden',
      summary: 'HTTP 403 Forbidden',
      message: 'not for you',
    });
  });

  it("keeps the error's own message when the body held no error", async () => {
    const error = await ResponseError.fromResponse(
      new Response('<html>Bad gateway</html>', { status: 502 }),
    );
    const described = describeError(error);
    expect(described).toMatchObject({ status: 502, summary: 'HTTP 502' });
    expect(described.message).toContain('502');
  });

  it('calls a broken body invalid JSON', () => {
    expect(describeError(new SyntaxError('Unexpected token <'))).toEqual({
      summary: 'invalid JSON',
      message: 'Unexpected token <',
    });
    const fetchError = Object.assign(new Error('invalid json response body'), {
      name: 'FetchError',
      type: 'invalid-json',
    });
    expect(describeError(fetchError).summary).toBe('invalid JSON');
  });

  it('says when a request got no answer at all', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toEqual({
      summary: 'TypeError',
      message: 'Failed to fetch',
      network: true,
    });
    expect(
      describeError(
        new TypeError('NetworkError when attempting to fetch resource.'),
      ).network,
    ).toBe(true);
    expect(
      describeError(new TypeError('Cannot read properties of undefined')),
    ).toEqual({
      summary: 'TypeError',
      message: 'Cannot read properties of undefined',
    });
  });

  it('names a timeout and other errors by their name, a status when they carry one', () => {
    expect(
      describeError(new CallTimeoutError('GET /v1/userinfo', 15_000)),
    ).toEqual({
      summary: 'TimeoutError',
      message: 'GET /v1/userinfo: no answer within 15 s',
    });
    expect(
      describeError(Object.assign(new Error('gone'), { status: 410 })),
    ).toEqual({ status: 410, summary: 'HTTP 410', message: 'gone' });
  });

  it('describes anything thrown without throwing', () => {
    expect(describeError('boom')).toEqual({
      summary: 'Error',
      message: 'boom',
    });
    expect(describeError(undefined)).toEqual({
      summary: 'Error',
      message: 'undefined',
    });
    expect(describeError(new Error(''))).toEqual({
      summary: 'Error',
      message: 'Error',
    });
  });
});
