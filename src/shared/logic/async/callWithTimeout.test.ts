import { callWithTimeout, CallTimeoutError } from './callWithTimeout';

describe('callWithTimeout on a call that ignores its signal', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('passes a timely result through', async () => {
    await expect(
      callWithTimeout(() => Promise.resolve(42), {
        what: 'x',
        timeoutMs: 1000,
      }),
    ).resolves.toBe(42);
  });

  it('passes a timely failure through', async () => {
    await expect(
      callWithTimeout(() => Promise.reject(new Error('boom')), {
        what: 'x',
        timeoutMs: 1000,
      }),
    ).rejects.toThrow('boom');
  });

  it('rejects a call that does not answer in time, naming it', async () => {
    const never = new Promise<number>(() => {});
    const result = callWithTimeout(() => never, {
      what: 'GET /v1/userinfo',
      timeoutMs: 15_000,
    });
    jest.advanceTimersByTime(14_999);
    const settled = jest.fn();
    result.catch(settled);
    await Promise.resolve();
    expect(settled).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    await expect(result).rejects.toEqual(
      new CallTimeoutError('GET /v1/userinfo', 15_000),
    );
    await expect(result).rejects.toThrow(
      'GET /v1/userinfo: no answer within 15 s',
    );
  });
});

describe('callWithTimeout', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('aborts the request and rejects naming the call when it takes too long', async () => {
    let seen: AbortSignal | undefined;
    const result = callWithTimeout(
      signal => {
        seen = signal;
        return new Promise<never>(() => {});
      },
      { what: 'GET /v1/userinfo', timeoutMs: 2_000 },
    );
    const settled = jest.fn();
    result.catch(settled);
    jest.advanceTimersByTime(1_999);
    await Promise.resolve();
    expect(settled).not.toHaveBeenCalled();
    expect(seen?.aborted).toBe(false);
    jest.advanceTimersByTime(1);
    await expect(result).rejects.toThrow(
      'GET /v1/userinfo: no answer within 2 s',
    );
    expect(seen?.aborted).toBe(true);
    expect(seen?.reason).toBeInstanceOf(CallTimeoutError);
  });

  it('passes a timely answer through and leaves the signal alone', async () => {
    let seen: AbortSignal | undefined;
    await expect(
      callWithTimeout(
        async signal => {
          seen = signal;
          return 'ok';
        },
        { what: 'x' },
      ),
    ).resolves.toBe('ok');
    jest.advanceTimersByTime(60_000);
    expect(seen?.aborted).toBe(false);
  });

  it('passes a timely failure through, thrown or rejected', async () => {
    await expect(
      callWithTimeout(
        () => {
          throw new Error('sync boom');
        },
        { what: 'x' },
      ),
    ).rejects.toThrow('sync boom');
    await expect(
      callWithTimeout(() => Promise.reject(new Error('boom')), { what: 'x' }),
    ).rejects.toThrow('boom');
  });

  it("aborts the request when the caller's signal aborts", async () => {
    const outer = new AbortController();
    let seen: AbortSignal | undefined;
    const result = callWithTimeout(
      signal => {
        seen = signal;
        return new Promise<never>(() => {});
      },
      { what: 'GET /guest/refresh', signal: outer.signal },
    );
    outer.abort(new Error('signed out'));
    await expect(result).rejects.toThrow('signed out');
    expect(seen?.aborted).toBe(true);

    const already = new AbortController();
    already.abort();
    const call = jest.fn();
    await expect(
      callWithTimeout(call, { what: 'x', signal: already.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(call).not.toHaveBeenCalled();
  });
});
