import { describe, expect, it } from 'vitest';
import { scoreProblem } from './score-sheet-checks';

describe('附件1: a point is scored from 0 to its maximum; all points before submitting', () => {
  it.each([
    ['99 on a 3-point item, as typed', 99, 3, false, { kind: 'over', max: 3 }],
    ['3.5 on a 3-point item', 3.5, 3, true, { kind: 'over', max: 3 }],
    ['the maximum itself', 3, 3, true, null],
    ['0', 0, 3, true, null],
    ['a negative score', -1, 3, false, { kind: 'negative' }],
    ['empty while saving a draft', null, 3, false, null],
    ['empty when submitting', null, 3, true, { kind: 'missing' }],
    ['a deduction without a maximum set', 12, null, false, null],
  ] as const)('%s', (_case, value, max, complete, problem) => {
    expect(scoreProblem(value, max, complete)).toEqual(problem);
  });
});
