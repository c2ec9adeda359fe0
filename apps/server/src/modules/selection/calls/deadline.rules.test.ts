import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../kernel/errors.js';
import { formatShanghai } from '../../../kernel/time/shanghai.js';
import { assertSubmissionOpen, shanghaiToUtc, submissionAllowed } from './deadline.rules.js';

/** 通知 三.2: 于2026年5月28日前报送 — a call sets its deadline as Beijing time, e.g. the end of 28 May. */
const DEADLINE = '2026-05-28T23:59:59';

describe('通知 三.2: submission allowed iff now ≤ the deadline, stated in Beijing time (UTC+8)', () => {
  it.each([
    ['a day early', '2026-05-27T12:00:00.000Z', true],
    ['23:59:58 Beijing', '2026-05-28T15:59:58.000Z', true],
    ['23:59:59 Beijing (the deadline itself)', '2026-05-28T15:59:59.000Z', true],
    ['23:59:59.999 Beijing (still the deadline’s second)', '2026-05-28T15:59:59.999Z', true],
    ['00:00:00 Beijing the next day', '2026-05-28T16:00:00.000Z', false],
    ['16:00 UTC looks like “28 May” in UTC but is 29 May in Beijing', '2026-05-28T16:00:01.000Z', false],
    ['a week late', '2026-06-04T00:00:00.000Z', false],
  ])('%s → %s', (_case, now, allowed) => {
    expect(submissionAllowed(new Date(now), DEADLINE)).toBe(allowed);
  });
});

describe('Beijing wall-clock time to UTC and back', () => {
  it.each([
    ['2026-05-28T23:59:59', '2026-05-28T15:59:59.000Z'],
    ['2026-05-29T00:00:00', '2026-05-28T16:00:00.000Z'],
    ['2026-01-01T07:59', '2025-12-31T23:59:00.000Z'],
    ['2028-02-29T08:00:00', '2028-02-29T00:00:00.000Z'],
    ['2026-07-01T12:00:00', '2026-07-01T04:00:00.000Z'],
  ])('%s Beijing is %s', (local, utc) => {
    expect(shanghaiToUtc(local).toISOString()).toBe(utc);
  });

  it('reads an instant as Beijing time', () => {
    expect(formatShanghai(new Date('2026-05-28T15:59:59.000Z'))).toBe('2026-05-28 23:59:59');
    expect(formatShanghai(new Date('2025-12-31T16:30:00.000Z'))).toBe('2026-01-01 00:30:00');
  });

  it.each([['2026-02-30T12:00:00'], ['2026-05-28T24:00:00'], ['2026-05-28T23:60:00'], ['2026-05-28 23:59:59'], ['2026-05-28']])(
    'refuses %s as DEADLINE_INVALID',
    (local) => {
      expect(() => shanghaiToUtc(local)).toThrow(/DEADLINE_INVALID/);
    },
  );
});

describe('a late submission is refused with the deadline in Beijing time', () => {
  it('says when the call closed and whom to contact', () => {
    expect(() => assertSubmissionOpen(new Date('2026-05-28T15:59:59.999Z'), DEADLINE)).not.toThrow();
    const late = () => assertSubmissionOpen(new Date('2026-05-28T16:00:00.000Z'), DEADLINE);
    expect(late).toThrow(DomainError);
    try {
      late();
    } catch (error) {
      expect((error as DomainError).code).toBe('SUBMISSION_DEADLINE_PASSED');
      expect((error as DomainError).messageIn('zh-CN')).toBe(
        '申报已于 2026-05-28 23:59:59（北京时间）截止，不能再提交；如需补报，请联系发布通知的教育行政部门',
      );
    }
  });
});
