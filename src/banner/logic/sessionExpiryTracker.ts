/**
 * The banner's engine without React: holds the session's expiry, turns the
 * clock into an {@link ExpiryView}, wakes up only when that view can change,
 * and runs refreshes. A React hook subscribes with `useSyncExternalStore`,
 * so the banner re-renders only when the view actually changes.
 */
import {
  computeExpiryView,
  nextChangeAt,
  RENEWAL_WINDOW_MS,
  type ExpiryInput,
  type ExpiryView,
  type RefreshFailureReason,
} from './expiryState';
import { classifyRefreshError, describeRefreshError } from './refreshErrors';
import type { TabCoordinator } from './tabCoordinator';
import {
  createWakeScheduler,
  systemClock,
  type ExpiryClock,
  type WakeEvent,
} from './wakeScheduler';

export type SessionExpiryTrackerOptions = {
  /**
   * Reads the session's expiry in seconds since the epoch (undefined when the
   * session has none). It is called at start, on re-checks and for the
   * "Refresh session" action, so it must be what makes Backstage refresh.
   */
  readExpiry(): Promise<number | undefined>;
  /**
   * An expiry (seconds) already known at start; then the first read is
   * skipped. Lets a simulation run without any promise.
   */
  initialExpiry?: number;
  warnBeforeMs: number;
  /** How long before expiry Backstage renews when asked (default 3 minutes). */
  renewalWindowMs?: number;
  /**
   * Called when the session's expiry moved later: renewed by this tab (the
   * banner's refresh, or Backstage on its own on a re-read) or announced by
   * another tab. Lets what shows the token read it again.
   */
  onRenewed?(exp: number, by: 'this-tab' | 'other-tab'): void;
  clock?: ExpiryClock;
  /** Called on every timer wake-up. */
  onWake?(event: WakeEvent): void;
  /** Whether the page is visible; a hidden page needs no countdown ticks. */
  isVisible?(): boolean;
  /** Whether the browser thinks it is online. */
  isOnline?(): boolean;
};

export type SessionExpiryTracker = {
  getSnapshot(): ExpiryView;
  subscribe(listener: () => void): () => void;
  /** Reads the expiry and starts scheduling; returns the matching stop. */
  start(coordinator?: TabCoordinator): () => void;
  /** The "Refresh session" action. Never rejects. */
  refresh(): Promise<void>;
  /**
   * Recomputes from the clock (after a sleep, a timer may fire late or not at
   * all). With `reread`, also asks Backstage for the current token, which is
   * free unless Backstage decides the token needs refreshing anyway.
   */
  recheck(options?: { reread?: boolean }): Promise<void>;
  dismiss(): void;
  /** True until the first read of the expiry settles. */
  isLoading(): boolean;
};

type State = {
  expiresAt?: number;
  loading: boolean;
  refreshing: boolean;
  notRenewed: boolean;
  dismissedFor?: number;
  failure?: {
    reason: RefreshFailureReason;
    during: 'check' | 'refresh';
    detail?: string;
  };
};

const HIDDEN: ExpiryView = { kind: 'hidden' };
const MAX_DETAIL = 300;
/**
 * Core measures its renewal window against its own record of the expiry
 * (the browser's clock when the token arrived), which can be a second or two
 * later than the token's `exp`: a refresh asked at the window's first moment
 * is asked again, once a second, before the banner says Backstage kept the
 * token.
 */
export const RENEWAL_RETRIES = 5;
export const RENEWAL_RETRY_DELAY_MS = 1_000;

function sameView(a: ExpiryView, b: ExpiryView): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Creates a {@link SessionExpiryTracker}.
 */
export function createSessionExpiryTracker(
  options: SessionExpiryTrackerOptions,
): SessionExpiryTracker {
  const clock = options.clock ?? systemClock;
  const isVisible = options.isVisible ?? (() => true);
  const isOnline = options.isOnline ?? (() => true);
  const scheduler = createWakeScheduler({ clock, onWake: options.onWake });
  const listeners = new Set<() => void>();
  let state: State = { loading: true, refreshing: false, notRenewed: false };
  let view: ExpiryView = HIDDEN;
  let coordinator: TabCoordinator | undefined;
  let running = false;
  let generation = 0;

  const renewalWindowMs = options.renewalWindowMs ?? RENEWAL_WINDOW_MS;
  const delay = (ms: number) =>
    new Promise<void>(resolve => clock.setTimeout(resolve, ms));
  const isLater = (exp: number | undefined, before: number | undefined) =>
    exp !== undefined && (before === undefined || exp * 1000 > before);

  const input = (): ExpiryInput => ({
    now: clock.now(),
    renewalWindowMs,
    expiresAt: state.expiresAt,
    warnBeforeMs: options.warnBeforeMs,
    dismissedFor: state.dismissedFor,
    refreshing: state.refreshing,
    notRenewed: state.notRenewed,
    failure: state.failure,
  });

  function update() {
    if (!running) return;
    const current = input();
    const next = computeExpiryView(current);
    const countdownShown =
      isVisible() &&
      (next.kind === 'warning' ||
        (next.kind === 'refresh-failed' && next.countdown !== undefined));
    scheduler.scheduleAt(nextChangeAt({ ...current, countdownShown }), update);
    if (sameView(view, next)) return;
    view = next;
    for (const listener of [...listeners]) listener();
  }

  function setState(patch: Partial<State>) {
    state = { ...state, ...patch };
    update();
  }

  function adopt(expSeconds: number | undefined) {
    const expiresAt = expSeconds === undefined ? undefined : expSeconds * 1000;
    const renewed =
      expiresAt !== undefined &&
      (state.expiresAt === undefined || expiresAt > state.expiresAt);
    return { expiresAt, renewed };
  }

  function failureOf(error: unknown, during: 'check' | 'refresh') {
    return {
      reason: classifyRefreshError(error, isOnline()),
      during,
      detail: describeRefreshError(error).slice(0, MAX_DETAIL),
    };
  }

  async function read(during: 'check' | 'refresh', exclusive: boolean) {
    const token = generation;
    const before = state.expiresAt;
    try {
      const run = async () => {
        let value = await options.readExpiry();
        for (
          let attempt = 0;
          during === 'refresh' &&
          attempt < RENEWAL_RETRIES &&
          token === generation &&
          !isLater(value, before);
          attempt++
        ) {
          await delay(RENEWAL_RETRY_DELAY_MS);
          value = await options.readExpiry();
        }
        return value;
      };
      const result =
        exclusive && coordinator
          ? await coordinator.runExclusive(
              run,
              () =>
                // Another tab's refresh already moved the expiry: nothing to do.
                before !== undefined && (state.expiresAt ?? 0) > before,
            )
          : { ran: true as const, value: await run() };
      if (token !== generation) return;
      if (!result.ran) {
        setState({ refreshing: false, loading: false, failure: undefined });
        return;
      }
      const { expiresAt, renewed } = adopt(result.value);
      if (renewed && before !== undefined && result.value !== undefined) {
        if (during === 'refresh') coordinator?.announceRefreshed(result.value);
        options.onRenewed?.(result.value, 'this-tab');
      }
      setState({
        expiresAt,
        loading: false,
        refreshing: false,
        failure: undefined,
        notRenewed: during === 'refresh' && !renewed && expiresAt !== undefined,
        dismissedFor: renewed ? undefined : state.dismissedFor,
      });
    } catch (error) {
      if (token !== generation) return;
      setState({
        loading: false,
        refreshing: false,
        notRenewed: false,
        failure: failureOf(error, during),
      });
    }
  }

  return {
    getSnapshot: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    start(tabCoordinator) {
      running = true;
      generation += 1;
      coordinator = tabCoordinator;
      const offRefreshed = tabCoordinator?.onRefreshed(exp => {
        const { expiresAt, renewed } = adopt(exp);
        if (!renewed) return;
        options.onRenewed?.(exp, 'other-tab');
        setState({
          expiresAt,
          failure: undefined,
          notRenewed: false,
          dismissedFor: undefined,
        });
      });
      if (options.initialExpiry !== undefined) {
        setState({ expiresAt: options.initialExpiry * 1000, loading: false });
      } else {
        update();
        void read('check', false);
      }
      return () => {
        running = false;
        generation += 1;
        offRefreshed?.();
        scheduler.cancel();
        coordinator = undefined;
      };
    },
    async refresh() {
      if (!running || state.refreshing) return;
      setState({ refreshing: true, notRenewed: false });
      // Before the renewal window Backstage hands back the same token: the
      // banner offers no refresh then, and "Try again" after a failed check
      // only checks again.
      const inWindow =
        state.expiresAt === undefined ||
        state.expiresAt - clock.now() <= renewalWindowMs;
      await read(inWindow ? 'refresh' : 'check', true);
    },
    async recheck(recheckOptions) {
      if (!running) return;
      update();
      if (recheckOptions?.reread && !state.refreshing) {
        await read('check', true);
      }
    },
    dismiss() {
      if (state.expiresAt === undefined) return;
      setState({ dismissedFor: state.expiresAt });
    },
    isLoading: () => state.loading,
  };
}
