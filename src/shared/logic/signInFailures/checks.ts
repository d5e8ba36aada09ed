import type {
  ResolvedSignInProvider,
  ResolvedSignInProviders,
} from '../../providers';
import type { FindingText } from '../../findings/logic';
import {
  defaultSignInText,
  signInFinding,
  type SignInFinding,
  type SignInFindingId,
} from './findings';

/**
 * What the auth backend answered about one provider, asked without a session
 * cookie: an HTTP answer (with the backend's error body if it sent one), or
 * no answer at all. `endpoint` says which route was asked: `refresh` (`GET
 * <auth>/<id>/refresh?optional&env=…`, for popup providers) or `start` (`GET
 * <auth>/<id>/start`, for the guest provider, whose refresh would sign in).
 */
export type AuthProviderProbe =
  | {
      kind: 'response';
      status: number;
      errorName?: string;
      errorMessage?: string;
      endpoint?: 'refresh' | 'start';
    }
  | { kind: 'networkError'; message: string };

/**
 * What the backend says about one provider.
 *
 * - `present`: the provider answers (401 from `refresh` without a session,
 *   200 for guest; 501 from a proxy provider's `start`, which it lacks).
 * - `notRegistered`: a module exists but `auth.providers.<id>` is not configured.
 * - `moduleMissing`: no backend module provides it.
 * - `misconfigured`: configured, but failed to start, or not for the
 *   environment the app asks for (`auth.environment`).
 * - `guestRefused`: the guest provider refuses outside development.
 * - `unreachable`: no HTTP answer.
 * - `unexpected`: any other answer: the page cannot tell.
 */
export type BackendProviderStatus =
  | 'present'
  | 'notRegistered'
  | 'moduleMissing'
  | 'misconfigured'
  | 'guestRefused'
  | 'unreachable'
  | 'unexpected';

/** Why the auth backend cannot serve a provider, as its 404 says. */
export type ProviderLack = 'notRegistered' | 'moduleMissing' | 'misconfigured';

/**
 * Reads the auth backend's own 404 messages (its provider router), wherever
 * they show up: a probe, a failed sign-in, a pasted error.
 */
export function readProviderLack(message: string): ProviderLack | undefined {
  if (/no auth provider registered for/i.test(message)) return 'notRegistered';
  if (/unknown auth provider/i.test(message)) return 'moduleMissing';
  if (/is misconfigured/i.test(message)) return 'misconfigured';
  // Configured, but not for the environment this app asks for.
  if (/no configuration available for the '.*' environment/i.test(message)) {
    return 'misconfigured';
  }
  return undefined;
}

/** The one finding each {@link ProviderLack} maps to. */
export const PROVIDER_LACK_FINDINGS = {
  notRegistered: 'providerNotRegistered',
  moduleMissing: 'providerModuleMissing',
  misconfigured: 'providerMisconfigured',
} as const satisfies Record<ProviderLack, SignInFindingId>;

/**
 * Reads the backend's verdict on a provider from a refresh probe. The 404
 * messages are the auth backend's own (its provider router).
 */
export function classifyProviderProbe(
  probe: AuthProviderProbe,
): BackendProviderStatus {
  if (probe.kind === 'networkError') return 'unreachable';
  const message = probe.errorMessage ?? '';
  if (probe.endpoint === 'start') {
    // Proxy providers (guest among them) have no start route: a registered
    // one throws NotImplementedError, i.e. 501.
    if (probe.status === 501 && probe.errorName === 'NotImplementedError') {
      return 'present';
    }
  } else if (probe.status === 200 || probe.status === 401) {
    return 'present';
  }
  if (probe.status === 404) {
    const lack = readProviderLack(message);
    if (lack) return lack;
  }
  if (
    (probe.status === 403 || probe.status === 501) &&
    /guest provider/i.test(message)
  ) {
    return 'guestRefused';
  }
  return 'unexpected';
}

/**
 * Compares the page's origin with `app.baseUrl`: popup sign-in only answers
 * to the origin of `app.baseUrl`.
 */
export function checkAppOrigin(
  pageOrigin: string,
  appBaseUrl: string | undefined,
  text: FindingText = defaultSignInText,
): SignInFinding {
  let appOrigin: string | undefined;
  try {
    appOrigin = appBaseUrl ? new URL(appBaseUrl).origin : undefined;
  } catch {
    appOrigin = undefined;
  }
  const evidence = [
    { label: text('evidence.pageOrigin'), value: pageOrigin },
    { label: text('evidence.appBaseUrl'), value: appBaseUrl ?? '' },
  ];
  const params = { pageOrigin, appBaseUrl: appBaseUrl ?? '' };
  return appOrigin === pageOrigin
    ? signInFinding(text, 'originMatches', 'ok', params, evidence)
    : signInFinding(text, 'originMismatch', 'problem', params, evidence);
}

/**
 * One provider's probe outcome, as the summary needs it.
 */
export type ProbedProvider = {
  id: string;
  title: string;
  status: BackendProviderStatus;
};

const LACKING: BackendProviderStatus[] = [
  'notRegistered',
  'moduleMissing',
  'misconfigured',
];

/**
 * Whether the probe proves the backend lacks the provider. Any answer the
 * page cannot interpret is "could not tell", never "missing".
 */
export function backendLacksProvider(status: BackendProviderStatus): boolean {
  return LACKING.includes(status);
}

/**
 * Summarises the probes: does the backend answer at all, which offered
 * providers does it lack or refuse, and for which could the page not tell.
 */
export function summarizeProviderProbes(
  probed: ProbedProvider[],
  context: { authBaseUrl: string; pageOrigin: string },
  text: FindingText = defaultSignInText,
): SignInFinding[] {
  if (probed.length === 0) return [];
  const params = { ...context };
  if (probed.every(p => p.status === 'unreachable')) {
    return [
      signInFinding(text, 'backendUnreachable', 'problem', params, [
        { label: text('evidence.authBaseUrl'), value: context.authBaseUrl },
      ]),
    ];
  }
  const findings = [signInFinding(text, 'backendAnswers', 'ok', params)];
  const names = (list: ProbedProvider[]) =>
    list.map(p => `${p.title} (${p.id})`).join(', ');
  const missing = probed.filter(p => backendLacksProvider(p.status));
  const refused = probed.filter(p => p.status === 'guestRefused');
  const unknown = probed.filter(
    p => p.status === 'unexpected' || p.status === 'unreachable',
  );
  if (missing.length > 0) {
    findings.push(
      signInFinding(text, 'providersMissing', 'problem', {
        count: missing.length,
        providers: names(missing),
      }),
    );
  }
  if (refused.length > 0) {
    findings.push({
      ...signInFinding(text, 'providersRefused', 'problem', {
        count: refused.length,
        providers: names(refused),
      }),
      // The same fix as a refused guest sign-in: one string for both.
      fix: text('findings.guestRefused.fix'),
    });
  }
  if (unknown.length > 0) {
    findings.push(
      signInFinding(text, 'providersUnknown', 'warning', {
        count: unknown.length,
        providers: names(unknown),
      }),
    );
  }
  if (findings.length === 1) {
    findings.push(
      signInFinding(text, 'providersPresent', 'ok', {
        providers: names(probed),
      }),
    );
  }
  return findings;
}

/**
 * Why an offered provider cannot sign in, or undefined when it can.
 */
export function unavailableProviderFinding(
  provider: ResolvedSignInProvider,
  text: FindingText = defaultSignInText,
): SignInFinding | undefined {
  if (!provider.unavailable) return undefined;
  const params = {
    provider: provider.title,
    providerId: provider.id,
    apiRef: provider.apiRef?.id ?? '',
  };
  const evidence =
    provider.unavailable === 'missingApi' && provider.apiRef
      ? [{ label: text('evidence.apiRef'), value: provider.apiRef.id }]
      : [{ label: text('evidence.provider'), value: provider.id }];
  return signInFinding(text, provider.unavailable, 'problem', params, evidence);
}

/**
 * Page-level problems of the provider configuration: ignored config entries
 * and an empty provider list.
 */
export function providerConfigFindings(
  resolved: ResolvedSignInProviders,
  text: FindingText = defaultSignInText,
): SignInFinding[] {
  const findings = resolved.invalidConfigEntries.map(entry =>
    signInFinding(text, 'invalidConfig', 'warning', {}, [
      { label: text('evidence.configEntry'), value: entry },
    ]),
  );
  if (resolved.providers.length === 0) {
    findings.push(signInFinding(text, 'noProviders', 'problem', {}));
  }
  return findings;
}
