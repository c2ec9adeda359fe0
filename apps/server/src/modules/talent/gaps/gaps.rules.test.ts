import { describe, expect, it } from 'vitest';
import {
  aggregateGaps,
  countedFor,
  type DemandFigures,
  gapCells,
  gapSign,
  shareHeadcount,
  type SupplyFigures,
  yearsFrom,
} from './gaps.rules.js';

// 连教职函〔2026〕6号 附件1 指标3.3: “制定三年内企业技能人才需求清单，提升联合体内学校技术技能人才培养数量和规格的科学性和针对性”.
const years = yearsFrom(2027);

const demand = (
  id: string,
  orgId: string,
  majorCodes: string[],
  headcounts: number[],
  startYear = 2027,
  locationRegionCode = '320706',
): DemandFigures => ({
  id,
  orgId,
  majorCodes,
  headcounts,
  startYear,
  locationRegionCode,
});
const supply = (majorCode: string, expectedGraduates: number[], startYear = 2027, regionCode: string | null = '320707'): SupplyFigures => ({
  majorCode,
  expectedGraduates,
  startYear,
  regionCode,
});

describe('a demand naming several majors shares its headcount (nobody counted twice)', () => {
  it.each([
    { headcount: 7, majors: 3, shares: [3, 2, 2] },
    { headcount: 6, majors: 3, shares: [2, 2, 2] },
    { headcount: 1, majors: 2, shares: [1, 0] },
    { headcount: 0, majors: 2, shares: [0, 0] },
    { headcount: 5, majors: 1, shares: [5] },
  ])('$headcount people over $majors majors → $shares', ({ headcount, majors, shares }) => {
    expect(shareHeadcount(headcount, majors)).toEqual(shares);
    expect(shareHeadcount(headcount, majors).reduce((a, b) => a + b, 0)).toBe(headcount);
  });
});

describe('the gap per major and year is demand − supply, with its sign', () => {
  it.each([
    { gap: 12, sign: 'shortage' },
    { gap: -3, sign: 'surplus' },
    { gap: 0, sign: 'balanced' },
  ] as const)('$gap is a $sign', ({ gap, sign }) => expect(gapSign(gap)).toBe(sign));

  it('adds up demand and graduates of one major year by year', () => {
    const cells = gapCells(
      [demand('d1', 'e1', ['460103'], [10, 12, 15]), demand('d2', 'e2', ['460103'], [5, 5, 5])],
      [supply('460103', [8, 20, 20])],
      years,
    );
    const [row] = aggregateGaps(cells, 'major');
    expect(row).toMatchObject({
      key: '460103',
      demand: [15, 17, 20],
      supply: [8, 20, 20],
      gap: [7, -3, 0],
      signs: ['shortage', 'surplus', 'balanced'],
      totalDemand: 52,
      totalSupply: 48,
      totalGap: 4,
      sign: 'shortage',
      enterprises: 2,
    });
  });

  it('counts only the years of the window: a demand starting a year later fills years 2 and 3, a supply starting a year earlier years 1 and 2', () => {
    const cells = gapCells([demand('d1', 'e1', ['460103'], [4, 6, 9], 2028)], [supply('460103', [1, 1, 1], 2026)], years);
    expect(aggregateGaps(cells, 'major')[0]).toMatchObject({ demand: [0, 4, 6], supply: [1, 1, 0] });
  });

  it('adds majors up to their class (专业类) and category (专业大类), never mixing levels', () => {
    const cells = gapCells(
      [
        demand('d1', 'e1', ['460103', '460104'], [7, 0, 0]),
        demand('d2', 'e2', ['460301'], [3, 0, 0]),
        demand('d3', 'e3', ['660103'], [4, 0, 0]),
      ],
      [supply('460104', [2, 0, 0])],
      years,
    );
    expect(aggregateGaps(cells, 'major').map((r) => [r.key, r.demand[0], r.gap[0]])).toEqual([
      ['460103', 4, 4],
      ['660103', 4, 4],
      ['460301', 3, 3],
      ['460104', 3, 1],
    ]);
    expect(aggregateGaps(cells, 'class').map((r) => [r.key, r.demand[0], r.supply[0]])).toEqual([
      ['4601', 7, 2],
      ['6601', 4, 0],
      ['4603', 3, 0],
    ]);
    expect(aggregateGaps(cells, 'category').map((r) => [r.key, r.totalDemand, r.totalGap])).toEqual([
      ['46', 10, 8],
      ['66', 4, 4],
    ]);
  });

  it('adds majors up to the industry their category serves, across the levels (装备制造大类 of 中职 and 高职专科)', () => {
    const cells = gapCells(
      [demand('d1', 'e1', ['460103'], [6, 0, 0]), demand('d2', 'e2', ['660103'], [4, 0, 0]), demand('d3', 'e3', ['510201'], [2, 0, 0])],
      [supply('660103', [3, 0, 0]), supply('530802', [5, 0, 0])],
      years,
    );
    const industries = new Map([
      ['460103', '装备制造'],
      ['660103', '装备制造'],
      ['510201', '电子与信息'],
    ]);
    // 530802 is missing from the names given: it stays under its category code rather than joining another industry.
    expect(aggregateGaps(cells, 'industry', 3, industries).map((r) => [r.key, r.totalDemand, r.totalSupply, r.totalGap])).toEqual([
      ['装备制造', 10, 3, 7],
      ['电子与信息', 2, 0, 2],
      ['53', 0, 5, -5],
    ]);
  });

  it('places demand in the city of its work place and supply in the city of its school', () => {
    const cells = gapCells(
      [demand('d1', 'e1', ['460103'], [10, 0, 0], 2027, '320706'), demand('d2', 'e2', ['460103'], [6, 0, 0], 2027, '310107')],
      [supply('460103', [4, 0, 0], 2027, '320707'), supply('460103', [9, 0, 0], 2027, '310112')],
      years,
    );
    expect(aggregateGaps(cells, 'city').map((r) => [r.key, r.demand[0], r.supply[0], r.gap[0]])).toEqual([
      ['320700', 10, 4, 6],
      ['310100', 6, 9, -3],
    ]);
  });
});

describe('the evidence of one demand for one major', () => {
  it('counts the share of the major over the window’s years only', () => {
    const d = demand('d1', 'e1', ['460103', '460104'], [7, 5, 3], 2026);
    // years 2027 and 2028 of the window: 5 → 3 + 2, 3 → 2 + 1
    expect(countedFor(d, '460103', years)).toBe(5);
    expect(countedFor(d, '460104', years)).toBe(3);
    expect(countedFor(d, '510201', years)).toBe(0);
  });
});
