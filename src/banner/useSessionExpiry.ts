import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import {
  configApiRef,
  identityApiRef,
  useApi,
  useApiHolder,
  type ApiRef,
  type BackstageIdentityApi,
} from '@backstage/core-plugin-api';
import { jwtDecode } from 'jwt-decode';
import { useSessionTimeline } from '../shared/timeline';
import {
  createSessionExpiryTracker,
  createTabCoordinator,
  describeRefreshError,
  TAB_CHANNEL_NAME,
  type BroadcastChannelLike,
  type ExpiryView,
  type LockManagerLike,
  type WakeEvent,
} from './logic';

/** Minutes before expiry at which the banner warns when not configured. */
export const DEFAULT_WARN_BEFORE_MINUTES = 5;

/**
 * Options of {@link useSessionExpiry}.
 */
export type SessionExpiryOptions = {
  /** Overrides `accessInspector.banner.warnBeforeMinutes`. */
  warnBeforeMinutes?: number;
  /**
   * The auth API the user signed in with. Its session expiry (which
   * Backstage measures with the browser's clock) is used when it comes
   * before the token's `exp`.
   */
  authApiRef?: ApiRef<BackstageIdentityApi>;
  /** Called on every timer wake-up, for benchmarks. */
  onWake?: (event: WakeEvent) => void;
};

/**
 * The banner's view and its actions.
 */
export type SessionExpiryState = {
  value: ExpiryView;
  loading: boolean;
  /** Why signing out failed, when it did. */
  error?: string;
  /** Reads the session again. */
  retry: () => void;
  /** The "Refresh session" action. */
  refresh: () => void;
  dismiss: () => void;
  /** The "Sign in again" action: signs out, which returns to the sign-in page. */
  signInAgain: () => void;
};

function readWarnBeforeMinutes(read: () => number | undefined): number {
  try {
    const minutes = read();
    if (minutes !== undefined && Number.isFinite(minutes) && minutes > 0) {
      return minutes;
    }
  } catch {
    // A mistyped config value: fall back rather than break the app root.
  }
  return DEFAULT_WARN_BEFORE_MINUTES;
}

/**
 * The token's `exp`, read without the page's full decoder (the banner loads
 * with every page, before sign-in): decoded, not verified; a token that does
 * not decode has no expiry to warn of.
 */
function tokenExpiry(token: string | undefined): number | undefined {
  if (!token) return undefined;
  try {
    const { exp } = jwtDecode<{ exp?: unknown }>(token);
    return typeof exp === 'number' && Number.isFinite(exp) ? exp : undefined;
  } catch {
    return undefined;
  }
}

function browserCoordinator() {
  const channel =
    typeof BroadcastChannel === 'function'
      ? (new BroadcastChannel(TAB_CHANNEL_NAME) as BroadcastChannelLike)
      : undefined;
  const locks =
    typeof navigator !== 'undefined'
      ? ((navigator as { locks?: LockManagerLike }).locks ?? undefined)
      : undefined;
  const coordinator = createTabCoordinator({ channel, locks });
  return {
    coordinator,
    close: () => {
      coordinator.close();
      channel?.close();
    },
  };
}

const isVisible = () =>
  typeof document === 'undefined' || document.visibilityState !== 'hidden';
const isOnline = () =>
  typeof navigator === 'undefined' || navigator.onLine !== false;

/**
 * Writes the banner's state changes into this tab's session timeline, which
 * the 401 doctor shows and the support bundle carries.
 */
function useTimelineOfView(view: ExpiryView) {
  const timeline = useSessionTimeline();
  const previous = useRef<ExpiryView['kind']>('hidden');
  useEffect(() => {
    const was = previous.current;
    previous.current = view.kind;
    if (view.kind === was) return;
    const at = Date.now();
    if (view.kind === 'warning')
      timeline.record({ type: 'expiry-warning', at });
    else if (view.kind === 'expired') timeline.record({ type: 'expired', at });
    else if (view.kind === 'refresh-failed') {
      timeline.record({
        type: 'refresh-failed',
        at,
        detail: [view.reason, view.detail].filter(Boolean).join(': '),
      });
    }
  }, [view, timeline]);
}

/**
 * Tracks when the Backstage session expires and offers to refresh it.
 *
 * "Refresh session" calls `identityApi.getCredentials()`: Backstage has no
 * public force-refresh, but every identity implementation refreshes inside
 * that call once the token is close to expiry — `UserIdentity` (OAuth
 * providers) through its session manager when less than 3 minutes of the
 * Backstage or provider expiry remain (serialised across tabs with
 * `navigator.locks`), `ProxiedSignInIdentity` (guest and proxy providers)
 * within 5 minutes of `exp`. The refreshed token carries a later `exp`, which
 * is what the banner reads. Earlier, the same token comes back: the banner
 * warns from `warnBeforeMinutes` but offers "Refresh session" only inside
 * the window in which every identity renews (RENEWAL_WINDOW_MS, 3 minutes).
 *
 * The token is only decoded for its `exp`; it is never kept or sent anywhere.
 */
export function useSessionExpiry(
  options: SessionExpiryOptions = {},
): SessionExpiryState {
  const identityApi = useApi(identityApiRef);
  const configApi = useApi(configApiRef);
  const apis = useApiHolder();
  const { authApiRef, onWake } = options;
  const authApi = authApiRef ? apis.get(authApiRef) : undefined;
  const warnBeforeMinutes =
    options.warnBeforeMinutes ??
    readWarnBeforeMinutes(() =>
      configApi.getOptionalNumber('accessInspector.banner.warnBeforeMinutes'),
    );
  const [error, setError] = useState<string>();
  const timeline = useSessionTimeline();

  const tracker = useMemo(
    () =>
      createSessionExpiryTracker({
        warnBeforeMs: warnBeforeMinutes * 60_000,
        isVisible,
        isOnline,
        onWake,
        // A renewal is what My Access listens for to read the token again.
        onRenewed: (_exp, by) =>
          timeline.record({
            type: 'refresh',
            at: Date.now(),
            detail:
              by === 'this-tab'
                ? 'session renewed'
                : 'session renewed in another tab',
          }),
        async readExpiry() {
          const { token } = await identityApi.getCredentials();
          const exp = tokenExpiry(token);
          const session = authApi
            ? await authApi.getBackstageIdentity({ optional: true })
            : undefined;
          const sessionExp = session?.expiresAt
            ? Math.floor(session.expiresAt.getTime() / 1000)
            : undefined;
          if (exp === undefined) return sessionExp;
          return sessionExp === undefined ? exp : Math.min(exp, sessionExp);
        },
      }),
    // onWake is an instrumentation hook; a new function must not restart tracking.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [identityApi, authApi, warnBeforeMinutes, timeline],
  );

  useEffect(() => {
    const { coordinator, close } = browserCoordinator();
    const stop = tracker.start(coordinator);
    // A sleeping laptop fires no timers: re-check when the page shows again
    // or the network comes back. Hidden tabs only recompute from the clock.
    const onVisibility = () => void tracker.recheck({ reread: isVisible() });
    const onOnline = () => void tracker.recheck({ reread: isVisible() });
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('online', onOnline);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('online', onOnline);
      stop();
      close();
    };
  }, [tracker]);

  const value = useSyncExternalStore(tracker.subscribe, tracker.getSnapshot);
  useTimelineOfView(value);

  const refresh = useCallback(() => void tracker.refresh(), [tracker]);
  const dismiss = useCallback(() => tracker.dismiss(), [tracker]);
  const retry = useCallback(
    () => void tracker.recheck({ reread: true }),
    [tracker],
  );
  const signInAgain = useCallback(() => {
    setError(undefined);
    identityApi.signOut().catch((e: unknown) => {
      setError(describeRefreshError(e).slice(0, 300));
    });
  }, [identityApi]);

  return {
    value,
    loading: tracker.isLoading(),
    error,
    retry,
    refresh,
    dismiss,
    signInAgain,
  };
}
