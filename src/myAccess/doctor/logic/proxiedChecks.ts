import {
  classifySignInFailure,
  defaultSignInText,
  describeSignInError,
} from '../../../shared/logic/signInFailures';
import type { Finding, FindingText } from '../../../shared/findings/logic';
import { defaultDoctorText, doctorFinding } from './findings';

/**
 * What one refresh of a proxied provider got, through the sign-in page's
 * client: the identity the backend signed in, or what the client threw.
 */
export type ProxiedProbeResult =
  { ok: true; userEntityRef: string } | { ok: false; error: unknown };

/** One proxied provider the app offers, and what its refresh got. */
export type ProxiedCheckInput = {
  providerId: string;
  providerTitle: string;
  /**
   * Whether this page's Backstage session came from this provider (the
   * remembered provider id): only then does a failure affect it.
   */
  sessionProvider: boolean;
  result: ProxiedProbeResult;
  /** `window.location.origin`. */
  pageOrigin: string;
  appBaseUrl?: string;
  authBaseUrl?: string;
  /** `auth.environment`. */
  environment?: string;
};

/**
 * Whether a proxied provider signs the user in from this address: its
 * refresh answered with an identity (ok), reached Backstage without the
 * proxy's header (the address bypasses the proxy, or the proxy does not
 * forward it), or was answered by the proxy itself (no proxy session). The
 * cause and fix are the sign-in page's, from the shared explainer; anything
 * else is "could not tell". A failure is a problem or warning only for the
 * provider this session came from: for another one it is information.
 */
export function checkProxiedProvider(
  input: ProxiedCheckInput,
  text: FindingText = defaultDoctorText,
  signInText: FindingText = defaultSignInText,
): Finding {
  const id = `proxied:${input.providerId}`;
  const provider = input.providerTitle;
  const { result } = input;
  if (result.ok) {
    return doctorFinding(
      text,
      'proxiedSignedIn',
      'ok',
      { provider, user: result.userEntityRef },
      { id },
    );
  }
  const failure = describeSignInError(result.error);
  const explained = classifySignInFailure(
    failure,
    {
      providerId: input.providerId,
      providerTitle: provider,
      pageOrigin: input.pageOrigin,
      appBaseUrl: input.appBaseUrl,
      authBaseUrl: input.authBaseUrl,
      environment: input.environment,
    },
    signInText,
  );
  const params = {
    provider,
    reason: explained.title,
    explanation: explained.detail,
  };
  const explainedAs = (finding: Finding): Finding => ({
    ...finding,
    ...(explained.fix && { fix: explained.fix }),
    ...(explained.evidence && { evidence: explained.evidence }),
  });
  if (explained.id === 'proxyHeaderMissing') {
    return explainedAs(
      input.sessionProvider
        ? doctorFinding(text, 'proxiedBypassed', 'problem', params, { id })
        : doctorFinding(text, 'proxiedBypassedElsewhere', 'info', params, {
            id,
          }),
    );
  }
  if (explained.id === 'proxySignInRequired') {
    return explainedAs(
      input.sessionProvider
        ? doctorFinding(text, 'proxiedSignInRequired', 'warning', params, {
            id,
          })
        : doctorFinding(
            text,
            'proxiedSignInRequiredElsewhere',
            'info',
            params,
            {
              id,
            },
          ),
    );
  }
  const message =
    failure.message ||
    [failure.name, failure.status].filter(Boolean).join(' ') ||
    String(result.error);
  return doctorFinding(
    text,
    'proxiedUnknown',
    'unknown',
    { provider, message },
    { id, evidence: explained.evidence },
  );
}
