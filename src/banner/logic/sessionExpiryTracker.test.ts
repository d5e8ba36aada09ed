import { createFakeClock } from '../../../test/builders/fakeClock';
import {
  createSessionExpiryTracker,
  RENEWAL_RETRIES,
  RENEWAL_RETRY_DELAY_MS,
  type SessionExpiryTrackerOptions,
} from './sessionExpiryTracker';
import { createTabCoordinator } from './tabCoordinator';
import { createChannelBus } from './__testUtils__';

const NOW = 1_800_000_000_000;
const EXP = NOW / 1000 + 3_600;
const WARN = 5 * 60_000;
const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

function setup(
  readExpiry = jest.fn(async (): Promise<number | undefined> => EXP),
  extra: Partial<SessionExpiryTrackerOptions> = {},
) {
  const clock = createFakeClock(NOW);
  const onWake = jest.fn();
  let visible = true;
  const tracker = createSessionExpiryTracker({
    readExpiry,
    warnBeforeMs: WARN,
    clock,
    onWake,
    isVisible: () => visible,
    ...extra,
  });
  const changes = jest.fn();
  tracker.subscribe(changes);
  const toExpiry = (msBefore: number) => EXP * 1000 - msBefore - clock.now();
  return {
    clock,
    tracker,
    readExpiry,
    onWake,
    changes,
    toExpiry,
    setVisible: (v: boolean) => {
      visible = v;
    },
  };
}

describe('createSessionExpiryTracker', () => {
  it('stays hidden and asleep until the warning, then counts down to expiry', async () => {
    const { clock, tracker, onWake, changes, toExpiry } = setup();
    tracker.start();
    await flush();
    expect(tracker.getSnapshot()).toEqual({ kind: 'hidden' });
    expect(tracker.isLoading()).toBe(false);

    clock.advanceBy(toExpiry(WARN) - 1);
    expect(onWake).not.toHaveBeenCalled();
    expect(changes).not.toHaveBeenCalled();

    clock.advanceBy(1);
    expect(onWake).toHaveBeenCalledTimes(1);
    expect(tracker.getSnapshot()).toMatchObject({
      kind: 'warning',
      countdown: { unit: 'minute', value: 5 },
    });

    clock.advanceBy(60_000);
    expect(tracker.getSnapshot()).toMatchObject({
      countdown: { unit: 'minute', value: 4 },
    });

    clock.advanceBy(toExpiry(30_000));
    expect(tracker.getSnapshot()).toMatchObject({
      countdown: { unit: 'second', value: 30 },
    });

    clock.advanceBy(30_000);
    expect(tracker.getSnapshot()).toEqual({
      kind: 'expired',
      refreshing: false,
    });
    expect(clock.pendingTimers()).toBe(0);
  });

  it('copes with a sleep: no timer fired, the clock jumped, a re-check catches up', async () => {
    const { clock, tracker, onWake, toExpiry } = setup();
    tracker.start();
    await flush();
    clock.jumpBy(toExpiry(90_000));

    await tracker.recheck();
    expect(onWake).not.toHaveBeenCalled();
    expect(tracker.getSnapshot()).toMatchObject({
      kind: 'warning',
      countdown: { unit: 'minute', value: 2 },
    });

    clock.jumpBy(10 * 60_000);
    clock.runNext(); // the stale timer fires late
    expect(tracker.getSnapshot()).toEqual({
      kind: 'expired',
      refreshing: false,
    });
  });

  it('a successful refresh hides the banner and moves the countdown to the new expiry', async () => {
    const readExpiry = jest.fn(async (): Promise<number | undefined> => EXP);
    const { clock, tracker, toExpiry } = setup(readExpiry);
    const bus = createChannelBus();
    tracker.start(
      createTabCoordinator({ channel: bus.channel(), tabId: 'me' }),
    );
    await flush();
    clock.advanceBy(toExpiry(2 * 60_000));
    expect(tracker.getSnapshot().kind).toBe('warning');

    readExpiry.mockResolvedValueOnce(EXP + 3_600);
    const refreshing = tracker.refresh();
    expect(tracker.getSnapshot()).toMatchObject({
      kind: 'warning',
      refreshing: true,
    });
    await refreshing;

    expect(readExpiry).toHaveBeenCalledTimes(2);
    expect(tracker.getSnapshot()).toEqual({ kind: 'hidden' });
    expect(bus.sent).toContainEqual({
      type: 'session-refreshed',
      exp: EXP + 3_600,
      tabId: 'me',
    });

    clock.advanceBy(toExpiry(0) + 3_600_000 - WARN);
    expect(tracker.getSnapshot()).toMatchObject({
      kind: 'warning',
      countdown: { value: 5 },
    });
  });

  it('asks again once a second at the window’s edge, then says Backstage kept the token', async () => {
    const readExpiry = jest.fn(async (): Promise<number | undefined> => EXP);
    const { clock, tracker, toExpiry } = setup(readExpiry);
    tracker.start();
    await flush();
    clock.advanceBy(toExpiry(3 * 60_000));
    const done = tracker.refresh();
    for (let i = 0; i < RENEWAL_RETRIES; i++) {
      await flush();
      expect(tracker.getSnapshot()).toMatchObject({ refreshing: true });
      clock.advanceBy(RENEWAL_RETRY_DELAY_MS);
    }
    await done;
    expect(readExpiry).toHaveBeenCalledTimes(2 + RENEWAL_RETRIES);
    expect(tracker.getSnapshot()).toMatchObject({
      kind: 'warning',
      notRenewed: true,
      canRefresh: true,
    });
  });

  it('a renewal on the second ask counts, and is reported once', async () => {
    const onRenewed = jest.fn();
    let exp = EXP;
    const readExpiry = jest.fn(async (): Promise<number | undefined> => exp);
    const { clock, tracker, toExpiry } = setup(readExpiry, { onRenewed });
    tracker.start();
    await flush();
    clock.advanceBy(toExpiry(3 * 60_000));
    const done = tracker.refresh();
    await flush();
    exp = EXP + 600;
    clock.advanceBy(RENEWAL_RETRY_DELAY_MS);
    await done;
    expect(tracker.getSnapshot()).toEqual({ kind: 'hidden' });
    expect(onRenewed).toHaveBeenCalledTimes(1);
    expect(onRenewed).toHaveBeenCalledWith(EXP + 600, 'this-tab');
  });

  it('before the renewal window offers no refresh, and "try again" only checks', async () => {
    const readExpiry = jest.fn(async (): Promise<number | undefined> => EXP);
    const { clock, tracker, toExpiry } = setup(readExpiry);
    tracker.start();
    await flush();
    clock.advanceBy(toExpiry(4 * 60_000));
    expect(tracker.getSnapshot()).toMatchObject({
      kind: 'warning',
      canRefresh: false,
    });
    await tracker.refresh();
    expect(readExpiry).toHaveBeenCalledTimes(2);
    expect(tracker.getSnapshot()).toMatchObject({ notRenewed: false });
  });

  it.each([
    ['network', new TypeError('Failed to fetch')],
    [
      'rejected',
      Object.assign(
        new Error(
          'Refresh failed; caused by InputError: Missing session cookie',
        ),
        { name: 'AuthenticationError' },
      ),
    ],
  ])('reports a %s failure of the refresh', async (reason, error) => {
    const readExpiry = jest.fn(async (): Promise<number | undefined> => EXP);
    const { clock, tracker, toExpiry } = setup(readExpiry);
    tracker.start();
    await flush();
    clock.advanceBy(toExpiry(3 * 60_000));
    readExpiry.mockRejectedValueOnce(error);
    await tracker.refresh();
    expect(tracker.getSnapshot()).toEqual({
      kind: 'refresh-failed',
      reason,
      during: 'refresh',
      detail: `${error.name}: ${error.message}`,
      expired: false,
      countdown: { unit: 'minute', value: 3 },
      refreshing: false,
    });
  });

  it('adopts a newer expiry announced by another tab without refreshing itself', async () => {
    const readExpiry = jest.fn(async (): Promise<number | undefined> => EXP);
    const { clock, tracker, toExpiry } = setup(readExpiry);
    const bus = createChannelBus();
    const other = createTabCoordinator({
      channel: bus.channel(),
      tabId: 'other',
    });
    tracker.start(
      createTabCoordinator({ channel: bus.channel(), tabId: 'me' }),
    );
    await flush();
    clock.advanceBy(toExpiry(60_000));
    expect(tracker.getSnapshot().kind).toBe('warning');

    other.announceRefreshed(EXP - 10); // older: ignored
    await flush();
    expect(tracker.getSnapshot().kind).toBe('warning');
    other.announceRefreshed(EXP + 3_600);
    await flush();
    expect(tracker.getSnapshot()).toEqual({ kind: 'hidden' });
    expect(readExpiry).toHaveBeenCalledTimes(1);
  });

  it('dismissing hides the warning and stops the ticks, but expiry still shows', async () => {
    const { clock, tracker, onWake, toExpiry } = setup();
    tracker.start();
    await flush();
    clock.advanceBy(toExpiry(WARN));
    tracker.dismiss();
    expect(tracker.getSnapshot()).toEqual({ kind: 'hidden' });
    onWake.mockClear();
    clock.advanceBy(toExpiry(0));
    expect(onWake).toHaveBeenCalledTimes(1);
    expect(tracker.getSnapshot().kind).toBe('expired');
  });

  it('a hidden page wakes only at expiry during the warning', async () => {
    const { clock, tracker, onWake, toExpiry, setVisible } = setup();
    setVisible(false);
    tracker.start();
    await flush();
    clock.advanceBy(toExpiry(0));
    expect(onWake).toHaveBeenCalledTimes(2);
  });

  it('shows a failed first check, and nothing after stop', async () => {
    const readExpiry = jest.fn(async (): Promise<number | undefined> => {
      throw new TypeError('Failed to fetch');
    });
    const { tracker, changes } = setup(readExpiry);
    const stop = tracker.start();
    await flush();
    expect(tracker.getSnapshot()).toMatchObject({
      kind: 'refresh-failed',
      during: 'check',
      reason: 'network',
    });

    stop();
    changes.mockClear();
    await tracker.refresh();
    expect(changes).not.toHaveBeenCalled();
  });

  it('stays hidden for a session without an expiry', async () => {
    const { clock, tracker } = setup(jest.fn(async () => undefined));
    tracker.start();
    await flush();
    expect(clock.pendingTimers()).toBe(0);
    expect(tracker.getSnapshot()).toEqual({ kind: 'hidden' });
  });
});
