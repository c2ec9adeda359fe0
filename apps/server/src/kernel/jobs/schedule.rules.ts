/**
 * When a recurring job next occurs, and how long a failed job waits before its next attempt.
 * Cron expressions are read in Asia/Shanghai, where the platform's days begin and end (croner does the
 * calendar arithmetic, daylight-saving rules included should a zone ever have them).
 */
import { Cron } from 'croner';
import type { RetryPolicy, Schedule } from './job-definition.js';

export const SCHEDULE_TIME_ZONE = 'Asia/Shanghai';

/** The schedule as one string, stored beside its next occurrence to notice when the code changes it. */
export function scheduleText(schedule: Schedule): string {
  return 'cron' in schedule ? `cron ${schedule.cron} ${SCHEDULE_TIME_ZONE}` : `every ${schedule.everyMinutes} min`;
}

/** The first occurrence strictly after `after`. */
export function nextOccurrence(schedule: Schedule, after: Date): Date {
  if ('everyMinutes' in schedule) return new Date(after.getTime() + schedule.everyMinutes * 60_000);
  const next = new Cron(schedule.cron, { timezone: SCHEDULE_TIME_ZONE, paused: true }).nextRun(after);
  if (!next) throw new Error(`The cron expression "${schedule.cron}" never occurs again`);
  return next;
}

/** The wait after failed attempt number `attempt` (1 = the first): base, 2×base, 4×base … capped. */
export function retryDelayMs(policy: RetryPolicy, attempt: number): number {
  const seconds = Math.min(policy.baseDelaySeconds * 2 ** Math.max(0, attempt - 1), policy.maxDelaySeconds);
  return seconds * 1000;
}
