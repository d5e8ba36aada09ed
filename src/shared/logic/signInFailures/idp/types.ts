/** The identity providers the catalog knows by their own words. */
export const IDPS = [
  'entraId',
  'okta',
  'google',
  'github',
  'gitlab',
  'keycloak',
  'auth0',
  'cognito',
  'bitbucket',
  'onelogin',
  'ping',
] as const;

/** An identity provider of {@link IDPS}. */
export type IdpId = (typeof IDPS)[number];

/**
 * The generic OAuth 2.0 / OpenID Connect error codes (RFC 6749 §4.1.2.1 and
 * §5.2, OIDC Core §3.1.2.6), plus `redirect_uri_mismatch`, which GitHub and
 * Google send although no RFC defines it. Every catalog entry belongs to one
 * of these families.
 */
export const OAUTH_ERROR_CODES = [
  'redirect_uri_mismatch',
  'invalid_client',
  'unauthorized_client',
  'invalid_grant',
  'invalid_scope',
  'access_denied',
  'consent_required',
  'login_required',
  'interaction_required',
  'invalid_request',
  'unsupported_response_type',
  'unsupported_grant_type',
  'server_error',
  'temporarily_unavailable',
] as const;

/** A code of {@link OAUTH_ERROR_CODES}. */
export type OAuthErrorCode = (typeof OAUTH_ERROR_CODES)[number];

/**
 * Where an entry's text comes from: the IdP's published document (title and
 * URL) or its source code (repository and path). `note` says what the
 * document did not show, and where the exact wording was read instead.
 */
export type IdpSource = {
  title: string;
  url?: string;
  repo?: string;
  path?: string;
  note?: string;
};

/**
 * One error page, callback `error`/`error_description` or code an IdP shows
 * during a Backstage sign-in. Its cause and fix are messages under
 * `idpCatalog.entries.<id>` (`title`, `detail`, `fix`, and `causes.<key>`
 * for each of `causes`, most likely first).
 */
export type IdpCatalogEntry = {
  /** The key of its messages; unique. */
  id: string;
  idp: IdpId;
  /** The text as the IdP writes it ('…' where it fills in a value). */
  quote: string;
  /** Recognises the text in anything pasted or reported. */
  match: RegExp;
  /** The generic code family it belongs to. */
  family: OAuthErrorCode;
  source: IdpSource;
  /**
   * Several causes, most likely first: keys of
   * `idpCatalog.entries.<id>.causes`.
   */
  causes?: readonly string[];
  /** Someone's own choice or a page to finish, not a fault: a warning. */
  warning?: true;
  /** The fix names the callback URL to register: show it as evidence. */
  callbackUrl?: true;
  /**
   * Other servers write the same words (the library the IdP is built on):
   * the text alone does not name the IdP.
   */
  shared?: true;
};
