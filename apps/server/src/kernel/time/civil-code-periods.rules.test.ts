import { DEFAULT_CHARTER_PARAMETERS, type THolidayCalendar } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayNumber,
  daysBetween,
  formatIsoDate,
  fromDayNumber,
  isoWeekday,
  parseIsoDate,
} from './calendar.js';
import { banEndsOn, earliestWithdrawalDate, mayApplyAgain, periodEnd } from './civil-code-periods.rules.js';

/** A test calendar shaped like a National Day week with one make-up Saturday; not the official 2026 dates. */
const nationalDayWeek: THolidayCalendar = {
  holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
  workingDays: ['2026-10-10'],
  weekendsAreRestDays: true,
};
const holidaysOnly: THolidayCalendar = { ...nationalDayWeek, weekendsAreRestDays: false };

describe('民法典第二百零一、二百零二条: the first day is not counted; months end on the corresponding day', () => {
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

describe('民法典第二百零三条: a period ending on a rest day ends on the next working day', () => {
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

describe('章程第二十条(一): withdrawal notice of at least 1 month from the written confirmation of receipt', () => {
  it.each([
    ['receipt on 10 March allows 10 April', '2026-03-10', undefined, '2026-04-10'],
    ['receipt on 31 January allows 28 February', '2026-01-31', undefined, '2026-02-28'],
    ['28 February 2026 is a Saturday: with rest days, Monday 2 March', '2026-01-31', nationalDayWeek, '2026-03-02'],
  ])('%s', (_case, receipt, calendar, earliest) => {
    expect(earliestWithdrawalDate(receipt, DEFAULT_CHARTER_PARAMETERS, calendar)).toBe(earliest);
  });

  it('reads the notice from the charter parameters', () => {
    expect(earliestWithdrawalDate('2026-03-10', { withdrawalNotice: { months: 3 } })).toBe('2026-06-10');
  });
});

describe('章程第二十一条(五): an expelled unit may not apply again within 2 years', () => {
  it.each([
    ['expelled 2026-03-10: the ban ends 2028-03-10', '2026-03-10', '2028-03-10'],
    ['expelled on a leap day: the ban ends on the last day of February', '2024-02-29', '2026-02-28'],
  ])('%s', (_case, expelledOn, endsOn) => {
    expect(banEndsOn(expelledOn, DEFAULT_CHARTER_PARAMETERS)).toBe(endsOn);
  });

  it.each([
    ['the day after expulsion', '2026-03-10', '2026-03-11', false],
    ['the ban’s last day (以内 includes it)', '2026-03-10', '2028-03-10', false],
    ['the day after the ban’s last day', '2026-03-10', '2028-03-11', true],
    ['leap-day expulsion, last day of the ban', '2024-02-29', '2026-02-28', false],
    ['leap-day expulsion, first free day', '2024-02-29', '2026-03-01', true],
  ])('%s: applying %s → %s', (_case, expelledOn, applyOn, allowed) => {
    expect(mayApplyAgain(expelledOn, applyOn, DEFAULT_CHARTER_PARAMETERS)).toBe(allowed);
  });
});

describe('calendar dates as integers (no time zone)', () => {
  it('agrees with the proleptic Gregorian calendar for every day from 1999 to 2101', () => {
    const first = dayNumber({ year: 1999, month: 1, day: 1 });
    const disagreements: string[] = [];
    for (let days = first; days < first + 102 * 366; days++) {
      const expected = new Date(days * 86_400_000).toISOString().slice(0, 10);
      const civil = fromDayNumber(days);
      const same = formatIsoDate(civil) === expected && dayNumber(parseIsoDate(expected)) === days;
      if (!same) disagreements.push(expected);
    }
    expect(disagreements).toEqual([]);
  });

  it.each([
    ['2026-10-01', 4],
    ['2026-10-03', 6],
    ['2026-10-04', 7],
    ['1970-01-01', 4],
    ['1969-12-29', 1],
  ])('%s is ISO weekday %i', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  it.each([
    ['2026-02-30'],
    ['2025-02-29'],
    ['2026-13-01'],
    ['2026-1-5'],
    ['20260105'],
  ])('refuses %s as RULE_DATE_INVALID', (date) => {
    expect(() => addDays(date, 1)).toThrow(/RULE_DATE_INVALID/);
  });

  it('counts whole days between dates', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-03-01', '2028-02-01')).toBe(-29);
  });
});
