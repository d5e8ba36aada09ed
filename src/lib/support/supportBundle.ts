import type { DoctorFinding } from '../diagnosis';
import type { PermissionDecision } from '../permissions';
import type { SessionEvent } from '../timeline';
import { redactString, redactValue, tokenSecrets } from './redact';

/**
 * Counts of the groups card's comparison, for the bundle.
 *
 * @public
 */
export type GroupsSummary = {
  userEntityRef?: string;
  /** Ownership refs of the identity. */
  identityRefs?: number;
  /** Ownership refs reported by `/v1/userinfo`. */
  userinfoRefs?: number;
  catalogDirect?: number;
  catalogInherited?: number;
  /** Why a source could not be read. */
  errors?: string[];
};

/**
 * What the permissions section can hand to the bundle. Every field is
 * optional: the bundle says "not provided" for what is missing.
 *
 * @public
 */
export type PermissionSummary = {
  enabled?: boolean;
  decisions?: Array<{
    pluginId?: string;
    name: string;
    decision: PermissionDecision | string;
    resourceRef?: string;
  }>;
  errors?: string[];
};

/**
 * Everything the bundle is made of. `token` is only used to remove it (and
 * its parts) from the output; it is never written.
 *
 * @public
 */
export type SupportBundleInput = {
  generatedAtMs: number;
  environment: {
    userAgent?: string;
    /** Origin and path only: query strings and fragments may hold secrets. */
    pageUrl?: string;
    appBaseUrl?: string;
    backendBaseUrl?: string;
    authBaseUrl?: string;
    pluginBaseUrls?: Record<string, string>;
    /** Config keys relevant to sign-in and tokens, already read. */
    config?: Record<string, unknown>;
  };
  findings: DoctorFinding[];
  decoded?: {
    header: Record<string, unknown>;
    payload: Record<string, unknown>;
  };
  groups?: GroupsSummary;
  permissions?: PermissionSummary;
  timeline: readonly SessionEvent[];
  token?: string;
};

/**
 * The bundle as JSON-ready data. Every string in it went through redaction.
 *
 * @public
 */
export type SupportBundle = {
  kind: 'backstage-access-inspector-diagnostics';
  version: 1;
  generatedAt: string;
  note: string;
  environment: Record<string, unknown>;
  checks: Array<{
    id: string;
    severity: DoctorFinding['severity'];
    title: string;
    detail: string;
    fix?: string;
    evidence?: Array<{ label: string; value: string }>;
  }>;
  claims?: { header: unknown; payload: unknown };
  groups?: unknown;
  permissions?: unknown;
  timeline: Array<{ at: string; type: string; detail?: string }>;
};

const NOTE =
  'Decoded claims only: no token, no signature. Decoding is not verification. Strings that look like secrets are redacted.';

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
 * Builds the support bundle: environment, checks, decoded claims, groups and
 * permission summaries and the timeline. Never contains the token, any of
 * its parts or its signature, even when claims embed them.
 *
 * @public
 */
export function buildSupportBundle(input: SupportBundleInput): SupportBundle {
  const secrets = tokenSecrets(input.token);
  const str = (value: string) => redactString(value, secrets);
  const env = input.environment;
  return {
    kind: 'backstage-access-inspector-diagnostics',
    version: 1,
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
    checks: input.findings.map(f => ({
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
    })),
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
    timeline: input.timeline.map(e => ({
      at: safeIso(e.at),
      type: str(String(e.type)),
      ...(e.detail && { detail: str(e.detail) }),
    })),
  };
}

/**
 * The bundle as pretty JSON, with a last pass removing the token's parts in
 * case any survived (they cannot, but this is the file that leaves).
 *
 * @public
 */
export function formatBundleJson(
  bundle: SupportBundle,
  token?: string,
): string {
  return scrub(JSON.stringify(bundle, null, 2), token);
}

function scrub(text: string, token?: string): string {
  let out = text;
  for (const secret of tokenSecrets(token)) {
    out = out.split(secret).join('[redacted]');
  }
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

const SEVERITY_MARK = { ok: 'OK', warning: 'WARNING', problem: 'PROBLEM' };

/**
 * The bundle as Markdown, for pasting into a ticket.
 *
 * @public
 */
export function formatBundleMarkdown(
  bundle: SupportBundle,
  token?: string,
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
    '## Checks',
    '',
  ];
  for (const check of bundle.checks) {
    lines.push(
      `- **${SEVERITY_MARK[check.severity]}** ${mdEscape(check.title)}: ${mdEscape(check.detail)}`,
    );
    if (check.fix) lines.push(`  - Fix: ${mdEscape(check.fix)}`);
    for (const e of check.evidence ?? []) {
      lines.push(`  - ${mdEscape(e.label)}: ${mdEscape(e.value)}`);
    }
  }
  if (bundle.checks.length === 0) lines.push('No checks ran.');
  lines.push('', '## Decoded claims', '');
  lines.push(bundle.claims ? mdCode(bundle.claims) : 'No decodable token.');
  lines.push('', '## Groups', '');
  lines.push(bundle.groups ? mdCode(bundle.groups) : 'Not available.');
  lines.push('', '## Permissions', '');
  lines.push(bundle.permissions ? mdCode(bundle.permissions) : 'Not provided.');
  lines.push('', '## Session timeline', '');
  for (const event of bundle.timeline) {
    lines.push(
      `- ${event.at} ${mdEscape(event.type)}${event.detail ? `: ${mdEscape(event.detail)}` : ''}`,
    );
  }
  if (bundle.timeline.length === 0) lines.push('Nothing recorded in this tab.');
  lines.push('');
  return scrub(lines.join('\n'), token);
}
