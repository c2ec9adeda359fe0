/**
 * Asia/Shanghai, the time zone every date of the documents is read in: instants are stored in UTC, and "today",
 * a deadline's wall-clock time or the day an entry belongs to are decided in Shanghai. The zone rules come
 * from Temporal (temporal-polyfill over the runtime's ICU data), not from a hand-kept offset.
 */
import { Temporal } from 'temporal-polyfill';
import type { Clock } from './clock.js';
import { plainDate } from './calendar.js';

export const SHANGHAI_TIME_ZONE = 'Asia/Shanghai';

function zoned(instant: Date): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(SHANGHAI_TIME_ZONE);
}

/** The Shanghai calendar date (YYYY-MM-DD) of an instant. */
export function shanghaiDate(instant: Date): string {
  return zoned(instant).toPlainDate().toString();
}

/** Today in Shanghai, by the application's clock. */
export function shanghaiToday(clock: Clock): string {
  return shanghaiDate(clock.now());
}

/** The instant a Shanghai calendar day (YYYY-MM-DD) begins. */
export function shanghaiDayStart(date: string): Date {
  return new Date(plainDate(date).toZonedDateTime({ timeZone: SHANGHAI_TIME_ZONE }).epochMilliseconds);
}

/** The instant the Shanghai day after `date` begins: the exclusive end of `date`. */
export function shanghaiDayEnd(date: string): Date {
  return shanghaiDayStart(plainDate(date).add({ days: 1 }).toString());
}

/** Seconds stop at 59: ISO 8601 parsing would read a leap second :60 as :59. */
const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}T\d{2}:[0-5]\d(?::[0-5]\d)?$/;

/**
 * The instant of a Shanghai wall-clock time written "YYYY-MM-DDTHH:mm[:ss]" (a deadline as a call states it),
 * or null when the text is not such a time or names a time that does not exist (2026-02-30T10:00, 24:00).
 */
export function shanghaiWallClockOrNull(local: string): Date | null {
  if (!WALL_CLOCK.test(local)) return null;
  try {
    const time = Temporal.PlainDateTime.from(local, { overflow: 'reject' });
    return new Date(time.toZonedDateTime(SHANGHAI_TIME_ZONE, { disambiguation: 'reject' }).epochMilliseconds);
  } catch {
    return null;
  }
}

/** "2026-05-28 23:59" (`minute`) or "2026-05-28 23:59:59" (`second`): how an instant reads on a clock in Shanghai. */
export function formatShanghai(instant: Date, precision: 'minute' | 'second' = 'second'): string {
  const time = zoned(instant).toPlainDateTime().toString({ smallestUnit: precision, roundingMode: 'trunc' });
  return time.replace('T', ' ');
}
