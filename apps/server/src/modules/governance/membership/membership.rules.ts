/**
 * Rules of membership from the charter: the conditions of 第十六条, the re-application ban of 第二十一条(五),
 * the withdrawal date of 第二十条, and the certificate's number (第十九条(二)). Periods follow 民法典 through
 * periods.rules.ts; every length is a charter parameter.
 */
import type { Bilingual, TCharterParameters, TQualifications } from '@chanjiao/contracts';
import { bilingual } from '../../../kernel/errors.js';
import { addDays } from '../../../kernel/time/calendar.js';
import { banEndsOn, earliestWithdrawalDate, mayApplyAgain } from './membership-periods.rules.js';

const CONDITIONS: [keyof TQualifications, Bilingual][] = [
  ['registeredLegalPerson', bilingual('（一）依法注册、具有独立法人资格', '(1) registered with independent legal-person status')],
  ['endorsesCharter', bilingual('（二）认同联盟理念与章程', '(2) endorses the charter')],
  ['capacity', bilingual('（三）具备办学规模与优质专业基础或相应影响力', '(3) the required scale or influence')],
  ['willingToCooperate', bilingual('（四）愿意参与联盟合作项目', '(4) willing to join cooperation projects')],
];

/** 章程第十六条: the conditions (一)–(四) the applicant has not affirmed. */
export function missingQualifications(qualifications: TQualifications): Bilingual[] {
  return CONDITIONS.filter(([key]) => qualifications[key] !== true).map(([, name]) => name);
}

export interface BanStatus {
  banned: boolean;
  banEndsOn: string;
  /** The first day a new application is accepted. */
  mayApplyFrom: string;
}

/** 章程第二十一条(五): whether a unit expelled on `expelledOn` may apply on `today`. */
export function applicationBan(expelledOn: string, today: string, params: Pick<TCharterParameters, 'expulsionBan'>): BanStatus {
  const ends = banEndsOn(expelledOn, params);
  return { banned: !mayApplyAgain(expelledOn, today, params), banEndsOn: ends, mayApplyFrom: addDays(ends, 1) };
}

/** 章程第二十条(一) with 民法典第二百零一、二百零二条: the earliest day, and why, in words. */
export function earliestWithdrawal(
  receiptConfirmedOn: string,
  params: Pick<TCharterParameters, 'withdrawalNotice'>,
): { earliest: string; explanation: Bilingual } {
  const earliest = earliestWithdrawalDate(receiptConfirmedOn, params);
  const notice = describePeriod(params.withdrawalNotice);
  return {
    earliest,
    explanation: bilingual(
      `秘书处于 ${receiptConfirmedOn} 书面确认收到申请；提前期${notice['zh-CN']}自次日起算（民法典第二百零一条），至 ${earliest} 届满（第二百零二条），最早于该日退会`,
      `The secretariat confirmed receipt on ${receiptConfirmedOn}; the ${notice['en-US']} notice runs from the next day (Civil Code art. 201) and ends on ${earliest} (art. 202), the earliest withdrawal date`,
    ),
  };
}

/**
 * The day a withdrawal approved by the meeting takes effect: the day the member asked for, but never before
 * the notice period ends nor before the meeting's decision (第二十条(二): 经批准后方可退会).
 */
export function withdrawalEffectiveOn(intendedOn: string, earliest: string, decidedOn: string): string {
  return [intendedOn, earliest, decidedOn].sort().at(-1)!;
}

export function describePeriod(period: { years?: number; months?: number; days?: number }): Bilingual {
  const zh = [
    period.years ? `${period.years}年` : '',
    period.months ? `${period.months}个月` : '',
    period.days ? `${period.days}日` : '',
  ].join('');
  const en = [
    period.years ? `${period.years} year${period.years > 1 ? 's' : ''}` : '',
    period.months ? `${period.months} month${period.months > 1 ? 's' : ''}` : '',
    period.days ? `${period.days} day${period.days > 1 ? 's' : ''}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return bilingual(zh, en);
}

/** 《联盟成员证书》 numbers run per body: "沿沪宁联盟成员证〔2026〕第003号". */
export function certificateNumber(bodyShortName: string | null, issuedOn: string, serial: number): string {
  return `${bodyShortName ?? ''}成员证〔${issuedOn.slice(0, 4)}〕第${String(serial).padStart(3, '0')}号`;
}
