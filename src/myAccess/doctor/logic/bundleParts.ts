import { redactString, redactValue } from '../../../shared/logic/redact';
import { sensitiveClaim } from '../../../shared/logic/token';
import type { ReportedProviderSession } from '../../logic/providerSessionReport';
import type { PastedTokenDiagnosis } from './pastedToken';

// The parts of a support bundle that need more than redaction: times, URLs,
// a pasted token's explained claims and the provider sessions.

export function safeIso(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(ms) : date.toISOString();
}

export function stripUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url;
  }
}

export function explainedClaimValues(diagnosis: PastedTokenDiagnosis) {
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

// Claims as the sessions card shows them, with what replays a credential
// (`uip`, a JWT, a signature, a secret-shaped value) hidden by name, as the
// sender's page masks it; the rest redacted like every value.
function bundleClaims(claims: Record<string, unknown>, secrets: string[]) {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(claims)) {
    const kind = sensitiveClaim(name, value);
    Object.defineProperty(out, redactString(name, secrets), {
      value: kind ? `[hidden: ${kind}]` : redactValue(value, secrets),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

export function bundleSession(
  session: ReportedProviderSession,
  secrets: string[],
): unknown {
  const { idToken, backstageExpiresAtMs, ...rest } = session;
  return {
    ...(redactValue(rest, secrets) as Record<string, unknown>),
    ...(backstageExpiresAtMs !== undefined && {
      backstageExpiresAt: safeIso(backstageExpiresAtMs),
    }),
    ...(idToken && {
      idToken:
        idToken.status === 'decoded'
          ? { status: 'decoded', claims: bundleClaims(idToken.claims, secrets) }
          : redactValue(idToken, secrets),
    }),
  };
}
