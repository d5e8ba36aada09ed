import { defaultDoctorText, doctorFinding } from './findings';

describe('defaultDoctorText', () => {
  it('picks the singular or plural form by count', () => {
    expect(defaultDoctorText('card.counts.problem', { count: 1 })).toBe(
      '1 problem',
    );
    expect(defaultDoctorText('card.counts.problem', { count: 0 })).toBe(
      '0 problems',
    );
    expect(defaultDoctorText('card.counts.warning', { count: 2 })).toBe(
      '2 warnings',
    );
  });

  it('returns the key of a missing message', () => {
    expect(defaultDoctorText('card.nope')).toBe('card.nope');
  });
});

describe('doctorFinding', () => {
  it('builds a finding from its doctor messages under the id it is given', () => {
    const finding = doctorFinding(
      defaultDoctorText,
      'probeOk',
      'ok',
      { pluginId: 'catalog', path: '/api/catalog', status: 200 },
      { id: 'probe:catalog' },
    );
    expect(finding).toMatchObject({ id: 'probe:catalog', severity: 'ok' });
    expect(finding.title).toContain('catalog');
    expect(finding.title).not.toMatch(/\{\{|\}\}/);
  });
});
