import type { THolidayCalendar } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { periodEnd } from './civil-code-periods.rules.js';

/** A test calendar shaped like a National Day week with one make-up Saturday; not the official 2026 dates. */
const nationalDayWeek: THolidayCalendar = {
  holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
  workingDays: ['2026-10-10'],
  weekendsAreRestDays: true,
};
const holidaysOnly: THolidayCalendar = { ...nationalDayWeek, weekendsAreRestDays: false };

describe('民法典第二百零一条「开始的当日不计入，自下一日开始计算」, 第二百零二条「到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日」', () => {
  it.each([
    ['2026-01-15', { months: 1 }, '2026-02-15'],
    ['2026-01-31', { months: 1 }, '2026-02-28'],
    ['2028-01-31', { months: 1 }, '2028-02-29'],
    ['2025-12-31', { months: 2 }, '2026-02-28'],
    ['2026-03-31', { months: 1 }, '2026-04-30'],
    ['2026-11-30', { months: 3 }, '2027-02-28'],
    ['2024-02-29', { years: 1 }, '2025-02-28'],
    ['2024-02-29', { years: 4 }, '2028-02-29'],
    ['2026-03-10', { years: 2 }, '2028-03-10'],
    ['2026-01-31', { years: 1, months: 1 }, '2027-02-28'],
    ['2026-01-01', { days: 10 }, '2026-01-11'],
    ['2026-12-25', { days: 10 }, '2027-01-04'],
    ['2028-02-28', { days: 1 }, '2028-02-29'],
    ['2026-01-31', { months: 1, days: 1 }, '2026-03-01'],
  ])('from %s, %o ends on %s', (start, period, end) => {
    expect(periodEnd(start, period)).toBe(end);
  });
});

describe('民法典第二百零三条「期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日」', () => {
  it.each([
    ['a holiday moves it past the whole holiday', '2026-09-30', { days: 1 }, nationalDayWeek, '2026-10-08'],
    ['the last holiday moves it one day', '2026-09-07', { months: 1 }, nationalDayWeek, '2026-10-08'],
    ['a make-up working Saturday (调休) does not move it', '2026-09-10', { months: 1 }, nationalDayWeek, '2026-10-10'],
    ['a Saturday moves it to Monday', '2026-01-31', { months: 1 }, nationalDayWeek, '2026-03-02'],
    ['weekends stay when the flag is off', '2026-01-31', { months: 1 }, holidaysOnly, '2026-02-28'],
    ['a working day stays', '2026-03-10', { months: 1 }, nationalDayWeek, '2026-04-10'],
  ])('%s', (_case, start, period, calendar, end) => {
    expect(periodEnd(start, period, calendar)).toBe(end);
  });
});
