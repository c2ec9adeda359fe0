/**
 * Submission deadlines (连教职函〔2026〕6号 三.2: "于2026年5月28日前"). A call states its deadline as Beijing wall-clock time
 * (Asia/Shanghai, UTC+8 all year: China has kept no daylight saving time since 1991); the server compares
 * instants in UTC. The stated second is included: a deadline of 23:59:59 accepts 23:59:59.999 and refuses
 * 00:00:00 of the next day. A deadline written without seconds means second :00 of that minute.
 */
import { DomainError } from '../../../kernel/errors.js';
import { formatShanghai, shanghaiWallClockOrNull } from '../../../kernel/time/shanghai.js';

const ONE_SECOND_MS = 1000;

/** The instant of a Beijing wall-clock time "YYYY-MM-DDTHH:mm[:ss]", or DEADLINE_INVALID naming it. */
export function shanghaiToUtc(local: string): Date {
  const instant = shanghaiWallClockOrNull(local);
  if (!instant) throw new DomainError('DEADLINE_INVALID', { deadline: local });
  return instant;
}

export function submissionAllowed(now: Date, deadline: string): boolean {
  return now.getTime() < shanghaiToUtc(deadline).getTime() + ONE_SECOND_MS;
}

export function assertSubmissionOpen(now: Date, deadline: string): void {
  if (!submissionAllowed(now, deadline)) {
    throw new DomainError('SUBMISSION_DEADLINE_PASSED', { deadline: formatShanghai(shanghaiToUtc(deadline)) });
  }
}
