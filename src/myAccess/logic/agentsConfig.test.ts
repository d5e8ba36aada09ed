import { ConfigReader } from '@backstage/config';
import { DEFAULT_AGENT_PLUGINS, readAgentsConfig } from './agentsConfig';

describe('readAgentsConfig', () => {
  it('asks auth, catalog, scaffolder and notifications, and no named MCP server, by default', () => {
    expect(readAgentsConfig(new ConfigReader({}))).toEqual({
      plugins: ['auth', 'catalog', 'scaffolder', 'notifications'],
      mcpServers: [],
      problems: [],
    });
    expect(DEFAULT_AGENT_PLUGINS).toEqual([
      'auth',
      'catalog',
      'scaffolder',
      'notifications',
    ]);
  });

  it('leaves out default plugins the app has no frontend plugin for, never configured ones', () => {
    expect(readAgentsConfig(new ConfigReader({}), ['catalog']).plugins).toEqual(
      ['auth', 'catalog'],
    );
    expect(
      readAgentsConfig(new ConfigReader({}), ['notifications']).plugins,
    ).toEqual(['auth', 'catalog', 'notifications']);
    expect(
      readAgentsConfig(
        new ConfigReader({
          accessInspector: { agents: { plugins: ['scaffolder'] } },
        }),
        [],
      ).plugins,
    ).toEqual(['scaffolder']);
  });

  it('reads the configured lists, trimmed and deduplicated', () => {
    expect(
      readAgentsConfig(
        new ConfigReader({
          accessInspector: {
            agents: {
              plugins: [' catalog', 'my-plugin', 'catalog'],
              mcpServers: ['catalog', 'read-only'],
            },
          },
        }),
      ),
    ).toEqual({
      plugins: ['catalog', 'my-plugin'],
      mcpServers: ['catalog', 'read-only'],
      problems: [],
    });
  });

  it('reports ids that cannot be ids, and keeps the others', () => {
    const config = readAgentsConfig(
      new ConfigReader({
        accessInspector: {
          agents: { plugins: ['catalog', '../x'], mcpServers: ['Read Only'] },
        },
      }),
    );
    expect(config.plugins).toEqual(['catalog']);
    expect(config.mcpServers).toEqual([]);
    expect(config.problems).toEqual([
      { key: 'accessInspector.agents.plugins', message: 'not an id: "../x"' },
      {
        key: 'accessInspector.agents.mcpServers',
        message: 'not an id: "Read Only"',
      },
    ]);
  });

  it('falls back to the defaults when a key is not a list', () => {
    const config = readAgentsConfig(
      new ConfigReader({ accessInspector: { agents: { plugins: 'catalog' } } }),
    );
    expect(config.plugins).toEqual([...DEFAULT_AGENT_PLUGINS]);
    expect(config.problems).toEqual([
      {
        key: 'accessInspector.agents.plugins',
        message: expect.stringContaining('accessInspector.agents.plugins'),
      },
    ]);
  });
});
