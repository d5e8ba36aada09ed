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
  providerCallbackUrl,
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
type ExplanationSources = {
  translationApi: TranslationApi;
  pageText: FindingText;
  discoveryApi: DiscoveryApi;
  appBaseUrl?: string;
  /** `auth.environment`, if set. */
  environment?: string;
};

/**
 * Explains what went wrong, with the failure rules and their strings loaded
 * on first use: a healthy sign-in never loads them. Every explanation
 * resolves, with the page's own words when the rules cannot be loaded.
 */
export function createSignInExplanations(
  sources: ExplanationSources,
): SignInExplanations {
  const { translationApi, pageText, discoveryApi, appBaseUrl, environment } =
    sources;
  const env = environment ?? 'development';
  const loadRules = () =>
    loadExplainer().then(async rules => ({
      rules,
      text: await rules.loadSignInHelpText(translationApi, pageText),
    }));
  const contextFor = async (
    provider: Pick<ResolvedSignInProvider, 'id' | 'title'>,
  ): Promise<SignInFailureContext> => {
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
  };
  const backendAnswered = (message: string) =>
    pageText('redirect.backendAnswered', { message });

  return {
    async explainFailure(provider, error) {
      const context = await contextFor(provider);
      return loadRules().then(
        async ({ rules, text }) => {
          const result = await rules.explainSignInAttempt(
            error,
            provider,
            context,
            env,
            text,
          );
          return { finding: result.finding, window: result.context };
        },
        loadError => ({
          finding: unexplainedFinding(error, loadError, pageText),
        }),
      );
    },
    async explainNoAnswer(provider, seconds) {
      const context = await contextFor(provider);
      const loaded = await loadRules().catch(() => undefined);
      if (!loaded) return undefined;
      const hint = await loaded.rules.explainSilentWindow(
        { kind: 'noAnswer', seconds },
        provider,
        context,
        env,
        loaded.text,
      );
      return { finding: hint.finding, window: hint.context };
    },
    async explainNoSession(provider) {
      // Silent refresh hides network errors as "no session": ask the
      // backend before telling the user their session is gone.
      const context = await contextFor(provider);
      let loadError: unknown;
      const loaded = await loadRules().catch(e => {
        loadError = e;
        return undefined;
      });
      const verdict = await loaded?.rules.backendVerdict(
        provider,
        context,
        env,
        loaded.text,
      );
      return {
        keepRemembered: verdict?.id === 'backendUnreachable',
        finding:
          verdict ??
          loaded?.rules.sessionNotRestoredFinding(
            { providerTitle: provider.title },
            loaded.text,
          ) ??
          unexplainedFinding('', loadError, pageText),
      };
    },
    async isNetworkError(error) {
      const rules = await loadExplainer().catch(() => undefined);
      return Boolean(rules?.isNetworkFailure(rules.describeSignInError(error)));
    },
    async explainRedirectError(message, providerId, provider) {
      const context = provider
        ? contextFor(provider)
        : Promise.resolve<SignInFailureContext>({
            providerId,
            providerTitle: providerId,
            pageOrigin: window.location.origin,
            appBaseUrl,
            environment,
          });
      return Promise.all([context, loadRules()]).then(
        ([ctx, { rules, text }]) =>
          rules.redirectErrorFinding(message, ctx, text),
        loadError =>
          unexplainedFinding(backendAnswered(message), loadError, pageText),
      );
    },
    async explainConfig(resolved) {
      return loadRules().then(
        ({ rules, text }) => {
          const unavailable: Record<string, SignInFinding> = {};
          for (const provider of resolved.providers) {
            const finding = rules.unavailableProviderFinding(provider, text);
            if (finding) unavailable[provider.id] = finding;
          }
          return {
            page: rules.providerConfigFindings(resolved, text),
            unavailable,
          };
        },
        loadError => ({
          page: [unexplainedFinding('', loadError, pageText)],
          unavailable: {},
        }),
      );
    },
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
