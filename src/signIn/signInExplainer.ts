import type { ResolvedSignInProvider } from '../shared/providers';
import {
  backendLacksProvider,
  classifyProviderProbe,
  classifySignInFailure,
  describeSignInError,
  noAnswerFinding,
  popupClosedFinding,
  type SignInFailureContext,
  type SignInFinding,
} from '../shared/logic/signInFailures';
import type { FindingText } from '../shared/findings/logic';
import { probeAuthProvider, probeSignInStart } from './probeAuthProviders';

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

/**
 * Why a sign-in attempt failed; a window closed without an answer is
 * explained with what it most likely showed, and the context its pasted
 * text is explained in.
 */
export async function explainSignInAttempt(
  error: unknown,
  provider: Pick<ResolvedSignInProvider, 'id' | 'kind'>,
  context: SignInFailureContext,
  environment: string,
  text: FindingText,
): Promise<{ finding: SignInFinding; context?: SignInFailureContext }> {
  const finding = explainSignInError(error, context, text);
  if (finding.id !== 'popupClosed') return { finding };
  return explainSilentWindow(
    { kind: 'popupClosed' },
    provider,
    context,
    environment,
    text,
  );
}

/**
 * What a silent sign-in window (`noAnswer`, still open after `seconds`) or
 * one closed without an answer (`popupClosed`) most likely showed. The
 * backend's verdict wins (down, or lacking the provider); else the page
 * follows the window's start address itself, and lists the identity
 * provider out of reach first when it could not reach it either. Returns the
 * finding and the context it was explained in, for what the user pastes
 * from the window.
 */
export async function explainSilentWindow(
  silence: { kind: 'noAnswer'; seconds: number } | { kind: 'popupClosed' },
  provider: Pick<ResolvedSignInProvider, 'id' | 'kind'>,
  context: SignInFailureContext,
  environment: string,
  text: FindingText,
): Promise<{ finding: SignInFinding; context?: SignInFailureContext }> {
  const verdict = await backendVerdict(provider, context, environment, text);
  if (verdict) return { finding: verdict };
  const reach = context.authBaseUrl
    ? await probeSignInStart(
        context.authBaseUrl,
        provider.id,
        environment,
        context.pageOrigin,
      )
    : undefined;
  const windowContext: SignInFailureContext = {
    ...context,
    ...(reach === 'unreachable' && { windowReach: reach }),
  };
  return {
    finding:
      silence.kind === 'noAnswer'
        ? noAnswerFinding(windowContext, silence.seconds, text)
        : popupClosedFinding(windowContext, text),
    context: windowContext,
  };
}

export {
  describeSignInError,
  isNetworkFailure,
  providerConfigFindings,
  redirectErrorFinding,
  sessionNotRestoredFinding,
  unavailableProviderFinding,
} from '../shared/logic/signInFailures';
export { loadSignInHelpText } from '../shared/translations/signInHelpTranslationRef';
