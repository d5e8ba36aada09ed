import { ResponseError } from '@backstage/errors';
import { describeFailure } from './describeError';

describe('describeFailure', () => {
  it('puts the status of a ResponseError first and keeps the server message', async () => {
    const error = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: {
            name: 'AuthenticationError',
            message: 'Missing credentials',
          },
          response: { statusCode: 401 },
        }),
        {
          status: 401,
          statusText: 'Unauthorized',
          headers: { 'content-type': 'application/json' },
        },
      ),
    );
    expect(describeFailure(error)).toEqual({
      status: 401,
      summary: 'HTTP 401 Unauthorized',
      message: 'Missing credentials',
    });
  });

  it('calls a broken body invalid JSON', () => {
    expect(describeFailure(new SyntaxError('Unexpected token <'))).toEqual({
      summary: 'invalid JSON',
      message: 'Unexpected token <',
    });
    const fetchError = Object.assign(new Error('invalid json response body'), {
      name: 'FetchError',
      type: 'invalid-json',
    });
    expect(describeFailure(fetchError).summary).toBe('invalid JSON');
  });

  it('names other errors by their name', () => {
    expect(describeFailure(new TypeError('Failed to fetch'))).toEqual({
      summary: 'TypeError',
      message: 'Failed to fetch',
    });
    expect(describeFailure('boom')).toEqual({
      summary: 'Error',
      message: 'boom',
    });
  });
});
