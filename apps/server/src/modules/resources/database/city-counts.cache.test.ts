import { describe, expect, it } from 'vitest';
import { cityCountsCache } from './city-counts.cache.js';

describe('kept per-city counts of searches', () => {
  it('counts once per key, shares a count being made, and counts again under another key', async () => {
    let counted = 0;
    const cached = cityCountsCache<number>({ entries: 10, maxAgeMs: 1000 });
    const count = async () => ++counted;
    expect(await Promise.all([cached('a', count), cached('a', count)])).toEqual([1, 1]);
    expect(await cached('a', count)).toBe(1);
    expect(await cached('b', count)).toBe(2);
  });

  it('drops the least recently used key beyond its size, and a count older than its age', async () => {
    let clock = 0;
    let counted = 0;
    const cached = cityCountsCache<number>({ entries: 2, maxAgeMs: 100 }, () => clock);
    const count = async () => ++counted;
    await cached('a', count); // 1
    await cached('b', count); // 2
    await cached('a', count); // a used again: b is now the oldest use
    await cached('c', count); // 3, evicts b
    expect(await cached('a', count)).toBe(1);
    expect(await cached('b', count)).toBe(4);
    clock = 250;
    expect(await cached('a', count)).toBe(5);
  });

  it('does not keep a count that failed', async () => {
    const cached = cityCountsCache<number>({ entries: 10, maxAgeMs: 1000 });
    await expect(cached('a', () => Promise.reject(new Error('connection lost')))).rejects.toThrow('connection lost');
    expect(await cached('a', async () => 7)).toBe(7);
  });
});
