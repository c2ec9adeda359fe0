/**
 * Issue numbers of a body's bulletin (简报第1期, 附件3 四 "建立定期发布制度"): every published issue takes the
 * next number of the body's series, counting on from the highest number already given (第1期 is the seed's
 * founding issue); a number is never reused, so one withdrawn later leaves its gap.
 */
import type { Bilingual } from '@chanjiao/contracts';

export function nextIssueNumber(numbersGiven: number[]): number {
  return numbersGiven.reduce((highest, number) => Math.max(highest, number), 0) + 1;
}

/** "第1期" as printed under the masthead. */
export function issueLabel(number: number): Bilingual {
  return { 'zh-CN': `第${number}期`, 'en-US': `No. ${number}` };
}
