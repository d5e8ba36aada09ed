import { useMemo } from 'react';
import {
  configApiRef,
  discoveryApiRef,
  useApi,
  useApiHolder,
} from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { probeApiRef } from './ProbeApi';
import {
  checkEnvironment,
  checkProxiedProvider,
  cookieProbePlugins,
  diagnoseBackstageToken,
  findOpenDoors,
  readAppPluginSignals,
  readProbePlugins,
  readTokenInjectionConfig,
  probeFindings,
  type PluginProbe,
  type DoctorEnvironment,
} from './logic';
import { agentsApiRef } from '../data/AgentsApi';
import type { Finding } from '../../shared/findings/logic';
import { useFindingText } from '../../shared/findings';
import { useSessionTimeline } from '../../shared/timeline';
import { accessInspectorTranslationRef } from '../translation';
import { useSignInText } from '../../shared/hooks/useSignInText';
import { useAppPluginIds } from '../../shared/hooks/useAppPluginIds';
import { isServedByAppBackend } from '../../shared/logic/appPlugins';
import { useMyAccessData } from '../data/useMyAccessData';
import { proxiedRefreshUrl } from '../../shared/providers/proxiedSession';
import {
  errorMessage,
  optional,
  probeProxiedProvider,
  readAgentsDoor,
  relevantConfig,
} from './doctorRequests';
import { useObservedTokens } from './useObservedTokens';
import { readRememberedProvider } from '../../shared/providers/rememberedProvider';
import { useResolvedProviders } from '../../shared/providers/useResolvedProviders';

/**
 * The doctor's results: every check, and what the support bundle needs to
 * describe the environment.
 */
export type DoctorReport = {
  findings: Finding[];
  /**
   * Ways anyone could act as anyone that the page established (or could not
   * tell): see `findOpenDoors`.
   */
  openDoors: Finding[];
  environment: DoctorEnvironment &
    Required<Pick<DoctorEnvironment, 'pluginBaseUrls' | 'config'>>;
  probedPlugins: string[];
  /** When the checks ran: relative times in them are as of this moment. */
  evaluatedAtMs: number;
  /** The probes that got an answer, by the id of their finding. */
  probes: Record<string, PluginProbe>;
};

/** What {@link useDoctor} returns: the report once the checks ran. */
export type DoctorState = {
  value?: DoctorReport;
  loading: boolean;
  error?: Error;
  retry: () => void;
};

/**
 * Runs the 401 doctor: token checks on the shared token, environment
 * checks, and per plugin the token-injection rule and a live probe, plus
 * the cookie-auth endpoints of `app` and `techdocs` (see `cookieProbePlugins`;
 * plugins the app shows no sign of are not asked, so a healthy page logs no
 * 404). Probe failures are findings, not errors; `error` is set only when the
 * identity itself could not be read. Records failures in the session timeline.
 */
export function useDoctor(options: { now?: () => number } = {}): DoctorState {
  const now = options.now ?? Date.now;
  const { token, readAuthDiscovery } = useMyAccessData();
  const configApi = useApi(configApiRef);
  const discoveryApi = useApi(discoveryApiRef);
  const text = useFindingText(accessInspectorTranslationRef, 'doctor');
  const signInText = useSignInText();
  const probeClient = useApi(probeApiRef);
  // Optional: a DoctorCard in an app without the plugin's agents API still runs.
  const agentsApi = useApiHolder().get(agentsApiRef);
  const { record: recordSessionEvent } = useSessionTimeline();
  const rawToken = token.value?.token;
  const registeredPluginIds = useAppPluginIds();
  // The providers the app offers, as My Access's sessions card reads them.
  const { providers } = useResolvedProviders(undefined, 'reuse');
  const proxiedProviders = useMemo(
    () => providers.filter(p => p.kind === 'proxied'),
    [providers],
  );

  useObservedTokens(token.value?.decoded, now);

  const run = useAsyncRetry(async (): Promise<DoctorReport | undefined> => {
    if (token.loading || token.error || !token.value) return undefined;
    const evaluatedAtMs = now();
    const appBaseUrl = optional(() =>
      configApi.getOptionalString('app.baseUrl'),
    );
    const injection = readTokenInjectionConfig(configApi);
    const pluginIds = readProbePlugins(configApi, registeredPluginIds);
    const signals = readAppPluginSignals(
      configApi,
      injection,
      registeredPluginIds,
    );

    let authBaseUrl: string | undefined;
    let authBaseUrlError: string | undefined;
    try {
      authBaseUrl = await discoveryApi.getBaseUrl('auth');
    } catch (e) {
      authBaseUrlError = errorMessage(e);
    }

    const findings: Finding[] = [
      ...diagnoseBackstageToken(
        {
          token: rawToken,
          decoded: token.value.decoded,
          nowMs: evaluatedAtMs,
          authBaseUrl,
          authBaseUrlError,
        },
        text,
      ),
      ...checkEnvironment(
        {
          pageUrl: window.location.href,
          appBaseUrl,
          backendBaseUrl: injection.backendBaseUrl,
        },
        text,
        signInText,
      ),
    ];

    const environment = optional(() =>
      configApi.getOptionalString('auth.environment'),
    );

    const pluginBaseUrls: Record<string, string> = {};
    const probeOne = async (pluginId: string, cookie: boolean) => {
      try {
        const probe = cookie
          ? await probeClient.probeCookieAuth(pluginId)
          : await probeClient.probePlugin(pluginId);
        pluginBaseUrls[pluginId] = probe.baseUrl;
        return probe;
      } catch (e) {
        return errorMessage(e);
      }
    };
    // The app plugin's cookie endpoint exists only where the backend serves the page.
    const appPluginBaseUrl = await discoveryApi.getBaseUrl('app').then(
      url => url,
      () => undefined,
    );
    const cookiePlugins = cookieProbePlugins(
      registeredPluginIds,
      isServedByAppBackend(window.location.origin, appPluginBaseUrl),
    );
    const [pluginProbes, cookieProbes, proxiedProbes, agents] =
      await Promise.all([
        Promise.all(pluginIds.map(id => probeOne(id, false))),
        Promise.all(cookiePlugins.map(id => probeOne(id, true))),
        Promise.all(
          proxiedProviders.map(provider =>
            probeProxiedProvider(provider, {
              authBaseUrl,
              authBaseUrlError,
              environment,
            }),
          ),
        ),
        readAgentsDoor({ agentsApi, readAuthDiscovery, authBaseUrl }),
      ]);

    const classified = probeFindings(
      { findings, pluginIds, pluginProbes, cookieProbes, injection, signals },
      text,
    );
    findings.splice(0, findings.length, ...classified.findings);
    const { probes } = classified;
    const remembered = readRememberedProvider();
    const proxiedChecks = proxiedProbes.map((result, i) =>
      checkProxiedProvider(
        {
          providerId: proxiedProviders[i].id,
          providerTitle: proxiedProviders[i].title,
          sessionProvider: remembered === proxiedProviders[i].id,
          result,
          pageOrigin: window.location.origin,
          appBaseUrl,
          authBaseUrl,
          environment,
        },
        text,
        signInText,
      ),
    );
    findings.push(...proxiedChecks);
    // What failed goes on the session timeline.
    const alarming = proxiedChecks.filter(
      f => f.severity === 'problem' || f.severity === 'warning',
    );
    for (const detail of [...classified.failed, ...alarming.map(f => f.title)])
      recordSessionEvent({ type: 'probe-failed', at: now(), detail });

    const openDoors = findOpenDoors(
      {
        proxied: proxiedProbes.map((result, i) => ({
          providerId: proxiedProviders[i].id,
          providerTitle: proxiedProviders[i].title,
          result,
          requestUrl: authBaseUrl
            ? proxiedRefreshUrl(
                authBaseUrl,
                proxiedProviders[i].id,
                environment,
              )
            : undefined,
          pageOrigin: window.location.origin,
          appBaseUrl,
          authBaseUrl,
          environment,
        })),
        guest: {
          offered: providers.some(p => p.id === 'guest'),
          signedIn: remembered === 'guest' && Boolean(rawToken),
          user: token.value.identity?.userEntityRef,
        },
        authEnvironment: environment,
        appBuild: process.env.NODE_ENV,
        permissionEnabled: optional(() =>
          configApi.getOptionalBoolean('permission.enabled'),
        ),
        agents,
      },
      text,
      signInText,
    );

    return {
      findings,
      openDoors,
      probedPlugins: pluginIds,
      evaluatedAtMs,
      probes,
      environment: {
        userAgent:
          typeof navigator !== 'undefined' ? navigator.userAgent : undefined,
        pageUrl: `${window.location.origin}${window.location.pathname}`,
        appBaseUrl,
        backendBaseUrl: injection.backendBaseUrl,
        authBaseUrl,
        pluginBaseUrls,
        config: relevantConfig(configApi),
      },
    };
  }, [
    token.loading,
    token.error,
    token.value,
    rawToken,
    configApi,
    discoveryApi,
    probeClient,
    recordSessionEvent,
    registeredPluginIds,
    proxiedProviders,
    providers,
    agentsApi,
    readAuthDiscovery,
    text,
    signInText,
    now,
  ]);

  return {
    value: run.value,
    loading:
      token.loading ||
      run.loading ||
      (!run.value && !run.error && !token.error),
    error: token.error ?? run.error,
    retry: () => {
      if (token.error) token.retry();
      else run.retry();
    },
  };
}
