import type { DoctorFinding } from './findings';
import type { PastedTokenDiagnosis } from './pastedToken';
import type { DoctorEnvironment } from './environment';
import type { SessionEvent } from '../../../shared/timeline';
import { normalizeTokenInput } from '../../../shared/logic/token';
import {
  REDACTED,
  redactString,
  redactValue,
  tokenSecrets,
} from '../../../shared/logic/redact';
import type { GroupsSummary } from '../../logic/summarizeGroups';
import type { PermissionSummary } from '../../logic/permissionSummary';

export type { PermissionSummary };

/**
 * A token pasted into the doctor, with the diagnosis made of it. `text` is
 * only used to remove the token from the bundle; it is never written.
 */
export type PastedTokenInput = {
  text: string;
  evaluatedAtMs: number;
  diagnosis: PastedTokenDiagnosis;
};

/**
 * An error body pasted into the doctor and what the doctor made of it.
 */
export type PastedErrorInput = {
  text: string;
  evaluatedAtMs: number;
  finding: DoctorFinding;
};

/**
 * Everything the bundle is made of. `token` is only used to remove it (and
 * its parts) from the output; it is never written.
 */
export type SupportBundleInput = {
  generatedAtMs: number;
  /**
   * When the checks ran: their relative times ("valid for 59 min") are
   * relative to this moment, not to when the bundle is read.
   */
  checksEvaluatedAtMs?: number;
  environment: DoctorEnvironment;
  findings: DoctorFinding[];
  /** The doctor's open doors: ways anyone could act as anyone. */
  openDoors?: DoctorFinding[];
  decoded?: {
    header: Record<string, unknown>;
    payload: Record<string, unknown>;
  };
  groups?: GroupsSummary;
  permissions?: PermissionSummary;
  timeline: readonly SessionEvent[];
  /** What the user pasted into the doctor's panels. */
  pasted?: { token?: PastedTokenInput; error?: PastedErrorInput };
  token?: string;
} & SupportBundleExtras;

/**
 * What a reader of the bundle needs to compare it with their own access:
 * who sent it, their groups by source, the actions an agent acting as them
 * could list, and what changed since their last visit.
 */
export type SupportBundleExtras = {
  sender?: {
    userEntityRef: string;
    ownershipRefs: string[];
    provider?: string;
  };
  groupsBySource?: {
    identity: string[];
    userinfo?: string[];
    catalogDirect?: string[];
    catalogInherited?: string[];
    claim?: string[];
  };
  actions?: string[];
  accessChanges?: { since?: string; changes: string[]; note?: string };
};

/**
 * One check as the bundle writes it.
 */
export type SupportBundleCheck = {
  id: string;
  severity: DoctorFinding['severity'];
  title: string;
  detail: string;
  fix?: string;
  evidence?: Array<{ label: string; value: string }>;
  /** When the check was evaluated (ISO 8601); absent when not recorded. */
  evaluatedAt?: string;
};

/**
 * The bundle as JSON-ready data. Every string in it went through redaction.
 */
export type SupportBundle = {
  kind: 'backstage-access-inspector-diagnostics';
  /** 2: adds the sender, groups by source, actions and changes. */
  version: 2;
  generatedAt: string;
  note: string;
  environment: Record<string, unknown>;
  /** Ways anyone could act as anyone, listed before the checks. */
  openDoors: SupportBundleCheck[];
  checks: SupportBundleCheck[];
  claims?: { header: unknown; payload: unknown };
  groups?: unknown;
  permissions?: unknown;
  /** A pasted token: never the token, only its decoded claims and checks. */
  pastedToken?: {
    evaluatedAt: string;
    kind: PastedTokenDiagnosis['kind'];
    checks: SupportBundleCheck[];
    header?: unknown;
    claims?: unknown;
  };
  pastedError?: {
    evaluatedAt: string;
    text: string;
    check: SupportBundleCheck;
  };
  timeline: Array<{ at: string; type: string; detail?: string }>;
  sender?: unknown;
  groupsBySource?: unknown;
  actions?: unknown;
  accessChanges?: unknown;
};

const NOTE =
  'Decoded claims only: no token, no signature, no uip. Decoding is not verification. Strings that look like secrets are redacted. Relative times in checks are as of their evaluatedAt.';

function safeIso(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(ms) : date.toISOString();
}

function stripUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url;
  }
}

/**
 * Everything in the input that replays a credential and must not survive
 * anywhere in the output: the session token and a pasted one, their parts,
 * `header.payload` and `uip`.
 */
export function bundleSecrets(input: SupportBundleInput): string[] {
  const pasted = input.pasted?.token?.text;
  const secrets = [
    ...tokenSecrets(input.token),
    ...(pasted
      ? [pasted.trim(), ...tokenSecrets(normalizeTokenInput(pasted))]
      : []),
  ];
  return [...new Set(secrets.filter(secret => secret.length >= 8))].sort(
    (a, b) => b.length - a.length,
  );
}

function explainedClaimValues(diagnosis: PastedTokenDiagnosis) {
  const claims: Record<string, unknown> = {};
  for (const claim of diagnosis.claims) {
    Object.defineProperty(claims, claim.name, {
      value: claim.time ? claim.time.absolute : claim.display,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return claims;
}

/**
 * Builds the support bundle: environment, checks with the time they were
 * evaluated, decoded claims, the groups that differ between sources,
 * permissions, what was pasted into the doctor (redacted, never a pasted
 * token) and the timeline. Never contains the token, any of its parts, its
 * signature or `uip`, even when claims embed them.
 */
export function buildSupportBundle(input: SupportBundleInput): SupportBundle {
  const secrets = bundleSecrets(input);
  const str = (value: string) => redactString(value, secrets);
  const check = (f: DoctorFinding, evaluatedAtMs?: number) => ({
    id: str(f.id),
    severity: f.severity,
    title: str(f.title),
    detail: str(f.detail),
    ...(f.fix && { fix: str(f.fix) }),
    ...(f.evidence && {
      evidence: f.evidence.map(e => ({
        label: str(e.label),
        value: str(e.value),
      })),
    }),
    ...(evaluatedAtMs !== undefined && { evaluatedAt: safeIso(evaluatedAtMs) }),
  });
  const env = input.environment;
  const pastedToken = input.pasted?.token;
  const pastedError = input.pasted?.error;
  return {
    kind: 'backstage-access-inspector-diagnostics',
    version: 2,
    generatedAt: safeIso(input.generatedAtMs),
    note: NOTE,
    environment: redactValue(
      {
        userAgent: env.userAgent,
        pageUrl: stripUrl(env.pageUrl),
        appBaseUrl: env.appBaseUrl,
        backendBaseUrl: env.backendBaseUrl,
        authBaseUrl: env.authBaseUrl,
        pluginBaseUrls: env.pluginBaseUrls ?? {},
        config: env.config ?? {},
      },
      secrets,
    ) as Record<string, unknown>,
    openDoors: (input.openDoors ?? []).map(f =>
      check(f, input.checksEvaluatedAtMs),
    ),
    checks: input.findings.map(f => check(f, input.checksEvaluatedAtMs)),
    ...(input.decoded && {
      claims: {
        header: redactValue(input.decoded.header, secrets),
        payload: redactValue(input.decoded.payload, secrets),
      },
    }),
    ...(input.groups && { groups: redactValue(input.groups, secrets) }),
    ...(input.permissions && {
      permissions: redactValue(input.permissions, secrets),
    }),
    ...(pastedToken && {
      pastedToken: {
        evaluatedAt: safeIso(pastedToken.evaluatedAtMs),
        kind: pastedToken.diagnosis.kind,
        checks: pastedToken.diagnosis.findings.map(f =>
          check(f, pastedToken.evaluatedAtMs),
        ),
        ...(pastedToken.diagnosis.header && {
          header: redactValue(pastedToken.diagnosis.header, secrets),
        }),
        ...(pastedToken.diagnosis.claims.length > 0 && {
          claims: redactValue(
            explainedClaimValues(pastedToken.diagnosis),
            secrets,
          ),
        }),
      },
    }),
    ...(pastedError && {
      pastedError: {
        evaluatedAt: safeIso(pastedError.evaluatedAtMs),
        text: str(pastedError.text),
        check: check(pastedError.finding, pastedError.evaluatedAtMs),
      },
    }),
    ...(input.sender && { sender: redactValue(input.sender, secrets) }),
    ...(input.groupsBySource && {
      groupsBySource: redactValue(input.groupsBySource, secrets),
    }),
    ...(input.actions && { actions: redactValue(input.actions, secrets) }),
    ...(input.accessChanges && {
      accessChanges: redactValue(input.accessChanges, secrets),
    }),
    timeline: input.timeline.map(e => ({
      at: safeIso(e.at),
      type: str(String(e.type)),
      ...(e.detail && { detail: str(e.detail) }),
    })),
  };
}

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
