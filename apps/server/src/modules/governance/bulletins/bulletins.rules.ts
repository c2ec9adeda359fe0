/**
 * 附件3 四 (2026 work plan, 宣传推广): each member unit sends 1–2 简讯 a quarter. Per member and quarter the
 * secretariat sees whether the count is below, within or above the expectation (a charter parameter).
 */
import type { TCharterParameters } from '@chanjiao/contracts';
import { daysInMonth, formatIsoDate, quarterOf as calendarQuarterOf } from '../../../kernel/time/calendar.js';

type BulletinParameters = Pick<TCharterParameters, 'bulletinsPerQuarterMin' | 'bulletinsPerQuarterMax'>;

export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  /** e.g. "2026Q3". */
  key: string;
  startsOn: string;
  endsOn: string;
}

/**
 * open: the quarter is running and the member has not yet sent enough; upcoming: the quarter has not begun;
 * not_member: the quarter ended before the unit joined.
 */
export type QuotaStatus = 'below' | 'met' | 'above' | 'open' | 'upcoming' | 'not_member';

export interface BulletinSubmission {
  orgId: string;
  submittedOn: string;
}

export interface QuarterCompliance {
  orgId: string;
  quarter: string;
  count: number;
  status: QuotaStatus;
}

function quarterNumbered(year: number, quarter: 1 | 2 | 3 | 4): Quarter {
  const lastMonth = quarter * 3;
  return {
    year,
    quarter,
    key: `${year}Q${quarter}`,
    startsOn: formatIsoDate({ year, month: lastMonth - 2, day: 1 }),
    endsOn: formatIsoDate({ year, month: lastMonth, day: daysInMonth(year, lastMonth) }),
  };
}

export function quarterOf(date: string): Quarter {
  const { year, quarter } = calendarQuarterOf(date);
  return quarterNumbered(year, quarter);
}

/** Every quarter from the one containing `from` to the one containing `to`, inclusive. */
export function quartersBetween(from: string, to: string): Quarter[] {
  const first = quarterOf(from);
  const last = quarterOf(to);
  const quarters: Quarter[] = [];
  for (let index = first.year * 4 + first.quarter - 1; index <= last.year * 4 + last.quarter - 1; index++) {
    quarters.push(quarterNumbered(Math.floor(index / 4), ((index % 4) + 1) as Quarter['quarter']));
  }
  return quarters;
}

/** A member falls short of the expectation only once the quarter is over; before, it still has time. */
export function bulletinQuotaStatus(count: number, params: BulletinParameters, quarter?: Quarter, today?: string): QuotaStatus {
  if (quarter && today && today < quarter.startsOn) return 'upcoming';
  if (count > params.bulletinsPerQuarterMax) return 'above';
  if (count >= params.bulletinsPerQuarterMin) return 'met';
  return quarter && today && today <= quarter.endsOn ? 'open' : 'below';
}

/**
 * One row per member and quarter, in the order given; a member that sent nothing in a past quarter is 'below',
 * unless that quarter ended before it joined.
 */
export function bulletinCompliance(
  members: { id: string; joinedOn: string }[],
  submissions: BulletinSubmission[],
  quarters: Quarter[],
  params: BulletinParameters,
  today: string,
): QuarterCompliance[] {
  const counts = new Map<string, number>();
  for (const submission of submissions) {
    const key = `${submission.orgId}|${quarterOf(submission.submittedOn).key}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return members.flatMap(({ id: orgId, joinedOn }) =>
    quarters.map((quarter) => {
      const count = counts.get(`${orgId}|${quarter.key}`) ?? 0;
      const status = quarter.endsOn < joinedOn ? 'not_member' : bulletinQuotaStatus(count, params, quarter, today);
      return { orgId, quarter: quarter.key, count, status };
    }),
  );
}
