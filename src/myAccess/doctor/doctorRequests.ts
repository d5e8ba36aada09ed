import type { ConfigApi } from '@backstage/core-plugin-api';
import {
  readTokenInjectionConfig,
  tokenInjectionTargets,
  type OpenDoorsInput,
  type ProxiedProbeResult,
} from './logic';
import type { AgentsApi } from '../data/AgentsApi';
import { readAgentSignIn } from '../logic';
import { describeError } from '../../shared/logic/describeError';
import { callWithTimeout } from '../../shared/logic/async';
import type { ResolvedSignInProvider } from '../../shared/providers';
import {
  fetchProxiedSession,
  proxiedRefreshUrl,
} from '../../shared/providers/proxiedSession';

// The doctor's requests beyond its probe client, and the config it reports.

/** A config read that may throw (a mistyped value) as undefined. */
export function optional<T>(read: () => T | undefined): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** The config keys relevant to sign-in and tokens, for the bundle. */
export function relevantConfig(config: ConfigApi): Record<string, unknown> {
  const injection = readTokenInjectionConfig(config);
  return {
    'app.baseUrl': optional(() => config.getOptionalString('app.baseUrl')),
    'backend.baseUrl': injection.backendBaseUrl,
    'auth.environment': optional(() =>
      config.getOptionalString('auth.environment'),
    ),
    'permission.enabled': optional(() =>
      config.getOptionalBoolean('permission.enabled'),
    ),
    'discovery.endpoints': injection.endpoints,
    'fetch API sends the token to': tokenInjectionTargets(injection),
    'accessInspector.doctor.probePlugins': optional(() =>
      config.getOptionalStringArray('accessInspector.doctor.probePlugins'),
    ),
    'accessInspector.permissions.plugins': optional(() =>
      config.getOptionalStringArray('accessInspector.permissions.plugins'),
    ),
  };
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The same refresh the sign-in page makes, for one proxied provider. */
export async function probeProxiedProvider(
  provider: ResolvedSignInProvider,
  context: {
    authBaseUrl?: string;
    authBaseUrlError?: string;
    environment?: string;
  },
): Promise<ProxiedProbeResult> {
  const { authBaseUrl, authBaseUrlError, environment } = context;
  try {
    if (!authBaseUrl) throw new Error(authBaseUrlError);
    const url = authBaseUrl;
    const session = await callWithTimeout(
      signal =>
        fetchProxiedSession({
          authBaseUrl: url,
          providerId: provider.id,
          environment,
          headers: provider.headers,
          signal,
        }),
      {
        what: `GET ${proxiedRefreshUrl(url, provider.id, environment)}`,
      },
    );
    // Only the identity is kept: the token it came with goes no further.
    return {
      ok: true,
      userEntityRef: session.backstageIdentity.identity.userEntityRef,
    };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * The auth backend's discovery document, for the agents' open doors. The
 * agents card reads the same document: asked once per page view.
 */
export async function readAgentsDoor(context: {
  agentsApi?: AgentsApi;
  readAuthDiscovery?: () => Promise<unknown>;
  authBaseUrl?: string;
}): Promise<OpenDoorsInput['agents']> {
  const { agentsApi, readAuthDiscovery, authBaseUrl } = context;
  if (!agentsApi) return undefined;
  const url = authBaseUrl
    ? `${authBaseUrl}/.well-known/openid-configuration`
    : undefined;
  try {
    const document = await (readAuthDiscovery?.() ??
      agentsApi.getAuthDiscoveryDocument());
    return { ok: true, signIn: readAgentSignIn(document), url };
  } catch (e) {
    const { summary, message } = describeError(e);
    return {
      ok: false,
      message: summary === message ? message : `${summary}, ${message}`,
      url,
    };
  }
}
