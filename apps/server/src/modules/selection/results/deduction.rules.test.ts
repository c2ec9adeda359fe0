import { describe, expect, it } from 'vitest';
import { panelDeduction } from './deduction.rules.js';

describe('附件1 7.其他 酌情扣分: the panel deduction by the published method', () => {
  it.each([
    ['no valid review deducts', [], 'mean', 0],
    ['nobody deducted', [0, 0, 0], 'trimmed_mean', 0],
    ['mean of 1, 2, 2 is 1.666… → 1.67', [1, 2, 2], 'mean', 1.67],
    ['median of 0, 3, 5 is 3', [0, 3, 5], 'median', 3],
    ['median of two is their mean', [1, 2], 'median', 1.5],
    ['trimmed mean drops one highest and one lowest of 0, 1, 2, 10', [0, 1, 2, 10], 'trimmed_mean', 1.5],
    ['trimmed mean of two is the plain mean', [2, 3], 'trimmed_mean', 2.5],
  ] as const)('%s', (_case, deductions, method, expected) => {
    expect(panelDeduction([...deductions], method)).toBe(expected);
  });
});
