import { simulateIdleCost } from './simulateIdleCost';

describe('simulateIdleCost', () => {
  it('costs one wake-up before the warning for any lifetime', () => {
    for (const lifetime of [600, 3_600, 12 * 3_600, 30 * 86_400]) {
      expect(
        simulateIdleCost(lifetime, 300).wakeUpsBeforeWarning,
      ).toBeLessThanOrEqual(2);
    }
    expect(simulateIdleCost(3_600, 300).wakeUpsBeforeWarning).toBe(1);
  });

  it('ticks per minute in the warning and per second in the last minute', () => {
    // 1 (warning starts at 5:00) + 4:00, 3:00, 2:00 + 1:00 and 59 one-second
    // ticks + expiry.
    expect(simulateIdleCost(3_600, 300)).toEqual({
      wakeUps: 65,
      wakeUpsOutsideLastMinute: 4,
      wakeUpsBeforeWarning: 1,
      viewChanges: 65,
    });
  });

  it('stays within two wake-ups outside the last minute with a short warning', () => {
    expect(
      simulateIdleCost(3_600, 120).wakeUpsOutsideLastMinute,
    ).toBeLessThanOrEqual(2);
  });

  it('costs two wake-ups per lifetime in a background tab', () => {
    expect(simulateIdleCost(3_600, 300, { hidden: true })).toEqual({
      wakeUps: 2,
      wakeUpsOutsideLastMinute: 1,
      wakeUpsBeforeWarning: 1,
      viewChanges: 2,
    });
  });
});
