import { REDACTED } from '../../../shared/logic/redact';
import type { DoctorFinding } from './findings';
import type { SupportBundle, SupportBundleCheck } from './supportBundle';

/**
 * The bundle as pretty JSON, with a last pass removing the known secrets
 * (see {@link bundleSecrets}) in case any survived: this is the file that
 * leaves.
 */
export function formatBundleJson(
  bundle: SupportBundle,
  knownSecrets: readonly string[] = [],
): string {
  return scrub(JSON.stringify(bundle, null, 2), knownSecrets);
}

// Every form a secret can take in the finished text: as is, escaped inside
// a JSON string, escaped for Markdown (where `_` becomes `\_`), and both.
function secretForms(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  return [secret, json, mdEscape(secret), mdEscape(json)];
}

function scrub(text: string, knownSecrets: readonly string[]): string {
  const forms = [
    ...new Set(knownSecrets.filter(s => s.length >= 8).flatMap(secretForms)),
  ].sort((a, b) => b.length - a.length);
  let out = text;
  for (const form of forms) out = out.split(form).join(REDACTED);
  return out;
}

function mdEscape(text: string): string {
  return text.replace(/([\\`*_[\]|<>#])/g, '\\$1').replace(/\r?\n/g, ' ');
}

function mdCode(value: unknown): string {
  const json = JSON.stringify(value, null, 2) ?? 'null';
  // A fence longer than any backtick run inside, so claims cannot close it.
  const longest = Math.max(2, ...(json.match(/`+/g) ?? []).map(m => m.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}json\n${json}\n${fence}`;
}

function mdText(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map(m => m.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

const SEVERITY_MARK: Record<DoctorFinding['severity'], string> = {
  ok: 'OK',
  info: 'INFO',
  unknown: 'COULD NOT TELL',
  warning: 'WARNING',
  problem: 'PROBLEM',
};

function evaluatedLine(at: string): string {
  return `Evaluated at ${at}: relative times below are as of then.`;
}

function checkLines(check: SupportBundleCheck): string[] {
  return [
    `- **${SEVERITY_MARK[check.severity]}** ${mdEscape(check.title)}: ${mdEscape(check.detail)}`,
    ...(check.fix ? [`  - Fix: ${mdEscape(check.fix)}`] : []),
    ...(check.evidence ?? []).map(
      e => `  - ${mdEscape(e.label)}: ${mdEscape(e.value)}`,
    ),
  ];
}

/**
 * The bundle as Markdown, for pasting into a ticket.
 */
export function formatBundleMarkdown(
  bundle: SupportBundle,
  knownSecrets: readonly string[] = [],
): string {
  const lines: string[] = [
    '# Backstage access diagnostics',
    '',
    `Generated ${bundle.generatedAt}. ${bundle.note}`,
    '',
    '## Environment',
    '',
    mdCode(bundle.environment),
    '',
    '## Open doors',
    '',
    ...bundle.openDoors.flatMap(checkLines),
    ...(bundle.openDoors.length === 0 ? ['Not checked.'] : []),
    '',
    '## Checks',
    '',
  ];
  if (bundle.checks[0]?.evaluatedAt) {
    lines.push(evaluatedLine(bundle.checks[0].evaluatedAt), '');
  }
  lines.push(...bundle.checks.flatMap(checkLines));
  if (bundle.checks.length === 0) lines.push('No checks ran.');
  lines.push('', '## Decoded claims', '');
  lines.push(bundle.claims ? mdCode(bundle.claims) : 'No decodable token.');
  lines.push('', '## Groups', '');
  lines.push(bundle.groups ? mdCode(bundle.groups) : 'Not available.');
  lines.push('', '## Permissions', '');
  lines.push(bundle.permissions ? mdCode(bundle.permissions) : 'Not provided.');
  lines.push('', '## Provider sessions', '');
  lines.push(
    bundle.providerSessions ? mdCode(bundle.providerSessions) : 'Not provided.',
  );
  lines.push('', '## Pasted token', '');
  if (bundle.pastedToken) {
    const pasted = bundle.pastedToken;
    lines.push(
      `${evaluatedLine(pasted.evaluatedAt)} The token itself is not included.`,
      '',
      ...pasted.checks.flatMap(checkLines),
    );
    if (pasted.header || pasted.claims) {
      lines.push(
        '',
        mdCode({
          header: pasted.header ?? null,
          claims: pasted.claims ?? null,
        }),
      );
    }
  } else {
    lines.push('Nothing pasted.');
  }
  lines.push('', '## Pasted error', '');
  if (bundle.pastedError) {
    const pasted = bundle.pastedError;
    lines.push(
      evaluatedLine(pasted.evaluatedAt),
      '',
      mdText(pasted.text),
      '',
      ...checkLines(pasted.check),
    );
  } else {
    lines.push('Nothing pasted.');
  }
  lines.push('', '## Session timeline', '');
  for (const event of bundle.timeline) {
    lines.push(
      `- ${event.at} ${mdEscape(event.type)}${event.detail ? `: ${mdEscape(event.detail)}` : ''}`,
    );
  }
  if (bundle.timeline.length === 0) lines.push('Nothing recorded in this tab.');
  lines.push('');
  return scrub(lines.join('\n'), knownSecrets);
}
