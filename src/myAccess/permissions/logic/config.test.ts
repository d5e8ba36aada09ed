import { mockApis } from '@backstage/test-utils';
import {
  DEFAULT_PERMISSION_PLUGINS,
  isPermissionFrameworkEnabled,
  readPermissionPlugins,
  readPermissionSettings,
} from './config';

describe('readPermissionPlugins', () => {
  it('defaults to catalog and scaffolder', () => {
    expect(readPermissionPlugins(mockApis.config())).toEqual([
      ...DEFAULT_PERMISSION_PLUGINS,
    ]);
    expect(DEFAULT_PERMISSION_PLUGINS).toEqual(['catalog', 'scaffolder']);
  });

  it('leaves out the scaffolder by default when the app has no scaffolder plugin', () => {
    expect(readPermissionPlugins(mockApis.config(), ['catalog'])).toEqual([
      'catalog',
    ]);
    expect(
      readPermissionPlugins(mockApis.config(), ['catalog', 'scaffolder']),
    ).toEqual(['catalog', 'scaffolder']);
    // Named in config: asked whatever the app has.
    const config = mockApis.config({
      data: { accessInspector: { permissions: { plugins: ['scaffolder'] } } },
    });
    expect(readPermissionPlugins(config, [])).toEqual(['scaffolder']);
    expect(
      readPermissionSettings(
        mockApis.config({ data: { permission: { enabled: true } } }),
        [],
      ).pluginIds,
    ).toEqual(['catalog']);
  });

  it('trims and deduplicates configured ids', () => {
    const config = mockApis.config({
      data: {
        accessInspector: {
          permissions: { plugins: [' catalog', 'todo', 'catalog '] },
        },
      },
    });
    expect(readPermissionPlugins(config)).toEqual(['catalog', 'todo']);
  });

  it('throws on a value that is not a string list', () => {
    const config = mockApis.config({
      data: { accessInspector: { permissions: { plugins: 'catalog' } } },
    });
    expect(() => readPermissionPlugins(config)).toThrow();
  });
});

describe('isPermissionFrameworkEnabled', () => {
  it.each([
    [undefined, false],
    [false, false],
    [true, true],
  ])('permission.enabled %s → %s', (enabled, expected) => {
    const config = mockApis.config({
      data: enabled === undefined ? {} : { permission: { enabled } },
    });
    expect(isPermissionFrameworkEnabled(config)).toBe(expected);
  });
});

describe('readPermissionSettings', () => {
  it('reads whether the framework is on and which plugins to ask', () => {
    const config = mockApis.config({
      data: {
        permission: { enabled: true },
        accessInspector: { permissions: { plugins: ['todo'] } },
      },
    });
    expect(readPermissionSettings(config)).toEqual({
      enabled: true,
      pluginIds: ['todo'],
    });
  });

  it('returns a broken plugin list as an error naming the key, with the framework off', () => {
    const config = mockApis.config({
      data: {
        permission: { enabled: true },
        accessInspector: { permissions: { plugins: 'catalog' } },
      },
    });
    const settings = readPermissionSettings(config);
    expect(settings).toMatchObject({ enabled: false, pluginIds: [] });
    expect(settings.error?.message).toMatch(
      /accessInspector\.permissions\.plugins/,
    );
  });
});
