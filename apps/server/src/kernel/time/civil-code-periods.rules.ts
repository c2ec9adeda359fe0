/**
 * Periods as the Civil Code counts them (《中华人民共和国民法典》第二百条至第二百零四条; the articles are quoted
 * in docs/sources.md):
 * - 第二百零一条: the day on which a period starts is not counted; counting begins the next day;
 * - 第二百零二条: a period in months or years ends on the corresponding day of the final month, or on that
 *   month's last day when it has no corresponding day (31 January + 1 month → 28 or 29 February);
 * - 第二百零三条: when the last day is a statutory rest day, the period ends on the first day after it;
 * - 第二百零四条: a law or the parties (here: the charter) may count otherwise, so every period is data.
 * A period given in years, months and days adds the years and months first, then the days. Temporal's
 * `PlainDate.add` with `overflow: 'constrain'` is exactly 第二百零二条's "月末日" rule.
 */
import type { THolidayCalendar, TPeriod } from '@chanjiao/contracts';
import { isoWeekday, plainDate } from './calendar.js';

/** Whether a day is a rest day of the calendar: a listed holiday, or a weekend not made a working day (调休). */
export function isRestDay(date: string, calendar: THolidayCalendar): boolean {
  if (calendar.workingDays?.includes(date)) return false;
  if (calendar.holidays.includes(date)) return true;
  return calendar.weekendsAreRestDays && isoWeekday(date) >= 6;
}

/** 民法典第二百零三条: the first working day on or after `date`. */
export function firstWorkingDayFrom(date: string, calendar: THolidayCalendar): string {
  let day = plainDate(date);
  // Terminates: the calendar lists finitely many holidays and weekends last two days.
  while (isRestDay(day.toString(), calendar)) day = day.add({ days: 1 });
  return day.toString();
}

/** The last day of a period starting on `start` (YYYY-MM-DD); without a calendar no rest day moves it. */
export function periodEnd(start: string, period: TPeriod, calendar?: THolidayCalendar): string {
  const corresponding = plainDate(start).add({ years: period.years ?? 0, months: period.months ?? 0 }, { overflow: 'constrain' });
  const nominal = corresponding.add({ days: period.days ?? 0 }).toString();
  return calendar ? firstWorkingDayFrom(nominal, calendar) : nominal;
}
