import {
  checkAppOrigin,
  classifyProviderProbe,
  providerConfigFindings,
  summarizeProviderProbes,
  unavailableProviderFinding,
  PROVIDER_LACK_FINDINGS,
  type AuthProviderProbe,
  type BackendProviderStatus,
  type ProviderLack,
} from './checks';
import { classifySignInFailure } from './classifySignInFailure';
import { createApiRef } from '@backstage/core-plugin-api';

describe('classifyProviderProbe', () => {
  const cases: Array<[AuthProviderProbe, BackendProviderStatus]> = [
    [
      {
        kind: 'response',
        status: 401,
        errorMessage:
          'Refresh failed; caused by InputError: Missing session cookie',
      },
      'present',
    ],
    [{ kind: 'response', status: 200 }, 'present'],
    [
      {
        kind: 'response',
        status: 404,
        errorMessage: "No auth provider registered for 'github'",
      },
      'notRegistered',
    ],
    [
      {
        kind: 'response',
        status: 404,
        errorMessage: "Unknown auth provider 'github'",
      },
      'moduleMissing',
    ],
    [
      {
        kind: 'response',
        status: 404,
        errorMessage:
          "Auth provider registered for 'github' is misconfigured. This could mean…",
      },
      'misconfigured',
    ],
    [
      {
        kind: 'response',
        status: 403,
        errorMessage:
          'The guest provider cannot be used outside of a development environment unless …',
      },
      'guestRefused',
    ],
    [
      {
        kind: 'response',
        status: 501,
        errorMessage: 'The guest provider is NOT recommended for use outside …',
      },
      'guestRefused',
    ],
    [{ kind: 'response', status: 404 }, 'unexpected'],
    [
      {
        kind: 'response',
        status: 404,
        errorMessage:
          "No configuration available for the 'production' environment of this provider.",
      },
      'misconfigured',
    ],
    // Asked without env: says nothing about the provider.
    [
      {
        kind: 'response',
        status: 400,
        errorName: 'InputError',
        errorMessage: "Must specify 'env' query to select environment",
      },
      'unexpected',
    ],
    // Guest is asked at start, which a proxy provider does not implement.
    [
      {
        kind: 'response',
        status: 501,
        errorName: 'NotImplementedError',
        errorMessage: 'Not implemented',
        endpoint: 'start',
      },
      'present',
    ],
    [
      {
        kind: 'response',
        status: 404,
        errorName: 'NotFoundError',
        errorMessage: "No auth provider registered for 'guest'",
        endpoint: 'start',
      },
      'notRegistered',
    ],
    // A start route that answers 200 or 401 is not a registered proxy.
    [{ kind: 'response', status: 200, endpoint: 'start' }, 'unexpected'],
    [
      { kind: 'response', status: 501, errorName: 'Error', endpoint: 'start' },
      'unexpected',
    ],
    [{ kind: 'response', status: 502 }, 'unexpected'],
    [
      { kind: 'response', status: 403, errorMessage: 'Forbidden' },
      'unexpected',
    ],
    [{ kind: 'networkError', message: 'Failed to fetch' }, 'unreachable'],
  ];
  it.each(cases)('%j → %s', (probe, status) => {
    expect(classifyProviderProbe(probe)).toBe(status);
  });
});

describe('checkAppOrigin', () => {
  it('passes when the page is on the app.baseUrl origin, path or not', () => {
    expect(
      checkAppOrigin(
        'http://127.0.0.1:3000',
        'http://127.0.0.1:3000/backstage',
      ),
    ).toMatchObject({ id: 'originMatches', severity: 'ok' });
  });

  it.each([
    [
      'localhost vs 127.0.0.1',
      'http://localhost:3000',
      'http://127.0.0.1:3000',
    ],
    ['scheme', 'https://bs.example.com', 'http://bs.example.com'],
    ['port', 'http://127.0.0.1:3001', 'http://127.0.0.1:3000'],
    ['not a URL', 'http://127.0.0.1:3000', 'not a url'],
  ])('is a problem on a different %s, showing both', (_n, page, app) => {
    const finding = checkAppOrigin(page, app);
    expect(finding).toMatchObject({
      id: 'originMismatch',
      severity: 'problem',
    });
    expect(finding.evidence).toEqual([
      { label: 'This page is served from', value: page },
      { label: 'app.baseUrl', value: app },
    ]);
  });

  it('is a problem without app.baseUrl', () => {
    expect(checkAppOrigin('http://x', undefined).id).toBe('originMismatch');
  });
});

describe('summarizeProviderProbes', () => {
  const ctx = {
    authBaseUrl: 'http://127.0.0.1:7007/api/auth',
    pageOrigin: 'http://127.0.0.1:3000',
  };

  it('says the backend is unreachable when nothing answered', () => {
    const findings = summarizeProviderProbes(
      [{ id: 'github', title: 'GitHub', status: 'unreachable' }],
      ctx,
    );
    expect(findings.map(f => [f.id, f.severity])).toEqual([
      ['backendUnreachable', 'problem'],
    ]);
    expect(findings[0].detail).toContain('http://127.0.0.1:7007/api/auth');
  });

  it('lists the providers the backend lacks, and those it refuses apart', () => {
    const findings = summarizeProviderProbes(
      [
        { id: 'oidc', title: 'Local IdP', status: 'present' },
        { id: 'github', title: 'GitHub', status: 'notRegistered' },
        { id: 'gitlab', title: 'GitLab', status: 'moduleMissing' },
        { id: 'guest', title: 'Guest', status: 'guestRefused' },
      ],
      ctx,
    );
    expect(findings.map(f => [f.id, f.severity])).toEqual([
      ['backendAnswers', 'ok'],
      ['providersMissing', 'problem'],
      ['providersRefused', 'problem'],
    ]);
    expect(findings[1].title).toBe(
      'The backend lacks 2 of the offered providers',
    );
    expect(findings[1].detail).toBe(
      'Not available on the backend: GitHub (github), GitLab (gitlab).',
    );
    expect(findings[2].detail).toBe('Registered, but refused: Guest (guest).');
    expect(findings[2].fix).toMatch(
      /^Run the backend with NODE_ENV=development, or set auth\.providers\.guest\.dangerouslyAllowOutsideDevelopment/,
    );
  });

  it('says "one" for a single missing provider', () => {
    const [, missing] = summarizeProviderProbes(
      [{ id: 'github', title: 'GitHub', status: 'notRegistered' }],
      ctx,
    );
    expect(missing.title).toBe(
      'The backend lacks one of the offered providers',
    );
  });

  it('could not tell, rather than missing, for an answer it cannot read', () => {
    const findings = summarizeProviderProbes(
      [
        { id: 'oidc', title: 'Local IdP', status: 'unexpected' },
        { id: 'guest', title: 'Guest', status: 'present' },
        { id: 'github', title: 'GitHub', status: 'unreachable' },
      ],
      ctx,
    );
    expect(findings.map(f => [f.id, f.severity])).toEqual([
      ['backendAnswers', 'ok'],
      ['providersUnknown', 'warning'],
    ]);
    expect(findings[1].title).toBe(
      'Could not tell whether the backend has 2 of the offered providers',
    );
    expect(findings[1].detail).toContain('Local IdP (oidc), GitHub (github)');
    expect(findings.map(f => f.title).join()).not.toMatch(/lacks/);
  });

  it('confirms when every provider is present', () => {
    const findings = summarizeProviderProbes(
      [{ id: 'oidc', title: 'Local IdP', status: 'present' }],
      ctx,
    );
    expect(findings.map(f => f.id)).toEqual([
      'backendAnswers',
      'providersPresent',
    ]);
  });

  it('says nothing without providers', () => {
    expect(summarizeProviderProbes([], ctx)).toEqual([]);
  });
});

describe('provider availability', () => {
  it('explains a missing API with the ref id', () => {
    const finding = unavailableProviderFinding({
      id: 'gitlab',
      kind: 'oauth',
      title: 'GitLab',
      apiRef: createApiRef({ id: 'core.auth.gitlab' }),
      unavailable: 'missingApi',
    });
    expect(finding).toMatchObject({
      id: 'missingApi',
      title: 'This app has no API for GitLab',
      evidence: [{ label: 'API ref', value: 'core.auth.gitlab' }],
    });
  });

  it('explains an unknown provider', () => {
    expect(
      unavailableProviderFinding({
        id: 'corp',
        kind: 'oauth',
        title: 'corp',
        unavailable: 'unknownProvider',
      })?.id,
    ).toBe('unknownProvider');
  });

  it('is undefined for a usable provider', () => {
    expect(
      unavailableProviderFinding({
        id: 'guest',
        kind: 'guest',
        title: 'Guest',
      }),
    ).toBeUndefined();
  });

  it('reports ignored config entries and an empty list', () => {
    const findings = providerConfigFindings({
      providers: [],
      invalidConfigEntries: ['42'],
    });
    expect(findings.map(f => [f.id, f.severity])).toEqual([
      ['invalidConfig', 'warning'],
      ['noProviders', 'problem'],
    ]);
    expect(findings[0].evidence).toEqual([
      { label: 'Config entry', value: '42' },
    ]);
  });
});

describe('the auth backend saying it lacks a provider', () => {
  it.each([
    ["No auth provider registered for 'github'", 'providerNotRegistered'],
    ["Unknown auth provider 'github'", 'providerModuleMissing'],
    [
      "Auth provider registered for 'github' is misconfigured.",
      'providerMisconfigured',
    ],
  ])(
    '%s is one finding, %s, for a probe and a failed sign-in',
    (message, id) => {
      const status = classifyProviderProbe({
        kind: 'response',
        status: 404,
        errorName: 'NotFoundError',
        errorMessage: message,
      });
      expect(PROVIDER_LACK_FINDINGS[status as ProviderLack]).toBe(id);
      expect(
        classifySignInFailure(
          { name: 'NotFoundError', message, status: 404 },
          { providerId: 'github', providerTitle: 'GitHub', pageOrigin: '' },
        ).id,
      ).toBe(id);
    },
  );
});
