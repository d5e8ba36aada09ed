import type {
  ResolvedSignInProvider,
  ResolvedSignInProviders,
} from '../providers';
import {
  defaultSignInText,
  makeFinding,
  type SignInFinding,
  type SignInText,
} from './findings';

/**
 * What `GET <auth>/<provider>/refresh?optional` returned, without a session
 * cookie: an HTTP answer (with the backend's error body if it sent one), or
 * no answer at all.
 *
 * @public
 */
export type AuthProviderProbe =
  | {
      kind: 'response';
      status: number;
      errorName?: string;
      errorMessage?: string;
    }
  | { kind: 'networkError'; message: string };

/**
 * What the backend says about one provider.
 *
 * - `present`: the provider answers (401 without a session, 200 for guest).
 * - `notRegistered`: a module exists but `auth.providers.<id>` is not configured.
 * - `moduleMissing`: no backend module provides it.
 * - `misconfigured`: configured, but failed to start.
 * - `guestRefused`: the guest provider refuses outside development.
 * - `unreachable`: no HTTP answer.
 * - `unexpected`: any other answer.
 *
 * @public
 */
export type BackendProviderStatus =
  | 'present'
  | 'notRegistered'
  | 'moduleMissing'
  | 'misconfigured'
  | 'guestRefused'
  | 'unreachable'
  | 'unexpected';

/**
 * Reads the backend's verdict on a provider from a refresh probe. The 404
 * messages are the auth backend's own (its provider router).
 *
 * @public
 */
export function classifyProviderProbe(
  probe: AuthProviderProbe,
): BackendProviderStatus {
  if (probe.kind === 'networkError') return 'unreachable';
  const message = probe.errorMessage ?? '';
  if (probe.status === 200 || probe.status === 401) return 'present';
  if (probe.status === 404) {
    if (/no auth provider registered for/i.test(message)) {
      return 'notRegistered';
    }
    if (/unknown auth provider/i.test(message)) return 'moduleMissing';
    if (/is misconfigured/i.test(message)) return 'misconfigured';
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
 *
 * @public
 */
export function checkAppOrigin(
  pageOrigin: string,
  appBaseUrl: string | undefined,
  text: SignInText = defaultSignInText,
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
    ? makeFinding(text, 'originMatches', 'ok', params, evidence)
    : makeFinding(text, 'originMismatch', 'problem', params, evidence);
}

/**
 * One provider's probe outcome, as the summary needs it.
 *
 * @public
 */
export type ProbedProvider = {
  id: string;
  title: string;
  status: BackendProviderStatus;
};

/**
 * Summarises the probes: does the backend answer at all, and which offered
 * providers does it lack.
 *
 * @public
 */
export function summarizeProviderProbes(
  probed: ProbedProvider[],
  context: { authBaseUrl: string; pageOrigin: string },
  text: SignInText = defaultSignInText,
): SignInFinding[] {
  if (probed.length === 0) return [];
  const params = { ...context };
  if (probed.every(p => p.status === 'unreachable')) {
    return [
      makeFinding(text, 'backendUnreachable', 'problem', params, [
        { label: text('evidence.authBaseUrl'), value: context.authBaseUrl },
      ]),
    ];
  }
  const findings = [makeFinding(text, 'backendAnswers', 'ok', params)];
  const missing = probed.filter(p => p.status !== 'present');
  const names = (list: ProbedProvider[]) =>
    list.map(p => `${p.title} (${p.id})`).join(', ');
  findings.push(
    missing.length > 0
      ? makeFinding(text, 'providersMissing', 'problem', {
          missingCount: missing.length,
          providers: names(missing),
        })
      : makeFinding(text, 'providersPresent', 'ok', {
          providers: names(probed),
        }),
  );
  return findings;
}

/**
 * Why an offered provider cannot sign in, or undefined when it can.
 *
 * @public
 */
export function unavailableProviderFinding(
  provider: ResolvedSignInProvider,
  text: SignInText = defaultSignInText,
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
  return makeFinding(text, provider.unavailable, 'problem', params, evidence);
}

/**
 * Page-level problems of the provider configuration: ignored config entries
 * and an empty provider list.
 *
 * @public
 */
export function providerConfigFindings(
  resolved: ResolvedSignInProviders,
  text: SignInText = defaultSignInText,
): SignInFinding[] {
  const findings = resolved.invalidConfigEntries.map(entry =>
    makeFinding(text, 'invalidConfig', 'warning', {}, [
      { label: text('evidence.configEntry'), value: entry },
    ]),
  );
  if (resolved.providers.length === 0) {
    findings.push(makeFinding(text, 'noProviders', 'problem', {}));
  }
  return findings;
}
