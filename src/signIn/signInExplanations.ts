import { useMemo } from 'react';
import {
  configApiRef,
  discoveryApiRef,
  useApi,
  type DiscoveryApi,
} from '@backstage/core-plugin-api';
import {
  translationApiRef,
  type TranslationApi,
} from '@backstage/core-plugin-api/alpha';
import {
  type ResolvedSignInProvider,
  type ResolvedSignInProviders,
} from '../shared/providers';
import type {
  SignInFailureContext,
  SignInFinding,
} from '../shared/logic/signInFailures';
import type { FindingText } from '../shared/findings/logic';
import { useSignInPageText } from '../shared/hooks/useSignInPageText';
import type { ConfigFindings } from './logic/signInFlowState';

type WithRules = typeof import('./signInExplanationsWithRules');

let withRules: Promise<WithRules> | undefined;

/**
 * The explanations and the failure rules behind them, loaded on the first
 * failure. A failed load is not cached: the next failure tries again.
 */
function loadWithRules(): Promise<WithRules> {
  withRules ??= import('./signInExplanationsWithRules').catch(error => {
    withRules = undefined;
    throw error;
  });
  return withRules;
}

/**
 * Stands in for the explanation when its code or strings could not be
 * loaded: the failure's own message and why there is no more to say, in the
 * page's own strings.
 */
export function unexplainedFinding(
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

/** An explanation: the finding, and the window's context when it has one. */
export type Explained = {
  finding: SignInFinding;
  window?: SignInFailureContext;
};

/** What {@link useSignInExplanations} gives the flow. */
export type SignInExplanations = {
  /** Why an attempt failed; never rejects. */
  explainFailure(
    provider: ResolvedSignInProvider,
    error: unknown,
  ): Promise<Explained>;
  /** What a sign-in window silent for `seconds` most likely shows, if known. */
  explainNoAnswer(
    provider: ResolvedSignInProvider,
    seconds: number,
  ): Promise<Explained | undefined>;
  /**
   * Why a silent restore found no session: the backend is down or lacks the
   * provider, else the session is gone. `keepRemembered` when the backend
   * could not be reached (the session may well be there).
   */
  explainNoSession(
    provider: ResolvedSignInProvider,
  ): Promise<{ finding: SignInFinding; keepRemembered: boolean }>;
  /** Whether an error means the browser got no answer at all. */
  isNetworkError(error: unknown): Promise<boolean>;
  /**
   * The auth backend's `?error=` after a redirect this tab started; the
   * provider may be gone from the page (then only its id is known).
   */
  explainRedirectError(
    message: string,
    providerId: string,
    provider?: ResolvedSignInProvider,
  ): Promise<SignInFinding>;
  /** Configuration problems: the page's, and each unavailable provider's. */
  explainConfig(resolved: ResolvedSignInProviders): Promise<ConfigFindings>;
};

/** What the explanations read: the app's strings, config and discovery. */
export type ExplanationSources = {
  translationApi: TranslationApi;
  pageText: FindingText;
  discoveryApi: DiscoveryApi;
  appBaseUrl?: string;
  /** `auth.environment`, if set. */
  environment?: string;
};

/**
 * Explains what went wrong, with the explanations, the failure rules and
 * their strings loaded on first use: a healthy sign-in never loads them.
 * Every explanation resolves, with the page's own words when they cannot be
 * loaded.
 */
export function createSignInExplanations(
  sources: ExplanationSources,
): SignInExplanations {
  const { pageText } = sources;
  const loaded = () =>
    loadWithRules().then(m => m.createSignInExplanations(sources));
  return {
    explainFailure: (provider, error) =>
      loaded().then(
        e => e.explainFailure(provider, error),
        loadError => ({
          finding: unexplainedFinding(error, loadError, pageText),
        }),
      ),
    explainNoAnswer: (provider, seconds) =>
      loaded().then(
        e => e.explainNoAnswer(provider, seconds),
        () => undefined,
      ),
    explainNoSession: provider =>
      loaded().then(
        e => e.explainNoSession(provider),
        loadError => ({
          keepRemembered: false,
          finding: unexplainedFinding('', loadError, pageText),
        }),
      ),
    isNetworkError: error =>
      loaded().then(
        e => e.isNetworkError(error),
        () => false,
      ),
    explainRedirectError: (message, providerId, provider) =>
      loaded().then(
        e => e.explainRedirectError(message, providerId, provider),
        loadError =>
          unexplainedFinding(
            pageText('redirect.backendAnswered', { message }),
            loadError,
            pageText,
          ),
      ),
    explainConfig: resolved =>
      loaded().then(
        e => e.explainConfig(resolved),
        loadError => ({
          page: [unexplainedFinding('', loadError, pageText)],
          unavailable: {},
        }),
      ),
  };
}

/** {@link createSignInExplanations} over the app's APIs and config. */
export function useSignInExplanations(): SignInExplanations {
  const pageText = useSignInPageText();
  const translationApi = useApi(translationApiRef);
  const configApi = useApi(configApiRef);
  const discoveryApi = useApi(discoveryApiRef);
  const appBaseUrl = configApi.getOptionalString('app.baseUrl');
  const environment = configApi.getOptionalString('auth.environment');
  return useMemo(
    () =>
      createSignInExplanations({
        translationApi,
        pageText,
        discoveryApi,
        appBaseUrl,
        environment,
      }),
    [translationApi, pageText, discoveryApi, appBaseUrl, environment],
  );
}
