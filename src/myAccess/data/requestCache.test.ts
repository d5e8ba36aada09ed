import { createRequestCache } from './requestCache';

describe('createRequestCache', () => {
  it('asks once per key, also while the first read is under way', async () => {
    const cache = createRequestCache();
    const load = jest.fn(async () => 'answer');
    const [a, b] = await Promise.all([
      cache.once('userinfo', load),
      cache.once('userinfo', load),
    ]);
    expect([a, b]).toEqual(['answer', 'answer']);
    await cache.once('userinfo', load);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('batches only the keys not asked before, and answers each from its batch', async () => {
    const cache = createRequestCache();
    const load = jest.fn(async (refs: string[]) =>
      refs.map(r => `entity ${r}`),
    );
    await cache.each('ref:', ['team-a', 'team-b'], load);
    const again = await cache.each(
      'ref:',
      ['team-b', 'payments', 'team-a'],
      load,
    );
    expect(again).toEqual([
      'entity team-b',
      'entity payments',
      'entity team-a',
    ]);
    expect(load.mock.calls).toEqual([[['team-a', 'team-b']], [['payments']]]);
  });

  it('forgets a failure, and forgets on request, so a retry asks again', async () => {
    const cache = createRequestCache();
    const load = jest
      .fn()
      .mockRejectedValueOnce(new Error('HTTP 503'))
      .mockResolvedValue('ok');
    await expect(cache.once('user', load)).rejects.toThrow('HTTP 503');
    await expect(cache.once('user', load)).resolves.toBe('ok');
    cache.forget('us');
    await cache.once('user', load);
    expect(load).toHaveBeenCalledTimes(3);
  });
});
