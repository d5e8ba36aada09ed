import type { ProbeApi } from '../ProbeApi';
import { formatEpochSeconds } from '../../../shared/logic/token';
import { explainBackstageError } from './errorBodies';
import type { Finding, FindingText } from '../../../shared/findings/logic';
import { defaultDoctorText, doctorFinding } from './findings';
import { describePluginUse, type PluginUse } from './pluginUse';
import { CLOCK_SKEW_TOLERANCE_SECONDS, formatDuration } from './tokenChecks';

/**
 * The path every plugin of the new backend system serves (its cookie-auth
 * endpoint). The doctor probes it because it tells the cases apart with
 * one cheap GET, observed on a real backend:
 * 200 `{ expiresAt }` = installed and the token is accepted; 401 = installed,
 * token refused (the message says why); 404 with an empty body = no such
 * plugin. Unknown paths cannot do that: installed and missing plugins both
 * answer 404 to an authenticated request. The probe sends no cookies and
 * ignores Set-Cookie (`credentials: 'omit'`), so it has no side effect.
 */
export const PLUGIN_PROBE_PATH = '/.backstage/auth/v1/cookie';

/**
 * A probe of one plugin: where it went and what came back. The shape is the
 * public {@link ProbeApi}'s, so a replacement client fits the rules.
 */
export type PluginProbe = Awaited<ReturnType<ProbeApi['probePlugin']>>;

/** What one probe got: an HTTP answer, or none. */
export type ProbeOutcome = PluginProbe['outcome'];

function probeEvidence(probe: PluginProbe, text: FindingText, use?: PluginUse) {
  const evidence = [
    {
      label: text('evidence.probeUrl'),
      value: `GET ${probe.baseUrl}${probe.path}`,
    },
  ];
  if (probe.outcome.kind === 'response') {
    evidence.push({
      label: text('evidence.status'),
      value: String(probe.outcome.status),
    });
    if (probe.outcome.errorName) {
      evidence.push({
        label: text('evidence.errorName'),
        value: probe.outcome.errorName,
      });
    }
    if (probe.outcome.errorMessage) {
      evidence.push({
        label: text('evidence.errorMessage'),
        value: probe.outcome.errorMessage,
      });
    }
  }
  if (use) {
    evidence.push({
      label: text('evidence.usedBecause'),
      value: describePluginUse(probe.pluginId, use, text),
    });
  }
  return evidence;
}

/**
 * Classifies a plugin probe: 2xx / 401 (with the backend's message and what
 * it means) / 403 / 404 (not installed) / 5xx / network error. A plugin
 * missing from the backend is a problem only when the app uses it (`use`);
 * otherwise it is information.
 */
export function classifyPluginProbe(
  probe: PluginProbe,
  text: FindingText = defaultDoctorText,
  use?: PluginUse,
): Finding {
  const { pluginId, baseUrl, path, outcome } = probe;
  const id = `probe:${pluginId}`;
  const evidence = probeEvidence(probe, text, use);
  if (outcome.kind === 'networkError') {
    return doctorFinding(
      text,
      'probeNetworkError',
      'problem',
      { pluginId, path, baseUrl, message: outcome.message },
      { id, evidence },
    );
  }
  const { status } = outcome;
  const message = outcome.errorMessage ?? '';
  const params = { pluginId, path, baseUrl, status, message };
  if (status >= 200 && status < 300) {
    return doctorFinding(text, 'probeOk', 'ok', params, { id });
  }
  if (status === 401) {
    const explained = explainBackstageError(
      {
        name: outcome.errorName ?? 'AuthenticationError',
        message,
        statusCode: 401,
      },
      text,
    );
    return {
      id,
      severity: 'problem',
      title: text('findings.probeUnauthorized.title', {
        pluginId,
        message: message || '(no message)',
      }),
      detail: explained.detail,
      ...(explained.fix && { fix: explained.fix }),
      evidence,
    };
  }
  if (status === 403) {
    return doctorFinding(text, 'probeForbidden', 'warning', params, {
      id,
      evidence,
    });
  }
  if (status === 404) {
    return use
      ? doctorFinding(
          text,
          'probeNotInstalled',
          'problem',
          { ...params, usedBecause: describePluginUse(pluginId, use, text) },
          { id, evidence },
        )
      : doctorFinding(text, 'probeNotInstalledUnused', 'info', params, {
          id,
          evidence,
        });
  }
  if (status >= 500) {
    return doctorFinding(text, 'probeServerError', 'problem', params, {
      id,
      evidence,
    });
  }
  return doctorFinding(text, 'probeUnexpected', 'warning', params, {
    id,
    evidence,
  });
}

/**
 * Classifies a cookie-auth probe (`credentials: 'include'`) of `app` or
 * `techdocs`. No endpoint (404) is information, or a problem when the app
 * uses the plugin (`use`).
 */
export function classifyCookieProbe(
  probe: PluginProbe,
  text: FindingText = defaultDoctorText,
  use?: PluginUse,
): Finding {
  const { pluginId, path, outcome } = probe;
  const id = `cookie:${pluginId}`;
  const evidence = probeEvidence(probe, text, use);
  if (outcome.kind === 'networkError') {
    return doctorFinding(
      text,
      'cookieNetworkError',
      'warning',
      { pluginId, path, message: outcome.message },
      { id, evidence },
    );
  }
  const params = {
    pluginId,
    path,
    status: outcome.status,
    message: outcome.errorMessage ?? '',
    expiresAt: outcome.expiresAt ?? '?',
  };
  if (outcome.status >= 200 && outcome.status < 300) {
    return doctorFinding(text, 'cookieOk', 'ok', params, { id });
  }
  if (outcome.status === 404) {
    return use
      ? doctorFinding(
          text,
          'cookieNotServedUsed',
          'problem',
          { ...params, usedBecause: describePluginUse(pluginId, use, text) },
          { id, evidence },
        )
      : doctorFinding(text, 'cookieNotServed', 'info', params, { id });
  }
  return doctorFinding(text, 'cookieRefused', 'warning', params, {
    id,
    evidence,
  });
}

/**
 * Compares the backend's `Date` header with the browser's clock at the
 * middle of the request. The header has one-second resolution and is hidden
 * from cross-origin pages unless the backend exposes it; then the skew
 * "cannot be measured": the check could not run, so it neither passes nor
 * fails (the token's `iat` is the other signal).
 */
export function checkClockSkew(
  probes: PluginProbe[],
  text: FindingText = defaultDoctorText,
): Finding {
  for (const probe of probes) {
    if (probe.outcome.kind !== 'response' || !probe.outcome.date) continue;
    const backendMs = Date.parse(probe.outcome.date);
    if (Number.isNaN(backendMs) || probe.sentAtMs === undefined) continue;
    const browserMs =
      (probe.sentAtMs + (probe.receivedAtMs ?? probe.sentAtMs)) / 2;
    const skewSeconds = (browserMs - backendMs) / 1000;
    const params = {
      skew: formatDuration(skewSeconds),
      backendDate: probe.outcome.date,
      now: formatEpochSeconds(Math.floor(browserMs / 1000)),
      direction:
        skewSeconds > 0 ? 'this browser is ahead' : 'this browser is behind',
    };
    const evidence = [
      { label: text('evidence.backendDate'), value: probe.outcome.date },
      { label: text('evidence.now'), value: params.now },
    ];
    // The header is truncated to whole seconds: allow one more.
    return Math.abs(skewSeconds) > CLOCK_SKEW_TOLERANCE_SECONDS + 1
      ? doctorFinding(text, 'clockSkew', 'warning', params, {
          id: 'clockSkew',
          evidence,
        })
      : doctorFinding(text, 'clockSkewOk', 'ok', params, { id: 'clockSkew' });
  }
  return doctorFinding(
    text,
    'clockSkewUnmeasurable',
    'unknown',
    {},
    { id: 'clockSkew' },
  );
}

/**
 * The probe findings a pasted error points at, made problems: a plugin that
 * is missing from the backend matters once the app got an error from it.
 * Returns the findings in the same order, each replaced or kept; `named`
 * maps plugin ids to the URL the paste holds (see `pluginsNamedInText`).
 */
export function applyPastedError(
  findings: Finding[],
  probes: Readonly<Record<string, PluginProbe>>,
  named: Readonly<Record<string, string>>,
  text: FindingText = defaultDoctorText,
): Finding[] {
  return findings.map(finding => {
    const probe = Object.prototype.hasOwnProperty.call(probes, finding.id)
      ? probes[finding.id]
      : undefined;
    if (finding.severity !== 'info' || !probe) return finding;
    const url = Object.prototype.hasOwnProperty.call(named, probe.pluginId)
      ? named[probe.pluginId]
      : undefined;
    if (!url) return finding;
    const use: PluginUse = { reason: 'pastedError', url };
    return finding.id.startsWith('cookie:')
      ? classifyCookieProbe(probe, text, use)
      : classifyPluginProbe(probe, text, use);
  });
}
