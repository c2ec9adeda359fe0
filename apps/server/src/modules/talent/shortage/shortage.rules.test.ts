import { DEFAULT_SHORTAGE_THRESHOLDS } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { describeShortageRule, isEditable, shortageDecision, statusAfter } from './shortage.rules.js';

// 《本期聚焦：市域产教联合体》: “各地…发布《紧缺人才目录》…推行产业规划和人才需求发布制度”; the thresholds are the secretariat's data.
const thresholds = { minGap: 10, minGapShare: { numerator: 3, denominator: 10 }, minEnterprises: 2 };

describe('the shortage rule at its thresholds (以上 includes the number, 民法典第一千二百五十九条)', () => {
  it.each([
    {
      case: 'every threshold met exactly: gap 10, 10/30 ≥ 3/10, 2 enterprises',
      demand: 30,
      supply: 20,
      enterprises: 2,
      included: true,
      gap: 10,
    },
    { case: 'gap one short of 10', demand: 30, supply: 21, enterprises: 2, included: false, gap: 9 },
    { case: 'share exactly 3/10 (gap 15 of 50)', demand: 50, supply: 35, enterprises: 3, included: true, gap: 15 },
    { case: 'share just under 3/10 (gap 29 of 100)', demand: 100, supply: 71, enterprises: 3, included: false, gap: 29 },
    { case: 'one enterprise only', demand: 40, supply: 0, enterprises: 1, included: false, gap: 40 },
    { case: 'a surplus', demand: 20, supply: 45, enterprises: 4, included: false, gap: -25 },
    { case: 'no demand at all', demand: 0, supply: 0, enterprises: 0, included: false, gap: 0 },
  ])('$case → included: $included', ({ demand, supply, enterprises, included, gap }) => {
    const decision = shortageDecision({ demand, supply, enterprises }, thresholds);
    expect(decision.included).toBe(included);
    expect(decision.gap).toBe(gap);
    expect(decision.explanation).toHaveLength(3);
  });

  it('states each threshold and whether it was met, in both languages', () => {
    const decision = shortageDecision({ demand: 30, supply: 21, enterprises: 2 }, thresholds);
    expect(decision.explanation.map((line) => line['zh-CN'])).toEqual([
      '✗ 三年缺口 9 人（需求 30 − 供给 21），规则要求 10 人以上',
      '✓ 缺口占需求 9/30，规则要求 3/10 以上',
      '✓ 有 2 家企业需求该专业，规则要求 2 家以上',
    ]);
    expect(decision.explanation[0]!['en-US']).toContain('at least 10');
  });

  it('words the default rule as it is published', () => {
    expect(describeShortageRule(DEFAULT_SHORTAGE_THRESHOLDS)['zh-CN']).toBe(
      '三年内需求人数减去预计毕业生数的缺口在 10 人以上、缺口占需求的 3/10 以上，且有 2 家以上企业需求的专业，列入紧缺人才目录。',
    );
  });
});

describe('the catalogue’s status history: draft → published → withdrawn', () => {
  it.each([
    { from: 'draft', action: 'publish', to: 'published' },
    { from: 'draft', action: 'withdraw', to: null },
    { from: 'published', action: 'withdraw', to: 'withdrawn' },
    { from: 'published', action: 'publish', to: null },
    { from: 'withdrawn', action: 'publish', to: null },
    { from: 'withdrawn', action: 'withdraw', to: null },
  ] as const)('$from —$action→ $to', ({ from, action, to }) => {
    expect(statusAfter(from, action)).toBe(to);
  });

  it('only a draft is edited', () => {
    expect([isEditable('draft'), isEditable('published'), isEditable('withdrawn')]).toEqual([true, false, false]);
  });
});
