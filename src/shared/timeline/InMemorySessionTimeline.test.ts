import { backstageToken } from '../../../test/builders/tokens';
import {
  InMemorySessionTimeline,
  MAX_SESSION_EVENTS,
} from './InMemorySessionTimeline';

let timeline: InMemorySessionTimeline;
beforeEach(() => {
  timeline = InMemorySessionTimeline.create();
});
const recordSessionEvent: InMemorySessionTimeline['record'] = event =>
  timeline.record(event);
const getSessionEvents = () => timeline.getEvents();
const subscribeSessionEvents: InMemorySessionTimeline['subscribe'] = listener =>
  timeline.subscribe(listener);

describe('the in-memory session timeline', () => {
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
      'got [redacted JWT] and Bearer [redacted]',
    );
    for (let i = 0; i < MAX_SESSION_EVENTS + 10; i++)
      recordSessionEvent({ type: 'refresh', at: 10 + i });
    expect(getSessionEvents()).toHaveLength(MAX_SESSION_EVENTS);
    expect(getSessionEvents()[0].at).toBe(20);
  });

  it('keeps uip, signatures and secret-shaped claim values out of details', () => {
    const token = backstageToken({
      payload: { uip: 'dXNlci1pZGVudGl0eS1wcm9vZg', gh: 'ghp_abc' },
    });
    const [, , signature] = token.split('.');
    const uip = 'dXNlci1pZGVudGl0eS1wcm9vZg';
    const details = [
      `limited token rejected: {"uip":"${uip}","sub":"user:default/alice"}`,
      `x-uip: short`,
      `uip=${uip}`,
      `the claims held ${uip} and ${signature}`,
      `refresh failed for glpat-Ab1 with ya29.x and k3j4h5g6f7d8s9a0p1o2`,
      `backend said: ${token.split('.').slice(0, 2).join('.')}`,
    ];
    details.forEach((detail, i) =>
      recordSessionEvent({ type: 'failure', at: i, detail }),
    );
    const recorded = JSON.stringify(getSessionEvents());
    for (const secret of [
      uip,
      signature,
      'short',
      'glpat-Ab1',
      'ya29.x',
      'k3j4h5g6f7d8s9a0p1o2',
      token.split('.')[1],
    ]) {
      expect(recorded).not.toContain(secret);
    }
    expect(recorded).toContain('user:default/alice');
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

  it('keeps each instance to itself and honours its bound', () => {
    const other = InMemorySessionTimeline.create({ maxEvents: 2 });
    recordSessionEvent({ type: 'sign-in', at: 1 });
    for (let i = 0; i < 3; i++) other.record({ type: 'refresh', at: 10 + i });
    expect(getSessionEvents()).toEqual([{ type: 'sign-in', at: 1 }]);
    expect(other.getEvents().map(e => e.at)).toEqual([11, 12]);
    other.clear();
    expect(other.getEvents()).toEqual([]);
  });
});
