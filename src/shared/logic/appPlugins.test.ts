import {
  FRONTEND_GATED_PLUGINS,
  defaultsTheAppUses,
  isServedByAppBackend,
} from './appPlugins';

describe('defaultsTheAppUses', () => {
  const defaults = ['auth', 'catalog', 'scaffolder', 'notifications'];

  it('keeps every default when the app cannot tell its plugins', () => {
    expect(defaultsTheAppUses(defaults, undefined)).toEqual(defaults);
  });

  it('drops the gated plugins the app has no frontend plugin for', () => {
    expect(defaultsTheAppUses(defaults, [])).toEqual(['auth', 'catalog']);
    expect(
      defaultsTheAppUses(defaults, ['catalog', 'access-inspector']),
    ).toEqual(['auth', 'catalog']);
    expect(FRONTEND_GATED_PLUGINS).toEqual([
      'scaffolder',
      'notifications',
      'techdocs',
    ]);
  });

  it('keeps the gated plugins the app has, in the defaults’ order', () => {
    expect(
      defaultsTheAppUses(defaults, ['notifications', 'scaffolder']),
    ).toEqual(defaults);
    expect(defaultsTheAppUses(['techdocs'], ['techdocs'])).toEqual([
      'techdocs',
    ]);
  });
});

describe('isServedByAppBackend', () => {
  it('compares the page’s origin with the app plugin’s', () => {
    expect(
      isServedByAppBackend(
        'https://backstage.example.com',
        'https://backstage.example.com/api/app',
      ),
    ).toBe(true);
    expect(
      isServedByAppBackend(
        'http://127.0.0.1:3000',
        'http://127.0.0.1:7007/api/app',
      ),
    ).toBe(false);
  });

  it('cannot tell without both, or with a base URL that is not a URL', () => {
    expect(isServedByAppBackend(undefined, 'http://a/api/app')).toBeUndefined();
    expect(isServedByAppBackend('http://a', undefined)).toBeUndefined();
    expect(isServedByAppBackend('http://a', '/api/app')).toBeUndefined();
  });
});
