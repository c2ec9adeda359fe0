/**
 * The charter's membership periods, counted as the Civil Code counts periods (kernel/time
 * civil-code-periods.rules.ts): the notice of withdrawal (《沿沪宁产业创新带职业院校联盟章程》第二十条) and the
 * ban after expulsion (第二十一条(五)). Their lengths are charter parameters.
 */
import type { TCharterParameters, THolidayCalendar } from '@chanjiao/contracts';
import { plainDate } from '../../../kernel/time/calendar.js';
import { periodEnd } from '../../../kernel/time/civil-code-periods.rules.js';

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

/** 章程第二十一条(五): the last day of the ban ("2年内" includes its last day: 民法典第一千二百五十九条). */
export function banEndsOn(expelledOn: string, params: Pick<TCharterParameters, 'expulsionBan'>, calendar?: THolidayCalendar): string {
  return periodEnd(expelledOn, params.expulsionBan, calendar);
}

/** 章程第二十一条(五): an expelled unit may apply again from the day after the ban's last day. */
export function mayApplyAgain(
  expelledOn: string,
  applyOn: string,
  params: Pick<TCharterParameters, 'expulsionBan'>,
  calendar?: THolidayCalendar,
): boolean {
  plainDate(applyOn);
  return applyOn > banEndsOn(expelledOn, params, calendar);
}
