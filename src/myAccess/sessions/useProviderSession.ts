import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ProfileInfo, SessionState } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import type { SignInAuthApi } from '../../shared/providers';
import { decodeToken } from '../../shared/logic/token';
import { useSessionTimeline } from '../../shared/timeline';

/** When the token expires: its `exp`, the same source the token card and the banner read. */
function tokenExpiry(token: string | undefined, fallback?: Date) {
  const decoded = token ? decodeToken(token) : undefined;
  const exp = decoded?.ok ? decoded.token.payload.exp : undefined;
  return typeof exp === 'number' && Number.isFinite(exp)
    ? new Date(exp * 1000)
    : fallback;
}

export type ProviderSessionDetails = {
  profile?: ProfileInfo;
  /**
   * When the Backstage token issued through this provider expires (its `exp`;
   * the session's own record when the token has none).
   */
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

  // A renewal (recorded by the banner) gives the session a new token: read
  // it again so the card shows the new expiry.
  const timeline = useSessionTimeline();
  const renewals = useSyncExternalStore(
    timeline.subscribe,
    () => timeline.getEvents().findLast(e => e.type === 'refresh')?.at,
  );

  const details = useAsyncRetry(async (): Promise<
    ProviderSessionDetails | undefined
  > => {
    // A silent check: restores a session from the provider's refresh cookie
    // if there is one, and moves sessionState$ to SignedIn.
    const identity = await api.getBackstageIdentity({ optional: true });
    if (!identity) return undefined;
    const profile = await api.getProfile({ optional: true });
    return {
      profile,
      identityExpiresAt: tokenExpiry(identity.token, identity.expiresAt),
    };
  }, [api, state, renewals]);

  return { state, details };
}
