import { describe, expect, it } from 'vitest';
import { deadlinePassed } from './call-deadline';

// The seed call: 2026年5月28日 23:59:59 北京时间 (连教职函〔2026〕6号 三.2) is 15:59:59 UTC.
const call = { deadlineAt: '2026-05-28T15:59:59.000Z' };

describe('deadlinePassed', () => {
  it.each([
    ['a day before', '2026-05-27T15:59:59.000Z', false],
    ['within the stated last second', '2026-05-28T15:59:59.900Z', false],
    ['at the next second', '2026-05-28T16:00:00.000Z', true],
    ['on the demo’s today', '2026-11-28T04:00:00.000Z', true],
  ])('%s', (_, now, passed) => {
    expect(deadlinePassed(call, Date.parse(now))).toBe(passed);
  });
});
