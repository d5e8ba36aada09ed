import {
  applyPastedError,
  checkClockSkew,
  classifyCookieProbe,
  classifyPluginProbe,
  type PluginProbe,
} from './probes';

const base = {
  pluginId: 'catalog',
  baseUrl: 'http://127.0.0.1:7007/api/catalog',
  path: '/.backstage/auth/v1/cookie',
};

function probe(
  outcome: PluginProbe['outcome'],
  extra: Partial<PluginProbe> = {},
): PluginProbe {
  return { ...base, outcome, ...extra };
}

describe('classifyPluginProbe', () => {
  it('2xx: the plugin accepts the token', () => {
    expect(
      classifyPluginProbe(probe({ kind: 'response', status: 200 })),
    ).toEqual({
      id: 'probe:catalog',
      severity: 'ok',
      title: 'catalog: the plugin accepts your token',
      detail: 'GET /.backstage/auth/v1/cookie answered 200.',
    });
  });

  it('401: quotes the backend message and explains it', () => {
    const finding = classifyPluginProbe(
      probe({
        kind: 'response',
        status: 401,
        errorName: 'AuthenticationError',
        errorMessage: 'Missing credentials',
      }),
    );
    expect(finding).toMatchObject({
      id: 'probe:catalog',
      severity: 'problem',
      title: 'catalog: 401 Missing credentials',
      detail: expect.stringContaining('without an Authorization header'),
      fix: expect.stringContaining('fetchApiRef'),
    });
    expect(finding.evidence).toContainEqual({
      label: 'Error message',
      value: 'Missing credentials',
    });
  });

  it('401 without a body still says 401', () => {
    expect(
      classifyPluginProbe(probe({ kind: 'response', status: 401 })).title,
    ).toBe('catalog: 401 (no message)');
  });

  it.each([
    [403, 'warning', 'catalog: 403 Unauthorized', 'Unauthorized'],
    [404, 'info', 'catalog: not installed on this backend', undefined],
    [500, 'problem', 'catalog: the backend failed with 500', 'boom'],
    [503, 'problem', 'catalog: the backend failed with 503', undefined],
    [302, 'warning', 'catalog: unexpected answer 302', undefined],
  ])('%d → %s', (status, severity, title, errorMessage) => {
    expect(
      classifyPluginProbe(probe({ kind: 'response', status, errorMessage })),
    ).toMatchObject({ severity, title });
  });

  it('404 of a plugin the app uses is a problem that says why it matters', () => {
    const finding = classifyPluginProbe(
      probe({ kind: 'response', status: 404 }),
      undefined,
      { reason: 'registered' },
    );
    expect(finding).toMatchObject({
      id: 'probe:catalog',
      severity: 'problem',
      title: 'catalog: not installed in the backend',
      detail: expect.stringContaining(
        'This app uses it: the app registers a frontend plugin "catalog".',
      ),
      fix: expect.stringContaining('Install the plugin'),
    });
    expect(finding.evidence).toContainEqual({
      label: 'Why it matters',
      value: 'the app registers a frontend plugin "catalog"',
    });
  });

  it('404 of a plugin nothing shows the app uses is information, without a fix', () => {
    const finding = classifyPluginProbe(
      probe({ kind: 'response', status: 404 }),
    );
    expect(finding).toMatchObject({
      severity: 'info',
      detail: expect.stringContaining('not a problem by itself'),
    });
    expect(finding.fix).toBeUndefined();
  });

  it('network error: no answer, with the message', () => {
    expect(
      classifyPluginProbe(
        probe({ kind: 'networkError', message: 'Failed to fetch' }),
      ),
    ).toMatchObject({
      severity: 'problem',
      title: 'catalog: no answer',
      detail: expect.stringContaining('Failed to fetch'),
    });
  });
});

describe('classifyCookieProbe', () => {
  const cookie = (outcome: PluginProbe['outcome']) =>
    classifyCookieProbe(
      probe(outcome, {
        pluginId: 'techdocs',
        baseUrl: 'http://b/api/techdocs',
      }),
    );
  it.each([
    [
      { kind: 'response', status: 200, expiresAt: '2030-01-01T00:00:00Z' },
      'ok',
      'techdocs: cookie authentication works',
    ],
    [
      { kind: 'response', status: 404 },
      'info',
      'techdocs: no cookie authentication endpoint',
    ],
    [
      { kind: 'response', status: 401, errorMessage: 'Missing credentials' },
      'warning',
      'techdocs: cookie authentication failed (401)',
    ],
    [
      { kind: 'networkError', message: 'CORS' },
      'warning',
      'techdocs: cookie endpoint gave no answer',
    ],
  ] as const)('%j → %s', (outcome, severity, title) => {
    expect(cookie(outcome as PluginProbe['outcome'])).toMatchObject({
      id: 'cookie:techdocs',
      severity,
      title,
    });
  });

  it('shows when the cookie expires', () => {
    expect(
      cookie({
        kind: 'response',
        status: 200,
        expiresAt: '2030-01-01T00:00:00Z',
      }).detail,
    ).toContain('2030-01-01T00:00:00Z');
  });
});

describe('checkClockSkew', () => {
  const at = Date.parse('2027-01-15T08:00:00Z');
  const answered = (
    date: string | undefined,
    sentAtMs = at,
    receivedAtMs = at + 200,
  ) =>
    probe({ kind: 'response', status: 200, date }, { sentAtMs, receivedAtMs });

  it('cannot measure without a readable Date header (cross-origin): could not tell, not passed', () => {
    expect(
      checkClockSkew([
        answered(undefined),
        probe({ kind: 'networkError', message: 'x' }),
      ]),
    ).toMatchObject({
      id: 'clockSkew',
      severity: 'unknown',
      title: 'Clock skew cannot be measured',
    });
    expect(checkClockSkew([])).toMatchObject({
      title: 'Clock skew cannot be measured',
    });
  });

  it('passes small differences', () => {
    expect(
      checkClockSkew([answered('Fri, 15 Jan 2027 08:00:30 GMT')]).severity,
    ).toBe('ok');
  });

  it('warns above 60 s and says which clock is ahead', () => {
    const finding = checkClockSkew([answered('Fri, 15 Jan 2027 07:58:00 GMT')]);
    expect(finding).toMatchObject({
      severity: 'warning',
      title: 'The browser’s clock is off by 2 min 0 s',
      detail: expect.stringContaining('this browser is ahead'),
    });
    expect(
      checkClockSkew([answered('Fri, 15 Jan 2027 08:05:00 GMT')]).detail,
    ).toContain('this browser is behind');
  });

  it('skips unparseable headers and uses the next probe', () => {
    expect(
      checkClockSkew([
        answered('yesterday'),
        answered('Fri, 15 Jan 2027 08:10:00 GMT'),
      ]).severity,
    ).toBe('warning');
  });
});

describe('applyPastedError', () => {
  const scaffolder = probe(
    { kind: 'response', status: 404 },
    { pluginId: 'scaffolder', baseUrl: 'http://b/api/scaffolder' },
  );
  const techdocs = probe(
    { kind: 'response', status: 404 },
    { pluginId: 'techdocs', baseUrl: 'http://b/api/techdocs' },
  );
  const catalog = probe({ kind: 'response', status: 200 });
  const findings = [
    classifyPluginProbe(catalog),
    classifyPluginProbe(scaffolder),
    classifyCookieProbe(techdocs),
  ];
  const probes = {
    'probe:catalog': catalog,
    'probe:scaffolder': scaffolder,
    'cookie:techdocs': techdocs,
  };

  it('makes the missing plugins the paste points at problems, and keeps the rest', () => {
    const result = applyPastedError(findings, probes, {
      scaffolder: 'http://b/api/scaffolder/v2/tasks',
      catalog: 'http://b/api/catalog/entities',
    });
    expect(result.map(f => [f.id, f.severity, f.title])).toEqual([
      ['probe:catalog', 'ok', 'catalog: the plugin accepts your token'],
      [
        'probe:scaffolder',
        'problem',
        'scaffolder: not installed in the backend',
      ],
      [
        'cookie:techdocs',
        'info',
        'techdocs: no cookie authentication endpoint',
      ],
    ]);
    expect(result[1].detail).toContain(
      'the pasted error came from http://b/api/scaffolder/v2/tasks',
    );
  });

  it('turns a missing cookie endpoint into a problem too', () => {
    expect(
      applyPastedError(findings, probes, { techdocs: '/api/techdocs/x' })[2],
    ).toMatchObject({
      severity: 'problem',
      title: 'techdocs: no cookie sign-in, the plugin is missing',
    });
  });

  it('changes nothing without a named plugin', () => {
    expect(applyPastedError(findings, probes, {})).toEqual(findings);
  });
});
