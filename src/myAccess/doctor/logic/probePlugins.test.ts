import { ConfigReader } from '@backstage/core-app-api';
import { cookieProbePlugins, readProbePlugins } from './probePlugins';

describe('readProbePlugins', () => {
  it('defaults to catalog, permission, the MCP server, the permission plugins and the agents’ action plugins', () => {
    expect(readProbePlugins(new ConfigReader({}))).toEqual([
      'catalog',
      'permission',
      'mcp-actions',
      'auth',
      'scaffolder',
      'notifications',
    ]);
    expect(
      readProbePlugins(
        new ConfigReader({
          accessInspector: {
            permissions: { plugins: ['catalog', 'scaffolder'] },
            agents: { plugins: ['auth', 'my-actions'] },
          },
        }),
      ),
    ).toEqual([
      'catalog',
      'permission',
      'mcp-actions',
      'scaffolder',
      'auth',
      'my-actions',
    ]);
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
    ).toEqual([
      'catalog',
      'permission',
      'mcp-actions',
      'auth',
      'scaffolder',
      'notifications',
    ]);
    expect(
      readProbePlugins(
        new ConfigReader({
          accessInspector: { agents: { plugins: 'auth' } },
        }),
      ),
    ).toEqual([
      'catalog',
      'permission',
      'mcp-actions',
      'auth',
      'scaffolder',
      'notifications',
    ]);
  });

  it('leaves out the default agents’ plugins the app has no frontend plugin for, never configured ones', () => {
    expect(readProbePlugins(new ConfigReader({}), ['catalog'])).toEqual([
      'catalog',
      'permission',
      'mcp-actions',
      'auth',
    ]);
    expect(
      readProbePlugins(new ConfigReader({}), ['catalog', 'scaffolder']),
    ).toEqual(['catalog', 'permission', 'mcp-actions', 'auth', 'scaffolder']);
    expect(
      readProbePlugins(
        new ConfigReader({
          accessInspector: {
            permissions: { plugins: ['scaffolder'] },
            agents: { plugins: ['notifications'] },
          },
        }),
        [],
      ),
    ).toEqual([
      'catalog',
      'permission',
      'mcp-actions',
      'scaffolder',
      'notifications',
    ]);
  });
});

describe('cookieProbePlugins', () => {
  it('asks app only where the backend serves the page, techdocs unless the app has no TechDocs', () => {
    expect(cookieProbePlugins(undefined, true)).toEqual(['app', 'techdocs']);
    expect(cookieProbePlugins(['techdocs'], false)).toEqual(['techdocs']);
    expect(cookieProbePlugins(['catalog'], undefined)).toEqual([]);
    expect(cookieProbePlugins([], true)).toEqual(['app']);
  });
});
