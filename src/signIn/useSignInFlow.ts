import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  configApiRef,
  discoveryApiRef,
  useApi,
  useApiHolder,
  type IdentityApi,
  type SignInPageProps,
} from '@backstage/core-plugin-api';
import {
  providerCallbackUrl,
  type ResolvedSignInProvider,
  type SignInProviderOption,
} from '../shared/providers';
import { translationApiRef } from '@backstage/core-plugin-api/alpha';
import type {
  SignInFailureContext,
  SignInFinding,
} from '../shared/logic/signInFailures';
import type { FindingText } from '../shared/findings/logic';
import {
  ForgetOnSignOutIdentity,
  forgetProvider,
  readRememberedProvider,
  rememberProvider,
} from '../shared/providers/rememberedProvider';
import { useResolvedProviders } from '../shared/providers/useResolvedProviders';
import { useSignInPageText } from '../shared/hooks/useSignInPageText';
import { useSessionTimeline } from '../shared/timeline';
import type { ProviderSignInState } from './ProviderCard';
import {
  clearRedirectStarted,
  markRedirectStarted,
  readErrorParam,
  readRedirectStarted,
  removeErrorParam,
} from './redirectSignIn';
import { signInStrategyFor } from './signInStrategies';

const DEFAULT_NO_ANSWER_MS = 20_000;

type Explainer = typeof import('./signInExplainer');

let explainer: Promise<Explainer> | undefined;

/**
 * The failure rules, loaded on the first failure. A failed load is not
 * cached: the next failure tries again.
 */
function loadExplainer(): Promise<Explainer> {
  explainer ??= import('./signInExplainer').catch(error => {
    explainer = undefined;
    throw error;
  });
  return explainer;
}

/**
 * Stands in for the explanation when its code or strings could not be
 * loaded: the failure's own message and why there is no more to say, in the
 * page's own strings.
 */
function unexplainedFinding(
  error: unknown,
  loadError: unknown,
  text: FindingText,
): SignInFinding {
  const message = error instanceof Error ? error.message : String(error ?? '');
  return {
    id: 'unknown',
    severity: 'problem',
    title: text('redirectFailed'),
    detail: message || text('noErrorMessage'),
    fix: text('notLoaded', {
      detail:
        loadError instanceof Error ? loadError.message : String(loadError),
    }),
  };
}

/**
 * What the address brought: `?error=` and whether this tab started the
 * redirect sign-in it would come back from. Read once, when the page opens.
 */
function readArrival() {
  const error = readErrorParam();
  const startedBy = readRedirectStarted()?.providerId;
  return {
    error,
    /** The auth backend's message, after a redirect this tab started. */
    redirectError:
      error !== undefined && startedBy !== undefined
        ? { message: error, providerId: startedBy }
        : undefined,
    /** Text someone put into the link: never shown. */
    unrequestedError: error !== undefined && startedBy === undefined,
  };
}

/** Options of {@link useSignInFlow}. */
export type SignInFlowOptions = {
  onSignInSuccess: SignInPageProps['onSignInSuccess'];
  providers?: SignInProviderOption[];
  auto?: boolean;
  noAnswerHintAfterMs?: number;
};

/** What the sign-in page renders. */
export type SignInFlow = {
  appTitle: string;
  /** A remembered session is being restored, or auto sign-in is starting. */
  restoring: boolean;
  /** The address held an `?error=` this tab did not ask for. */
  unrequestedError: boolean;
  /** Problems of the page as a whole (configuration, a lost redirect). */
  pageFindings: SignInFinding[];
  providers: ResolvedSignInProvider[];
  stateOf(provider: ResolvedSignInProvider): ProviderSignInState;
  /** Why the app cannot use the provider at all, if so. */
  unavailableFindingOf(
    provider: ResolvedSignInProvider,
  ): SignInFinding | undefined;
  signIn(provider: ResolvedSignInProvider): Promise<void>;
};

/**
 * The sign-in flow: restores the remembered provider's session on open,
 * signs in automatically when asked to, signs in on a click through the
 * provider's strategy, and explains every failure at its provider.
 */
export function useSignInFlow(options: SignInFlowOptions): SignInFlow {
  const {
    onSignInSuccess,
    providers: providerOptions,
    auto: autoOption,
    noAnswerHintAfterMs = DEFAULT_NO_ANSWER_MS,
  } = options;
  const pageText = useSignInPageText();
  const translationApi = useApi(translationApiRef);
  const configApi = useApi(configApiRef);
  const discoveryApi = useApi(discoveryApiRef);
  const apis = useApiHolder();
  const timeline = useSessionTimeline();
  const resolved = useResolvedProviders(providerOptions, 'declare');

  const appTitle = configApi.getOptionalString('app.title') ?? 'Backstage';
  const appBaseUrl = configApi.getOptionalString('app.baseUrl');
  const environment = configApi.getOptionalString('auth.environment');
  const redirectFlow =
    configApi.getOptionalBoolean('enableExperimentalRedirectFlow') ?? false;
  const auto =
    autoOption ??
    configApi.getOptionalBoolean('accessInspector.signIn.auto') ??
    false;

  const available = resolved.providers.filter(p => !p.unavailable);
  // Pure reads: the address and the flag are cleaned up by the opening run.
  const [arrival] = useState(readArrival);
  const { redirectError } = arrival;
  const redirectProvider = redirectError
    ? resolved.providers.find(p => p.id === redirectError.providerId)
    : undefined;
  // Decided once: the page restores what was remembered when it opened.
  const [rememberedOnMount] = useState(() => {
    const id = readRememberedProvider();
    // A redirect sign-in that came back with an error left no session.
    if (redirectError && id === redirectError.providerId) return undefined;
    return available.find(p => p.id === id);
  });
  // A proxy in front of Backstage signed the user in before the page loaded:
  // proxied providers are tried on every load, without a click.
  const [proxiedOnMount] = useState(() =>
    redirectError ? [] : available.filter(p => p.kind === 'proxied'),
  );
  const autoProvider =
    auto && available.length === 1 && available[0].kind !== 'proxied'
      ? available[0]
      : undefined;

  const [restoring, setRestoring] = useState(
    Boolean(
      rememberedOnMount ||
      proxiedOnMount.length > 0 ||
      (autoProvider && arrival.error === undefined),
    ),
  );
  const [lostRedirect, setLostRedirect] = useState<SignInFinding>();
  const [states, setStates] = useState<Record<string, ProviderSignInState>>({});
  const mounted = useRef(true);
  const signedIn = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const setState = useCallback((id: string, state: ProviderSignInState) => {
    if (mounted.current) setStates(prev => ({ ...prev, [id]: state }));
  }, []);

  /** The failure rules with the strings that explain failures. */
  const loadRules = useCallback(
    () =>
      loadExplainer().then(async rules => ({
        rules,
        text: await rules.loadSignInHelpText(translationApi, pageText),
      })),
    [translationApi, pageText],
  );

  const contextFor = useCallback(
    async (provider: ResolvedSignInProvider): Promise<SignInFailureContext> => {
      const authBaseUrl = await discoveryApi
        .getBaseUrl('auth')
        .catch(() => undefined);
      return {
        providerId: provider.id,
        providerTitle: provider.title,
        pageOrigin: window.location.origin,
        appBaseUrl,
        authBaseUrl,
        callbackUrl: authBaseUrl
          ? providerCallbackUrl(authBaseUrl, provider.id)
          : undefined,
        environment,
      };
    },
    [discoveryApi, appBaseUrl, environment],
  );

  const recordFailure = useCallback(
    (provider: ResolvedSignInProvider, finding: SignInFinding) =>
      timeline.record({
        type: 'failure',
        at: Date.now(),
        detail: `${provider.title}: ${finding.title}`,
      }),
    [timeline],
  );

  const succeed = useCallback(
    (provider: ResolvedSignInProvider, identity: IdentityApi) => {
      // An earlier attempt may still finish after another one won.
      if (signedIn.current) return;
      signedIn.current = true;
      rememberProvider(provider.id);
      timeline.record({
        type: 'sign-in',
        at: Date.now(),
        detail: provider.title,
      });
      onSignInSuccess(ForgetOnSignOutIdentity.wrap(identity));
    },
    [onSignInSuccess, timeline],
  );

  /**
   * Why a sign-in failed. A window closed without an answer is explained
   * with what it most likely showed, and the context its pasted text is
   * explained in.
   */
  const explain = useCallback(
    async (
      provider: ResolvedSignInProvider,
      error: unknown,
    ): Promise<Omit<ProviderSignInState, 'pending'>> => {
      const context = await contextFor(provider);
      const explained = await loadRules().then(
        async ({ rules, text }) => {
          const result = await rules.explainSignInAttempt(
            error,
            provider,
            context,
            environment ?? 'development',
            text,
          );
          return { finding: result.finding, window: result.context };
        },
        loadError => ({
          finding: unexplainedFinding(error, loadError, pageText),
        }),
      );
      recordFailure(provider, explained.finding);
      return explained;
    },
    [contextFor, recordFailure, loadRules, pageText, environment],
  );

  /**
   * Asks the backend whether it has the provider at all. Silent (no finding)
   * when the rules cannot be loaded: the caller then says what it knows.
   */
  const askBackend = useCallback(
    async (provider: ResolvedSignInProvider) => {
      const context = await contextFor(provider);
      let loadError: unknown;
      const loaded = await loadRules().catch(e => {
        loadError = e;
        return undefined;
      });
      const finding = await loaded?.rules.backendVerdict(
        provider,
        context,
        environment ?? 'development',
        loaded.text,
      );
      return { context, finding, loaded, loadError };
    },
    [contextFor, environment, loadRules],
  );

  const signIn = useCallback(
    async (provider: ResolvedSignInProvider) => {
      const strategy = signInStrategyFor(provider, { redirectFlow });
      setState(provider.id, { pending: true });
      // The redirect flow leaves the page and comes back to app.baseUrl, with
      // `?error=` on failure: mark that this tab asked, and remember the
      // provider so a success is restored on return.
      if (strategy.leavesPage) {
        markRedirectStarted(provider.id);
        rememberProvider(provider.id);
      }
      let settled = false;
      // Core's popup has no timeout: an IdP error page keeps it open forever.
      const timer = strategy.explainsSilence
        ? setTimeout(async () => {
            const context = await contextFor(provider);
            const loaded = await loadRules().catch(() => undefined);
            if (!loaded || settled) return;
            const hint = await loaded.rules.explainSilentWindow(
              {
                kind: 'noAnswer',
                seconds: Math.round(noAnswerHintAfterMs / 1000),
              },
              provider,
              context,
              environment ?? 'development',
              loaded.text,
            );
            if (settled) return;
            setState(provider.id, {
              pending: true,
              finding: hint.finding,
              window: hint.context,
            });
          }, noAnswerHintAfterMs)
        : undefined;
      try {
        const identity = await strategy.signIn({
          provider,
          mode: 'interactive',
          apis,
          discoveryApi,
          environment,
        });
        settled = true;
        if (identity) succeed(provider, identity);
      } catch (error) {
        settled = true;
        if (strategy.leavesPage) forgetProvider();
        setState(provider.id, {
          pending: false,
          ...(await explain(provider, error)),
        });
      } finally {
        clearTimeout(timer);
        // Still on the page: the auth API answered here, no redirect left.
        if (strategy.leavesPage) clearRedirectStarted();
      }
    },
    [
      apis,
      discoveryApi,
      environment,
      explain,
      contextFor,
      loadRules,
      noAnswerHintAfterMs,
      redirectFlow,
      setState,
      succeed,
    ],
  );

  const restore = useCallback(
    async (provider: ResolvedSignInProvider) => {
      const strategy = signInStrategyFor(provider, { redirectFlow });
      try {
        const identity = await strategy.signIn({
          provider,
          mode: 'silent',
          apis,
          discoveryApi,
          environment,
        });
        if (identity) {
          succeed(provider, identity);
          return true;
        }
        // Silent refresh hides network errors as "no session": ask the
        // backend before telling the user their session is gone.
        const { finding, loaded, loadError } = await askBackend(provider);
        if (finding?.id !== 'backendUnreachable') forgetProvider();
        setState(provider.id, {
          pending: false,
          finding:
            finding ??
            loaded?.rules.sessionNotRestoredFinding(
              { providerTitle: provider.title },
              loaded.text,
            ) ??
            unexplainedFinding('', loadError, pageText),
        });
      } catch (error) {
        const rules = await loadExplainer().catch(() => undefined);
        // A proxied provider is tried on every load: its failure says
        // nothing about the session of the provider remembered.
        if (
          provider.kind !== 'proxied' &&
          !rules?.isNetworkFailure(rules.describeSignInError(error))
        ) {
          forgetProvider();
        }
        setState(provider.id, {
          pending: false,
          finding: (await explain(provider, error)).finding,
        });
      }
      return false;
    },
    [
      apis,
      discoveryApi,
      environment,
      askBackend,
      explain,
      redirectFlow,
      setState,
      succeed,
      pageText,
    ],
  );

  // The opening run: clean up the address, explain a failed redirect,
  // restore the remembered session without a popup, then sign in
  // automatically if asked to. Once per page: later prop changes must not
  // sign in again.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    // The error parameter is read once and must not outlive this page: a
    // reload or a shared link would otherwise carry it on.
    clearRedirectStarted();
    removeErrorParam();
    if (redirectError) {
      forgetProvider();
      if (!redirectProvider) {
        // Shown with the page's problems: its provider's card is gone.
        loadRules().then(
          ({ rules, text }) =>
            setLostRedirect(
              rules.redirectErrorFinding(
                redirectError.message,
                {
                  providerId: redirectError.providerId,
                  providerTitle: redirectError.providerId,
                  pageOrigin: window.location.origin,
                  appBaseUrl,
                  environment,
                },
                text,
              ),
            ),
          loadError =>
            setLostRedirect(
              unexplainedFinding(
                pageText('redirect.backendAnswered', {
                  message: redirectError.message,
                }),
                loadError,
                pageText,
              ),
            ),
        );
      } else {
        Promise.all([contextFor(redirectProvider), loadRules()]).then(
          ([context, { rules, text }]) => {
            const finding = rules.redirectErrorFinding(
              redirectError.message,
              context,
              text,
            );
            recordFailure(redirectProvider, finding);
            setState(redirectProvider.id, { pending: false, finding });
          },
          loadError =>
            setState(redirectProvider.id, {
              pending: false,
              finding: unexplainedFinding(
                pageText('redirect.backendAnswered', {
                  message: redirectError.message,
                }),
                loadError,
                pageText,
              ),
            }),
        );
      }
    }

    (async () => {
      for (const provider of proxiedOnMount) {
        if (await restore(provider)) return;
      }
      if (
        rememberedOnMount &&
        rememberedOnMount.kind !== 'proxied' &&
        (await restore(rememberedOnMount))
      ) {
        return;
      }
      if (autoProvider && arrival.error === undefined && !rememberedOnMount) {
        const strategy = signInStrategyFor(autoProvider, { redirectFlow });
        if (strategy.restoresBeforeAuto) {
          const identity = await strategy
            .signIn({
              provider: autoProvider,
              mode: 'silent',
              apis,
              discoveryApi,
              environment,
            })
            .catch(() => undefined);
          if (identity) {
            succeed(autoProvider, identity);
            return;
          }
        }
        if (mounted.current) setRestoring(false);
        await signIn(autoProvider);
        return;
      }
      if (mounted.current) setRestoring(false);
    })();
  });

  // Configuration problems (ignored entries, no providers, a provider the
  // app cannot use) are explained with the failure rules: loaded only when
  // there is such a problem.
  const [configFindings, setConfigFindings] = useState<{
    page: SignInFinding[];
    unavailable: Record<string, SignInFinding>;
  }>();
  const misconfigured =
    resolved.invalidConfigEntries.length > 0 ||
    resolved.providers.length === 0 ||
    resolved.providers.some(p => p.unavailable);
  useEffect(() => {
    if (!misconfigured) {
      setConfigFindings(undefined);
      return undefined;
    }
    let current = true;
    loadRules().then(
      ({ rules, text }) => {
        if (!current) return;
        const unavailable: Record<string, SignInFinding> = {};
        for (const provider of resolved.providers) {
          const finding = rules.unavailableProviderFinding(provider, text);
          if (finding) unavailable[provider.id] = finding;
        }
        setConfigFindings({
          page: rules.providerConfigFindings(resolved, text),
          unavailable,
        });
      },
      loadError => {
        if (!current) return;
        setConfigFindings({
          page: [unexplainedFinding('', loadError, pageText)],
          unavailable: {},
        });
      },
    );
    return () => {
      current = false;
    };
  }, [misconfigured, resolved, loadRules, pageText]);

  const pageFindings = useMemo(
    () => [
      ...(lostRedirect ? [lostRedirect] : []),
      ...(configFindings?.page ?? []),
    ],
    [lostRedirect, configFindings],
  );

  const stateOf = useCallback(
    (provider: ResolvedSignInProvider) =>
      states[provider.id] ?? { pending: false },
    [states],
  );
  const unavailableFindingOf = useCallback(
    (provider: ResolvedSignInProvider) =>
      configFindings?.unavailable[provider.id],
    [configFindings],
  );

  return {
    appTitle,
    restoring,
    unrequestedError: arrival.unrequestedError,
    pageFindings,
    providers: resolved.providers,
    stateOf,
    unavailableFindingOf,
    signIn,
  };
}
