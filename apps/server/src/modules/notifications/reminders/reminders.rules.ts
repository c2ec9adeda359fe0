/**
 * Which reminder is due for a deadline today. Offsets are whole days in Asia/Shanghai: 7 = seven days before the
 * deadline, 0 = on the day, -1 = one day after it (overdue). A reminder is due once the day of its offset has
 * come; if the daily run missed that day (the server was down), it is still sent within `catchUpDays`, but only
 * the latest reminder whose day has come — nobody receives "7 days left" and "1 day left" on the same morning.
 * "Before" reminders stop once the deadline has passed.
 */
export interface DueReminder {
  offset: number;
  /** Days from today to the deadline (negative once it has passed). */
  daysLeft: number;
}

export function dueReminder(offsets: readonly number[], daysLeft: number, catchUpDays: number): DueReminder | null {
  const candidates = offsets.filter((offset) => daysLeft <= offset && offset - daysLeft <= catchUpDays && (offset < 0 || daysLeft >= 0));
  if (candidates.length === 0) return null;
  return { offset: Math.min(...candidates), daysLeft };
}

/** Offsets as stored: distinct, from the earliest reminder to the latest. */
export function normaliseOffsets(offsets: readonly number[]): number[] {
  return [...new Set(offsets)].sort((a, b) => b - a);
}
