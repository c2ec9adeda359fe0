import { describe, expect, it } from 'vitest';
import { nextIssueNumber } from '../items/innovation-issues.rules.js';
import { gapCells, yearsFrom } from '../gaps/gaps.rules.js';
import { industryOf } from '../majors/major-hierarchy.rules.js';
import {
  draftSections,
  hasBegun,
  numberLabel,
  percentOf,
  REPORT_LIMITS,
  reportFigures,
  reportPeriod,
  reportTitle,
  trendPoints,
  windowYears,
} from './reports.rules.js';

// 普陀区年报: “按季度发布研究报告 … 季度趋势研究专报 4 份、年度总报告 1 份” (docs/sources.md §7, §9 T4). A quarter is three calendar
// months on the Shanghai calendar (docs/sources.md 5.1: dates are read in Asia/Shanghai).
describe('the period a report covers', () => {
  it.each([
    { kind: 'quarterly', year: 2026, quarter: 1, firstDay: '2026-01-01', lastDay: '2026-03-31', label: '2026年第一季度' },
    { kind: 'quarterly', year: 2028, quarter: 1, firstDay: '2028-01-01', lastDay: '2028-03-31', label: '2028年第一季度' },
    { kind: 'quarterly', year: 2026, quarter: 2, firstDay: '2026-04-01', lastDay: '2026-06-30', label: '2026年第二季度' },
    { kind: 'quarterly', year: 2026, quarter: 3, firstDay: '2026-07-01', lastDay: '2026-09-30', label: '2026年第三季度' },
    { kind: 'quarterly', year: 2026, quarter: 4, firstDay: '2026-10-01', lastDay: '2026-12-31', label: '2026年第四季度' },
    { kind: 'yearly', year: 2026, quarter: null, firstDay: '2026-01-01', lastDay: '2026-12-31', label: '2026年度' },
  ] as const)('$label runs from $firstDay to $lastDay', ({ kind, year, quarter, firstDay, lastDay, label }) => {
    expect(reportPeriod(kind, year, quarter)).toEqual({ kind, year, quarter, firstDay, lastDay, label });
  });

  it.each([
    { today: '2026-06-30', begun: false },
    { today: '2026-07-01', begun: true },
    { today: '2026-12-07', begun: true },
  ])('the third quarter of 2026 has begun on $today: $begun', ({ today, begun }) => {
    expect(hasBegun(reportPeriod('quarterly', 2026, 3), today)).toBe(begun);
  });

  // 连教职函〔2026〕6号 附件1 指标3.3 “三年内企业技能人才需求清单”: a report of 2026 counts the demand of 2027–2029.
  it('counts the three years after its own', () => {
    expect(windowYears(reportPeriod('quarterly', 2026, 3))).toEqual([2027, 2028, 2029]);
    expect(windowYears(reportPeriod('yearly', 2026, null))).toEqual([2027, 2028, 2029]);
  });

  it('names the report after the body and the period', () => {
    expect(reportTitle('连云港港口物流市域产教联合体', reportPeriod('quarterly', 2026, 3))).toBe(
      '连云港港口物流市域产教联合体人才供需季度趋势研究专报（2026年第三季度）',
    );
    expect(reportTitle('连云港港口物流市域产教联合体', reportPeriod('yearly', 2026, null))).toBe(
      '连云港港口物流市域产教联合体2026年度人才需求报告',
    );
  });
});

describe('numbers: one series per body, kind and year, in the order of publication, without gaps', () => {
  it.each([
    { used: [], next: 1, label: '2026年第1期' },
    { used: [1], next: 2, label: '2026年第2期' },
    { used: [2], next: 3, label: '2026年第3期' },
  ])('after $used comes $label', ({ used, next, label }) => {
    expect(nextIssueNumber(used)).toBe(next);
    expect(numberLabel(2026, next)).toBe(label);
  });
});

const demand = (id: string, orgId: string, majorCodes: string[], headcounts: number[]) => ({
  id,
  orgId,
  majorCodes,
  headcounts,
  startYear: 2027,
  locationRegionCode: '320703',
});
const majors = new Map([
  ['500306', { name: '港口机械与智能控制', level: '高职专科', className: '水上运输类', categoryName: '交通运输大类' }],
  ['530802', { name: '现代物流管理', level: '高职专科', className: '物流类', categoryName: '财经商贸大类' }],
  ['730801', { name: '物流服务与管理', level: '中职', className: '物流类', categoryName: '财经商贸大类' }],
]);

describe('the figures of a report, from the gap cells', () => {
  const years = yearsFrom(2027);
  const cells = gapCells(
    [demand('d1', 'terminal', ['500306'], [20, 10, 10]), demand('d2', 'logistics', ['530802', '730801'], [9, 6, 5])],
    [
      { majorCode: '500306', startYear: 2027, expectedGraduates: [5, 5, 5], regionCode: '320706' },
      { majorCode: '730801', startYear: 2027, expectedGraduates: [10, 10, 10], regionCode: '320707' },
    ],
    years,
  );
  const figures = reportFigures({ years, asOf: '2026-10-12', cells, majors, shortage: null, trend: [], notes: [] });

  it('adds demand up by industry (the 专业大类 without 大类, across levels) and by 专业类', () => {
    // 9, 6 and 5 people over two majors: 5+3+3 = 11 to 港口物流管理, 4+3+2 = 9 to 物流服务与管理 (gaps.rules.ts shares in order).
    expect(figures.byIndustry).toEqual([
      { key: '交通运输', name: '交通运输', level: null, demand: [20, 10, 10], total: 40, enterprises: 1 },
      { key: '财经商贸', name: '财经商贸', level: null, demand: [9, 6, 5], total: 20, enterprises: 1 },
    ]);
    expect(figures.byClass.map((row) => [row.key, row.name, row.level, row.total])).toEqual([
      ['5003', '水上运输类', '高职专科', 40],
      ['5308', '物流类', '高职专科', 11],
      ['7308', '物流类', '中职', 9],
    ]);
    expect(industryOf('装备制造大类')).toBe('装备制造');
  });

  it('shows each major’s gap, shortages first, with the totals', () => {
    expect(figures.gaps.map((row) => [row.code, row.demand, row.supply, row.gap])).toEqual([
      ['500306', 40, 15, 25],
      ['530802', 11, 0, 11],
      ['730801', 9, 30, -21],
    ]);
    expect(figures.totals).toEqual({ demand: 60, supply: 45, gap: 15, enterprises: 2, majors: 3 });
    expect(figures.gapsOmitted).toBeNull();
  });

  it(`prints the ${REPORT_LIMITS.gapRows} largest gaps either way and sums the rest in one line`, () => {
    const many = Array.from({ length: REPORT_LIMITS.gapRows + 2 }, (_, i) =>
      demand(`d${i}`, `org${i}`, [`5308${String(i).padStart(2, '0')}`], [i + 1, 0, 0]),
    );
    const wide = reportFigures({
      years,
      asOf: '2026-10-12',
      cells: gapCells(many, [], years),
      majors,
      shortage: null,
      trend: [],
      notes: [],
    });
    expect(wide.gaps).toHaveLength(REPORT_LIMITS.gapRows);
    expect(wide.gaps[0]!.gap).toBe(REPORT_LIMITS.gapRows + 2);
    expect(wide.gapsOmitted).toEqual({ majors: 2, demand: 3, supply: 0, gap: 3 });
  });

  it('writes a first draft of the text from the figures', () => {
    const sections = draftSections('连云港港口物流市域产教联合体', reportPeriod('quarterly', 2026, 4), figures);
    expect(sections.intro).toContain('2027—2029年人才需求');
    expect(sections.intro).toContain('2家企业共需求60人，学校预计毕业生45人，缺口15人。');
    expect(sections.analysis).toContain('交通运输类岗位需求最多，共40人，占需求总量的66.7%。');
    expect(sections.analysis).toContain('缺口最大的专业是港口机械与智能控制（500306）');
    expect(sections.analysis).toContain('本期尚未发布紧缺人才目录。');
  });

  it.each([
    { part: 40, whole: 60, percent: 66.7 },
    { part: 1, whole: 8, percent: 12.5 },
    { part: 0, whole: 0, percent: 0 },
  ])('$part of $whole is $percent %', ({ part, whole, percent }) => {
    expect(percentOf(part, whole)).toBe(percent);
  });
});

describe('the trend over the year’s quarters comes from the published quarterly reports’ frozen figures', () => {
  const earlier = [
    { quarter: 1, numberLabel: '2026年第1期', totals: { demand: 50, supply: 40, gap: 10 } },
    { quarter: 3, numberLabel: '2026年第2期', totals: { demand: 58, supply: 44, gap: 14 } },
  ];
  const own = { demand: 60, supply: 45, gap: 15 };

  it('a fourth-quarter report: two earlier reports, a quarter without one, and its own figures', () => {
    expect(trendPoints(reportPeriod('quarterly', 2026, 4), earlier, own)).toEqual([
      { quarter: 1, source: 'report', numberLabel: '2026年第1期', demand: 50, supply: 40, gap: 10 },
      { quarter: 2, source: 'none', numberLabel: null, demand: null, supply: null, gap: null },
      { quarter: 3, source: 'report', numberLabel: '2026年第2期', demand: 58, supply: 44, gap: 14 },
      { quarter: 4, source: 'this', numberLabel: null, demand: 60, supply: 45, gap: 15 },
    ]);
  });

  it('a yearly report shows the four quarters as their reports froze them', () => {
    const points = trendPoints(reportPeriod('yearly', 2026, null), earlier, own);
    expect(points.map((p) => [p.quarter, p.source, p.demand])).toEqual([
      [1, 'report', 50],
      [2, 'none', null],
      [3, 'report', 58],
      [4, 'none', null],
    ]);
  });
});
