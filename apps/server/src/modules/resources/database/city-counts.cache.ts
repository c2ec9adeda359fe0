/**
 * Per-city counts of recent searches, kept in this process: counting every matching entry per unit is most of a
 * search's work (docs/benchmarks.md §15), and paging through one result, or several people searching the same thing,
 * asks for the same counts again. A kept count is used only under the same fingerprint of the database
 * (entries.repository.ts countsFingerprint), so no instance ever answers from a state that has changed; the age limit
 * and the size bound only keep memory small.
 */
export interface CityCountsCacheLimits {
  entries: number;
  maxAgeMs: number;
}

export const CITY_COUNTS_CACHE_LIMITS: CityCountsCacheLimits = { entries: 500, maxAgeMs: 5 * 60_000 };

export function cityCountsCache<T>(limits: CityCountsCacheLimits = CITY_COUNTS_CACHE_LIMITS, now: () => number = Date.now) {
  const kept = new Map<string, { at: number; value: Promise<T> }>();
  return async function cached(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = kept.get(key);
    if (hit && now() - hit.at <= limits.maxAgeMs) {
      // Most recently used last, so the oldest use is evicted first.
      kept.delete(key);
      kept.set(key, hit);
      return hit.value;
    }
    // Kept as the promise: concurrent identical searches share one count; a failed count is not kept.
    const value = compute();
    kept.set(key, { at: now(), value });
    value.catch(() => {
      if (kept.get(key)?.value === value) kept.delete(key);
    });
    while (kept.size > limits.entries) kept.delete(kept.keys().next().value as string);
    return value;
  };
}
