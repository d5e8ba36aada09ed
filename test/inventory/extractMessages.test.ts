/**
 * @jest-environment node
 */
import { extractFromCode } from './extractMessages';
import { fillPattern } from './wrappers';

describe('extractFromCode', () => {
  it('reads thrown errors, with interpolations as patterns', () => {
    expect(
      extractFromCode(`
        throw new errors.NotFoundError(\`No auth provider registered for '\${providerId}'\`);
        throw new Error("Missing " + header + " header");
        const e = new TypeError('client_id is required');
      `),
    ).toEqual([
      {
        message: "No auth provider registered for '${providerId}'",
        kind: 'error',
        errorName: 'NotFoundError',
      },
      {
        message: 'Missing ${header} header',
        kind: 'error',
        errorName: 'Error',
      },
      {
        message: 'client_id is required',
        kind: 'error',
        errorName: 'TypeError',
      },
    ]);
  });

  it("reads openid-client's option objects and printf formats", () => {
    expect(
      extractFromCode(`
        throw new RPError({ printf: ['state mismatch, expected %s, got: %s', checks.state, params.state], jwt });
        throw new OPError({ error: (0, util.format)('expected %i %s, got: %i', 200, 'OK', response.statusCode) }, response);
        throw new RPError({ message: 'failed to validate JWT signature', jwt });
      `).map(f => f.message),
    ).toEqual([
      'state mismatch, expected ${checks.state}, got: ${params.state}',
      "expected ${200} ${'OK'}, got: ${response.statusCode}",
      'failed to validate JWT signature',
    ]);
  });

  it('gives each branch of a condition, and messages built in a variable', () => {
    expect(
      extractFromCode(`
        const errMessage = \`Login failed, \${origin ? \`Incorrect app origin, expected \${origin}\` : "popup was closed"}\`;
        const message = error.message;
      `).map(f => f.message),
    ).toEqual([
      'Login failed, Incorrect app origin, expected ${origin}',
      'Login failed, popup was closed',
    ]);
  });

  it("reads log calls and passport's failures, not a strategy's own error()", () => {
    expect(
      extractFromCode(`
        this.logger.warn('Failed to verify incoming user token', e);
        options.logger.error(\`Failed to generate new signing key, \${error}\`);
        return callback(null, false, { message: 'Unable to verify authorization request state.' });
        this.error(err);
        console.warn('not a logger call we read');
      `),
    ).toEqual([
      { message: 'Failed to verify incoming user token', kind: 'log.warn' },
      {
        message: 'Failed to generate new signing key, ${error}',
        kind: 'log.error',
      },
      {
        message: 'Unable to verify authorization request state.',
        kind: 'fail',
      },
    ]);
  });

  it('skips errors without a text of their own', () => {
    expect(
      extractFromCode(`
        throw new Error(err.message);
        throw new InputError();
        reject(new ForwardedError(message, cause));
      `),
    ).toEqual([]);
  });
});

describe('fillPattern', () => {
  it('fills each interpolation with a realistic value', () => {
    expect(
      fillPattern("Origin '${origin}' is not allowed for '${providerId}'"),
    ).toBe(
      "Origin 'https://backstage-old.example.com' is not allowed for 'github'",
    );
    expect(
      fillPattern('JWT expired, now ${timestamp}, exp ${payload.exp}'),
    ).toBe('JWT expired, now 1765116191, exp 1765116191');
  });
});
