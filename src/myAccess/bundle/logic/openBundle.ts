import { redactText } from '../../../shared/logic/redact';
import { sensitiveClaim } from '../../../shared/logic/token';
import {
  BUNDLE_KIND,
  BUNDLE_VERSION,
  bundleSchema,
  bundleLacks,
  type AnyBundle,
} from './bundleSchema';

/** A bundle is tens of kilobytes; anything past this is not one. */
export const MAX_BUNDLE_BYTES = 2_000_000;

/** Why a text could not be opened as a bundle. */
export type BundleProblem =
  | { kind: 'empty' }
  | { kind: 'tooLarge'; bytes: number }
  | { kind: 'markdown' }
  | { kind: 'notJson'; truncated: boolean; message: string }
  | { kind: 'notBundle'; found?: string }
  | { kind: 'newer'; version: number }
  | { kind: 'older'; version: number }
  | { kind: 'invalid'; issues: string[] };

/** A value in the bundle that replays a credential, masked on open. */
export type BundleLeak = { path: string; what: string };

/** An opened bundle: what it is, what it lacks, and what leaked into it. */
export type OpenedBundle =
  | { ok: true; bundle: AnyBundle; lacks: string[]; leaks: BundleLeak[] }
  | { ok: false; problem: BundleProblem };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Masks, in a copy, every string the plugin's redaction would still change
 * (a token, a secret a sender's older version let through, a hand-edited
 * value) and every credential-shaped claim (`uip`, a JWT), and says where.
 */
function maskLeaks(value: unknown, path: string, leaks: BundleLeak[]): unknown {
  if (typeof value === 'string') {
    const masked = redactText(value);
    if (masked === value) return value;
    leaks.push({ path, what: 'a value shaped like a token or secret' });
    return masked;
  }
  if (Array.isArray(value)) {
    return value.map((v, i) => maskLeaks(v, `${path}[${i}]`, leaks));
  }
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const at = path ? `${path}.${key}` : key;
    const claim = value[key];
    // Claims as the sender's page masks them; a value the sender's
    // redaction already replaced is no leak.
    const kind =
      /(^|\.)(claims|header|payload)$/.test(path) &&
      typeof claim === 'string' &&
      !/^\[(redacted|hidden)/.test(claim)
        ? sensitiveClaim(key, claim)
        : undefined;
    const masked = kind
      ? (leaks.push({ path: at, what: kind }), `[hidden: ${kind}]`)
      : maskLeaks(value[key], at, leaks);
    Object.defineProperty(out, key, {
      value: masked,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/**
 * Opens a support bundle's JSON text: checks its size, that it is JSON and
 * a bundle of a version this plugin reads, validates it against the
 * versioned schema and masks anything replayable that it carries. Never
 * throws; sends nothing and stores nothing.
 */
export function openBundle(text: string, bytes = text.length): OpenedBundle {
  if (bytes > MAX_BUNDLE_BYTES) {
    return { ok: false, problem: { kind: 'tooLarge', bytes } };
  }
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, problem: { kind: 'empty' } };
  if (/^#\s*Backstage access diagnostics/.test(trimmed)) {
    return { ok: false, problem: { kind: 'markdown' } };
  }
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problem: {
        kind: 'notJson',
        truncated:
          /^[[{]/.test(trimmed) &&
          /end of (JSON )?(data|input)|unterminated|unexpected end/i.test(
            message,
          ),
        message,
      },
    };
  }
  if (!isRecord(json) || json.kind !== BUNDLE_KIND) {
    const found =
      isRecord(json) && typeof json.kind === 'string' ? json.kind : undefined;
    return { ok: false, problem: { kind: 'notBundle', found } };
  }
  const version = json.version;
  if (typeof version === 'number' && version > BUNDLE_VERSION) {
    return { ok: false, problem: { kind: 'newer', version } };
  }
  if (typeof version === 'number' && version < 1) {
    return { ok: false, problem: { kind: 'older', version } };
  }
  const leaks: BundleLeak[] = [];
  const masked = maskLeaks(json, '', leaks);
  const parsed = bundleSchema.safeParse(masked);
  if (!parsed.success) {
    return {
      ok: false,
      problem: {
        kind: 'invalid',
        issues: parsed.error.issues
          .slice(0, 10)
          .map(i => `${i.path.join('.') || '(top)'}: ${i.message}`),
      },
    };
  }
  return {
    ok: true,
    bundle: parsed.data,
    lacks: bundleLacks(parsed.data.version),
    leaks,
  };
}
