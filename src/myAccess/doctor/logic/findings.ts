import type { SignInFinding } from '../../../shared/logic/signInFailures';
import { doctorMessages } from '../doctorMessages';

/**
 * Every check the 401 doctor can report, by message id.
 */
export type DoctorFindingId = keyof (typeof doctorMessages)['findings'];

/**
 * How a doctor check came out. Besides the sign-in page's `ok`, `warning`
 * and `problem`: `info` for a fact that is neither good nor bad here (a
 * plugin this app does not use is missing from the backend), and `unknown`
 * for a check that could not run, which is neither passed nor failed.
 */
export type DoctorSeverity = SignInFinding['severity'] | 'info' | 'unknown';

/**
 * Every {@link DoctorSeverity}, worst first: the order of the doctor's list.
 */
export const DOCTOR_SEVERITIES: readonly DoctorSeverity[] = [
  'problem',
  'warning',
  'unknown',
  'info',
  'ok',
];

/**
 * A doctor finding: the sign-in page's finding with an open id, because
 * per-plugin checks carry the plugin in their id (`probe:catalog`), and the
 * doctor's wider set of severities.
 */
export type DoctorFinding = Omit<SignInFinding, 'id' | 'severity'> & {
  id: string;
  severity: DoctorSeverity;
};

/**
 * Looks up a doctor message by its path below `doctor` in the translation
 * ref (e.g. `findings.expired.title`) and fills in `{{params}}`.
 */
export type DoctorText = (
  key: string,
  params?: Record<string, string | number>,
) => string;

function fill(template: string, params: Record<string, string | number>) {
  return template.replace(/\{\{(\w+)\}\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name)
      ? String(params[name])
      : match,
  );
}

function lookUp(key: string): unknown {
  let node: unknown = doctorMessages;
  for (const part of key.split('.')) {
    node =
      node &&
      typeof node === 'object' &&
      Object.prototype.hasOwnProperty.call(node, part)
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  return node;
}

const englishPlurals = new Intl.PluralRules('en');

/**
 * {@link DoctorText} over the plugin's default English messages, for tests
 * and callers outside React. Like the translation API, a numeric `count`
 * picks the `_one` / `_other` form of a key.
 */
export const defaultDoctorText: DoctorText = (key, params = {}) => {
  let node = lookUp(key);
  if (node === undefined && typeof params.count === 'number') {
    node =
      lookUp(`${key}_${englishPlurals.select(params.count)}`) ??
      lookUp(`${key}_other`);
  }
  return typeof node === 'string' ? fill(node, params) : key;
};

/** Builds a finding from its messages; `fix` only when the messages have one. */
export function doctorFinding(
  text: DoctorText,
  messageId: DoctorFindingId,
  severity: DoctorFinding['severity'],
  params: Record<string, string | number> = {},
  options: { id?: string; evidence?: DoctorFinding['evidence'] } = {},
): DoctorFinding {
  const messages = doctorMessages.findings[messageId] as Record<string, string>;
  return {
    id: options.id ?? messageId,
    severity,
    title: text(`findings.${messageId}.title`, params),
    detail: text(`findings.${messageId}.detail`, params),
    ...('fix' in messages && {
      fix: text(`findings.${messageId}.fix`, params),
    }),
    ...(options.evidence &&
      options.evidence.length > 0 && { evidence: options.evidence }),
  };
}

/**
 * Counts findings per severity; every severity is present, zero when absent.
 * Only `ok` counts as passed.
 */
export function countFindings(
  findings: DoctorFinding[],
): Record<DoctorSeverity, number> {
  const counts: Record<DoctorSeverity, number> = {
    problem: 0,
    warning: 0,
    unknown: 0,
    info: 0,
    ok: 0,
  };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/**
 * Problems first, then warnings, checks that could not tell, information and
 * passed checks; stable within a severity.
 */
export function sortFindings(findings: DoctorFinding[]): DoctorFinding[] {
  const rank = (f: DoctorFinding) => DOCTOR_SEVERITIES.indexOf(f.severity);
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f);
}
