/**
 * The banner's state machine: what to show at a given moment and when that
 * can next change. Pure functions of time; no timers, no React.
 */

export type RefreshFailureReason = 'network' | 'rejected';

/**
 * A countdown as the banner shows it: whole minutes while more than a minute
 * remains, whole seconds in the last minute. Both are rounded up, so the
 * banner never says "0 seconds" before the token has actually expired.
 */
export type ExpiryCountdown = { unit: 'minute' | 'second'; value: number };

/**
 * What the token-expiry banner shows.
 */
export type ExpiryView =
  | { kind: 'hidden' }
  | {
      kind: 'warning';
      countdown: ExpiryCountdown;
      refreshing: boolean;
      /** A refresh succeeded but Backstage handed back the same token. */
      notRenewed: boolean;
      /**
       * Whether Backstage renews the session now when asked: false before
       * its renewal window (see {@link RENEWAL_WINDOW_MS}), when the banner
       * offers no "Refresh session" because it would hand back the same token.
       */
      canRefresh: boolean;
    }
  | { kind: 'expired'; refreshing: boolean }
  | {
      kind: 'refresh-failed';
      reason: RefreshFailureReason;
      /** `check` when reading the session failed, `refresh` for the user's action. */
      during: 'check' | 'refresh';
      /** The error's name and message, never a token. */
      detail?: string;
      expired: boolean;
      /** Absent once expired. */
      countdown?: ExpiryCountdown;
      refreshing: boolean;
    };

/**
 * Everything the view depends on. Times are milliseconds since the epoch.
 */
export type ExpiryInput = {
  now: number;
  /**
   * How long before expiry Backstage renews the session when asked
   * (default {@link RENEWAL_WINDOW_MS}).
   */
  renewalWindowMs?: number;
  /** When the session expires; undefined when unknown (no token, no `exp`). */
  expiresAt?: number;
  warnBeforeMs: number;
  /** The expiry the user dismissed the warning for; a new expiry warns again. */
  dismissedFor?: number;
  refreshing?: boolean;
  notRenewed?: boolean;
  failure?: {
    reason: RefreshFailureReason;
    during: 'check' | 'refresh';
    detail?: string;
  };
};

const MINUTE = 60_000;
const SECOND = 1_000;

/**
 * How long before expiry every Backstage identity renews its token when the
 * app asks for credentials: core's OAuth sessions only once less than 3
 * minutes remain (`OAuth2.create`'s `sessionShouldRefresh`: `min < 60 * 3`,
 * of the Backstage and the provider expiry, in @backstage/core-app-api),
 * core's `ProxiedSignInIdentity` and this plugin's guest/proxied identity
 * from 5 minutes (`tokenExpiryMarginMillis`). Earlier, asking hands back the
 * same token, and there is no public call that forces a renewal: the banner
 * offers "Refresh session" from this moment on, when it works.
 */
export const RENEWAL_WINDOW_MS = 3 * MINUTE;

export type ExpiryPhase = 'unknown' | 'far' | 'warning' | 'expired';

/**
 * Where the session is in its life at `now`.
 */
export function expiryPhase(
  input: Pick<ExpiryInput, 'now' | 'expiresAt' | 'warnBeforeMs'>,
): ExpiryPhase {
  if (input.expiresAt === undefined) return 'unknown';
  const remaining = input.expiresAt - input.now;
  if (remaining <= 0) return 'expired';
  if (remaining <= input.warnBeforeMs) return 'warning';
  return 'far';
}

/**
 * The countdown for `remainingMs` (> 0).
 */
export function countdownFor(remainingMs: number): ExpiryCountdown {
  if (remainingMs > MINUTE) {
    return { unit: 'minute', value: Math.ceil(remainingMs / MINUTE) };
  }
  return {
    unit: 'second',
    value: Math.max(1, Math.ceil(remainingMs / SECOND)),
  };
}

/**
 * What the banner shows for `input`.
 */
export function computeExpiryView(input: ExpiryInput): ExpiryView {
  const phase = expiryPhase(input);
  const refreshing = Boolean(input.refreshing);
  const expired = phase === 'expired';
  const dismissed =
    input.dismissedFor !== undefined && input.dismissedFor === input.expiresAt;
  const remaining =
    input.expiresAt === undefined ? 0 : input.expiresAt - input.now;

  if (input.failure) {
    // A failed check while the session is far from expiry is still shown: the
    // banner is the only place that says the session could not be read.
    if (dismissed && !expired) return { kind: 'hidden' };
    return {
      kind: 'refresh-failed',
      reason: input.failure.reason,
      during: input.failure.during,
      detail: input.failure.detail,
      expired,
      countdown:
        phase === 'warning' || phase === 'far'
          ? countdownFor(remaining)
          : undefined,
      refreshing,
    };
  }
  if (phase === 'expired') return { kind: 'expired', refreshing };
  if (phase === 'warning' && !dismissed) {
    return {
      kind: 'warning',
      countdown: countdownFor(remaining),
      refreshing,
      notRenewed: Boolean(input.notRenewed),
      canRefresh: remaining <= (input.renewalWindowMs ?? RENEWAL_WINDOW_MS),
    };
  }
  return { kind: 'hidden' };
}

/**
 * The next moment the view can change, or undefined when nothing will change
 * by itself. Only state changes are scheduled: far from expiry that is the
 * start of the warning; during a visible countdown, the next minute (the next
 * second in the last minute); otherwise the expiry itself.
 *
 * Always strictly after `now`, so a scheduler driven by it cannot spin.
 */
export function nextChangeAt(
  input: Pick<
    ExpiryInput,
    'now' | 'expiresAt' | 'warnBeforeMs' | 'renewalWindowMs'
  > & {
    /** Whether a countdown is on screen (not dismissed, page visible). */
    countdownShown: boolean;
  },
): number | undefined {
  const { now, expiresAt, warnBeforeMs } = input;
  const phase = expiryPhase(input);
  if (expiresAt === undefined || phase === 'expired') return undefined;
  const remaining = expiresAt - now;
  if (phase === 'far') return expiresAt - warnBeforeMs;
  if (!input.countdownShown) return expiresAt;
  const window = input.renewalWindowMs ?? RENEWAL_WINDOW_MS;
  // On screen, the moment "Refresh session" starts to work changes the view
  // too (a hidden page recomputes when shown again).
  const renewable = remaining > window ? expiresAt - window : undefined;
  const tick =
    remaining > MINUTE
      ? expiresAt - (Math.ceil(remaining / MINUTE) - 1) * MINUTE
      : expiresAt - (Math.ceil(remaining / SECOND) - 1) * SECOND;
  return renewable === undefined ? tick : Math.min(tick, renewable);
}
