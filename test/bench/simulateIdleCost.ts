import { createSessionExpiryTracker } from '../../src/banner/logic';
import { createFakeClock } from '../builders/fakeClock';

/**
 * What an untouched tab costs over one token lifetime.
 */
export type IdleCost = {
  /** Timer wake-ups from the token's issue until it has expired. */
  wakeUps: number;
  /** Wake-ups while more than a minute remained. */
  wakeUpsOutsideLastMinute: number;
  /**
   * Wake-ups while far from expiry, including the one that starts the
   * warning: the cost of a healthy, untouched session.
   */
  wakeUpsBeforeWarning: number;
  /** How often the banner's view changed, i.e. how often it re-rendered. */
  viewChanges: number;
};

/**
 * Runs the real tracker and scheduler on a fake clock for one token lifetime
 * with nobody touching the page, and counts the wake-ups. With `hidden`, the
 * page is in a background tab, which needs no countdown ticks.
 */
export function simulateIdleCost(
  lifetimeSeconds: number,
  warnBeforeSeconds: number,
  options: { hidden?: boolean } = {},
): IdleCost {
  const start = 1_800_000_000_000;
  const clock = createFakeClock(start);
  const expiresAt = start + lifetimeSeconds * 1000;
  const warningAt = expiresAt - warnBeforeSeconds * 1000;
  const cost: IdleCost = {
    wakeUps: 0,
    wakeUpsOutsideLastMinute: 0,
    wakeUpsBeforeWarning: 0,
    viewChanges: 0,
  };
  const tracker = createSessionExpiryTracker({
    readExpiry: async () => expiresAt / 1000,
    initialExpiry: expiresAt / 1000,
    warnBeforeMs: warnBeforeSeconds * 1000,
    clock,
    isVisible: () => !options.hidden,
    onWake: ({ firedAt }) => {
      cost.wakeUps += 1;
      if (expiresAt - firedAt > 60_000) cost.wakeUpsOutsideLastMinute += 1;
      if (firedAt <= warningAt) cost.wakeUpsBeforeWarning += 1;
    },
  });
  tracker.subscribe(() => {
    cost.viewChanges += 1;
  });
  const stop = tracker.start();
  clock.advanceBy(expiresAt - start + 60_000);
  stop();
  return cost;
}
