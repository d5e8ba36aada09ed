import { useEffect, useMemo, useState } from 'react';
import {
  identityApiRef,
  useApi,
  type BackstageUserIdentity,
  type ProfileInfo,
} from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { decodeToken, type TokenDecodeResult } from '../../shared/logic/token';
import { useSessionTimeline, type SessionEvent } from '../../shared/timeline';

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

function lastRenewal(events: ReadonlyArray<SessionEvent>): number | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    if (events[i].type === 'refresh') return events[i].at;
  }
  return undefined;
}

/**
 * Reads the identity, profile and Backstage token from `identityApiRef`, and
 * reads the token again whenever the session timeline records a renewal (the
 * banner's refresh, or Backstage renewing on its own): the page then shows
 * the token the app now sends, not the one it loaded with.
 */
export function useBackstageToken() {
  const identityApi = useApi(identityApiRef);
  const timeline = useSessionTimeline();
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

  const [renewed, setRenewed] = useState<{ token: string }>();
  useEffect(() => {
    let seen = lastRenewal(timeline.getEvents());
    let active = true;
    const off = timeline.subscribe(() => {
      const at = lastRenewal(timeline.getEvents());
      if (at === seen) return;
      seen = at;
      identityApi.getCredentials().then(
        ({ token }) => {
          if (active && token) setRenewed({ token });
        },
        // The card keeps showing the token it has; the banner reports
        // a session that cannot be read.
        () => {},
      );
    });
    return () => {
      active = false;
      off();
    };
  }, [timeline, identityApi]);

  const current = useMemo(() => {
    if (!value || !renewed || renewed.token === value.token) return value;
    return {
      ...value,
      token: renewed.token,
      decoded: decodeToken(renewed.token),
    };
  }, [value, renewed]);

  return { value: current, loading, error, retry };
}
