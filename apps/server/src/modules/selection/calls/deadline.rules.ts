/**
 * Submission deadlines (通知 三.2, SPEC S2). A call states its deadline as Beijing wall-clock time
 * (Asia/Shanghai, UTC+8 all year: China has kept no daylight saving time since 1991); the server compares
 * instants in UTC. The stated second is included: a deadline of 23:59:59 accepts 23:59:59.999 and refuses
 * 00:00:00 of the next day. A deadline written without seconds means second :00 of that minute.
 */
import { DomainError } from '../../../kernel/errors.js';

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const ONE_SECOND_MS = 1000;

/** The UTC instant of a Beijing wall-clock time "YYYY-MM-DDTHH:mm[:ss]". */
export function shanghaiToUtc(local: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) throw new DomainError('DEADLINE_INVALID', { deadline: local });
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number, number, number, number, number, number,
  ];
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wallClock);
  const exists =
    check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day &&
    hour <= 23 && minute <= 59 && second <= 59;
  if (!exists) throw new DomainError('DEADLINE_INVALID', { deadline: local });
  return new Date(wallClock - SHANGHAI_OFFSET_MS);
}

/** "2026-05-28 23:59:59": how the instant reads on a clock in Beijing. */
export function formatShanghai(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

export function submissionAllowed(now: Date, deadline: string): boolean {
  return now.getTime() < shanghaiToUtc(deadline).getTime() + ONE_SECOND_MS;
}

export function assertSubmissionOpen(now: Date, deadline: string): void {
  if (!submissionAllowed(now, deadline)) {
    throw new DomainError('SUBMISSION_DEADLINE_PASSED', { deadline: formatShanghai(shanghaiToUtc(deadline)) });
  }
}
