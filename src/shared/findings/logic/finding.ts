/**
 * How a finding came out, worst first in {@link FINDING_SEVERITIES}:
 * `problem` stops something from working, `warning` may explain trouble,
 * `unknown` is a check that could not run ("could not tell": neither passed
 * nor failed), `info` is a fact that is neither good nor bad here, `ok` is a
 * passed check.
 */
export type FindingSeverity = 'problem' | 'warning' | 'unknown' | 'info' | 'ok';

/** Every {@link FindingSeverity}, worst first: the order findings are listed in. */
export const FINDING_SEVERITIES: readonly FindingSeverity[] = [
  'problem',
  'warning',
  'unknown',
  'info',
  'ok',
];

/** A fact shown with a finding, e.g. the page origin next to `app.baseUrl`. */
export type FindingEvidence = { label: string; value: string };

/**
 * One explained observation, the currency of every surface: sign-in
 * failures, doctor checks, pasted tokens and messages, group mismatches and
 * banner states. `title`, `detail` and `fix` are already translated text.
 */
export type Finding<Id extends string = string> = {
  id: Id;
  severity: FindingSeverity;
  title: string;
  detail: string;
  fix?: string;
  evidence?: FindingEvidence[];
  /**
   * Possible explanations when the page cannot know which one applies, most
   * likely first.
   */
  causes?: string[];
};

/**
 * Looks up a message by its dotted path in a translation ref's messages
 * (e.g. `findings.popupBlocked.title`) and fills in `{{params}}`; a numeric
 * `count` picks the plural form. Inside React this is the ref's `t`.
 */
export type FindingText = (
  key: string,
  params?: Record<string, string | number>,
) => string;

/** Whether a finding's messages have a key, in any plural form. */
function hasMessage(messages: object, key: string): boolean {
  return Object.keys(messages).some(k => k === key || k.startsWith(`${key}_`));
}

/**
 * Builds a finding from the messages at `findings.<messageId>` of the scope
 * `text` reads (`title`, `detail`, and `fix` when the messages have one).
 * `messages` is that scope's default `findings` object, which says whether a
 * fix exists; `options.id` names a finding that reuses another's messages
 * (e.g. one per plugin).
 */
export function findingFromMessages<Id extends string>(
  text: FindingText,
  messages: Readonly<Record<Id, object>>,
  messageId: Id,
  severity: FindingSeverity,
  params: Record<string, string | number> = {},
  options: { id?: Id; evidence?: FindingEvidence[] } = {},
): Finding<Id> {
  const key = `findings.${messageId}`;
  return {
    id: options.id ?? messageId,
    severity,
    title: text(`${key}.title`, params),
    detail: text(`${key}.detail`, params),
    ...(hasMessage(messages[messageId], 'fix') && {
      fix: text(`${key}.fix`, params),
    }),
    ...(options.evidence &&
      options.evidence.length > 0 && { evidence: options.evidence }),
  };
}

/**
 * A finding builder over one scope's messages: `build(text, messageId,
 * severity, params?, options?)` is {@link findingFromMessages} with the
 * scope's default `findings` object bound. Each feature makes one
 * (`doctorFinding`, `agentFinding`, `signInFinding`) instead of wrapping
 * {@link findingFromMessages} by hand. `FindingId` widens the finding's id
 * for features that reuse one message for several findings (`probe:catalog`).
 */
export function createFindingBuilder<
  MessageId extends string,
  FindingId extends string = MessageId,
>(messages: Readonly<Record<MessageId, object>>) {
  return (
    text: FindingText,
    messageId: MessageId,
    severity: FindingSeverity,
    params: Record<string, string | number> = {},
    options: { id?: FindingId; evidence?: FindingEvidence[] } = {},
  ): Finding<MessageId | FindingId> =>
    findingFromMessages<MessageId | FindingId>(
      text,
      messages as Readonly<Record<MessageId | FindingId, object>>,
      messageId,
      severity,
      params,
      options,
    );
}

/** Counts findings per severity; every severity is present, zero when absent. */
export function countFindings(
  findings: readonly Finding[],
): Record<FindingSeverity, number> {
  const counts: Record<FindingSeverity, number> = {
    problem: 0,
    warning: 0,
    unknown: 0,
    info: 0,
    ok: 0,
  };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** Worst first, in the order of {@link FINDING_SEVERITIES}; stable within one. */
export function sortFindings<F extends Finding>(findings: readonly F[]): F[] {
  const rank = (f: F) => FINDING_SEVERITIES.indexOf(f.severity);
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f);
}

/** The finding as plain text, for "copy details" buttons. */
export function formatFinding(finding: Finding): string {
  return [
    finding.title,
    finding.detail,
    ...(finding.fix ? [finding.fix] : []),
    ...(finding.causes ?? []).map((cause, i) => `${i + 1}. ${cause}`),
    ...(finding.evidence ?? []).map(e => `${e.label}: ${e.value}`),
  ].join('\n');
}
