import { describe, expect, it } from 'vitest';
import { nextOccurrence, retryDelayMs, scheduleText } from './schedule.rules.js';

describe('recurring jobs occur on Asia/Shanghai wall-clock time', () => {
  it.each([
    // 08:00 in Shanghai is 00:00 UTC.
    ['before 08:00 Shanghai: today at 08:00', '0 8 * * *', '2026-12-06T23:59:59Z', '2026-12-07T00:00:00.000Z'],
    ['exactly at an occurrence: the next one', '0 8 * * *', '2026-12-07T00:00:00Z', '2026-12-08T00:00:00.000Z'],
    ['just after midnight Shanghai (16:00 UTC the day before)', '5 0 * * *', '2026-12-06T16:00:00Z', '2026-12-06T16:05:00.000Z'],
    ['the last day of a year rolls into the next', '0 8 * * *', '2026-12-31T01:00:00Z', '2027-01-01T00:00:00.000Z'],
    ['a Monday-only schedule skips to Monday', '0 9 * * 1', '2026-12-06T02:00:00Z', '2026-12-07T01:00:00.000Z'],
  ])('%s', (_case, cron, after, expected) => {
    expect(nextOccurrence({ cron }, new Date(after)).toISOString()).toBe(expected);
  });

  it('an interval counts from the moment given', () => {
    expect(nextOccurrence({ everyMinutes: 15 }, new Date('2026-12-06T10:00:00Z')).toISOString()).toBe('2026-12-06T10:15:00.000Z');
  });

  it('names the schedule with its time zone, so a changed schedule is noticed', () => {
    expect(scheduleText({ cron: '0 8 * * *' })).toBe('cron 0 8 * * * Asia/Shanghai');
    expect(scheduleText({ everyMinutes: 5 })).toBe('every 5 min');
  });
});

describe('retries back off exponentially up to a ceiling', () => {
  const policy = { maxAttempts: 6, baseDelaySeconds: 30, maxDelaySeconds: 300 };
  it.each([
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [4, 240_000],
    [5, 300_000],
    [9, 300_000],
  ])('after failed attempt %i the job waits %i ms', (attempt, expected) => {
    expect(retryDelayMs(policy, attempt)).toBe(expected);
  });
});
