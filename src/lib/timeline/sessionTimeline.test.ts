import { backstageToken } from '../../../test/builders/tokens';
import {
  clearSessionEvents,
  getSessionEvents,
  MAX_SESSION_EVENTS,
  recordSessionEvent,
  subscribeSessionEvents,
} from './sessionTimeline';

afterEach(() => clearSessionEvents());

describe('session timeline', () => {
  it('records events in time order and notifies subscribers', () => {
    const listener = jest.fn();
    const unsubscribe = subscribeSessionEvents(listener);
    recordSessionEvent({ type: 'refresh', at: 2000 });
    recordSessionEvent({ type: 'sign-in', at: 1000, detail: 'oidc' });
    expect(getSessionEvents()).toEqual([
      { type: 'sign-in', at: 1000, detail: 'oidc' },
      { type: 'refresh', at: 2000 },
    ]);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    recordSessionEvent({ type: 'expired', at: 3000 });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('returns the same array until something changes', () => {
    recordSessionEvent({ type: 'refresh', at: 1 });
    expect(getSessionEvents()).toBe(getSessionEvents());
  });

  it('redacts tokens in details and keeps the newest events only', () => {
    const token = backstageToken();
    recordSessionEvent({
      type: 'failure',
      at: 1,
      detail: `got ${token} and Bearer abc123`,
    });
    expect(getSessionEvents()[0].detail).toBe(
      'got [redacted token] and Bearer [redacted]',
    );
    for (let i = 0; i < MAX_SESSION_EVENTS + 10; i++)
      recordSessionEvent({ type: 'refresh', at: 10 + i });
    expect(getSessionEvents()).toHaveLength(MAX_SESSION_EVENTS);
    expect(getSessionEvents()[0].at).toBe(20);
  });

  it('survives broken input and broken subscribers', () => {
    const off1 = subscribeSessionEvents(() => {
      throw new Error('broken');
    });
    const ok = jest.fn();
    const off2 = subscribeSessionEvents(ok);
    expect(() =>
      recordSessionEvent({
        type: 'failure',
        at: NaN,
        detail: 42 as unknown as string,
      }),
    ).not.toThrow();
    expect(getSessionEvents()[0]).toEqual({
      type: 'failure',
      at: expect.any(Number),
    });
    expect(ok).toHaveBeenCalled();
    off1();
    off2();
  });
});
