import { useEffect, useRef } from 'react';
import { useSessionTimeline } from '../../shared/timeline';
import {
  formatEpochSeconds,
  readBackstageClaims,
  type TokenDecodeResult,
} from '../../shared/logic/token';

/**
 * Puts each Backstage token this tab sees into the session timeline, once:
 * when it was issued and when it expires.
 */
export function useObservedTokens(
  decoded: TokenDecodeResult | undefined,
  now: () => number,
) {
  const { record: recordSessionEvent } = useSessionTimeline();
  const observed = useRef<string | undefined>(undefined);
  // Tokens seen by this tab, once each: their iat and exp go into the timeline.
  useEffect(() => {
    if (!decoded?.ok) return;
    const claims = readBackstageClaims(decoded.token);
    const key = `${claims.iat}:${claims.exp}`;
    if (observed.current === key) return;
    observed.current = key;
    recordSessionEvent({
      type: 'token-observed',
      at: now(),
      detail: `Token issued ${claims.iat ? formatEpochSeconds(claims.iat) : '(no iat)'}, expires ${
        claims.exp ? formatEpochSeconds(claims.exp) : '(no exp)'
      }`,
    });
  }, [decoded, now, recordSessionEvent]);
}
