import { useEffect, useState } from 'react';
import type { ProfileInfo, SessionState } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import type { SignInAuthApi } from '../../shared/providers';

export type ProviderSessionDetails = {
  profile?: ProfileInfo;
  /** When the Backstage identity issued through this provider expires. */
  identityExpiresAt?: Date;
};

/**
 * Follows one provider's session: live state from `sessionState$`, and, while
 * signed in, its profile and identity expiry. Every read is `optional`, so
 * nothing opens a popup. The ID token is read only when asked for
 * (`useProviderIdToken`).
 */
export function useProviderSession(api: SignInAuthApi) {
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
    const profile = await api.getProfile({ optional: true });
    return { profile, identityExpiresAt: identity.expiresAt };
  }, [api, state]);

  return { state, details };
}
