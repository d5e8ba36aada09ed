import fc from 'fast-check';
import { explainErrorBody, readBackstageErrorBody } from './errorBodies';

function body(name: string, message: string, statusCode = 401) {
  return JSON.stringify({
    error: { name, message, stack: 'at x' },
    request: { method: 'GET', url: '/entities' },
    response: { statusCode },
  });
}

describe('explainErrorBody', () => {
  it.each([
    [
      'AuthenticationError',
      'Missing credentials',
      401,
      'errorMissingCredentials',
      'No token was sent',
    ],
    [
      'AuthenticationError',
      'Failed user token verification',
      401,
      'errorFailedUserToken',
      'The token expired or its signature is wrong',
    ],
    [
      'AuthenticationError',
      'Illegal token',
      401,
      'errorIllegalToken',
      'The token is not a Backstage token',
    ],
    [
      'AuthenticationError',
      'Illegal limited user token',
      401,
      'errorIllegalLimitedToken',
      'The limited user token is not valid',
    ],
    [
      'AuthenticationError',
      'User token is missing expiration',
      401,
      'errorMissingExpiration',
      'The token has no expiry',
    ],
    [
      'AuthenticationError',
      'Failed plugin token verification',
      401,
      'errorServiceToken',
      'A service token was rejected',
    ],
    [
      'AuthenticationError',
      'Invalid plugin token: missing subject',
      401,
      'errorServiceToken',
      'A service token was rejected',
    ],
    [
      'NotAllowedError',
      "This endpoint does not allow 'service' credentials",
      403,
      'errorCredentialTypeRefused',
      'This endpoint refuses this kind of credentials',
    ],
    [
      'AuthenticationError',
      'Refresh failed; caused by InputError: Missing session cookie',
      401,
      'errorMissingSessionCookie',
      'The session cookie is missing',
    ],
    [
      'AuthenticationError',
      'Refresh failed; caused by Error: invalid_grant',
      401,
      'errorRefreshFailed',
      'Refreshing the session failed',
    ],
    [
      'NotAllowedError',
      "Origin 'http://evil' is not allowed",
      403,
      'errorOriginNotAllowed',
      'This origin is not allowed',
    ],
    [
      'NotAllowedError',
      'Unauthorized',
      403,
      'errorNotAllowed',
      'Forbidden: you are signed in but not allowed',
    ],
    [
      'AuthenticationError',
      'No user sub found in token',
      401,
      'errorAuthentication',
      'The backend refused the credentials',
    ],
    [
      'NotFoundError',
      'No entity named x',
      404,
      'errorOther',
      'A Backstage error: NotFoundError',
    ],
  ])('%s "%s" → %s', (name, message, status, id, title) => {
    const finding = explainErrorBody(body(name, message, status));
    expect(finding).toMatchObject({ id, title });
    expect(finding.evidence).toEqual([
      { label: 'Error name', value: name },
      { label: 'Error message', value: message },
      { label: 'HTTP status', value: String(status) },
    ]);
  });

  it('tells how to tell an expired token from a bad signature', () => {
    expect(
      explainErrorBody(
        body('AuthenticationError', 'Failed user token verification'),
      ).fix,
    ).toMatch(/paste the token above: if exp is in the past it expired/);
  });

  it('marks a 403 as a warning and missing credentials as a problem', () => {
    expect(
      explainErrorBody(body('NotAllowedError', 'Unauthorized', 403)).severity,
    ).toBe('warning');
    expect(
      explainErrorBody(body('AuthenticationError', 'Missing credentials'))
        .severity,
    ).toBe('problem');
  });

  it('reads a body pasted with its status line and headers', () => {
    const pasted = `HTTP/1.1 401 Unauthorized\ncontent-type: application/json\n\n${body('AuthenticationError', 'Missing credentials')}`;
    expect(explainErrorBody(pasted).id).toBe('errorMissingCredentials');
  });

  it.each([
    [
      '<html><body>401 Authorization Required</body></html>',
      'This text is not JSON.',
    ],
    ['{"error": "unauthorized"', 'This text is not JSON.'],
    [
      '{"error": "invalid_token"}',
      'This JSON has no error.name and error.message.',
    ],
    [
      '{"error": {"name": 1, "message": "x"}}',
      'This JSON has no error.name and error.message.',
    ],
    ['{ not json }', 'This text is not valid JSON.'],
  ])('says %j is not a Backstage error body', (input, reason) => {
    expect(explainErrorBody(input)).toMatchObject({
      id: 'errorNotBackstage',
      title: 'This is not a Backstage error body',
      detail: expect.stringContaining(reason),
    });
  });

  it('asks for input when empty', () => {
    expect(explainErrorBody('  \n ').id).toBe('errorEmpty');
    expect(explainErrorBody(undefined as unknown as string).id).toBe(
      'errorEmpty',
    );
  });

  it('reads only own properties (no __proto__ tricks) and clips huge messages', () => {
    expect(
      readBackstageErrorBody(
        JSON.parse('{"__proto__": {"error": {"name": "A", "message": "b"}}}'),
      ),
    ).toBeUndefined();
    const huge = 'x'.repeat(100_000);
    const finding = explainErrorBody(body('AuthenticationError', huge));
    expect(finding.evidence?.[1].value.length).toBeLessThan(600);
  });

  it('ignores a statusCode that is not an integer', () => {
    expect(
      readBackstageErrorBody({
        error: { name: 'A', message: 'b' },
        response: { statusCode: '401' },
      }),
    ).toEqual({ name: 'A', message: 'b', statusCode: undefined });
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), input => {
        const finding = explainErrorBody(input);
        expect(finding.title.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('a pasted auth backend answer about a provider', () => {
  it('is the finding the sign-in page shows for it, with the pasted environment', () => {
    const finding = explainErrorBody(
      JSON.stringify({
        error: {
          name: 'NotFoundError',
          message: "Unknown auth provider 'github'",
        },
        response: { statusCode: 404 },
      }),
      undefined,
      { environment: 'production' },
    );
    expect(finding).toMatchObject({
      id: 'providerModuleMissing',
      severity: 'problem',
      title: 'The backend has no module for the github provider',
      detail:
        'No auth backend module provides github, so the auth backend does not know the provider at all and answers 404.',
    });
    expect(finding.fix).toContain('auth.providers.github.production');
  });
});
