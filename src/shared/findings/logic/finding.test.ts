import {
  countFindings,
  createFindingBuilder,
  findingFromMessages,
  formatFinding,
  sortFindings,
  type Finding,
  type FindingSeverity,
} from './finding';
import { createFindingText } from './findingText';

const finding = (id: string, severity: FindingSeverity): Finding => ({
  id,
  severity,
  title: id,
  detail: '',
});

const messages = {
  findings: {
    withFix: {
      title: '{{who}} failed',
      detail: 'Because {{why}}.',
      fix: 'Do {{what}}.',
    },
    noFix: {
      title_one: '{{count}} thing',
      title_other: '{{count}} things',
      detail: 'Fine.',
    },
  },
} as const;
const text = createFindingText(messages);

describe('findingFromMessages', () => {
  it('fills title, detail and fix from the messages of its id', () => {
    expect(
      findingFromMessages(
        text,
        messages.findings,
        'withFix',
        'problem',
        { who: 'Sign-in', why: 'no reason', what: 'this' },
        { evidence: [{ label: 'Status', value: '401' }] },
      ),
    ).toEqual({
      id: 'withFix',
      severity: 'problem',
      title: 'Sign-in failed',
      detail: 'Because no reason.',
      fix: 'Do this.',
      evidence: [{ label: 'Status', value: '401' }],
    });
  });

  it('has no fix when the messages have none, and no empty evidence', () => {
    const built = findingFromMessages(
      text,
      messages.findings,
      'noFix',
      'ok',
      { count: 2 },
      { evidence: [] },
    );
    expect(built).toEqual({
      id: 'noFix',
      severity: 'ok',
      title: '2 things',
      detail: 'Fine.',
    });
    expect(built).not.toHaveProperty('fix');
    expect(built).not.toHaveProperty('evidence');
  });

  it('takes another id for a finding that reuses messages', () => {
    const built = findingFromMessages<string>(
      text,
      messages.findings,
      'noFix',
      'info',
      { count: 1 },
      { id: 'probe:catalog' },
    );
    expect(built.id).toBe('probe:catalog');
    expect(built.title).toBe('1 thing');
  });
});

describe('createFindingBuilder', () => {
  const build = createFindingBuilder<keyof typeof messages.findings, string>(
    messages.findings,
  );

  it('builds from the bound messages with defaults for params and options', () => {
    expect(build(text, 'noFix', 'ok', { count: 3 })).toEqual({
      id: 'noFix',
      severity: 'ok',
      title: '3 things',
      detail: 'Fine.',
    });
    expect(build(text, 'withFix', 'warning')).toMatchObject({
      id: 'withFix',
      fix: 'Do {{what}}.',
    });
  });

  it('passes evidence and another id through', () => {
    expect(
      build(
        text,
        'withFix',
        'problem',
        { who: 'catalog', why: '401', what: 'sign in again' },
        { id: 'probe:catalog', evidence: [{ label: 'Status', value: '401' }] },
      ),
    ).toEqual({
      id: 'probe:catalog',
      severity: 'problem',
      title: 'catalog failed',
      detail: 'Because 401.',
      fix: 'Do sign in again.',
      evidence: [{ label: 'Status', value: '401' }],
    });
  });
});

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

describe('formatFinding', () => {
  it('lists title, detail, fix, numbered causes and evidence, one per line', () => {
    expect(
      formatFinding({
        id: 'x',
        severity: 'warning',
        title: 'T',
        detail: 'D',
        fix: 'F',
        causes: ['first', 'second'],
        evidence: [{ label: 'L', value: 'V' }],
      }),
    ).toBe('T\nD\nF\n1. first\n2. second\nL: V');
  });
});
