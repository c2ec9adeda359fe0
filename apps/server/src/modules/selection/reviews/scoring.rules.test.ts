import { describe, expect, it } from 'vitest';
import {
  deductionAboveMax,
  indicatorTotals,
  scoreChanges,
  scoreProblems,
  type SheetPoint,
  sheetTotal,
  unscoredPoints,
} from './scoring.rules.js';

/** A small 附件1: two points of 指标1, one of 指标4 with weight 1.5, and 7.其他 up to 10. */
const POINTS: SheetPoint[] = [
  { code: '1.1', indicatorCode: '1', kind: 'score', maxScore: 3, weight: 1 },
  { code: '1.2', indicatorCode: '1', kind: 'score', maxScore: 4, weight: 1 },
  { code: '4.1', indicatorCode: '4', kind: 'score', maxScore: 5, weight: 1.5 },
  { code: '7', indicatorCode: '7', kind: 'deduction', maxScore: 10, weight: null },
];

describe('附件1 scoring: each point within the maximum the authority set', () => {
  it.each([
    ['every score within its maximum', { '1.1': 3, '1.2': 0, '4.1': 4.99 }, []],
    ['a score above its maximum', { '1.1': 3.01 }, [{ code: '1.1', kind: 'above_max', max: 3 }]],
    ['a point the system does not have', { '9.9': 1 }, [{ code: '9.9', kind: 'unknown', max: null }]],
    ['the deduction item is not scored as a point', { '7': 1 }, [{ code: '7', kind: 'unknown', max: null }]],
    ['unscored points are not problems yet', { '1.1': null }, []],
  ])('%s', (_case, scores, expected) => {
    expect(scoreProblems(POINTS, scores)).toEqual(expected);
  });

  it.each([
    [0, null],
    [10, null],
    [10.01, 10],
  ])('附件1 7.其他 酌情扣分: a deduction of %s against a maximum of 10 → %s', (deduction, expected) => {
    expect(deductionAboveMax(POINTS, deduction)).toBe(expected);
  });

  it('lists the points still to score before submission', () => {
    expect(unscoredPoints(POINTS, { '1.1': 2, '4.1': null })).toEqual(['1.2', '4.1']);
  });
});

describe('indicator totals: score × weight, rounded to hundredths', () => {
  it.each([
    ['weights of 1 add the scores', { '1.1': 2.5, '1.2': 3.25, '4.1': 0 }, { '1': 5.75, '4': 0 }],
    ['a weight of 1.5 multiplies the score', { '1.1': 0, '1.2': 0, '4.1': 3 }, { '1': 0, '4': 4.5 }],
    ['4.25 × 1.5 = 6.375 rounds half up to 6.38', { '4.1': 4.25 }, { '1': 0, '4': 6.38 }],
    ['0.1 + 0.2 is exactly 0.30', { '1.1': 0.1, '1.2': 0.2 }, { '1': 0.3, '4': 0 }],
  ])('%s', (_case, scores, expected) => {
    expect(indicatorTotals(POINTS, scores)).toMatchObject(expected);
  });

  it('subtracts the deduction from the sum of the indicators', () => {
    const byIndicator = indicatorTotals(POINTS, { '1.1': 3, '1.2': 4, '4.1': 5 });
    expect(sheetTotal(byIndicator, 2.5)).toBe(12);
  });
});

describe('score changes after submission are listed point by point', () => {
  it.each([
    ['nothing changed', { '1.1': 2 }, 0, { '1.1': 2 }, 0, []],
    [
      'one point and the deduction',
      { '1.1': 2, '1.2': 3 },
      0,
      { '1.1': 2.5, '1.2': 3 },
      1,
      [
        { field: '1.1', from: '2.00', to: '2.50' },
        { field: 'deduction', from: '0.00', to: '1.00' },
      ],
    ],
    ['a score removed', { '1.1': 2 }, 0, { '1.1': null }, 0, [{ field: '1.1', from: '2.00', to: null }]],
  ])('%s', (_case, beforeScores, beforeDeduction, afterScores, afterDeduction, expected) => {
    expect(
      scoreChanges({ scores: beforeScores, deduction: beforeDeduction }, { scores: afterScores, deduction: afterDeduction }, [
        '1.1',
        '1.2',
        '4.1',
      ]),
    ).toEqual(expected);
  });
});
