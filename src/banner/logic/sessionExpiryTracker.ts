/**
 * The banner's engine without React: holds the session's expiry, turns the
 * clock into an {@link ExpiryView}, wakes up only when that view can change,
 * and runs refreshes. A React hook subscribes with `useSyncExternalStore`,
 * so the banner re-renders only when the view actually changes.
 */
import {
  computeExpiryView,
  nextChangeAt,
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

  const input = (): ExpiryInput => ({
    now: clock.now(),
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
      const run = () => options.readExpiry();
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
      if (renewed && during === 'refresh' && result.value !== undefined) {
        coordinator?.announceRefreshed(result.value);
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
      await read('refresh', true);
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
