import {
  identityApiRef,
  useApi,
  type BackstageUserIdentity,
  type ProfileInfo,
} from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { decodeToken, type TokenDecodeResult } from '../../shared/logic/token';

/**
 * The signed-in identity and its token, decoded once.
 */
export type BackstageTokenState = {
  identity: BackstageUserIdentity;
  profile: ProfileInfo;
  /** The raw token, kept in memory only; undefined when the session has none. */
  token?: string;
  decoded?: TokenDecodeResult;
};

/**
 * Reads the identity, profile and Backstage token from `identityApiRef`.
 */
export function useBackstageToken() {
  const identityApi = useApi(identityApiRef);
  const { value, loading, error, retry } = useAsyncRetry(async () => {
    const [identity, profile, credentials] = await Promise.all([
      identityApi.getBackstageIdentity(),
      identityApi.getProfileInfo(),
      identityApi.getCredentials(),
    ]);
    const state: BackstageTokenState = {
      identity,
      profile,
      token: credentials.token,
      decoded: credentials.token ? decodeToken(credentials.token) : undefined,
    };
    return state;
  }, [identityApi]);
  return { value, loading, error, retry };
}
