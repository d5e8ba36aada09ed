import { createFakeClock } from '../../../test/builders/fakeClock';
import { createTabCoordinator } from './tabCoordinator';
import { createChannelBus, createLockManager } from './__testUtils__';

const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('createTabCoordinator', () => {
  it('tells other tabs the new expiry, and only the expiry and a tab id', async () => {
    const bus = createChannelBus();
    const a = createTabCoordinator({ channel: bus.channel(), tabId: 'a' });
    const b = createTabCoordinator({ channel: bus.channel(), tabId: 'b' });
    const heardByA = jest.fn();
    const heardByB = jest.fn();
    a.onRefreshed(heardByA);
    b.onRefreshed(heardByB);

    a.announceRefreshed(1_800_003_600);
    await flush();

    expect(heardByB).toHaveBeenCalledWith(1_800_003_600);
    expect(heardByA).not.toHaveBeenCalled();
    expect(bus.sent).toEqual([
      { type: 'session-refreshed', exp: 1_800_003_600, tabId: 'a' },
    ]);
  });

  it('ignores malformed messages', async () => {
    const bus = createChannelBus();
    const raw = bus.channel();
    const b = createTabCoordinator({ channel: bus.channel(), tabId: 'b' });
    const heard = jest.fn();
    b.onRefreshed(heard);
    raw.postMessage({
      type: 'session-refreshed',
      exp: 'soon',
      tabId: 'x',
    } as never);
    raw.postMessage({ type: 'session-refreshed', exp: 5 } as never);
    await flush();
    expect(heard).not.toHaveBeenCalled();
  });

  it('with locks, a second tab does not refresh once the first brought a newer expiry', async () => {
    const bus = createChannelBus();
    const locks = createLockManager();
    const a = createTabCoordinator({
      channel: bus.channel(),
      locks,
      tabId: 'a',
    });
    const b = createTabCoordinator({
      channel: bus.channel(),
      locks,
      tabId: 'b',
    });
    let knownByB = 100;
    b.onRefreshed(exp => {
      knownByB = exp;
    });
    const refreshA = jest.fn(async () => {
      a.announceRefreshed(200);
      await flush();
      return 200;
    });
    const refreshB = jest.fn(async () => 200);

    const [resultA, resultB] = await Promise.all([
      a.runExclusive(refreshA, () => false),
      b.runExclusive(refreshB, () => knownByB > 100),
    ]);

    expect(resultA).toEqual({ ran: true, value: 200 });
    expect(resultB).toEqual({ ran: false });
    expect(refreshB).not.toHaveBeenCalled();
    expect(locks.requests).toEqual([
      'access-inspector:session-refresh',
      'access-inspector:session-refresh',
    ]);
  });

  it('without locks, waits a jitter and backs off while another tab has claimed the refresh', async () => {
    const bus = createChannelBus();
    const clock = createFakeClock(0);
    const a = createTabCoordinator({
      channel: bus.channel(),
      clock,
      random: () => 0,
      tabId: 'a',
    });
    const b = createTabCoordinator({
      channel: bus.channel(),
      clock,
      random: () => 0.5,
      tabId: 'b',
      maxJitterMs: 1_000,
    });
    let knownByB = 100;
    b.onRefreshed(exp => {
      knownByB = exp;
    });
    let finishA: (exp: number) => void = () => {};
    const refreshA = jest.fn(
      () =>
        new Promise<number>(r => {
          finishA = r;
        }),
    );
    const refreshB = jest.fn(async () => 300);

    const runA = a.runExclusive(refreshA, () => false);
    const runB = b.runExclusive(refreshB, () => knownByB > 100);
    clock.advanceBy(0);
    await flush();
    expect(refreshA).toHaveBeenCalledTimes(1);
    expect(bus.sent).toEqual([{ type: 'refresh-claim', tabId: 'a' }]);

    clock.advanceBy(500); // b's jitter ends; a's claim holds it back
    await flush();
    expect(refreshB).not.toHaveBeenCalled();

    finishA(200);
    a.announceRefreshed(200);
    await flush();
    await expect(runA).resolves.toEqual({ ran: true, value: 200 });
    await expect(runB).resolves.toEqual({ ran: false });
    expect(refreshB).not.toHaveBeenCalled();
  });

  it('without a channel simply runs the task', async () => {
    const coordinator = createTabCoordinator();
    await expect(
      coordinator.runExclusive(
        async () => 1,
        () => false,
      ),
    ).resolves.toEqual({ ran: true, value: 1 });
  });
});
