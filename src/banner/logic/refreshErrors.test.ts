import { classifyRefreshError, describeRefreshError } from './refreshErrors';

function named(name: string, message: string) {
  const error = new Error(message);
  error.name = name;
  return error;
}

describe('classifyRefreshError', () => {
  it('treats unreachable servers as network failures', () => {
    expect(
      classifyRefreshError(
        named(
          'AuthConnectionError',
          'Auth refresh request failed, TypeError: Failed to fetch',
        ),
      ),
    ).toBe('network');
    expect(classifyRefreshError(new TypeError('Failed to fetch'))).toBe(
      'network',
    );
    expect(classifyRefreshError(named('RejectedError', 'x'), false)).toBe(
      'network',
    );
  });

  it('treats answers from the server as a rejected session', () => {
    expect(
      classifyRefreshError(
        named(
          'AuthenticationError',
          'Refresh failed; caused by InputError: Missing session cookie',
        ),
      ),
    ).toBe('rejected');
    expect(
      classifyRefreshError(
        named('ResponseError', 'Request failed with 401 Unauthorized'),
      ),
    ).toBe('rejected');
    expect(classifyRefreshError('weird')).toBe('rejected');
  });
});

describe('describeRefreshError', () => {
  it('names the error and its message', () => {
    expect(describeRefreshError(new TypeError('Failed to fetch'))).toBe(
      'TypeError: Failed to fetch',
    );
    expect(describeRefreshError(42)).toBe('42');
  });
});
