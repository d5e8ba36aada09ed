import fc from 'fast-check';
import {
  explainErrorBody,
  readBackstageErrorBody,
  readPastedText,
} from './errorBodies';

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
      'idpInvalidGrant',
      'IdP refused the code or refresh token (invalid_grant)',
    ],
    [
      'AuthenticationError',
      'Refresh failed; caused by Error: socket hang up',
      401,
      'errorRefreshFailed',
      'Refreshing the session failed',
    ],
    [
      'NotAllowedError',
      "Origin 'http://evil' is not allowed",
      403,
      'originNotAllowed',
      'The backend does not allow sign-in from this origin',
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
      'noUserSub',
      'The token names no user',
    ],
    [
      'AuthenticationError',
      'Some other reason',
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
    expect(finding.evidence).toEqual(
      expect.arrayContaining([
        { label: 'Error name', value: name },
        { label: 'Error message', value: message },
        { label: 'HTTP status', value: String(status) },
      ]),
    );
  });

  it('tells how to tell an expired token from a bad signature', () => {
    expect(
      explainErrorBody(
        body('AuthenticationError', 'Failed user token verification'),
      ).fix,
    ).toMatch(
      /paste the token into My Access’s paste box: if exp is in the past it expired/,
    );
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

  it.each(['{"error": {"name": 1, "message": "x"}}', '{"status": "down"}'])(
    'says %j is JSON without an error in it',
    input => {
      expect(explainErrorBody(input)).toMatchObject({
        id: 'errorNotBackstage',
        title: 'This is not a Backstage error body',
        detail: expect.stringContaining('this JSON has no error in it'),
      });
    },
  );

  it.each([
    '<html><body>401 Authorization Required</body></html>',
    '{"error": "unauthorized"',
    '{ not json }',
  ])('quotes %j as text it does not know, not as a sign-in failure', input => {
    expect(explainErrorBody(input)).toMatchObject({
      id: 'pastedUnknown',
      severity: 'warning',
      detail: `This page does not know this exact text: "${input}".`,
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
    const message = finding.evidence?.find(e => e.label === 'Error message');
    expect(message?.value.length).toBeLessThan(600);
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

describe('readPastedText', () => {
  const jwt = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1c2VyOmRlZmF1bHQvYSJ9.c2ln';

  it.each([
    ['a token', jwt],
    ['a token after Bearer', `Bearer ${jwt}`],
    ['an Authorization header', `Authorization: Bearer ${jwt}`],
    ['a quoted token', `"${jwt}",`],
    ['an opaque access token after Bearer', 'Bearer gho_abc'],
    ['a long opaque access token', 'gho_16C7e42F292c6912E7710c838347Ae178B4a'],
  ])('reads %s as a token', (_what, input) => {
    expect(readPastedText(input)).toEqual({ kind: 'token' });
  });

  it('reads a response with its status line, headers and Backstage body', () => {
    expect(
      readPastedText(
        `HTTP/1.1 401 Unauthorized\r\ncontent-type: application/json\r\n\r\n${body('AuthenticationError', 'Missing credentials')}`,
      ),
    ).toEqual({
      kind: 'response',
      body: 'errorBody',
      status: 401,
      backstage: true,
      failure: {
        name: 'AuthenticationError',
        message: 'Missing credentials',
        status: 401,
      },
    });
  });

  it('reads DevTools’ "Status Code" line and an RFC 6750 challenge', () => {
    const pasted = readPastedText(
      'Request URL: https://portal.example.com/api/catalog/entities\nStatus Code: 401 Unauthorized\nwww-authenticate: Bearer error="invalid_token", error_description="The access token expired"\n',
    );
    expect(pasted).toMatchObject({
      kind: 'response',
      status: 401,
      failure: {
        status: 401,
        message: 'invalid_token (The access token expired)',
      },
    });
  });

  it('reads a response whose body is an HTML page by its status', () => {
    const pasted = readPastedText(
      'HTTP/2 403\nserver: nginx\n\n<html><body>Forbidden</body></html>',
    );
    expect(pasted).toMatchObject({
      kind: 'response',
      body: 'message',
      status: 403,
    });
    expect(explainErrorBody('HTTP/2 403\n\n<html></html>').id).toBe(
      'errorNotAllowed',
    );
  });

  it('reads an OAuth error answer from a token endpoint', () => {
    expect(
      readPastedText(
        '{"error":"invalid_grant","error_description":"grant request is invalid"}',
      ),
    ).toEqual({
      kind: 'oauthError',
      failure: { message: 'invalid_grant (grant request is invalid)' },
    });
  });

  it('reads an address with the identity provider’s error', () => {
    expect(
      readPastedText(
        'http://127.0.0.1:7007/api/auth/oidc/handler/frame?error=access_denied&error_description=End-User+aborted+interaction&state=abc',
      ),
    ).toEqual({
      kind: 'address',
      failure: {
        message: 'access_denied (End-User aborted interaction)',
      },
      providerId: 'oidc',
    });
  });

  it('reads a JSON log entry by its message', () => {
    expect(
      readPastedText(
        '{"level":"warn","message":"Failed to verify incoming user token","plugin":"catalog"}',
      ),
    ).toEqual({
      kind: 'log',
      failure: { message: 'Failed to verify incoming user token' },
    });
  });

  it('reads a toast or a log line as a message, with the error name it starts with', () => {
    expect(
      readPastedText(
        'Login failed; caused by Error: Authentication failed, redirect_uri_mismatch',
      ),
    ).toEqual({
      kind: 'message',
      failure: {
        message:
          'Login failed; caused by Error: Authentication failed, redirect_uri_mismatch',
      },
    });
    expect(readPastedText('AuthenticationError: Missing credentials')).toEqual({
      kind: 'message',
      failure: { name: 'AuthenticationError', message: 'Missing credentials' },
    });
  });

  // A damaged copy is still a token: the token reader says what is wrong.
  it.each([
    ['URL-encoded dots', jwt.replace(/\./g, '%2E')],
    ['URL-encoded padding', `${jwt.split('.')[0]}.eyJzdWIiOiJ1%3D%3D.c2ln`],
    ['a copy cut after the payload', jwt.split('.').slice(0, 2).join('.')],
    ['a copy cut inside the payload', jwt.slice(0, 30)],
  ])('reads a damaged token (%s) as a token', (_what, input) => {
    expect(readPastedText(input)).toEqual({ kind: 'token' });
  });

  it('does not take an error code for a token', () => {
    expect(readPastedText('redirect_uri_mismatch').kind).toBe('message');
    expect(readPastedText('Missing credentials').kind).toBe('message');
  });
});

describe('a pasted message is explained as the sign-in page explains it', () => {
  const signIn = {
    authBaseUrl: 'http://127.0.0.1:7007/api/auth',
    providerId: 'oidc',
    providerTitle: 'Local IdP',
  };

  it('gives redirect_uri_mismatch the exact callback URL of the provider signed in with', () => {
    const finding = explainErrorBody(
      'Login failed; caused by Error: Authentication failed, redirect_uri_mismatch',
      undefined,
      signIn,
    );
    expect(finding.id).toBe('idpRedirectUriMismatch');
    expect(finding.title).toBe(
      'Local IdP rejected the callback URL (redirect_uri_mismatch)',
    );
    expect(finding.fix).toContain(
      'Register exactly http://127.0.0.1:7007/api/auth/oidc/handler/frame',
    );
  });

  it('uses the provider a pasted address names instead', () => {
    const finding = explainErrorBody(
      'https://portal.example.com/api/auth/github/handler/frame?error=redirect_uri_mismatch',
      undefined,
      signIn,
    );
    expect(finding.fix).toContain(
      'http://127.0.0.1:7007/api/auth/github/handler/frame',
    );
    expect(finding.title).toMatch(/^github rejected/);
  });

  it.each([
    [
      'a backend’s 401 body',
      '{"error":{"name":"AuthenticationError","message":"Missing credentials"},"response":{"statusCode":401}}',
    ],
    ['gibberish', 'asdf qwer zxcv'],
    [
      'a token check’s log line',
      'AuthenticationError: Failed user token verification',
    ],
  ])('names no provider for %s', (_what, input) => {
    const finding = explainErrorBody(input, undefined, signIn);
    expect(finding.evidence?.map(e => e.label)).not.toContain('Provider');
    expect(JSON.stringify(finding)).not.toMatch(/Local IdP|\boidc\b/);
  });

  it('names the provider signed in with for a sign-in failure the text does not place', () => {
    const finding = explainErrorBody(
      'Login failed, user profile does not contain an email',
      undefined,
      signIn,
    );
    expect(finding.evidence).toContainEqual({
      label: 'Provider',
      value: 'oidc',
    });
  });

  it('calls the provider "IdP" when nothing names one', () => {
    expect(
      explainErrorBody('Authentication failed, invalid_client').title,
    ).toBe(
      'IdP does not accept Backstage’s client credentials (invalid_client)',
    );
  });
});
