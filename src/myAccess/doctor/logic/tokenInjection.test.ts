import { ConfigReader, FetchMiddlewares } from '@backstage/core-app-api';
import {
  checkTokenInjection,
  createTokenInjectionMatcher,
  readTokenInjectionConfig,
  tokenInjectionTargets,
} from './tokenInjection';

const config = new ConfigReader({
  backend: { baseUrl: 'http://127.0.0.1:7007/' },
  discovery: {
    endpoints: [
      { target: 'https://search.example.com/api/search', plugins: ['search'] },
      {
        target: {
          internal: 'http://internal:7007/api/{{pluginId}}',
          external: 'https://ext.example.com/api/{{pluginId}}',
        },
        plugins: ['techdocs', 'kubernetes'],
      },
      {
        target: 'https://{{ pluginId }}.plugins.example.com/api',
        plugins: ['*'],
      },
    ],
  },
});

describe('createTokenInjectionMatcher', () => {
  const injection = readTokenInjectionConfig(config);
  const matcher = createTokenInjectionMatcher(injection);

  it('reads backend.baseUrl and the external targets', () => {
    expect(injection).toEqual({
      backendBaseUrl: 'http://127.0.0.1:7007/',
      endpoints: [
        {
          target: 'https://search.example.com/api/search',
          plugins: ['search'],
        },
        {
          target: 'https://ext.example.com/api/{{pluginId}}',
          plugins: ['techdocs', 'kubernetes'],
        },
        {
          target: 'https://{{ pluginId }}.plugins.example.com/api',
          plugins: ['*'],
        },
      ],
    });
    expect(tokenInjectionTargets(injection)).toEqual([
      'http://127.0.0.1:7007/',
      'https://search.example.com/api/search',
      'https://ext.example.com/api/techdocs',
      'https://ext.example.com/api/kubernetes',
      'https://{{ pluginId }}.plugins.example.com/api',
    ]);
  });

  const cases: Array<[string, boolean]> = [
    ['http://127.0.0.1:7007', true],
    ['http://127.0.0.1:7007/api/catalog', true],
    ['http://127.0.0.1:7008/api/catalog', false],
    ['https://search.example.com/api/search', true],
    ['https://search.example.com/api/searchx', false],
    ['https://ext.example.com/api/techdocs/static', true],
    ['https://ext.example.com/api/other', false],
    ['http://internal:7007/api/techdocs', false],
    ['https://foo.plugins.example.com/api/x', true],
    ['https://foo.plugins.example.com/apix', false],
    ['https://evil.com/?https://foo.plugins.example.com/api', false],
  ];

  it.each(cases)('%s → %s', (url, expected) => {
    expect(matcher(url)).toBe(expected);
  });

  it('agrees with core-app-api on every case', async () => {
    const identityApi = { getCredentials: async () => ({ token: 'T' }) };
    const middleware = FetchMiddlewares.injectIdentityAuth({
      identityApi,
      config,
    } as any);
    for (const [url] of cases) {
      let sent: Request | undefined;
      await middleware.apply(async (input: any, init: any) => {
        sent = new Request(input, init);
        return new Response();
      })(url);
      expect([url, sent!.headers.has('authorization')]).toEqual([
        url,
        matcher(url),
      ]);
    }
  });

  it('injects nothing without config, and skips malformed endpoints', () => {
    expect(createTokenInjectionMatcher({ endpoints: [] })('http://x')).toBe(
      false,
    );
    const broken = readTokenInjectionConfig(
      new ConfigReader({
        discovery: {
          endpoints: [
            { target: 42, plugins: ['x'] },
            { target: 'http://y', plugins: ['y'] },
          ],
        },
      }),
    );
    expect(broken.endpoints).toEqual([{ target: 'http://y', plugins: ['y'] }]);
  });
});

describe('checkTokenInjection', () => {
  const injection = readTokenInjectionConfig(config);
  it('passes a plugin under backend.baseUrl', () => {
    expect(
      checkTokenInjection(
        'catalog',
        'http://127.0.0.1:7007/api/catalog',
        injection,
      ),
    ).toMatchObject({
      id: 'injection:catalog',
      severity: 'ok',
    });
  });

  it('explains a plugin outside the allowlist, showing the allowlist', () => {
    const finding = checkTokenInjection(
      'todo',
      'https://todo.example.org/api/todo',
      injection,
    );
    expect(finding).toMatchObject({
      id: 'injection:todo',
      severity: 'problem',
      title: 'todo: requests go out without the token',
      detail: expect.stringContaining('Missing credentials'),
    });
    expect(finding.evidence).toEqual([
      {
        label: 'Discovered base URL',
        value: 'https://todo.example.org/api/todo',
      },
      {
        label: 'Token sent to',
        value: expect.stringContaining('http://127.0.0.1:7007/'),
      },
    ]);
  });
});
