/**
 * The OAuth 2.0 and OpenID Connect error codes an identity provider sends
 * back (RFC 6749 §4.1.2.1 and §5.2, OIDC Core §3.1.2.6), each with the
 * finding that explains it.
 */
export const IDP_ERROR_FINDINGS = {
  redirect_uri_mismatch: 'idpRedirectUriMismatch',
  invalid_client: 'idpInvalidClient',
  unauthorized_client: 'idpUnauthorizedClient',
  invalid_grant: 'idpInvalidGrant',
  invalid_scope: 'idpInvalidScope',
  access_denied: 'idpAccessDenied',
  consent_required: 'idpConsentRequired',
  login_required: 'idpLoginRequired',
  interaction_required: 'idpInteractionRequired',
} as const;

/** An error code of {@link IDP_ERROR_FINDINGS}. */
export type IdpErrorCode = keyof typeof IDP_ERROR_FINDINGS;

// Providers that say it in words or in their own codes instead: GitHub's
// error_description, Entra ID's AADSTS numbers, Google's error page.
const PHRASES: Array<[RegExp, IdpErrorCode]> = [
  [
    /redirect_uri MUST match|invalid redirect_uri|redirect URI .* does not match|AADSTS50011\b/i,
    'redirect_uri_mismatch',
  ],
  [
    /AADSTS(7000215|7000222|700016)\b|client authentication failed|incorrect client credentials/i,
    'invalid_client',
  ],
  [/AADSTS65001\b/, 'consent_required'],
  [
    /AADSTS50105\b|denied your application access|end-user aborted/i,
    'access_denied',
  ],
  [/AADSTS50076\b|AADSTS50079\b/, 'interaction_required'],
  [/AADSTS70008\b|AADSTS54005\b/, 'invalid_grant'],
];

const CODE = new RegExp(`\\b(${Object.keys(IDP_ERROR_FINDINGS).join('|')})\\b`);

/**
 * Finds the identity provider's error code in any text that carries one: a
 * popup's "Authentication failed, redirect_uri_mismatch", a callback URL's
 * `?error=`, a token endpoint's JSON or the provider's own error page.
 */
export function readIdpError(message: string): IdpErrorCode | undefined {
  const code = CODE.exec(message)?.[1] as IdpErrorCode | undefined;
  return code ?? PHRASES.find(([re]) => re.test(message))?.[1];
}
