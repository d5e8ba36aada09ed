import type { Finding, FindingText } from '../../../shared/findings/logic';
import {
  classifySignInFailure,
  defaultSignInText,
  type SignInFailure,
  type SignInFailureContext,
} from '../../../shared/logic/signInFailures';
import { providerCallbackUrl } from '../../../shared/providers';
import { signInHelpMessages } from '../../../shared/translations/signInHelpMessages';
import { defaultDoctorText, doctorFinding } from './findings';

import {
  providerNamed,
  readBackstageErrorBody,
  readPastedText,
  type BackstageErrorBody,
  type PastedKind,
  type PastedText,
} from './pastedText';

export {
  readBackstageErrorBody,
  readPastedText,
  type BackstageErrorBody,
  type PastedKind,
  type PastedText,
};

/**
 * How the doctor explains a failure: with the sign-in page's rules and
 * messages, for this app's URLs and `auth.environment`, and the provider
 * the failure names (else the one signed in with).
 */
export type SignInExplanation = {
  text?: FindingText;
} & Partial<SignInFailureContext>;

/** The callback URL of a provider, its id to fill in when unknown. */
function callbackUrlFor(
  given: Partial<SignInFailureContext>,
  providerId: string,
): string | undefined {
  const base = given.authBaseUrl;
  if (!base) return given.callbackUrl;
  return providerId
    ? providerCallbackUrl(base, providerId)
    : `${base.replace(/\/+$/, '')}/<provider id>/handler/frame`;
}

/**
 * The provider a text names wins over the one signed in with. A text that
 * names none is read about no provider first: see {@link explainFailure}.
 */
function namingProvider(
  signIn: SignInExplanation,
  providerId: string | undefined,
): SignInExplanation & { named?: boolean } {
  if (!providerId) return signIn;
  if (providerId === signIn.providerId) return { ...signIn, named: true };
  const { providerTitle: _other, ...rest } = signIn;
  return { ...rest, providerId, named: true };
}

type FindingMessages = Record<string, Record<string, string>>;

/** Whether a sign-in finding's text is about a provider (names it, or its callback). */
function aboutProvider(id: string): boolean {
  const messages = (signInHelpMessages.findings as FindingMessages)[id];
  return (
    !!messages &&
    Object.values(messages).some(m =>
      /\{\{(provider|providerId|callbackUrl)\}\}/.test(m),
    )
  );
}

/**
 * Explains one failure with the one explainer the sign-in page uses. A
 * Backstage error no rule knows is said to be no authentication failure.
 */
export function explainFailure(
  failure: SignInFailure,
  backstage: boolean,
  text: FindingText = defaultDoctorText,
  signIn: SignInExplanation & { named?: boolean } = {},
): Finding {
  const { text: signInText = defaultSignInText, named, ...given } = signIn;
  const classify = (providerId: string) =>
    classifySignInFailure(
      failure,
      {
        pageOrigin: '',
        ...given,
        providerId,
        providerTitle:
          (providerId && given.providerTitle) ||
          providerId ||
          signInText('unnamedProvider'),
        callbackUrl: callbackUrlFor(given, providerId),
      },
      signInText,
      'pasted',
    );
  // A text that names no provider is about none (a backend's 401, a token
  // check, gibberish), unless what it reports is a sign-in at a provider:
  // then the one signed in with is the likeliest.
  const signedInWith = given.providerId ?? '';
  let finding = classify(named ? signedInWith : '');
  if (!named && signedInWith) {
    // A rule that reads the provider (oauth2-proxy's "Authentication
    // failed") says the sign-in decides what the text means.
    const withProvider = classify(signedInWith);
    if (withProvider.id !== finding.id || aboutProvider(finding.id)) {
      finding = withProvider;
    }
  }
  if (finding.id !== 'pastedUnknown' || !backstage) return finding;
  return doctorFinding(
    text,
    'errorOther',
    'warning',
    {
      name: failure.name ?? '',
      message: failure.message ?? '',
      status: failure.status ? ` (HTTP ${failure.status})` : '',
    },
    { evidence: finding.evidence },
  );
}

/**
 * Explains one Backstage error body, as a probe brings it.
 */
export function explainBackstageError(
  error: BackstageErrorBody,
  text: FindingText = defaultDoctorText,
  signIn: SignInExplanation = {},
): Finding {
  return explainFailure(
    { name: error.name, message: error.message, status: error.statusCode },
    true,
    text,
    namingProvider(signIn, providerNamed(error.message)),
  );
}

/**
 * Explains a pasted text that is not a token: what it says went wrong, or
 * why there is nothing to explain. Never throws.
 */
export function explainPastedText(
  pasted: PastedText,
  text: FindingText = defaultDoctorText,
  signIn: SignInExplanation = {},
): Finding {
  if (pasted.kind === 'empty') {
    return doctorFinding(text, 'errorEmpty', 'warning', {});
  }
  if (!pasted.failure || (!pasted.failure.message && !pasted.failure.status)) {
    return doctorFinding(text, 'errorNotBackstage', 'warning', {});
  }
  return explainFailure(
    pasted.failure,
    !!pasted.backstage,
    text,
    namingProvider(signIn, pasted.providerId),
  );
}

/** Reads and explains a pasted error in one step (the support bundle's). */
export function explainErrorBody(
  input: string,
  text: FindingText = defaultDoctorText,
  signIn: SignInExplanation = {},
): Finding {
  return explainPastedText(readPastedText(input), text, signIn);
}
