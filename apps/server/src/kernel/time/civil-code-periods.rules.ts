/**
 * Periods as 民法典 counts them (SPEC §2):
 * - 第二百零一条: the day on which a period starts is not counted; counting begins the next day;
 * - 第二百零二条: a period in months or years ends on the corresponding day of the final month, or on that
 *   month's last day when it has no corresponding day (31 January + 1 month → 28 or 29 February);
 * - 第二百零三条: when the last day is a statutory rest day, the period ends on the first day after it.
 * A period given in years, months and days adds the years and months first, then the days.
 */
import type { TCharterParameters, THolidayCalendar, TPeriod } from '@chanjiao/contracts';
import { addDays, daysInMonth, formatIsoDate, isoWeekday, parseIsoDate } from './calendar.js';

export function isRestDay(date: string, calendar: THolidayCalendar): boolean {
  if (calendar.workingDays?.includes(date)) return false;
  if (calendar.holidays.includes(date)) return true;
  return calendar.weekendsAreRestDays && isoWeekday(date) >= 6;
}

/** 民法典第二百零三条: the first working day on or after `date`. */
export function firstWorkingDayFrom(date: string, calendar: THolidayCalendar): string {
  let day = date;
  // Terminates: the calendar lists finitely many holidays and weekends last two days.
  while (isRestDay(day, calendar)) day = addDays(day, 1);
  return day;
}

/** The last day of a period starting on `start` (YYYY-MM-DD); without a calendar no rest day moves it. */
export function periodEnd(start: string, period: TPeriod, calendar?: THolidayCalendar): string {
  const from = parseIsoDate(start);
  const totalMonths = (period.years ?? 0) * 12 + (period.months ?? 0);
  const monthIndex = from.year * 12 + (from.month - 1) + totalMonths;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const corresponding = formatIsoDate({ year, month, day: Math.min(from.day, daysInMonth(year, month)) });
  const nominal = addDays(corresponding, period.days ?? 0);
  return calendar ? firstWorkingDayFrom(nominal, calendar) : nominal;
}

/**
 * 章程第二十条(一): notice of at least one month, counted from the day the secretariat confirms receipt in
 * writing. The withdrawal may take effect on the period's last day at the earliest (notice given on 10 March
 * allows 10 April: exactly one month ahead). Meeting approval (第二十条(二)) is still required.
 */
export function earliestWithdrawalDate(
  receiptConfirmedOn: string,
  params: Pick<TCharterParameters, 'withdrawalNotice'>,
  calendar?: THolidayCalendar,
): string {
  return periodEnd(receiptConfirmedOn, params.withdrawalNotice, calendar);
}

/** 章程第二十一条(五): the last day of the ban ("2年内" includes its last day, SPEC §2). */
export function banEndsOn(
  expelledOn: string,
  params: Pick<TCharterParameters, 'expulsionBan'>,
  calendar?: THolidayCalendar,
): string {
  return periodEnd(expelledOn, params.expulsionBan, calendar);
}

/** 章程第二十一条(五): an expelled unit may apply again from the day after the ban's last day. */
export function mayApplyAgain(
  expelledOn: string,
  applyOn: string,
  params: Pick<TCharterParameters, 'expulsionBan'>,
  calendar?: THolidayCalendar,
): boolean {
  parseIsoDate(applyOn);
  return applyOn > banEndsOn(expelledOn, params, calendar);
}
