import type { SignInFinding } from '../signIn';
import { doctorMessages } from '../../translations/doctorMessages';

/**
 * Every check the 401 doctor can report, by message id.
 *
 * @public
 */
export type DoctorFindingId = keyof (typeof doctorMessages)['findings'];

/**
 * A doctor finding: the sign-in page's finding with an open id, because
 * per-plugin checks carry the plugin in their id (`probe:catalog`).
 *
 * @public
 */
export type DoctorFinding = Omit<SignInFinding, 'id'> & { id: string };

/**
 * Looks up a doctor message by its path below `doctor` in the translation
 * ref (e.g. `findings.expired.title`) and fills in `{{params}}`.
 *
 * @public
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

/**
 * {@link DoctorText} over the plugin's default English messages, for tests
 * and callers outside React.
 *
 * @public
 */
export const defaultDoctorText: DoctorText = (key, params = {}) => {
  let node: unknown = doctorMessages;
  for (const part of key.split('.')) {
    node =
      node &&
      typeof node === 'object' &&
      Object.prototype.hasOwnProperty.call(node, part)
        ? (node as Record<string, unknown>)[part]
        : undefined;
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
 * Counts findings per severity.
 *
 * @public
 */
export function countFindings(findings: DoctorFinding[]): {
  ok: number;
  warning: number;
  problem: number;
} {
  const counts = { ok: 0, warning: 0, problem: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/**
 * Problems first, then warnings, then passed checks; stable within a severity.
 *
 * @public
 */
export function sortFindings(findings: DoctorFinding[]): DoctorFinding[] {
  const rank = { problem: 0, warning: 1, ok: 2 };
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank[a.f.severity] - rank[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}
