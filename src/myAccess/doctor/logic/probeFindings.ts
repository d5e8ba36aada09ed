import type { Finding, FindingText } from '../../../shared/findings/logic';
import { defaultDoctorText } from './findings';
import { findPluginUse, type AppPluginSignals } from './pluginUse';
import {
  checkClockSkew,
  classifyCookieProbe,
  classifyPluginProbe,
  type PluginProbe,
} from './probes';
import { reconcileIssuer } from './tokenChecks';
import {
  checkTokenInjection,
  type TokenInjectionConfig,
} from './tokenInjection';

/** One probe's answer, or why it could not be sent (discovery failed). */
export type ProbeResult = PluginProbe | string;

/**
 * The findings of one run of probes, added to the token's and the
 * environment's (`findings`): each plugin's answer and token injection, each
 * cookie endpoint, the clock skew, and the issuer reconciled with the
 * plugins that accepted the token (a token the backend accepts at this
 * address is its own, whatever `iss` says). `probes` maps a finding to the
 * probe behind it; `failed` holds the titles of the plugin probes that found
 * a problem or a warning, for the session timeline.
 */
export function probeFindings(
  input: {
    findings: readonly Finding[];
    pluginIds: readonly string[];
    pluginProbes: readonly ProbeResult[];
    cookieProbes: readonly ProbeResult[];
    injection: TokenInjectionConfig;
    signals: AppPluginSignals;
  },
  text: FindingText = defaultDoctorText,
): {
  findings: Finding[];
  probes: Record<string, PluginProbe>;
  failed: string[];
} {
  const { pluginIds, pluginProbes, cookieProbes, injection, signals } = input;
  const findings = [...input.findings];
  const answered: PluginProbe[] = [];
  const probes: Record<string, PluginProbe> = {};
  const failed: string[] = [];
  pluginProbes.forEach((probe, i) => {
    const pluginId = pluginIds[i];
    if (typeof probe === 'string') {
      findings.push({
        id: `discovery:${pluginId}`,
        severity: 'problem',
        title: text('findings.discoveryFailed.title', { pluginId }),
        detail: text('findings.discoveryFailed.detail', {
          pluginId,
          message: probe,
        }),
        fix: text('findings.discoveryFailed.fix'),
      });
      return;
    }
    answered.push(probe);
    findings.push(
      checkTokenInjection(pluginId, probe.baseUrl, injection, text),
    );
    const finding = classifyPluginProbe(
      probe,
      text,
      findPluginUse(pluginId, signals),
    );
    findings.push(finding);
    probes[finding.id] = probe;
    if (finding.severity === 'problem' || finding.severity === 'warning') {
      failed.push(finding.title);
    }
  });
  cookieProbes.forEach(probe => {
    if (typeof probe === 'string') return;
    answered.push(probe);
    const finding = classifyCookieProbe(
      probe,
      text,
      findPluginUse(probe.pluginId, signals),
    );
    findings.push(finding);
    probes[finding.id] = probe;
  });
  findings.push(checkClockSkew(answered, text));
  const acceptedBy = pluginProbes.flatMap(probe =>
    typeof probe !== 'string' &&
    probe.outcome.kind === 'response' &&
    probe.outcome.status >= 200 &&
    probe.outcome.status < 300
      ? [probe.pluginId]
      : [],
  );
  return {
    findings: reconcileIssuer(findings, acceptedBy, text),
    probes,
    failed,
  };
}
