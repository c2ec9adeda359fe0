import { DEFAULT_CHARTER_PARAMETERS, type THolidayCalendar } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { banEndsOn, earliestWithdrawalDate, mayApplyAgain } from './membership-periods.rules.js';

/** Rest days as in a National Day week with one make-up Saturday; not the official dates of any year. */
const nationalDayWeek: THolidayCalendar = {
  holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
  workingDays: ['2026-10-10'],
  weekendsAreRestDays: true,
};

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
