import {
  computeExpiryView,
  countdownFor,
  expiryPhase,
  nextChangeAt,
} from './expiryState';

const EXP = 1_800_000_000_000;
const WARN = 5 * 60_000;
const at = (msBeforeExpiry: number) => EXP - msBeforeExpiry;

describe('expiryPhase', () => {
  it.each([
    [WARN + 1, 'far'],
    [WARN, 'warning'],
    [1, 'warning'],
    [0, 'expired'],
    [-5_000, 'expired'],
  ])('%d ms before expiry is %s', (before, phase) => {
    expect(
      expiryPhase({ now: at(before), expiresAt: EXP, warnBeforeMs: WARN }),
    ).toBe(phase);
  });

  it('is unknown without an expiry', () => {
    expect(expiryPhase({ now: 0, warnBeforeMs: WARN })).toBe('unknown');
  });
});

describe('countdownFor', () => {
  it.each([
    [5 * 60_000, { unit: 'minute', value: 5 }],
    [4 * 60_000 + 1, { unit: 'minute', value: 5 }],
    [60_001, { unit: 'minute', value: 2 }],
    [60_000, { unit: 'second', value: 60 }],
    [1_001, { unit: 'second', value: 2 }],
    [1, { unit: 'second', value: 1 }],
  ])('%d ms reads %j', (remaining, countdown) => {
    expect(countdownFor(remaining)).toEqual(countdown);
  });
});

describe('computeExpiryView', () => {
  const base = { expiresAt: EXP, warnBeforeMs: WARN };

  it('is hidden far from expiry and without an expiry', () => {
    expect(computeExpiryView({ ...base, now: at(WARN + 1) })).toEqual({
      kind: 'hidden',
    });
    expect(computeExpiryView({ now: 0, warnBeforeMs: WARN })).toEqual({
      kind: 'hidden',
    });
  });

  it('warns with a countdown inside the threshold', () => {
    expect(computeExpiryView({ ...base, now: at(3 * 60_000) })).toEqual({
      kind: 'warning',
      countdown: { unit: 'minute', value: 3 },
      refreshing: false,
      notRenewed: false,
      canRefresh: true,
    });
  });

  it('offers a refresh only inside the window in which Backstage renews a session', () => {
    const view = (before: number, renewalWindowMs?: number) =>
      computeExpiryView({ ...base, now: at(before), renewalWindowMs });
    expect(view(5 * 60_000)).toMatchObject({
      kind: 'warning',
      canRefresh: false,
    });
    expect(view(3 * 60_000 + 1)).toMatchObject({ canRefresh: false });
    expect(view(3 * 60_000)).toMatchObject({ canRefresh: true });
    expect(view(4 * 60_000, 5 * 60_000)).toMatchObject({ canRefresh: true });
  });

  it('wakes when the renewal window opens while the countdown is on screen', () => {
    const input = { ...base, countdownShown: true };
    expect(nextChangeAt({ ...input, now: at(5 * 60_000 - 10_000) })).toBe(
      EXP - 4 * 60_000,
    );
    expect(
      nextChangeAt({ ...input, renewalWindowMs: 200_000, now: at(220_000) }),
    ).toBe(EXP - 200_000);
    expect(
      nextChangeAt({
        ...base,
        countdownShown: true,
        now: at(3 * 60_000 + 30_000),
      }),
    ).toBe(EXP - 3 * 60_000);
  });

  it('stays hidden once dismissed for this expiry, but not for another one', () => {
    const now = at(60_000);
    expect(computeExpiryView({ ...base, now, dismissedFor: EXP })).toEqual({
      kind: 'hidden',
    });
    expect(
      computeExpiryView({ ...base, now, dismissedFor: EXP - 3_600_000 }).kind,
    ).toBe('warning');
  });

  it('shows expiry even after a dismiss', () => {
    expect(computeExpiryView({ ...base, now: EXP, dismissedFor: EXP })).toEqual(
      {
        kind: 'expired',
        refreshing: false,
      },
    );
  });

  it('shows a failure with its reason and what remains', () => {
    const failure = {
      reason: 'network' as const,
      during: 'refresh' as const,
      detail: 'TypeError: Failed to fetch',
    };
    expect(computeExpiryView({ ...base, now: at(90_000), failure })).toEqual({
      kind: 'refresh-failed',
      reason: 'network',
      during: 'refresh',
      detail: 'TypeError: Failed to fetch',
      expired: false,
      countdown: { unit: 'minute', value: 2 },
      refreshing: false,
    });
    expect(computeExpiryView({ ...base, now: EXP + 1, failure })).toMatchObject(
      {
        kind: 'refresh-failed',
        expired: true,
        countdown: undefined,
      },
    );
  });
});

describe('nextChangeAt', () => {
  const base = { expiresAt: EXP, warnBeforeMs: WARN, countdownShown: true };

  it('far from expiry wakes only when the warning starts', () => {
    expect(nextChangeAt({ ...base, now: at(50 * 60_000) })).toBe(at(WARN));
  });

  it('ticks per minute, then per second in the last minute, then at expiry', () => {
    expect(nextChangeAt({ ...base, now: at(WARN) })).toBe(at(4 * 60_000));
    expect(nextChangeAt({ ...base, now: at(4 * 60_000 + 30_000) })).toBe(
      at(4 * 60_000),
    );
    expect(nextChangeAt({ ...base, now: at(2 * 60_000) })).toBe(at(60_000));
    expect(nextChangeAt({ ...base, now: at(60_000) })).toBe(at(59_000));
    expect(nextChangeAt({ ...base, now: at(1_500) })).toBe(at(1_000));
    expect(nextChangeAt({ ...base, now: at(1_000) })).toBe(EXP);
    expect(nextChangeAt({ ...base, now: EXP })).toBeUndefined();
  });

  it('without a visible countdown wakes only at expiry', () => {
    expect(
      nextChangeAt({ ...base, countdownShown: false, now: at(WARN) }),
    ).toBe(EXP);
  });

  it('never schedules in the past, whatever the time', () => {
    const inThePast: number[] = [];
    for (let before = WARN + 120_000; before > 0; before -= 333) {
      const next = nextChangeAt({ ...base, now: at(before) });
      if (next === undefined || next <= at(before)) inThePast.push(before);
    }
    expect(inThePast).toEqual([]);
  });
});
