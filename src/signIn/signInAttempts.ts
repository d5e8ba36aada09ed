import type { Dispatch } from 'react';
import type { IdentityApi } from '@backstage/core-plugin-api';
import type { ResolvedSignInProvider } from '../shared/providers';
import type { SignInFinding } from '../shared/logic/signInFailures';
import { forgetProvider } from '../shared/providers/rememberedProvider';
import type { Arrival, OpeningPlan } from './logic/openingPlan';
import type { SignInFlowAction } from './logic/signInFlowState';
import { clearRedirectStarted, removeErrorParam } from './redirectSignIn';
import type { SignInRequest, SignInStrategy } from './signInStrategies';
import type { SignInExplanations } from './signInExplanations';

/** What the attempts need from the page: its APIs, rules and state. */
export type SignInAttemptDeps = {
  /** The APIs every strategy's request carries. */
  request: Omit<SignInRequest, 'provider' | 'mode'>;
  strategyOf(provider: ResolvedSignInProvider): SignInStrategy;
  explanations: SignInExplanations;
  dispatch: Dispatch<SignInFlowAction>;
  /** Hands the identity to the app; only the first call counts. */
  succeed(provider: ResolvedSignInProvider, identity: IdentityApi): void;
  /** Notes a failure in the session timeline. */
  recordFailure(provider: ResolvedSignInProvider, finding: SignInFinding): void;
  noAnswerHintAfterMs: number;
};

/**
 * A click's sign-in through the provider's strategy. A strategy whose
 * window the page cannot see into gets a hint after a long silence (core's
 * popup has no timeout: an IdP error page keeps it open forever); a failure
 * is explained at the provider.
 */
export async function signInWith(
  provider: ResolvedSignInProvider,
  deps: SignInAttemptDeps,
): Promise<void> {
  const { dispatch, explanations, noAnswerHintAfterMs } = deps;
  const strategy = deps.strategyOf(provider);
  dispatch({ type: 'attemptStarted', providerId: provider.id });
  let settled = false;
  const timer = strategy.explainsSilence
    ? setTimeout(async () => {
        const hint = await explanations.explainNoAnswer(
          provider,
          Math.round(noAnswerHintAfterMs / 1000),
        );
        if (!hint || settled) return;
        dispatch({
          type: 'noAnswerExplained',
          providerId: provider.id,
          ...hint,
        });
      }, noAnswerHintAfterMs)
    : undefined;
  try {
    const identity = await strategy.signIn({
      ...deps.request,
      provider,
      mode: 'interactive',
    });
    settled = true;
    if (identity) deps.succeed(provider, identity);
  } catch (error) {
    settled = true;
    const explained = await explanations.explainFailure(provider, error);
    deps.recordFailure(provider, explained.finding);
    dispatch({ type: 'attemptFailed', providerId: provider.id, ...explained });
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Restores a session without a popup. Resolves true when signed in. A
 * session that is gone is forgotten, unless the backend could not be asked;
 * a provider tried on every load says nothing about the remembered one.
 */
export async function restoreSession(
  provider: ResolvedSignInProvider,
  deps: SignInAttemptDeps,
): Promise<boolean> {
  const { dispatch, explanations } = deps;
  const strategy = deps.strategyOf(provider);
  try {
    const identity = await strategy.signIn({
      ...deps.request,
      provider,
      mode: 'silent',
    });
    if (identity) {
      deps.succeed(provider, identity);
      return true;
    }
    const { finding, keepRemembered } =
      await explanations.explainNoSession(provider);
    if (!keepRemembered) forgetProvider();
    dispatch({ type: 'attemptFailed', providerId: provider.id, finding });
  } catch (error) {
    if (
      !strategy.triedOnEveryLoad &&
      !(await explanations.isNetworkError(error))
    ) {
      forgetProvider();
    }
    const { finding } = await explanations.explainFailure(provider, error);
    deps.recordFailure(provider, finding);
    dispatch({ type: 'attemptFailed', providerId: provider.id, finding });
  }
  return false;
}

/**
 * The opening run: cleans up the address, explains a failed redirect,
 * restores sessions without a popup, then signs in automatically if planned.
 */
export async function runOpening(
  plan: OpeningPlan<ResolvedSignInProvider>,
  arrival: Arrival,
  providers: readonly ResolvedSignInProvider[],
  deps: SignInAttemptDeps,
): Promise<void> {
  const { dispatch, explanations } = deps;
  // The error parameter is read once and must not outlive this page: a
  // reload or a shared link would otherwise carry it on.
  clearRedirectStarted();
  removeErrorParam();
  if (arrival.redirectError) {
    forgetProvider();
    const { message, providerId } = arrival.redirectError;
    const provider = providers.find(p => p.id === providerId);
    explanations
      .explainRedirectError(message, providerId, provider)
      .then(finding => {
        if (!provider) {
          // Shown with the page's problems: its provider's card is gone.
          dispatch({ type: 'lostRedirectExplained', finding });
          return;
        }
        deps.recordFailure(provider, finding);
        dispatch({ type: 'attemptFailed', providerId, finding });
      });
  }

  for (const provider of plan.everyLoad) {
    if (await restoreSession(provider, deps)) return;
  }
  if (plan.remembered && (await restoreSession(plan.remembered, deps))) return;
  if (plan.auto) {
    const strategy = deps.strategyOf(plan.auto);
    if (strategy.restoresBeforeAuto) {
      const identity = await strategy
        .signIn({ ...deps.request, provider: plan.auto, mode: 'silent' })
        .catch(() => undefined);
      if (identity) {
        deps.succeed(plan.auto, identity);
        return;
      }
    }
    dispatch({ type: 'restoreEnded' });
    await signInWith(plan.auto, deps);
    return;
  }
  dispatch({ type: 'restoreEnded' });
}
