import type { FindingEvidence, FindingText } from '../../findings/logic';
import {
  isProxiedProviderId,
  PROXIED_PROVIDERS,
  type ProxiedProviderId,
} from '../../providers/proxied';
import {
  defaultSignInText,
  signInFinding,
  type SignInFinding,
} from '../signInFailures/findings';

/**
 * Whether a proxied provider's backend module checks who wrote the headers
 * it signs users in from. Read from each module's authenticator
 * (`@backstage/plugin-auth-backend-module-*-provider`, `dist/authenticator`
 * and `dist/helpers`):
 * - oauth2Proxy reads `X-Forwarded-User`, `X-Forwarded-Email`,
 *   `X-Forwarded-Preferred-Username` and decodes `X-OAUTH2-PROXY-ID-TOKEN`
 *   with `jose.decodeJwt`, which checks no signature.
 * - azureEasyAuth decodes `x-ms-token-aad-id-token` with `jose.decodeJwt`
 *   too: only App Service's front end, which strips a client's `x-ms-*`
 *   headers, keeps that header honest.
 * - gcpIap verifies `x-goog-iap-jwt-assertion` against Google's keys and the
 *   configured audience (`verifySignedJwtWithCertsAsync`); awsalb verifies
 *   `x-amzn-oidc-data` with the load balancer's key (`jose.jwtVerify`);
 *   cfaccess verifies `cf-access-jwt-assertion` against the team's keys
 *   (`jose.jwtVerify`). A request around those proxies cannot forge them.
 */
export const HEADER_TRUST: Readonly<
  Record<ProxiedProviderId, { verified: boolean; headers: readonly string[] }>
> = {
  oauth2Proxy: {
    verified: false,
    headers: [
      'X-Forwarded-User',
      'X-Forwarded-Email',
      'X-Forwarded-Preferred-Username',
      'X-OAUTH2-PROXY-ID-TOKEN',
    ],
  },
  azureEasyAuth: {
    verified: false,
    headers: ['x-ms-token-aad-id-token', 'x-ms-token-aad-access-token'],
  },
  gcpIap: { verified: true, headers: ['x-goog-iap-jwt-assertion'] },
  awsalb: { verified: true, headers: ['x-amzn-oidc-data'] },
  cfaccess: { verified: true, headers: ['cf-access-jwt-assertion'] },
};

/** What one proxied provider's refresh from this page showed. */
export type ProxiedDoorInput = {
  providerId: string;
  providerTitle: string;
  /**
   * How the refresh ended: the auth backend answered that the proxy's header
   * is missing (`headerMissing`: the request reached Backstage without the
   * proxy), the auth backend answered with another error of its own
   * (`backendRefused`), or anything else (`other`: signed in, the proxy
   * answered, no answer), which shows no way around the proxy.
   */
  outcome: 'headerMissing' | 'backendRefused' | 'other';
  /** The backend's message, quoted in the evidence. */
  message?: string;
  /** The address the request went to (`<auth>/<id>/refresh`). */
  requestUrl?: string;
  /** What the failure's explanation already quoted (header, message). */
  evidence?: FindingEvidence[];
};

/**
 * Whether this page's own requests show that anyone could sign in as anyone:
 * the auth backend answered a proxied provider's refresh that did not pass
 * through its proxy, and that provider's module trusts plain headers. Then
 * whoever reaches the same address can set those headers. Reasoned from the
 * answer alone: the page never sends such a header itself.
 *
 * Returns a problem for a module that trusts plain headers, information for
 * one that verifies signed headers (a bypass is a failed sign-in there),
 * "could not tell" for a provider the app marks proxied whose module the
 * page does not know, and nothing when the refresh showed no way around.
 */
export function proxiedOpenDoor(
  input: ProxiedDoorInput,
  text: FindingText = defaultSignInText,
): SignInFinding | undefined {
  const quoted = text('evidence.errorMessage');
  const given = input.evidence ?? [];
  const evidence: FindingEvidence[] = [
    ...(input.requestUrl
      ? [{ label: text('evidence.request'), value: `GET ${input.requestUrl}` }]
      : []),
    // The backend's own words, quoted once.
    ...(input.message && !given.some(e => e.label === quoted)
      ? [{ label: quoted, value: input.message }]
      : []),
    ...given,
  ];
  const address = input.requestUrl
    ? new URL(input.requestUrl).origin
    : text('openDoor.thisAddress');
  if (!isProxiedProviderId(input.providerId)) {
    if (input.outcome === 'other') return undefined;
    return signInFinding(
      text,
      'openDoorUnknownModule',
      'unknown',
      { provider: input.providerTitle, address },
      evidence,
    );
  }
  if (input.outcome !== 'headerMissing') return undefined;
  const facts = PROXIED_PROVIDERS[input.providerId];
  const trust = HEADER_TRUST[input.providerId];
  const params = {
    provider: input.providerTitle,
    proxy: facts.proxy,
    headers: trust.headers.join(', '),
    address,
  };
  return signInFinding(
    text,
    trust.verified ? 'openDoorSignedHeaders' : 'openDoorHeaderTrust',
    trust.verified ? 'info' : 'problem',
    params,
    evidence,
  );
}
