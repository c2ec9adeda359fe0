import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../kernel/errors.js';
import { aggregateApplication, type ApplicationScores } from './aggregation.rules.js';
import { exactScore, formatScore } from './exact-score.rules.js';

/** Experts e1, e2, … scoring the given totals (all on indicator 1 here; indicators are tested below). */
function application(totals: number[], deduction = 0): ApplicationScores {
  return {
    applicationId: 'app-1',
    name: '连云港石化产业园市域产教联合体',
    scores: totals.map((total, index) => ({ expertId: `e${index + 1}`, byIndicator: { '1': total } })),
    deduction,
  };
}

describe('aggregation by the published method (docs/sources.md 5.3), with 2, 3 and 5 valid scores', () => {
  it.each([
    ['5 scores', 'mean', [92, 85, 88.5, 78, 90], '86.70'],
    ['5 scores', 'median', [92, 85, 88.5, 78, 90], '88.50'],
    ['5 scores', 'trimmed_mean', [92, 85, 88.5, 78, 90], '87.83'],
    ['3 scores', 'mean', [80, 90, 85.5], '85.17'],
    ['3 scores', 'median', [80, 90, 85.5], '85.50'],
    ['3 scores', 'trimmed_mean', [80, 90, 85.5], '85.50'],
    ['2 scores', 'mean', [80, 91], '85.50'],
    ['2 scores', 'median', [80, 91], '85.50'],
    ['2 scores: nothing is dropped, the plain mean', 'trimmed_mean', [80, 91], '85.50'],
    ['4 scores: the mean of the middle two', 'median', [70, 80, 90, 95], '85.00'],
    ['1 score', 'trimmed_mean', [77.25], '77.25'],
  ] as const)('%s, %s of %j → %s', (_case, method, totals, shown) => {
    const result = aggregateApplication(application([...totals]), method);
    expect(result.display.aggregate).toBe(shown);
    expect(result.validCount).toBe(totals.length);
  });

  it.each([
    ['5 scores: the highest and the lowest expert are named', [92, 85, 88.5, 78, 90], { highest: 'e1', lowest: 'e4' }],
    ['3 equal scores: one of each is dropped, no more', [80, 80, 80], { highest: 'e3', lowest: 'e1' }],
    ['2 scores: none is dropped', [80, 91], null],
  ])('trimmed mean, %s', (_case, totals, dropped) => {
    expect(aggregateApplication(application(totals), 'trimmed_mean').dropped).toEqual(dropped);
  });

  it.each([
    [
      'trimmed_mean',
      [92, 85, 88.5, 78, 90],
      '去掉一个最高分和一个最低分后平均：5 份有效评分去掉一个最高分 92.00 和一个最低分 78.00 后，3 份平均 87.83；扣分（7.其他）2.00；总分 85.83',
    ],
    [
      'trimmed_mean',
      [80, 91],
      '去掉一个最高分和一个最低分后平均：有效评分仅 2 份（不足 3 份），不去掉最高分和最低分，2 份平均 85.50；扣分（7.其他）2.00；总分 83.50',
    ],
    ['median', [80, 90, 85.5], '中位数：3 份有效评分的中位数 85.50；扣分（7.其他）2.00；总分 83.50'],
    ['mean', [80, 91], '算术平均：2 份有效评分平均 85.50；扣分（7.其他）2.00；总分 83.50'],
  ] as const)('%s explains itself: %j', (method, totals, zh) => {
    expect(aggregateApplication(application([...totals], 2), method).explanation['zh-CN']).toBe(zh);
  });
});

describe('附件1 7.其他: the deduction comes after aggregation and is shown separately', () => {
  it.each([
    ['no deduction', [92, 85, 88.5, 78, 90], 0, { aggregate: '87.83', deduction: '0.00', total: '87.83' }],
    ['2 points', [92, 85, 88.5, 78, 90], 2, { aggregate: '87.83', deduction: '2.00', total: '85.83' }],
    ['a deduction with decimals', [80, 91], 0.75, { aggregate: '85.50', deduction: '0.75', total: '84.75' }],
    ['more than the score', [1], 1.5, { aggregate: '1.00', deduction: '1.50', total: '-0.50' }],
  ])('%s', (_case, totals, deduction, display) => {
    expect(aggregateApplication(application(totals, deduction), 'trimmed_mean').display).toEqual(display);
  });

  it('keeps the total exact: a fraction of hundredths', () => {
    const result = aggregateApplication(application([92, 85, 88.5, 78, 90], 0.01), 'trimmed_mean');
    expect(result.total).toEqual(exactScore(26350 - 3, 3));
    expect(result.display.total).toBe('87.82');
  });
});

describe('indicator scores are aggregated on their own (附件1 建设指标 4 人才培养, 5 服务发展)', () => {
  it('gives each indicator its own trimmed mean and the total the trimmed mean of the totals', () => {
    const result = aggregateApplication(
      {
        applicationId: 'app-1',
        name: '示例联合体',
        scores: [
          { expertId: 'e1', byIndicator: { '1': 10, '4': 20, '5': 15 } },
          { expertId: 'e2', byIndicator: { '1': 12, '4': 18, '5': 14 } },
          { expertId: 'e3', byIndicator: { '1': 9, '4': 25, '5': 16.5 } },
        ],
        deduction: 0,
      },
      'trimmed_mean',
    );
    expect(formatScore(result.byIndicator['4'])).toBe('20.00');
    expect(formatScore(result.byIndicator['5'])).toBe('15.00');
    expect(formatScore(result.byIndicator['6'])).toBe('0.00');
    expect(result.display.aggregate).toBe('45.00');
  });
});

describe('exact hundredths: rounding to 2 decimals happens only for display (halves away from zero)', () => {
  it.each([
    ['85.335 (a mean of 85.33 and 85.34) rounds up', exactScore(8533 + 8534, 2), '85.34'],
    ['85.325 rounds up', exactScore(17065, 2), '85.33'],
    ['a third rounds down', exactScore(1, 3), '0.00'],
    ['two thirds round up', exactScore(2, 3), '0.01'],
    ['a negative half rounds away from zero', exactScore(-1, 2), '-0.01'],
    ['a tiny negative shows as 0.00, not -0.00', exactScore(-1, 3), '0.00'],
    ['a whole score', exactScore(10000), '100.00'],
  ])('%s', (_case, score, shown) => {
    expect(formatScore(score)).toBe(shown);
  });

  it('keeps 2.675 exact where floating point would show 2.67', () => {
    expect(((2.67 + 2.68) / 2).toFixed(2)).toBe('2.67');
    expect(aggregateApplication(application([2.67, 2.68]), 'mean').display.aggregate).toBe('2.68');
  });
});

describe('scores the rules cannot use are refused', () => {
  it.each([
    ['three decimals', [85.555]],
    ['a negative score', [-1]],
    ['not a number', [Number.NaN]],
    ['infinity', [Number.POSITIVE_INFINITY]],
  ])('%s → SCORE_INVALID', (_case, totals) => {
    expect(() => aggregateApplication(application(totals), 'mean')).toThrow(/SCORE_INVALID/);
  });

  it('names the application that has no valid score yet', () => {
    const attempt = () => aggregateApplication(application([]), 'mean');
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(/NO_VALID_SCORES/);
    try {
      attempt();
    } catch (error) {
      expect((error as DomainError).messageIn('zh-CN')).toBe(
        '申报“连云港石化产业园市域产教联合体”还没有有效评分，请待专家提交评分后再汇总',
      );
    }
  });
});
