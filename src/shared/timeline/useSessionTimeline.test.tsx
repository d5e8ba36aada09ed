import { renderHook } from '@testing-library/react';
import { TestApiProvider } from '@backstage/test-utils';
import type { ReactNode } from 'react';
import { InMemorySessionTimeline } from './InMemorySessionTimeline';
import { sessionTimelineApiRef } from './SessionTimelineApi';
import { useSessionTimeline } from './useSessionTimeline';

describe('useSessionTimeline', () => {
  it("records into the app's timeline, with methods usable unbound", () => {
    const timeline = InMemorySessionTimeline.create();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <TestApiProvider apis={[[sessionTimelineApiRef, timeline]]}>
        {children}
      </TestApiProvider>
    );
    const { result, rerender } = renderHook(() => useSessionTimeline(), {
      wrapper,
    });
    const { record, getEvents } = result.current;
    record({ type: 'sign-in', at: 1, detail: 'Local IdP' });
    expect(timeline.getEvents()).toEqual([
      { type: 'sign-in', at: 1, detail: 'Local IdP' },
    ]);
    expect(getEvents()).toBe(timeline.getEvents());
    rerender();
    expect(result.current.record).toBe(record);
  });

  it('is a silent no-op when the app has no timeline (plugin not installed)', () => {
    const { result } = renderHook(() => useSessionTimeline(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <TestApiProvider apis={[]}>{children}</TestApiProvider>
      ),
    });
    expect(() =>
      result.current.record({ type: 'failure', at: 1, detail: 'x' }),
    ).not.toThrow();
    expect(result.current.getEvents()).toEqual([]);
    const unsubscribe = result.current.subscribe(() => {});
    expect(() => unsubscribe()).not.toThrow();
  });

  it('keeps a throwing custom timeline from breaking its caller', () => {
    const broken = {
      record: () => {
        throw new Error('broken');
      },
      getEvents: () => [],
      subscribe: () => () => {},
    };
    const { result } = renderHook(() => useSessionTimeline(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <TestApiProvider apis={[[sessionTimelineApiRef, broken]]}>
          {children}
        </TestApiProvider>
      ),
    });
    expect(() =>
      result.current.record({ type: 'failure', at: 1 }),
    ).not.toThrow();
  });
});
