import { ConfigReader } from '@backstage/core-app-api';
import { readProbePlugins } from './probePlugins';

describe('readProbePlugins', () => {
  it('defaults to catalog, permission and the permission plugins', () => {
    expect(readProbePlugins(new ConfigReader({}))).toEqual([
      'catalog',
      'permission',
    ]);
    expect(
      readProbePlugins(
        new ConfigReader({
          accessInspector: {
            permissions: { plugins: ['catalog', 'scaffolder'] },
          },
        }),
      ),
    ).toEqual(['catalog', 'permission', 'scaffolder']);
  });

  it('uses the doctor list when configured, trimmed, deduplicated, valid ids only', () => {
    expect(
      readProbePlugins(
        new ConfigReader({
          accessInspector: {
            doctor: { probePlugins: [' todo ', 'todo', '../x', 'kubernetes'] },
          },
        }),
      ),
    ).toEqual(['todo', 'kubernetes']);
  });

  it('falls back to the defaults when the list is mistyped', () => {
    expect(
      readProbePlugins(
        new ConfigReader({
          accessInspector: { doctor: { probePlugins: 'catalog' } },
        }),
      ),
    ).toEqual(['catalog', 'permission']);
  });
});
