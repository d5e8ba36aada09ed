import type { ResolvedSignInProvider } from '../shared/providers';
import {
  backendLacksProvider,
  classifyProviderProbe,
  classifySignInFailure,
  describeSignInError,
  type SignInFailureContext,
  type SignInFinding,
} from '../shared/logic/signInFailures';
import type { FindingText } from '../shared/findings/logic';
import { probeAuthProvider } from './probeAuthProviders';

/**
 * Why a sign-in failed, in the page's words. Loaded with the strings that
 * explain failures only when something fails or is misconfigured: a healthy
 * sign-in never needs the classification rules.
 */
export function explainSignInError(
  error: unknown,
  context: SignInFailureContext,
  text: FindingText,
): SignInFinding {
  return classifySignInFailure(describeSignInError(error), context, text);
}

/**
 * Asks the backend whether it has the provider at all: a finding when it
 * cannot be reached or lacks the provider, else undefined.
 */
export async function backendVerdict(
  provider: Pick<ResolvedSignInProvider, 'id' | 'kind'>,
  context: SignInFailureContext,
  environment: string,
  text: FindingText,
): Promise<SignInFinding | undefined> {
  if (!context.authBaseUrl) return undefined;
  const probe = await probeAuthProvider(
    context.authBaseUrl,
    provider,
    environment,
  );
  if (probe.kind === 'networkError') {
    return classifySignInFailure(
      { name: 'TypeError', message: probe.message },
      context,
      text,
    );
  }
  if (backendLacksProvider(classifyProviderProbe(probe))) {
    return classifySignInFailure(
      {
        name: probe.errorName,
        message: probe.errorMessage,
        status: probe.status,
      },
      context,
      text,
    );
  }
  return undefined;
}

export {
  describeSignInError,
  isNetworkFailure,
  noAnswerFinding,
  providerConfigFindings,
  redirectErrorFinding,
  sessionNotRestoredFinding,
  unavailableProviderFinding,
} from '../shared/logic/signInFailures';
export { loadSignInHelpText } from '../shared/translations/signInHelpTranslationRef';
