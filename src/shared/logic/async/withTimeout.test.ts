import { CallTimeoutError, withTimeout } from './withTimeout';

describe('withTimeout', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('passes a timely result through', async () => {
    await expect(withTimeout(Promise.resolve(42), 1000, 'x')).resolves.toBe(42);
  });

  it('passes a timely failure through', async () => {
    await expect(
      withTimeout(Promise.reject(new Error('boom')), 1000, 'x'),
    ).rejects.toThrow('boom');
  });

  it('rejects a call that does not answer in time, naming it', async () => {
    const never = new Promise<number>(() => {});
    const result = withTimeout(never, 15_000, 'GET /v1/userinfo');
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
