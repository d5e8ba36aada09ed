import { probeFindings } from './probeFindings';
import type { PluginProbe } from './probes';

const probe = (
  pluginId: string,
  outcome: PluginProbe['outcome'],
): PluginProbe => ({
  pluginId,
  baseUrl: `http://127.0.0.1:7007/api/${pluginId}`,
  path: '/.backstage/auth/v1/cookie',
  outcome,
});

const injection = { backendBaseUrl: 'http://127.0.0.1:7007', endpoints: [] };

describe('probeFindings', () => {
  it('names a plugin whose address could not be discovered, and sends no probe finding for it', () => {
    const { findings, probes, failed } = probeFindings({
      findings: [],
      pluginIds: ['catalog'],
      pluginProbes: ['Discovery failed for catalog'],
      cookieProbes: [],
      injection,
      signals: {},
    });
    const discovery = findings.find(f => f.id === 'discovery:catalog');
    expect(discovery?.severity).toBe('problem');
    expect(discovery?.detail).toContain('Discovery failed for catalog');
    expect(probes).toEqual({});
    // Only a probe that ran can fail on the timeline.
    expect(failed).toEqual([]);
  });

  it('keeps the findings it was given first, maps findings to their probes and lists the failed plugin probes', () => {
    const given = {
      id: 'token',
      severity: 'ok' as const,
      title: 'token',
      detail: 'fine',
    };
    const { findings, probes, failed } = probeFindings({
      findings: [given],
      pluginIds: ['catalog', 'scaffolder'],
      pluginProbes: [
        probe('catalog', { kind: 'response', status: 200 }),
        probe('scaffolder', {
          kind: 'response',
          status: 401,
          errorMessage: 'Missing credentials',
        }),
      ],
      cookieProbes: [probe('techdocs', { kind: 'response', status: 200 })],
      injection,
      signals: {},
    });
    expect(findings[0]).toEqual(given);
    expect(Object.keys(probes).sort()).toEqual([
      'cookie:techdocs',
      'probe:catalog',
      'probe:scaffolder',
    ]);
    const scaffolder = findings.find(f => f.id === 'probe:scaffolder');
    expect(scaffolder?.severity).toBe('problem');
    expect(failed).toEqual([scaffolder?.title]);
  });
});
