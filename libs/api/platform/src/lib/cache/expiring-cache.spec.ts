import { ExpiringCache } from './expiring-cache';

describe('ExpiringCache', () => {
  afterEach(() => jest.useRealTimers());

  it('shares one load between concurrent callers and keeps it until it expires', async () => {
    jest.useFakeTimers({ now: 0 });
    const cache = new ExpiringCache<number>(1000, 10);
    const load = jest.fn(async () => 7);
    const [a, b] = await Promise.all([cache.get('k', load), cache.get('k', load)]);
    expect([a, b, load.mock.calls.length]).toEqual([7, 7, 1]);
    jest.setSystemTime(999);
    await cache.get('k', load);
    expect(load).toHaveBeenCalledTimes(1);
    jest.setSystemTime(1001);
    await cache.get('k', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('forgets failed loads and results that keep rejects', async () => {
    const cache = new ExpiringCache<number | null>(60_000, 10, (v) => v !== null);
    await expect(cache.get('fails', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('fails', async () => 1)).toBe(1);
    expect(await cache.get('missing', async () => null)).toBeNull();
    expect(await cache.get('missing', async () => 2)).toBe(2);
  });

  it('starts over past maxEntries and on clear', async () => {
    const cache = new ExpiringCache<string>(60_000, 2);
    await cache.get('a', async () => 'a1');
    await cache.get('b', async () => 'b1');
    await cache.get('c', async () => 'c1');
    expect(await cache.get('a', async () => 'a2')).toBe('a2');
    cache.clear();
    expect(await cache.get('c', async () => 'c2')).toBe('c2');
  });
});
