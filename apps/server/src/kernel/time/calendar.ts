/**
 * Calendar dates written YYYY-MM-DD, with no time of day and no time zone, so a period computed on a server in
 * UTC and read in Shanghai lands on the same day. The arithmetic is Temporal's (`Temporal.PlainDate`, from the
 * temporal-polyfill package): this file only fixes the one format the documents and the database use.
 */
import { Temporal } from 'temporal-polyfill';
import { DomainError } from '../errors.js';

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date, or null when the text is not a real date written YYYY-MM-DD (2026-02-30, 2026-1-5, 20260105). */
export function plainDateOrNull(text: string): Temporal.PlainDate | null {
  if (!ISO_DATE.test(text)) return null;
  try {
    return Temporal.PlainDate.from(text, { overflow: 'reject' });
  } catch {
    return null;
  }
}

/** The date, or RULE_DATE_INVALID naming the text. */
export function plainDate(text: string): Temporal.PlainDate {
  const date = plainDateOrNull(text);
  if (!date) throw new DomainError('RULE_DATE_INVALID', { date: text });
  return date;
}

export function parseIsoDate(text: string): CivilDate {
  const { year, month, day } = plainDate(text);
  return { year, month, day };
}

export function formatIsoDate(date: CivilDate): string {
  return Temporal.PlainDate.from(date, { overflow: 'reject' }).toString();
}

export function daysInMonth(year: number, month: number): number {
  return Temporal.PlainYearMonth.from({ year, month }).daysInMonth;
}

export function addDays(date: string, days: number): string {
  return plainDate(date).add({ days }).toString();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return plainDate(from).until(plainDate(to), { largestUnit: 'days' }).days;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return plainDate(date).dayOfWeek;
}

/** The quarter a date falls in: 1 (January–March) … 4. */
export function quarterOf(date: string): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const { year, month } = plainDate(date);
  return { year, quarter: Math.ceil(month / 3) as 1 | 2 | 3 | 4 };
}
