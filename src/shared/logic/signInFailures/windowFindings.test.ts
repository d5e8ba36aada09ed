import { formatFinding } from '../../findings/logic';
import {
  classifySignInFailure,
  type SignInFailureContext,
} from './classifySignInFailure';
import {
  noAnswerFinding,
  popupClosedFinding,
  readSignInWindowPage,
} from './windowFindings';
import { explainSignInWindowText } from './windowText';

const context: SignInFailureContext = {
  providerId: 'oidc',
  providerTitle: 'Local IdP',
  pageOrigin: 'http://127.0.0.1:3000',
  appBaseUrl: 'http://127.0.0.1:3000',
  authBaseUrl: 'http://127.0.0.1:7007/api/auth',
  callbackUrl: 'http://127.0.0.1:7007/api/auth/oidc/handler/frame',
  environment: 'development',
};
const unreachable: SignInFailureContext = {
  ...context,
  windowReach: 'unreachable',
};

// Chromium 156's network error page for a refused connection, as the e2e
// test reads it from a real sign-in window (innerText).
const CHROMIUM_REFUSED =
  'This site can’t be reached\n127.0.0.1 refused to connect.\nTry:\n\nChecking the connection\nChecking the proxy and the firewall\nERR_CONNECTION_REFUSED\nReload\nDetails';
// oidc-provider 9's error page for an unregistered redirect URI
// (lib/helpers/errors.js InvalidRedirectUri), as the dev IdP renders it.
const OIDC_PROVIDER_REDIRECT_URI =
  "Sign-in error\nThe local IdP could not handle this request.\nerror: invalid_redirect_uri\nerror_description: redirect_uri did not match any of the client's registered redirect_uris";

describe('noAnswerFinding', () => {
  it('lists what the window most likely shows, the callback URL first', () => {
    const finding = noAnswerFinding(context, 20);
    expect(finding).toMatchObject({
      id: 'noAnswer',
      severity: 'warning',
      title: 'No answer from Local IdP after 20 seconds',
    });
    // The page cannot see into the window: it asserts no single cause.
    expect(finding.detail).toContain('cannot tell which');
    expect(finding.fix).toMatch(/paste what it says into the box below/);
    const [redirectUri, idp, refused, backend, waiting] = finding.causes!;
    expect(finding.causes).toHaveLength(5);
    expect(redirectUri).toContain('does not know the callback URL');
    expect(redirectUri).toMatch(
      /: http:\/\/127\.0\.0\.1:7007\/api\/auth\/oidc\/handler\/frame$/,
    );
    expect(idp).toMatch(/^The identity provider cannot be reached/);
    expect(idp).toContain('ERR_CONNECTION_REFUSED');
    expect(refused).toMatch(/policy .* or a consent/);
    expect(backend).toContain('Origin … is not allowed');
    expect(waiting).toMatch(/login, consent .* page is waiting/);
    expect(formatFinding(finding)).toContain(`1. ${redirectUri}`);
  });

  it('puts the identity provider out of reach first when the page could not reach it either', () => {
    const [first, second] = noAnswerFinding(unreachable, 20).causes!;
    expect(first).toContain(
      'this page followed the same sign-in address just now and got no answer',
    );
    expect(second).toContain(context.callbackUrl);
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

describe('popupClosedFinding', () => {
  it('is what classifySignInFailure gives for a closed popup, with the causes in order', () => {
    const finding = classifySignInFailure(
      { name: 'PopupClosedError', message: 'Login failed, popup was closed' },
      context,
    );
    expect(finding).toEqual(popupClosedFinding(context));
    expect(finding).toMatchObject({
      id: 'popupClosed',
      severity: 'warning',
      title: 'The Local IdP sign-in window closed without an answer',
    });
    // "Sign in again" cannot help a window that showed an error: the fix is
    // to read it.
    expect(finding.fix).toMatch(/^Paste what the window showed/);
    expect(finding.causes).toEqual([
      expect.stringContaining(context.callbackUrl!),
      expect.stringMatching(/^The identity provider cannot be reached/),
      expect.stringMatching(/refused you on a page of its own/),
      expect.stringContaining('Origin … is not allowed'),
      expect.stringMatching(/^You closed the window before finishing/),
    ]);
  });

  it('puts the identity provider out of reach first when the page could not reach it', () => {
    expect(popupClosedFinding(unreachable).causes![0]).toContain(
      'got no answer from where the backend sends it',
    );
  });

  it('leaves the origin check to its own finding', () => {
    expect(
      classifySignInFailure(
        {
          name: 'PopupClosedError',
          message:
            'Login failed, Incorrect app origin, expected http://127.0.0.1:3000',
        },
        context,
      ).id,
    ).toBe('incorrectOrigin');
  });
});

describe('readSignInWindowPage', () => {
  it.each([
    [
      CHROMIUM_REFUSED,
      'ERR_CONNECTION_REFUSED',
      '127.0.0.1',
      '127.0.0.1 refused to connect … ERR_CONNECTION_REFUSED',
    ],
    [
      'This site can’t be reached\nCheck if there is a typo in login.example.com.\nDNS_PROBE_FINISHED_NXDOMAIN',
      'DNS_PROBE_FINISHED_NXDOMAIN',
      undefined,
      'DNS_PROBE_FINISHED_NXDOMAIN',
    ],
    [
      'This site can’t be reached\nlogin.example.com’s server IP address could not be found.\nERR_NAME_NOT_RESOLVED',
      'ERR_NAME_NOT_RESOLVED',
      'login.example.com',
      'login.example.com’s server IP address could not be found … ERR_NAME_NOT_RESOLVED',
    ],
    [
      'This site can’t be reached\nlogin.example.com took too long to respond.\nERR_CONNECTION_TIMED_OUT',
      'ERR_CONNECTION_TIMED_OUT',
      'login.example.com',
      'login.example.com took too long to respond … ERR_CONNECTION_TIMED_OUT',
    ],
    [
      'Unable to connect\nFirefox can’t establish a connection to the server at 127.0.0.1:7010.',
      undefined,
      '127.0.0.1:7010',
      'can’t establish a connection to the server at 127.0.0.1:7010.',
    ],
  ])('reads a browser connection error page: %s', (page, code, host, said) => {
    expect(readSignInWindowPage(page)).toEqual({
      kind: 'unreachable',
      ...(code && { code }),
      ...(host && { host }),
      said,
    });
  });

  it('reads oidc-provider’s page for an unregistered redirect URI', () => {
    expect(readSignInWindowPage(OIDC_PROVIDER_REDIRECT_URI)).toEqual({
      kind: 'redirectUri',
      code: 'invalid_redirect_uri',
    });
  });

  it.each([
    'Login failed, popup was closed',
    'TypeError: Failed to fetch',
    'connect ECONNREFUSED 127.0.0.1:7010',
    'Authentication failed, invalid_client (client authentication failed)',
  ])('leaves other messages to the other rules: %s', message => {
    expect(readSignInWindowPage(message)).toBeUndefined();
  });
});

describe('explainSignInWindowText', () => {
  it('is nothing for blank text', () => {
    expect(explainSignInWindowText(' \n ', context)).toBeUndefined();
  });

  it('explains the unregistered redirect URI with the exact callback URL', () => {
    const finding = explainSignInWindowText(
      OIDC_PROVIDER_REDIRECT_URI,
      context,
    )!;
    expect(finding).toMatchObject({
      id: 'idpRedirectUriMismatch',
      severity: 'problem',
    });
    expect(finding.fix).toContain(`Register exactly ${context.callbackUrl}`);
    expect(finding.evidence).toEqual(
      expect.arrayContaining([
        { label: 'Identity provider error', value: 'redirect_uri_mismatch' },
        { label: 'Callback URL', value: context.callbackUrl },
      ]),
    );
  });

  it('names the identity provider when the page could not reach it either', () => {
    const finding = explainSignInWindowText(CHROMIUM_REFUSED, unreachable)!;
    expect(finding).toMatchObject({
      id: 'windowIdpUnreachable',
      title: 'The sign-in window could not reach 127.0.0.1',
    });
    expect(finding.detail).toContain('Local IdP is down');
    // The error page's own sentence, not all of its text.
    expect(finding.detail).toContain(
      '("127.0.0.1 refused to connect … ERR_CONNECTION_REFUSED")',
    );
    expect(finding.detail).not.toContain('Checking the proxy');
    expect(finding.evidence).toEqual(
      expect.arrayContaining([
        { label: 'Browser error', value: 'ERR_CONNECTION_REFUSED' },
        { label: 'Address that did not answer', value: '127.0.0.1' },
      ]),
    );
  });

  it('names the identity provider when the host is not the backend’s', () => {
    expect(
      explainSignInWindowText(
        'login.example.com refused to connect. ERR_CONNECTION_REFUSED',
        context,
      )!.id,
    ).toBe('windowIdpUnreachable');
  });

  it('says both when the host is the backend’s and nothing else tells them apart', () => {
    const finding = explainSignInWindowText(CHROMIUM_REFUSED, context)!;
    expect(finding.id).toBe('windowUnreachable');
    expect(finding.detail).toContain(context.authBaseUrl);
    expect(finding.fix).toMatch(/if it is under .*, the backend is down/);
  });

  it('reads all of a long page', () => {
    const page = `${'Lorem ipsum dolor. '.repeat(100)}ERR_CONNECTION_REFUSED`;
    expect(explainSignInWindowText(page, unreachable)!.id).toBe(
      'windowIdpUnreachable',
    );
  });

  it('quotes a long text it does not know cut short', () => {
    const page = 'Lorem ipsum dolor. '.repeat(100);
    const finding = explainSignInWindowText(page, context)!;
    expect(finding.id).toBe('pastedUnknown');
    expect(finding.detail.length).toBeLessThan(600);
    expect(finding.detail).toMatch(/…"\.?$/);
    expect(finding.evidence?.every(e => e.value.length < 600)).toBe(true);
  });

  it('says plainly when it does not know the text', () => {
    expect(
      explainSignInWindowText('Something entirely different', context)!.id,
    ).toBe('pastedUnknown');
  });
});
