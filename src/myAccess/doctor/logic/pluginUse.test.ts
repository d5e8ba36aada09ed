import { mockApis } from '@backstage/test-utils';
import {
  findPluginUse,
  pluginsNamedInText,
  readAppPluginSignals,
} from './pluginUse';
import { readTokenInjectionConfig } from './tokenInjection';

function signalsOf(data: object, registered?: string[]) {
  const config = mockApis.config({ data });
  return readAppPluginSignals(
    config,
    readTokenInjectionConfig(config),
    registered,
  );
}

describe('findPluginUse', () => {
  it('cannot tell that the app uses a plugin only listed for its permissions', () => {
    const signals = signalsOf(
      { accessInspector: { permissions: { plugins: ['scaffolder'] } } },
      ['access-inspector', 'catalog'],
    );
    expect(findPluginUse('scaffolder', signals)).toBeUndefined();
    expect(findPluginUse('catalog', signals)).toEqual({
      reason: 'registered',
    });
  });

  it('reads permission.enabled, discovery.endpoints and the probe list', () => {
    const signals = signalsOf({
      permission: { enabled: true },
      discovery: {
        endpoints: [
          { target: 'https://x/api/{{pluginId}}', plugins: ['techdocs', '*'] },
        ],
      },
      accessInspector: { doctor: { probePlugins: ['todo'] } },
    });
    expect(findPluginUse('permission', signals)).toEqual({
      reason: 'permissionEnabled',
    });
    expect(findPluginUse('techdocs', signals)).toEqual({
      reason: 'discovery',
    });
    expect(findPluginUse('todo', signals)).toEqual({ reason: 'probeConfig' });
    expect(findPluginUse('scaffolder', signals)).toBeUndefined();
  });

  it('does not take permission.enabled: false, or the frontend "app" plugin, as use', () => {
    const signals = signalsOf({ permission: { enabled: false } }, ['app']);
    expect(findPluginUse('permission', signals)).toBeUndefined();
    expect(findPluginUse('app', signals)).toBeUndefined();
  });

  it('survives mistyped config', () => {
    const signals = signalsOf({
      permission: { enabled: ['yes'] },
      accessInspector: { doctor: { probePlugins: 'todo' } },
    });
    expect(findPluginUse('permission', signals)).toBeUndefined();
    expect(findPluginUse('todo', signals)).toBeUndefined();
  });
});

describe('pluginsNamedInText', () => {
  const baseUrls = {
    scaffolder: 'http://127.0.0.1:7007/api/scaffolder',
    catalog: 'https://catalog.internal/',
    permission: 'http://127.0.0.1:7007/api/permission',
  };

  it('finds a console line naming a plugin URL, and quotes the URL', () => {
    expect(
      pluginsNamedInText(
        'GET http://127.0.0.1:7007/api/scaffolder/v2/templates 404 (Not Found)\n{"error":{}}',
        baseUrls,
      ),
    ).toEqual({
      scaffolder: 'http://127.0.0.1:7007/api/scaffolder/v2/templates',
    });
  });

  it('finds a bare /api/<id> path and a discovered base URL elsewhere', () => {
    expect(
      pluginsNamedInText(
        '"url":"/api/permission/authorize" and (https://catalog.internal/entities?x=1)',
        baseUrls,
      ),
    ).toEqual({
      permission: '/api/permission/authorize',
      catalog: 'https://catalog.internal/entities?x=1',
    });
  });

  it('does not match a longer plugin id or a mere mention of the name', () => {
    expect(
      pluginsNamedInText(
        'GET /api/scaffolder-backend-x/tasks failed; the scaffolder is down',
        baseUrls,
      ),
    ).toEqual({});
  });

  it('cuts long URLs and stays fast on a huge paste without spaces', () => {
    const huge = `/api/scaffolder/${'a'.repeat(150_000)}`;
    const started = Date.now();
    const named = pluginsNamedInText(`${'x'.repeat(150_000)}${huge}`, baseUrls);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(named.scaffolder.endsWith('…')).toBe(true);
    expect(named.scaffolder.length).toBeLessThan(250);
  });
});
