/**
 * The 公示 of a call's results (通知 三.3: 遴选确定培育名单). The notice carries the authority's 文号 and 落款 with its
 * date, a publicity period (公示期) whose first and last days are both included — "公示期为 6月1日至6月5日" means
 * objections are received through 5 June — and the contact for objections. Dates are Beijing calendar dates.
 */
import type { TResultNotice } from '@chanjiao/contracts';
import { DomainError } from '../../../kernel/errors.js';
import { daysBetween } from '../../../kernel/time/calendar.js';

/** Refuses a period that ends before it starts, or that starts before the notice is issued. */
export function assertNoticeDates(notice: Pick<TResultNotice, 'issuedOn' | 'publicityFrom' | 'publicityTo'>): void {
  if (daysBetween(notice.publicityFrom, notice.publicityTo) < 0) {
    throw new DomainError('PUBLICITY_PERIOD_INVALID', { from: notice.publicityFrom, to: notice.publicityTo }, [
      { path: 'notice.publicityTo', message: { 'zh-CN': '不能早于公示开始日期', 'en-US': 'cannot be before the start of the period' } },
    ]);
  }
  if (daysBetween(notice.issuedOn, notice.publicityFrom) < 0) {
    throw new DomainError('PUBLICITY_BEFORE_SIGNING', { from: notice.publicityFrom, issuedOn: notice.issuedOn }, [
      { path: 'notice.publicityFrom', message: { 'zh-CN': '不能早于印发日期', 'en-US': 'cannot be before the date of issue' } },
    ]);
  }
}

/** The period is over once its last day has passed in Beijing: on that last day objections are still received. */
export function publicityOver(notice: Pick<TResultNotice, 'publicityTo'>, today: string): boolean {
  return daysBetween(notice.publicityTo, today) > 0;
}
