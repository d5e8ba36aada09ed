import { useEffect, useState } from 'react';
import type {
  OpenIdConnectApi,
  ProfileInfo,
  SessionState,
} from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import type { SignInAuthApi } from '../../shared/providers';
import { decodeToken, type TokenDecodeResult } from '../../shared/logic/token';

export type ProviderSessionDetails = {
  profile?: ProfileInfo;
  /** When the Backstage identity issued through this provider expires. */
  identityExpiresAt?: Date;
  /** The provider's ID token, decoded; the raw token is not kept. */
  idToken?: TokenDecodeResult;
};

type ProviderApi = SignInAuthApi &
  Partial<Pick<OpenIdConnectApi, 'getIdToken'>>;

/**
 * Follows one provider's session: live state from `sessionState$`, and, while
 * signed in, its profile, identity expiry and decoded ID token. Every read is
 * `optional`, so nothing opens a popup.
 */
export function useProviderSession(api: ProviderApi) {
  const [state, setState] = useState<SessionState | undefined>(undefined);

  useEffect(() => {
    const subscription = api.sessionState$().subscribe(setState);
    return () => subscription.unsubscribe();
  }, [api]);

  const details = useAsyncRetry(async (): Promise<
    ProviderSessionDetails | undefined
  > => {
    // A silent check: restores a session from the provider's refresh cookie
    // if there is one, and moves sessionState$ to SignedIn.
    const identity = await api.getBackstageIdentity({ optional: true });
    if (!identity) return undefined;
    const [profile, idToken] = await Promise.all([
      api.getProfile({ optional: true }),
      typeof api.getIdToken === 'function'
        ? api.getIdToken({ optional: true })
        : Promise.resolve(undefined),
    ]);
    return {
      profile,
      identityExpiresAt: identity.expiresAt,
      idToken: idToken ? decodeToken(idToken) : undefined,
    };
  }, [api, state]);

  return { state, details };
}
