import {
  bundleSession,
  explainedClaimValues,
  safeIso,
  stripUrl,
} from './bundleParts';
import type { DoctorFinding } from './findings';
import type { PastedTokenDiagnosis } from './pastedToken';
import type { DoctorEnvironment } from './environment';
import type { SessionEvent } from '../../../shared/timeline';
import { normalizeTokenInput } from '../../../shared/logic/token';
import {
  redactString,
  redactValue,
  tokenSecrets,
} from '../../../shared/logic/redact';
import type { GroupsSummary } from '../../logic/summarizeGroups';
import type { PermissionSummary } from '../../logic/permissionSummary';
import type { ReportedProviderSession } from '../../logic/providerSessionReport';

export { formatBundleJson, formatBundleMarkdown } from './formatBundle';

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
  /** The provider sessions as the sessions card showed them. */
  providerSessions?: ReportedProviderSession[];
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
  /**
   * 2: adds the sender, groups by source, actions and changes. 3: adds the
   * provider sessions and the rules of resource permissions.
   */
  version: 3;
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
  providerSessions?: unknown[];
};

const NOTE =
  'Decoded claims only: no token, no signature, no uip. Decoding is not verification. Strings that look like secrets are redacted. Relative times in checks are as of their evaluatedAt.';

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
    version: 3,
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
    ...(input.providerSessions && {
      providerSessions: input.providerSessions.map(session =>
        bundleSession(session, secrets),
      ),
    }),
    timeline: input.timeline.map(e => ({
      at: safeIso(e.at),
      type: str(String(e.type)),
      ...(e.detail && { detail: str(e.detail) }),
    })),
  };
}
