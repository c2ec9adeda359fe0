/**
 * The panel's deduction for 附件1 7.其他 (“酌情扣分”): each expert enters one with its reason; the application's
 * deduction combines the valid ones by the call's published method, like the scores, and is shown to two
 * decimals (halves up) before it is subtracted after aggregation.
 */
import type { AggregationMethod } from '@chanjiao/contracts';
import { combine } from './aggregation.rules.js';

export function panelDeduction(deductions: number[], method: AggregationMethod): number {
  if (deductions.length === 0) return 0;
  const { value } = combine(
    deductions.map((deduction) => Math.round(deduction * 100)),
    method,
  );
  return Math.floor((2 * value.hundredths + value.divisor) / (2 * value.divisor)) / 100;
}
