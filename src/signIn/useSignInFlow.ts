import {
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import {
  configApiRef,
  discoveryApiRef,
  useApi,
  useApiHolder,
  type IdentityApi,
  type SignInPageProps,
} from '@backstage/core-plugin-api';
import type {
  ResolvedSignInProvider,
  SignInProviderOption,
} from '../shared/providers';
import type { SignInFinding } from '../shared/logic/signInFailures';
import {
  ForgetOnSignOutIdentity,
  readRememberedProvider,
  rememberProvider,
} from '../shared/providers/rememberedProvider';
import { useResolvedProviders } from '../shared/providers/useResolvedProviders';
import { useSessionTimeline } from '../shared/timeline';
import { planOpening, readArrival } from './logic/openingPlan';
import {
  initialSignInFlowState,
  reduceSignInFlow,
  selectPageFindings,
  selectProviderState,
  selectUnavailableFinding,
  type ProviderSignInState,
} from './logic/signInFlowState';
import { readErrorParam, readRedirectStarted } from './redirectSignIn';
import {
  runOpening,
  signInWith,
  type SignInAttemptDeps,
} from './signInAttempts';
import { signInStrategyFor } from './signInStrategies';
import { useSignInExplanations } from './signInExplanations';

const DEFAULT_NO_ANSWER_MS = 20_000;

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
 * provider's strategy, and explains every failure at its provider. The state
 * and its rules live in `logic/`; the attempts in `signInAttempts`; each
 * provider kind's behaviour on its strategy.
 */
export function useSignInFlow(options: SignInFlowOptions): SignInFlow {
  const { onSignInSuccess, noAnswerHintAfterMs = DEFAULT_NO_ANSWER_MS } =
    options;
  const configApi = useApi(configApiRef);
  const discoveryApi = useApi(discoveryApiRef);
  const apis = useApiHolder();
  const timeline = useSessionTimeline();
  const explanations = useSignInExplanations();
  const resolved = useResolvedProviders(options.providers, 'declare');

  const appTitle = configApi.getOptionalString('app.title') ?? 'Backstage';
  const environment = configApi.getOptionalString('auth.environment');
  const redirectFlow =
    configApi.getOptionalBoolean('enableExperimentalRedirectFlow') ?? false;
  const auto =
    options.auto ??
    configApi.getOptionalBoolean('accessInspector.signIn.auto') ??
    false;

  // Decided once, when the page opens: the address and the storage it reads
  // are cleaned up by the opening run.
  const [arrival] = useState(() =>
    readArrival(readErrorParam(), readRedirectStarted()?.providerId),
  );
  const [plan] = useState(() =>
    planOpening({
      available: resolved.providers.filter(p => !p.unavailable),
      rememberedId: readRememberedProvider(),
      arrival,
      auto,
      triedOnEveryLoad: p =>
        signInStrategyFor(p, { redirectFlow }).triedOnEveryLoad,
    }),
  );
  const [state, dispatch] = useReducer(
    reduceSignInFlow,
    plan.restoring,
    initialSignInFlowState,
  );

  // Synchronous, unlike the state: two attempts may answer in one tick.
  const signedIn = useRef(false);
  const deps = useMemo<SignInAttemptDeps>(
    () => ({
      request: { apis, discoveryApi, environment },
      strategyOf: provider => signInStrategyFor(provider, { redirectFlow }),
      explanations,
      dispatch,
      noAnswerHintAfterMs,
      succeed(provider: ResolvedSignInProvider, identity: IdentityApi) {
        if (signedIn.current) return;
        signedIn.current = true;
        rememberProvider(provider.id);
        timeline.record({
          type: 'sign-in',
          at: Date.now(),
          detail: provider.title,
        });
        dispatch({ type: 'signedIn', providerId: provider.id });
        onSignInSuccess(ForgetOnSignOutIdentity.wrap(identity));
      },
      recordFailure(provider, finding) {
        timeline.record({
          type: 'failure',
          at: Date.now(),
          detail: `${provider.title}: ${finding.title}`,
        });
      },
    }),
    [
      apis,
      discoveryApi,
      environment,
      redirectFlow,
      explanations,
      noAnswerHintAfterMs,
      timeline,
      onSignInSuccess,
    ],
  );

  // Once per page: later prop changes must not sign in again.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    runOpening(plan, arrival, resolved.providers, deps);
  });

  // Configuration problems (ignored entries, no providers, a provider the
  // app cannot use) are explained with the failure rules: loaded only when
  // there is such a problem.
  const misconfigured =
    resolved.invalidConfigEntries.length > 0 ||
    resolved.providers.length === 0 ||
    resolved.providers.some(p => p.unavailable);
  useEffect(() => {
    if (!misconfigured) {
      dispatch({ type: 'configCleared' });
      return undefined;
    }
    let current = true;
    explanations.explainConfig(resolved).then(findings => {
      if (current) dispatch({ type: 'configExplained', findings });
    });
    return () => {
      current = false;
    };
  }, [misconfigured, resolved, explanations]);

  const signIn = useCallback(
    (provider: ResolvedSignInProvider) => signInWith(provider, deps),
    [deps],
  );
  const stateOf = useCallback(
    (provider: ResolvedSignInProvider) =>
      selectProviderState(state, provider.id),
    [state],
  );
  const unavailableFindingOf = useCallback(
    (provider: ResolvedSignInProvider) =>
      selectUnavailableFinding(state, provider.id),
    [state],
  );
  const { lostRedirect, config } = state;
  const pageFindings = useMemo(
    () => selectPageFindings({ lostRedirect, config }),
    [lostRedirect, config],
  );

  return {
    appTitle,
    restoring: state.restoring,
    unrequestedError: arrival.unrequestedError,
    pageFindings,
    providers: resolved.providers,
    stateOf,
    unavailableFindingOf,
    signIn,
  };
}
