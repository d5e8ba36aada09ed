import { act, renderHook } from '@testing-library/react';
import { useNowSeconds } from './useNowSeconds';

describe('useNowSeconds', () => {
  beforeEach(() =>
    jest.useFakeTimers({ now: new Date('2026-11-28T12:00:00Z') }),
  );
  afterEach(() => jest.useRealTimers());

  it('moves on every step and when the page becomes visible', () => {
    const start = Date.parse('2026-11-28T12:00:00Z') / 1000;
    const { result } = renderHook(() => useNowSeconds(30));
    expect(result.current).toBe(start);

    act(() => jest.advanceTimersByTime(29_999));
    expect(result.current).toBe(start);
    act(() => jest.advanceTimersByTime(1));
    expect(result.current).toBe(start + 30);

    // A laptop waking up: the clock jumped, no timer fired.
    jest.setSystemTime(new Date('2026-11-28T13:00:00Z'));
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(result.current).toBe(start + 3600);
  });
});
