import {
  countFindings,
  defaultDoctorText,
  sortFindings,
  type DoctorFinding,
} from './findings';

const finding = (
  id: string,
  severity: DoctorFinding['severity'],
): DoctorFinding => ({ id, severity, title: id, detail: '' });

describe('countFindings', () => {
  it('counts only ok as passed, and every severity apart', () => {
    expect(
      countFindings([
        finding('a', 'ok'),
        finding('b', 'unknown'),
        finding('c', 'info'),
        finding('d', 'info'),
        finding('e', 'problem'),
      ]),
    ).toEqual({ problem: 1, warning: 0, unknown: 1, info: 2, ok: 1 });
  });
});

describe('sortFindings', () => {
  it('puts problems first, then warnings, could-not-tell, information and passes', () => {
    expect(
      sortFindings([
        finding('ok1', 'ok'),
        finding('info', 'info'),
        finding('unknown', 'unknown'),
        finding('warning', 'warning'),
        finding('ok2', 'ok'),
        finding('problem', 'problem'),
      ]).map(f => f.id),
    ).toEqual(['problem', 'warning', 'unknown', 'info', 'ok1', 'ok2']);
  });
});

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
