import {
  providerCallbackUrl,
  type ResolvedSignInProvider,
} from '../shared/providers';
import type {
  SignInFailureContext,
  SignInFinding,
} from '../shared/logic/signInFailures';
import * as explainerModule from './signInExplainer';
import {
  unexplainedFinding,
  type ExplanationSources,
  type SignInExplanations,
} from './signInExplanations';

/** The failure rules: this module is loaded with them, on first use. */
const loadExplainer = () => Promise.resolve(explainerModule);

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
