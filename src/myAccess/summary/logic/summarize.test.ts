import type { Finding } from '../../../shared/findings/logic';
import { summarizeDoctor } from './summarize';

function finding(id: string, severity: Finding['severity']): Finding {
  return { id, severity, title: id, detail: `${id} detail` };
}

describe('summarizeDoctor', () => {
  it('counts problems and warnings over open doors and checks, open doors first within a severity', () => {
    const verdict = summarizeDoctor({
      openDoors: [
        finding('door:permissions', 'warning'),
        finding('door:proxied:oauth2Proxy', 'problem'),
        finding('door:agents:cimd', 'info'),
      ],
      findings: [
        finding('probe:catalog', 'problem'),
        finding('sameSite', 'warning'),
        finding('exp', 'ok'),
      ],
    });
    expect(verdict.problems).toBe(2);
    expect(verdict.warnings).toBe(2);
    expect(verdict.attention.map(i => [i.finding.id, i.openDoor])).toEqual([
      ['door:proxied:oauth2Proxy', true],
      ['probe:catalog', false],
      ['door:permissions', true],
      ['sameSite', false],
    ]);
  });

  it('lists nothing when every check passed or is information', () => {
    expect(
      summarizeDoctor({
        openDoors: [finding('door:agents:cimd', 'info')],
        findings: [finding('exp', 'ok'), finding('skew', 'unknown')],
      }),
    ).toEqual({ problems: 0, warnings: 0, attention: [] });
  });
});
