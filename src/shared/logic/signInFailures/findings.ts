import { signInMessages } from '../../translations/signInMessages';

/**
 * How bad a finding is: `ok` for a passed check, `warning` for something that
 * may explain trouble, `problem` for something that stops sign-in.
 */
export type SignInFindingSeverity = 'ok' | 'warning' | 'problem';

/**
 * Every finding the sign-in page can report.
 */
export type SignInFindingId = keyof (typeof signInMessages)['findings'];

/**
 * A fact shown with a finding, e.g. the page origin next to `app.baseUrl`.
 */
export type SignInEvidence = { label: string; value: string };

/**
 * One explained observation: what happened, why, and how to fix it.
 */
export type SignInFinding = {
  id: SignInFindingId;
  severity: SignInFindingSeverity;
  title: string;
  detail: string;
  fix?: string;
  evidence?: SignInEvidence[];
  /**
   * Possible explanations when the page cannot know which one applies, most
   * likely first.
   */
  causes?: string[];
};

/**
 * Looks up a sign-in message by its path below `signIn` in the translation
 * ref (e.g. `findings.popupBlocked.title`) and fills in `{{params}}`. A
 * numeric `count` picks the plural form (`title_one`, `title_other`), as the
 * translation ref's `t` does. The page passes that `t`;
 * {@link defaultSignInText} serves tests and callers outside React.
 */
export type SignInText = (
  key: string,
  params?: Record<string, string | number>,
) => string;

/**
 * {@link SignInText} over the plugin's default English messages.
 */
const englishPlural = new Intl.PluralRules('en');
const has = (object: object, key: string) =>
  Object.prototype.hasOwnProperty.call(object, key);

function lookup(key: string): unknown {
  let node: unknown = signInMessages;
  for (const part of key.split('.')) {
    node =
      node && typeof node === 'object' && has(node, part)
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  return node;
}

export const defaultSignInText: SignInText = (key, params = {}) => {
  const count = params.count;
  const message =
    typeof count === 'number'
      ? (lookup(`${key}_${englishPlural.select(count)}`) ?? lookup(key))
      : lookup(key);
  if (typeof message !== 'string') return key;
  return message.replace(/\{\{(\w+)\}\}/g, (match, name: string) =>
    has(params, name) ? String(params[name]) : match,
  );
};

/** Builds a finding from its messages; `fix` only when the messages have one. */
export function makeFinding(
  text: SignInText,
  id: SignInFindingId,
  severity: SignInFindingSeverity,
  params: Record<string, string | number>,
  evidence?: SignInEvidence[],
): SignInFinding {
  const messages = signInMessages.findings[id] as Record<string, string>;
  return {
    id,
    severity,
    title: text(`findings.${id}.title`, params),
    detail: text(`findings.${id}.detail`, params),
    ...('fix' in messages && { fix: text(`findings.${id}.fix`, params) }),
    ...(evidence && evidence.length > 0 && { evidence }),
  };
}

function numbered(items: string[]): string[] {
  return items.map((item, index) => `${index + 1}. ${item}`);
}

/**
 * The finding as plain text, for the "copy details" button.
 */
export function formatFinding(finding: SignInFinding): string {
  return [
    `${finding.title}`,
    finding.detail,
    ...(finding.fix ? [finding.fix] : []),
    ...numbered(finding.causes ?? []),
    ...(finding.evidence ?? []).map(e => `${e.label}: ${e.value}`),
  ].join('\n');
}
