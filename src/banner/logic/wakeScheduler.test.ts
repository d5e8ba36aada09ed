import { createFakeClock } from '../../../test/builders/fakeClock';
import { createWakeScheduler, MAX_TIMER_DELAY_MS } from './wakeScheduler';

describe('createWakeScheduler', () => {
  it('runs the callback at the moment asked and reports the wake-up', () => {
    const clock = createFakeClock(1_000);
    const onWake = jest.fn();
    const callback = jest.fn();
    const scheduler = createWakeScheduler({ clock, onWake });

    scheduler.scheduleAt(6_000, callback);
    clock.advanceBy(4_999);
    expect(callback).not.toHaveBeenCalled();
    clock.advanceBy(1);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(onWake).toHaveBeenCalledWith({
      scheduledFor: 6_000,
      firedAt: 6_000,
    });
    expect(scheduler.pendingAt()).toBeUndefined();
  });

  it('keeps one timer: rescheduling replaces, the same moment is kept, undefined cancels', () => {
    const clock = createFakeClock(0);
    const scheduler = createWakeScheduler({ clock });
    const first = jest.fn();
    const second = jest.fn();

    scheduler.scheduleAt(100, first);
    scheduler.scheduleAt(200, first);
    scheduler.scheduleAt(200, second);
    expect(clock.pendingTimers()).toBe(1);
    clock.advanceBy(300);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);

    scheduler.scheduleAt(400, first);
    scheduler.scheduleAt(undefined, first);
    clock.advanceBy(1_000);
    expect(first).not.toHaveBeenCalled();
  });

  it('reports how late a timer fired after a sleep', () => {
    const clock = createFakeClock(0);
    const onWake = jest.fn();
    createWakeScheduler({ clock, onWake }).scheduleAt(1_000, () => {});
    clock.jumpBy(60_000);
    clock.runNext();
    expect(onWake).toHaveBeenCalledWith({
      scheduledFor: 1_000,
      firedAt: 60_000,
    });
  });

  it('caps the delay at what browsers accept', () => {
    const clock = createFakeClock(0);
    const setTimeout = jest.spyOn(clock, 'setTimeout');
    createWakeScheduler({ clock }).scheduleAt(40 * 86_400_000, () => {});
    expect(setTimeout).toHaveBeenCalledWith(
      expect.any(Function),
      MAX_TIMER_DELAY_MS,
    );
  });
});
