/**
 * One pending timer at a time, aimed at an absolute moment. The clock is
 * injected so tests and the benchmark can drive it.
 */

/**
 * The time source and timer functions the expiry logic uses.
 */
export type ExpiryClock = {
  now(): number;
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
};

/**
 * The browser's clock. Reads the globals on every call so that jest fake
 * timers installed after import still apply.
 */
export const systemClock: ExpiryClock = {
  now: () => Date.now(),
  setTimeout: (callback, delayMs) => globalThis.setTimeout(callback, delayMs),
  clearTimeout: handle =>
    globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Reported on every timer wake-up; a benchmark counts these.
 */
export type WakeEvent = {
  /** The moment the wake-up was aimed at. */
  scheduledFor: number;
  /** The clock when it fired: later than `scheduledFor` after a sleep. */
  firedAt: number;
};

export type WakeScheduler = {
  /**
   * Runs `callback` at `at` (ms since the epoch), replacing any pending
   * wake-up. `undefined` cancels. Re-scheduling the same moment keeps the
   * pending timer.
   */
  scheduleAt(at: number | undefined, callback: () => void): void;
  cancel(): void;
  /** The moment of the pending wake-up, if any. */
  pendingAt(): number | undefined;
};

/** Browsers fire a longer timeout at once (the delay is a signed 32-bit int). */
export const MAX_TIMER_DELAY_MS = 2_147_483_647;

/**
 * Creates a {@link WakeScheduler}.
 */
export function createWakeScheduler(
  options: { clock?: ExpiryClock; onWake?: (event: WakeEvent) => void } = {},
): WakeScheduler {
  const clock = options.clock ?? systemClock;
  let handle: unknown;
  let target: number | undefined;
  let current: (() => void) | undefined;

  const cancel = () => {
    if (target !== undefined) clock.clearTimeout(handle);
    handle = undefined;
    target = undefined;
    current = undefined;
  };

  return {
    scheduleAt(at, callback) {
      if (at !== undefined && at === target) {
        current = callback;
        return;
      }
      cancel();
      if (at === undefined) return;
      target = at;
      current = callback;
      // A timer capped at the maximum delay simply wakes early; the caller
      // recomputes from the clock and schedules again.
      const delay = Math.min(Math.max(0, at - clock.now()), MAX_TIMER_DELAY_MS);
      handle = clock.setTimeout(() => {
        const run = current;
        handle = undefined;
        target = undefined;
        current = undefined;
        options.onWake?.({ scheduledFor: at, firedAt: clock.now() });
        run?.();
      }, delay);
    },
    cancel,
    pendingAt: () => target,
  };
}
