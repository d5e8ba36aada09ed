/**
 * Keeps the tabs of one app in step: a refresh in one tab tells the others
 * the new expiry, and only one tab refreshes at a time.
 *
 * Messages carry an expiry (seconds since the epoch) and a random tab id,
 * never a token.
 */
import { systemClock, type ExpiryClock } from './wakeScheduler';

export type TabMessage =
  | { type: 'session-refreshed'; exp: number; tabId: string }
  | { type: 'refresh-claim'; tabId: string };

/** The part of `BroadcastChannel` used here. @public */
export type BroadcastChannelLike = {
  postMessage(message: TabMessage): void;
  addEventListener(
    type: 'message',
    listener: (event: { data: unknown }) => void,
  ): void;
  removeEventListener(
    type: 'message',
    listener: (event: { data: unknown }) => void,
  ): void;
  close(): void;
};

/** The part of `navigator.locks` used here. @public */
export type LockManagerLike = {
  request<T>(name: string, callback: (lock: unknown) => Promise<T>): Promise<T>;
};

export type ExclusiveResult<T> = { ran: true; value: T } | { ran: false };

export type TabCoordinator = {
  readonly tabId: string;
  /**
   * Runs `task` once no other tab is refreshing. `shouldSkip` is asked right
   * before running: when another tab's refresh already brought a newer expiry,
   * the task is not run.
   */
  runExclusive<T>(
    task: () => Promise<T>,
    shouldSkip: () => boolean,
  ): Promise<ExclusiveResult<T>>;
  /** Tells the other tabs the session now lasts until `exp` (seconds). */
  announceRefreshed(exp: number): void;
  /** Called with `exp` (seconds) when another tab refreshed. */
  onRefreshed(listener: (exp: number) => void): () => void;
  close(): void;
};

/** The channel and lock name shared by every tab of the app. */
export const TAB_CHANNEL_NAME = 'access-inspector:session-expiry';
const LOCK_NAME = 'access-inspector:session-refresh';

export type TabCoordinatorOptions = {
  /** Absent: a single tab, nothing to coordinate. */
  channel?: BroadcastChannelLike;
  /** `navigator.locks` when available. */
  locks?: LockManagerLike;
  clock?: ExpiryClock;
  random?: () => number;
  tabId?: string;
  /** Upper bound of the random delay before a lock-less refresh. */
  maxJitterMs?: number;
  /** How long another tab's claim holds this tab back without locks. */
  claimHoldMs?: number;
};

function randomTabId(random: () => number): string {
  return Math.floor(random() * 2 ** 48).toString(36);
}

function isTabMessage(data: unknown): data is TabMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  if (typeof message.tabId !== 'string') return false;
  if (message.type === 'refresh-claim') return true;
  return (
    message.type === 'session-refreshed' &&
    typeof message.exp === 'number' &&
    Number.isFinite(message.exp)
  );
}

/**
 * Creates a {@link TabCoordinator}. With `navigator.locks` tabs queue on a
 * lock; without it each waits a random jitter and backs off when another tab
 * has claimed the refresh over the channel.
 */
export function createTabCoordinator(
  options: TabCoordinatorOptions = {},
): TabCoordinator {
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const tabId = options.tabId ?? randomTabId(random);
  const maxJitterMs = options.maxJitterMs ?? 500;
  const claimHoldMs = options.claimHoldMs ?? 10_000;
  const { channel, locks } = options;
  const listeners = new Set<(exp: number) => void>();
  const waiters = new Set<() => void>();
  let lastForeignClaimAt: number | undefined;
  let closed = false;

  const onMessage = (event: { data: unknown }) => {
    const message = event.data;
    if (!isTabMessage(message) || message.tabId === tabId) return;
    if (message.type === 'refresh-claim') {
      lastForeignClaimAt = clock.now();
      return;
    }
    lastForeignClaimAt = undefined;
    for (const listener of listeners) listener(message.exp);
    for (const wake of [...waiters]) wake();
  };
  channel?.addEventListener('message', onMessage);

  const post = (message: TabMessage) => {
    if (closed || !channel) return;
    try {
      channel.postMessage(message);
    } catch {
      // A closed channel in a tab being torn down: nothing to tell.
    }
  };

  const sleep = (ms: number, untilRefreshed = false) =>
    new Promise<void>(resolve => {
      const timer: { handle?: unknown } = {};
      const done = () => {
        waiters.delete(done);
        clock.clearTimeout(timer.handle);
        resolve();
      };
      if (untilRefreshed) waiters.add(done);
      timer.handle = clock.setTimeout(done, ms);
    });

  async function withoutLocks<T>(
    task: () => Promise<T>,
    shouldSkip: () => boolean,
  ): Promise<ExclusiveResult<T>> {
    if (channel) await sleep(Math.floor(random() * maxJitterMs));
    if (lastForeignClaimAt !== undefined) {
      const held = clock.now() - lastForeignClaimAt;
      if (held < claimHoldMs) await sleep(claimHoldMs - held, true);
    }
    if (shouldSkip()) return { ran: false };
    post({ type: 'refresh-claim', tabId });
    return { ran: true, value: await task() };
  }

  return {
    tabId,
    async runExclusive(task, shouldSkip) {
      if (!channel) {
        return shouldSkip()
          ? { ran: false }
          : { ran: true, value: await task() };
      }
      if (!locks) return withoutLocks(task, shouldSkip);
      return locks.request(LOCK_NAME, async () => {
        if (shouldSkip()) return { ran: false as const };
        return { ran: true as const, value: await task() };
      });
    },
    announceRefreshed(exp) {
      post({ type: 'session-refreshed', exp, tabId });
    },
    onRefreshed(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      channel?.removeEventListener('message', onMessage);
      listeners.clear();
      for (const wake of [...waiters]) wake();
    },
  };
}
