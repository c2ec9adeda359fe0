import { DEFAULT_ADJUSTMENT_THRESHOLDS } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { adjustmentSuggestions, describeAdjustmentRule } from './adjustments.rules.js';

// 003: “健全专业动态调整机制”; the gap is the body's demand − all schools' supply over three years (docs/sources.md §9 T3),
// the thresholds the secretariat's data, 以上 including the number (民法典第一千二百五十九条).
const thresholds = { enlargeMinGap: 10, openMinGap: 20, shrinkMinSurplus: 10, minShare: { numerator: 3, denominator: 10 } };
const spread = (total: number) => [total - 2 * Math.floor(total / 3), Math.floor(total / 3), Math.floor(total / 3)];

/** One offered major (应用化工技术 470201) whose body demand and supply over three years are given. */
function offered(demand: number, supply: number) {
  const [decision] = adjustmentSuggestions({
    body: [{ majorCode: '470201', demand: spread(demand), supply: spread(supply) }],
    school: new Map([['470201', spread(supply)]]),
    thresholds,
  });
  return decision!;
}

describe('a major the school offers: enlarge, shrink or keep', () => {
  it.each([
    { case: 'gap exactly 10 and 10/30 ≥ 3/10', demand: 30, supply: 20, kind: 'enlarge', totalGap: 10 },
    { case: 'gap one short of 10', demand: 30, supply: 21, kind: 'keep', totalGap: 9 },
    { case: 'gap 29 of demand 100, under 3/10', demand: 100, supply: 71, kind: 'keep', totalGap: 29 },
    { case: 'gap 30 of demand 100, exactly 3/10', demand: 100, supply: 70, kind: 'enlarge', totalGap: 30 },
    { case: 'surplus exactly 10 and 10/30 of supply', demand: 20, supply: 30, kind: 'shrink', totalGap: -10 },
    { case: 'surplus 9', demand: 21, supply: 30, kind: 'keep', totalGap: -9 },
    { case: 'surplus 20 of supply 100, under 3/10', demand: 80, supply: 100, kind: 'keep', totalGap: -20 },
    { case: 'no demand at all, 15 graduates', demand: 0, supply: 15, kind: 'shrink', totalGap: -15 },
    { case: 'balanced', demand: 24, supply: 24, kind: 'keep', totalGap: 0 },
  ])('$case → $kind', ({ demand, supply, kind, totalGap }) => {
    const decision = offered(demand, supply);
    expect(decision.kind).toBe(kind);
    expect(decision.totalGap).toBe(totalGap);
    expect(decision.explanation).toHaveLength(2);
  });

  it('states each threshold and whether it was met, in both languages', () => {
    expect(offered(30, 21).explanation.map((line) => line['zh-CN'])).toEqual([
      '✗ 三年缺口 9 人（需求 30 − 供给 21），阈值 10 人以上',
      '✓ 缺口占需求 9/30，阈值 3/10 以上',
    ]);
    expect(offered(20, 30).explanation.map((line) => line['zh-CN'])).toEqual([
      '✓ 三年富余 10 人（供给 30 − 需求 20），阈值 10 人以上',
      '✓ 富余占供给 10/30，阈值 3/10 以上',
    ]);
    expect(offered(20, 30).explanation[0]!['en-US']).toContain('at least 10');
  });

  it('keeps the gap per year and the school’s own share of the supply', () => {
    const [decision] = adjustmentSuggestions({
      body: [{ majorCode: '470201', demand: [20, 15, 15], supply: [5, 10, 15] }],
      school: new Map([['470201', [5, 5, 5]]]),
      thresholds,
    });
    expect(decision).toMatchObject({ kind: 'enlarge', gap: [15, 5, 0], totalGap: 20, schoolSupply: [5, 5, 5], siblings: [] });
  });
});

describe('a major the school does not offer: open only on the base of the same 专业类', () => {
  // The school offers 应用化工技术 470201 (化工技术类 4702) and nothing else.
  const school = new Map([['470201', [5, 5, 5]]]);
  const body = (majorCode: string, demand: number, supply: number) => [
    { majorCode: '470201', demand: [5, 5, 5], supply: [5, 5, 5] },
    { majorCode, demand: spread(demand), supply: spread(supply) },
  ];

  it.each([
    { case: '石油化工技术 470204, gap exactly 20 of 40, same class', major: '470204', demand: 40, supply: 20, opened: true },
    { case: '石油化工技术 470204, gap 19', major: '470204', demand: 39, supply: 20, opened: false },
    { case: '石油化工技术 470204, gap 20 of 100, under 3/10', major: '470204', demand: 100, supply: 80, opened: false },
    { case: '数控技术 460103, gap 40 but another class', major: '460103', demand: 40, supply: 0, opened: false },
  ])('$case → opened: $opened', ({ major, demand, supply, opened }) => {
    const suggestions = adjustmentSuggestions({ body: body(major, demand, supply), school, thresholds });
    const found = suggestions.find((s) => s.majorCode === major);
    expect(found?.kind).toBe(opened ? 'open' : undefined);
    // The offered major is always there, with its own decision.
    expect(suggestions.find((s) => s.majorCode === '470201')?.kind).toBe('keep');
  });

  it('names the sibling major that gives the base, and the school supplies none of the new one', () => {
    const [first] = adjustmentSuggestions({ body: body('470204', 40, 0), school, thresholds });
    expect(first).toMatchObject({ majorCode: '470204', kind: 'open', siblings: ['470201'], schoolSupply: [0, 0, 0], totalGap: 40 });
    expect(first!.explanation[2]!['zh-CN']).toBe('✓ 本校已开设同一专业类的 470201，具备增设基础');
  });
});

describe('the order of the suggestions and the rule in words', () => {
  it('comes open, enlarge, shrink, keep, each largest gap first', () => {
    const suggestions = adjustmentSuggestions({
      body: [
        { majorCode: '470201', demand: [10, 10, 10], supply: [10, 10, 10] },
        { majorCode: '470202', demand: [0, 0, 0], supply: [10, 10, 10] },
        { majorCode: '470203', demand: [20, 20, 20], supply: [0, 0, 0] },
        { majorCode: '470204', demand: [30, 30, 30], supply: [0, 0, 0] },
        { majorCode: '470205', demand: [40, 40, 40], supply: [10, 10, 10] },
      ],
      school: new Map([
        ['470201', [10, 10, 10]],
        ['470202', [10, 10, 10]],
        ['470203', [0, 0, 0]],
        ['470205', [10, 10, 10]],
      ]),
      thresholds,
    });
    expect(suggestions.map((s) => [s.majorCode, s.kind])).toEqual([
      ['470204', 'open'],
      ['470205', 'enlarge'],
      ['470203', 'enlarge'],
      ['470202', 'shrink'],
      ['470201', 'keep'],
    ]);
  });

  it('words the default rule, saying that nothing changes by itself', () => {
    const rule = describeAdjustmentRule(DEFAULT_ADJUSTMENT_THRESHOLDS)['zh-CN'];
    expect(rule).toContain('缺口在 10 人以上且占需求 3/10 以上的建议扩大规模');
    expect(rule).toContain('缺口在 20 人以上');
    expect(rule).toContain('平台不会自动调整任何专业');
  });
});
