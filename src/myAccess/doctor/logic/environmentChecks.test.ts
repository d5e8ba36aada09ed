import { checkEnvironment, siteOf } from './environmentChecks';

function byId(findings: ReturnType<typeof checkEnvironment>) {
  return Object.fromEntries(findings.map(f => [f.id, f]));
}

describe('siteOf', () => {
  it.each([
    ['https://backstage.example.com/x', 'https', 'example.com'],
    ['https://api.backstage.example.co.uk', 'https', 'example.co.uk'],
    ['http://127.0.0.1:7007', 'http', '127.0.0.1'],
    ['http://localhost:3000', 'http', 'localhost'],
    ['http://[::1]:3000', 'http', '[::1]'],
  ])('%s is on %s://%s', (url, scheme, site) => {
    expect(siteOf(url)).toEqual({ scheme, site });
  });
});

describe('checkEnvironment', () => {
  it('passes the dev setup: same origin, loopback http, same site', () => {
    const findings = checkEnvironment({
      pageUrl: 'http://127.0.0.1:3000/my-access?x=1',
      appBaseUrl: 'http://127.0.0.1:3000',
      backendBaseUrl: 'http://127.0.0.1:7007',
    });
    expect(findings.map(f => [f.id, f.severity])).toEqual([
      ['origin', 'ok'],
      ['scheme', 'ok'],
      ['site', 'ok'],
    ]);
  });

  it('reports a page origin that differs from app.baseUrl', () => {
    const { origin } = byId(
      checkEnvironment({
        pageUrl: 'http://localhost:3000/',
        appBaseUrl: 'http://127.0.0.1:3000',
        backendBaseUrl: 'http://127.0.0.1:7007',
      }),
    );
    expect(origin).toMatchObject({
      severity: 'problem',
      title: 'This page is not served from app.baseUrl',
      fix: expect.stringContaining('http://127.0.0.1:3000'),
    });
  });

  it('reports mixed content as a problem', () => {
    const { scheme } = byId(
      checkEnvironment({
        pageUrl: 'https://backstage.example.com/',
        appBaseUrl: 'https://backstage.example.com',
        backendBaseUrl: 'http://backstage.example.com:7007',
      }),
    );
    expect(scheme).toMatchObject({
      severity: 'problem',
      title: 'The page is on https but the backend on http',
    });
  });

  it('warns about plain http outside loopback and about different schemes', () => {
    const findings = byId(
      checkEnvironment({
        pageUrl: 'http://backstage.example.com/',
        appBaseUrl: 'http://backstage.example.com',
        backendBaseUrl: 'https://api.example.com',
      }),
    );
    expect(findings.scheme).toMatchObject({
      severity: 'warning',
      title: 'The app is served over plain http',
    });
    expect(findings.site).toMatchObject({
      severity: 'warning',
      title: 'The page and the backend use different schemes',
    });
  });

  it('warns when app and backend are on different sites', () => {
    const { site } = byId(
      checkEnvironment({
        pageUrl: 'https://backstage.example.com/',
        appBaseUrl: 'https://backstage.example.com',
        backendBaseUrl: 'https://backstage-api.example.net',
      }),
    );
    expect(site).toMatchObject({
      severity: 'warning',
      detail: expect.stringContaining('https://example.com'),
    });
    expect(site.detail).toContain('https://example.net');
  });

  it('could not tell, instead of throwing, on unreadable URLs', () => {
    expect(byId(checkEnvironment({ pageUrl: 'not a url' })).site.severity).toBe(
      'unknown',
    );
    const findings = byId(
      checkEnvironment({
        pageUrl: 'http://127.0.0.1:3000/',
        backendBaseUrl: '::',
      }),
    );
    expect(findings.site).toMatchObject({
      severity: 'unknown',
      detail: expect.stringContaining('"::"'),
    });
    expect(findings.origin.severity).toBe('problem');
  });
});
