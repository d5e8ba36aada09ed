import {
  classifySignInFailure,
  describeSignInError,
  isNetworkFailure,
  noAnswerFinding,
  redirectErrorFinding,
  sessionNotRestoredFinding,
  type SignInFailure,
  type SignInFailureContext,
} from './classifySignInFailure';
import { formatFinding } from '../../findings/logic';
import { defaultSignInText, type SignInFindingId } from './findings';

const context: SignInFailureContext = {
  providerId: 'oidc',
  providerTitle: 'Local IdP',
  pageOrigin: 'http://localhost:3000',
  appBaseUrl: 'http://127.0.0.1:3000',
  authBaseUrl: 'http://127.0.0.1:7007/api/auth',
  callbackUrl: 'http://127.0.0.1:7007/api/auth/oidc/handler/frame',
  environment: 'development',
};

// Every message below is the exact text Backstage produces (core-app-api,
// auth-node, auth-backend, the guest module) or the browser throws.
const cases: Array<
  [string, SignInFailure, SignInFindingId, 'warning' | 'problem']
> = [
  [
    'popup blocked',
    { name: 'PopupRejectedError', message: 'Failed to open auth popup.' },
    'popupBlocked',
    'problem',
  ],
  [
    'popup blocked, name lost',
    { message: 'Failed to open auth popup.' },
    'popupBlocked',
    'problem',
  ],
  [
    'popup closed',
    { name: 'PopupClosedError', message: 'Login failed, popup was closed' },
    'popupClosed',
    'warning',
  ],
  [
    'incorrect origin',
    {
      name: 'PopupClosedError',
      message:
        'Login failed, Incorrect app origin, expected http://127.0.0.1:3000',
    },
    'incorrectOrigin',
    'problem',
  ],
  [
    'missing email',
    {
      name: 'Error',
      message: 'Login failed, user profile does not contain an email',
    },
    'missingEmail',
    'problem',
  ],
  [
    'unresolved identity',
    {
      name: 'Error',
      message:
        'Failed to sign-in, unable to resolve user identity. Please verify that your catalog contains the expected User entities that would match your configured sign-in resolver.',
    },
    'unresolvedIdentity',
    'problem',
  ],
  [
    'user not found',
    { name: 'NotFoundError', message: 'User not found' },
    'unresolvedIdentity',
    'problem',
  ],
  [
    'email domain',
    {
      name: 'NotAllowedError',
      message: 'Sign-in user email is not from an allowed domain',
    },
    'emailDomainNotAllowed',
    'problem',
  ],
  [
    'origin not allowed',
    {
      name: 'NotAllowedError',
      message: "Origin 'http://localhost:3000' is not allowed",
    },
    'originNotAllowed',
    'problem',
  ],
  [
    'cookie nonce',
    {
      name: 'NotAllowedError',
      message: 'Auth response is missing cookie nonce',
    },
    'cookieNonce',
    'problem',
  ],
  [
    'invalid nonce',
    { name: 'NotAllowedError', message: 'Invalid nonce' },
    'cookieNonce',
    'problem',
  ],
  [
    'not registered',
    {
      name: 'NotFoundError',
      message: "No auth provider registered for 'oidc'",
      status: 404,
    },
    'providerNotRegistered',
    'problem',
  ],
  [
    'module missing',
    {
      name: 'NotFoundError',
      message: "Unknown auth provider 'oidc'",
      status: 404,
    },
    'providerModuleMissing',
    'problem',
  ],
  [
    'misconfigured',
    {
      name: 'NotFoundError',
      message:
        "Auth provider registered for 'oidc' is misconfigured. This could mean …",
      status: 404,
    },
    'providerMisconfigured',
    'problem',
  ],
  [
    'guest refused (authenticator)',
    {
      name: 'NotAllowedError',
      message:
        "The guest provider cannot be used outside of a development environment unless 'auth.providers.guest.dangerouslyAllowOutsideDevelopment' is enabled",
      status: 403,
    },
    'guestRefused',
    'problem',
  ],
  [
    'guest refused (resolver)',
    {
      name: 'NotImplementedError',
      message:
        'The guest provider is NOT recommended for use outside of a development environment. If you want to enable this, set …',
      status: 501,
    },
    'guestRefused',
    'problem',
  ],
  [
    'auth connection error',
    {
      name: 'AuthConnectionError',
      message: 'Auth refresh request failed, TypeError: Failed to fetch',
    },
    'backendUnreachable',
    'problem',
  ],
  [
    'fetch TypeError (Chrome)',
    { name: 'TypeError', message: 'Failed to fetch' },
    'backendUnreachable',
    'problem',
  ],
  [
    'fetch TypeError (Firefox)',
    {
      name: 'TypeError',
      message: 'NetworkError when attempting to fetch resource.',
    },
    'backendUnreachable',
    'problem',
  ],
  [
    'fetch TypeError (Safari)',
    { name: 'TypeError', message: 'Load failed' },
    'backendUnreachable',
    'problem',
  ],
  [
    'no sign-in resolver',
    {
      name: 'Error',
      message: 'The Local IdP provider is not configured to support sign-in',
    },
    'noSignInResolver',
    'problem',
  ],
  [
    'anything else',
    { name: 'Error', message: 'Something odd happened', status: 500 },
    'unknown',
    'problem',
  ],
  ['nothing at all', {}, 'unknown', 'problem'],
];

describe('classifySignInFailure', () => {
  it.each(cases)('%s', (_name, failure, id, severity) => {
    const finding = classifySignInFailure(failure, context);
    expect(finding.id).toBe(id);
    expect(finding.severity).toBe(severity);
    expect(finding.title).toBeTruthy();
    expect(finding.detail).toBeTruthy();
    // no unfilled {{placeholders}} reach the user
    expect(formatFinding(finding)).not.toMatch(/\{\{|\}\}/);
  });

  it('has a message set for every finding id it can produce', () => {
    for (const [, , id] of cases) {
      const key = `findings.${id}.title`;
      expect(defaultSignInText(key, { count: 2 })).not.toBe(key);
    }
  });

  it('shows both origins for an incorrect app origin', () => {
    const finding = classifySignInFailure(
      {
        name: 'PopupClosedError',
        message:
          'Login failed, Incorrect app origin, expected http://127.0.0.1:3000',
      },
      context,
    );
    expect(finding.detail).toContain('http://127.0.0.1:3000');
    expect(finding.detail).toContain('http://localhost:3000');
    expect(finding.evidence).toEqual([
      { label: 'This page is served from', value: 'http://localhost:3000' },
      { label: 'Origin the backend expected', value: 'http://127.0.0.1:3000' },
      { label: 'app.baseUrl', value: 'http://127.0.0.1:3000' },
    ]);
  });

  it('keeps the original error as evidence for anything unrecognised', () => {
    const finding = classifySignInFailure(
      { name: 'Error', message: 'Something odd happened', status: 500 },
      context,
    );
    expect(finding.title).toBe('Sign-in with Local IdP failed');
    expect(finding.detail).toBe('Something odd happened');
    expect(finding.evidence).toEqual([
      { label: 'Provider', value: 'oidc' },
      { label: 'HTTP status', value: '500' },
      { label: 'Error name', value: 'Error' },
      { label: 'Error message', value: 'Something odd happened' },
    ]);
  });

  it('names the backend message and config key for a provider the backend lacks', () => {
    const finding = classifySignInFailure(
      {
        name: 'NotFoundError',
        message: "No auth provider registered for 'oidc'",
        status: 404,
      },
      context,
    );
    expect(finding.title).toBe('The backend has no Local IdP provider');
    expect(finding.detail).toBe(
      'A backend module provides oidc, but auth.providers has no oidc entry, so the auth backend never set the provider up and answers 404.',
    );
    expect(finding.evidence).toContainEqual({
      label: 'Error message',
      value: "No auth provider registered for 'oidc'",
    });
    expect(finding.fix).toBe(
      'Configure auth.providers.oidc.development in the backend, or stop offering Local IdP on this page.',
    );
  });

  it('defaults the environment to development in fixes', () => {
    const finding = classifySignInFailure(
      { message: 'Login failed, user profile does not contain an email' },
      { ...context, environment: undefined },
    );
    expect(finding.fix).toContain(
      'auth.providers.oidc.development.signIn.resolvers',
    );
  });

  it('uses the translation function it is given', () => {
    const text = jest.fn((key: string) => `<${key}>`);
    const finding = classifySignInFailure(
      { name: 'PopupRejectedError' },
      context,
      text,
    );
    expect(finding.title).toBe('<findings.popupBlocked.title>');
    expect(text).toHaveBeenCalledWith(
      'findings.popupBlocked.title',
      expect.objectContaining({ provider: 'Local IdP' }),
    );
  });
});

describe('describeSignInError', () => {
  it('reads the backend cause of a ResponseError', () => {
    const error = Object.assign(
      new Error('Request failed with 403 Forbidden'),
      {
        name: 'ResponseError',
        statusCode: 403,
        cause: {
          name: 'NotAllowedError',
          message: 'The guest provider cannot be used…',
        },
      },
    );
    expect(describeSignInError(error)).toEqual({
      name: 'NotAllowedError',
      message: 'The guest provider cannot be used…',
      status: 403,
    });
  });

  it('reads an auth connector error with a status', () => {
    const error = Object.assign(
      new Error('Auth refresh request failed, Not Found'),
      { status: 404 },
    );
    expect(describeSignInError(error)).toEqual({
      name: 'Error',
      message: 'Auth refresh request failed, Not Found',
      status: 404,
    });
  });

  it('copes with values that are not errors', () => {
    expect(describeSignInError('boom')).toEqual({ message: 'boom' });
    expect(describeSignInError(undefined)).toEqual({ message: undefined });
    expect(describeSignInError({})).toEqual({
      name: undefined,
      message: undefined,
      status: undefined,
    });
  });
});

describe('isNetworkFailure', () => {
  it('is false for an HTTP answer even when its text mentions fetch', () => {
    expect(
      isNetworkFailure({ message: 'Failed to fetch user', status: 500 }),
    ).toBe(false);
    expect(
      isNetworkFailure({ name: 'TypeError', message: 'Failed to fetch' }),
    ).toBe(true);
  });
});

describe('noAnswerFinding', () => {
  it('lists the likely causes in order, the first with the exact callback URL', () => {
    const finding = noAnswerFinding(context, 20);
    expect(finding).toMatchObject({
      id: 'noAnswer',
      severity: 'warning',
      title: 'No answer from Local IdP after 20 seconds',
    });
    // The page cannot see into the window: it asserts no single cause.
    expect(finding.detail).toContain('cannot tell which');
    expect(finding.fix).toMatch(/^Look at the sign-in window/);
    expect(finding.causes).toHaveLength(5);
    const [redirectUri, waiting, idpError, backendError, blocked] =
      finding.causes!;
    expect(redirectUri).toContain('redirect_uri_mismatch');
    expect(redirectUri).toMatch(
      /: http:\/\/127\.0\.0\.1:7007\/api\/auth\/oidc\/handler\/frame$/,
    );
    expect(waiting).toMatch(/login, consent .* page is waiting/);
    expect(idpError).toMatch(/identity provider shows another error page/);
    expect(backendError).toContain('Origin … is not allowed');
    expect(blocked).toMatch(/blocked, emptied or hid the window/);
    expect(formatFinding(finding)).toContain(`1. ${redirectUri}`);
  });

  it('says "second" for one second', () => {
    expect(noAnswerFinding(context, 1).title).toBe(
      'No answer from Local IdP after 1 second',
    );
  });

  it('points to the Trouble section when the callback URL is unknown', () => {
    const finding = noAnswerFinding({ ...context, callbackUrl: undefined }, 20);
    expect(finding.causes![0]).toContain('listed under "Trouble signing in?"');
    expect(formatFinding(finding)).not.toMatch(/\{\{|\}\}/);
  });
});

describe('redirectErrorFinding', () => {
  it('quotes an unrecognised message as the auth backend’s answer', () => {
    const finding = redirectErrorFinding('Something odd happened', context);
    expect(finding).toMatchObject({
      id: 'unknown',
      title: 'Sign-in with Local IdP failed',
      detail: 'The auth backend answered: “Something odd happened”',
    });
    expect(finding.evidence).toEqual([{ label: 'Provider', value: 'oidc' }]);
  });

  it('keeps the explanation of a recognised message after the quote', () => {
    const finding = redirectErrorFinding(
      'Login failed, user profile does not contain an email',
      context,
    );
    expect(finding.id).toBe('missingEmail');
    expect(finding.detail).toMatch(
      /^The auth backend answered: “Login failed, user profile does not contain an email” The backend signs users in by email/,
    );
  });
});

describe('sessionNotRestoredFinding', () => {
  it('is a warning naming the provider', () => {
    expect(
      sessionNotRestoredFinding({ providerTitle: 'GitHub' }),
    ).toMatchObject({
      id: 'sessionNotRestored',
      severity: 'warning',
      title: 'Your previous GitHub session could not be restored',
    });
  });
});

describe('defaultSignInText', () => {
  it('fills placeholders and leaves unknown keys visible', () => {
    expect(defaultSignInText('signInWith', { provider: 'GitHub' })).toBe(
      'Sign in with GitHub',
    );
    expect(defaultSignInText('no.such.key')).toBe('no.such.key');
  });

  it('picks the plural form from count, as the translation ref does', () => {
    const key = 'findings.providersMissing.title';
    expect(defaultSignInText(key, { count: 1 })).toBe(
      'The backend lacks one of the offered providers',
    );
    expect(defaultSignInText(key, { count: 3 })).toBe(
      'The backend lacks 3 of the offered providers',
    );
  });

  it('does not read inherited properties as params', () => {
    const inherited = Object.create({ message: 'inherited' });
    expect(defaultSignInText('findings.unknown.detail', inherited)).toBe(
      '{{message}}',
    );
  });
});
