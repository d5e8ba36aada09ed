import type { ExpiryClock } from '../../src/banner/logic';

/**
 * A manual clock for driving the expiry logic in tests and benchmarks.
 */
export type FakeClock = ExpiryClock & {
  /** Moves time forward, firing due timers in order (each at its own time). */
  advanceBy(ms: number): void;
  /** Moves time without firing timers, like a laptop waking from sleep. */
  jumpBy(ms: number): void;
  /** Fires the next timer, moving time to it; false when none is pending. */
  runNext(): boolean;
  pendingTimers(): number;
};

/**
 * Creates a {@link FakeClock} starting at `start` (ms since the epoch).
 */
export function createFakeClock(start = 0): FakeClock {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();

  const next = () => {
    let found: [number, { at: number; callback: () => void }] | undefined;
    for (const entry of timers) {
      if (!found || entry[1].at < found[1].at) found = entry;
    }
    return found;
  };

  const clock: FakeClock = {
    now: () => now,
    setTimeout(callback, delayMs) {
      const id = nextId++;
      timers.set(id, { at: now + Math.max(0, delayMs), callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advanceBy(ms) {
      const end = now + ms;
      for (let due = next(); due && due[1].at <= end; due = next()) {
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].callback();
      }
      now = end;
    },
    jumpBy(ms) {
      now += ms;
    },
    runNext() {
      const due = next();
      if (!due) return false;
      timers.delete(due[0]);
      now = Math.max(now, due[1].at);
      due[1].callback();
      return true;
    },
    pendingTimers: () => timers.size,
  };
  return clock;
}
