import {
  atlassianAuthApiRef,
  bitbucketAuthApiRef,
  bitbucketServerAuthApiRef,
  githubAuthApiRef,
  gitlabAuthApiRef,
  openshiftAuthApiRef,
  type OpenIdConnectApi,
} from '@backstage/core-plugin-api';
import {
  decodeToken,
  type DecodedToken,
  type TokenDecodeError,
} from '../../shared/logic/token';

// Core builds every one of these on its OAuth2 class, which has a
// getIdToken at run time even where the ref's type has none. Calling it asks
// for the openid scope these providers' sessions never hold (Backstage's
// GitLab sign-in asks for read_user only, though GitLab could issue one): the
// refresh that follows lacks the scope, and core drops the session.
const OAUTH_ONLY_API_REFS: ReadonlySet<string> = new Set(
  [
    githubAuthApiRef,
    gitlabAuthApiRef,
    bitbucketAuthApiRef,
    bitbucketServerAuthApiRef,
    atlassianAuthApiRef,
    openshiftAuthApiRef,
  ].map(ref => ref.id),
);

type IdTokenApi = Pick<OpenIdConnectApi, 'getIdToken'>;

/**
 * Whether the provider's API offers an ID token (`OpenIdConnectApi`): it has
 * `getIdToken`, and its ref is not one of core's OAuth-only providers.
 */
export function offersIdToken<T extends object>(
  api: T | undefined,
  apiRef: { id: string } | undefined,
): api is T & IdTokenApi {
  if (!api || (apiRef && OAUTH_ONLY_API_REFS.has(apiRef.id))) return false;
  return typeof (api as Partial<IdTokenApi>).getIdToken === 'function';
}

/**
 * A provider's ID token as this page may hold it: decoded, without its
 * signature, or why there is none.
 */
export type ProviderIdToken =
  | { kind: 'oauthOnly' }
  | { kind: 'none' }
  | { kind: 'undecodable'; error: TokenDecodeError }
  | { kind: 'decoded'; token: DecodedToken };

/**
 * Reads and decodes a provider's ID token without opening a popup
 * (`optional`). The raw token goes no further than this function: only its
 * header and payload come out. Rejects when `getIdToken` does.
 */
export async function readProviderIdToken(
  api: object | undefined,
  apiRef: { id: string } | undefined,
): Promise<ProviderIdToken> {
  if (!offersIdToken(api, apiRef)) return { kind: 'oauthOnly' };
  const raw = await api.getIdToken({ optional: true });
  if (!raw) return { kind: 'none' };
  const decoded = decodeToken(raw);
  return decoded.ok
    ? { kind: 'decoded', token: decoded.token }
    : { kind: 'undecodable', error: decoded.error };
}
