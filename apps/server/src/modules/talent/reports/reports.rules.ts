/**
 * The supply–demand reports of a body (docs/sources.md §9 T4; 普陀区年报: “按季度发布研究报告 … 季度趋势研究专报 4 份、年度总报告 1 份”):
 * the period a report covers on the Shanghai calendar, its number in the body's series (2026年第3期), and its
 * figures — demand by industry and by 专业类, the gap per major, the trend over the year's quarters — computed
 * from the gap cells (gaps.rules.ts), so that a report and the gap table never disagree.
 */
import type {
  TalentReportKind,
  TReportDemandRow,
  TReportGapRow,
  TReportTrendPoint,
  TTalentReportFigures,
  TTalentReportSections,
} from '@chanjiao/contracts';
import { daysInMonth, formatIsoDate } from '../../../kernel/time/calendar.js';
import { aggregateGaps, type GapCell, yearsFrom } from '../gaps/gaps.rules.js';
import { industryOf, majorHierarchy } from '../majors/major-hierarchy.rules.js';

export interface ReportPeriod {
  kind: TalentReportKind;
  year: number;
  quarter: number | null;
  /** The first and the last day of the period, Asia/Shanghai calendar dates. */
  firstDay: string;
  lastDay: string;
  label: string;
}

const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'];

/** A quarter runs from the first day of its first month to the last day of its third; a year from 1 January to 31 December. */
export function reportPeriod(kind: TalentReportKind, year: number, quarter: number | null): ReportPeriod {
  const [fromMonth, toMonth] = kind === 'quarterly' ? [quarter! * 3 - 2, quarter! * 3] : [1, 12];
  return {
    kind,
    year,
    quarter: kind === 'quarterly' ? quarter : null,
    firstDay: formatIsoDate({ year, month: fromMonth, day: 1 }),
    lastDay: formatIsoDate({ year, month: toMonth, day: daysInMonth(year, toMonth) }),
    label: kind === 'quarterly' ? `${year}年${QUARTER_NAMES[quarter! - 1]}` : `${year}年度`,
  };
}

/** A report is written once its period has begun; until the period ends its figures are those of the day. */
export function hasBegun(period: ReportPeriod, today: string): boolean {
  return today >= period.firstDay;
}

/**
 * The three years a report counts demand and graduates over: the ones after its year, as the enterprises' 三年内
 * 需求清单 (连教职函〔2026〕6号 附件1 指标3.3) looks ahead from the year it is drawn up in.
 */
export function windowYears(period: ReportPeriod): number[] {
  return yearsFrom(period.year + 1);
}

/** Each kind of report has its own series per year, numbered from 1 in the order of publication. */
export function numberLabel(year: number, number: number): string {
  return `${year}年第${number}期`;
}

export function reportTitle(bodyName: string, period: ReportPeriod): string {
  return period.kind === 'quarterly'
    ? `${bodyName}人才供需季度趋势研究专报（${period.label}）`
    : `${bodyName}${period.year}年度人才需求报告`;
}

/** 推荐书 三 发布人才需求报告（个）, in words: what the suggested count counts. */
export const DEMAND_REPORTS_FORMULA = '发布人才需求报告（个）= 当年发布且未撤回的年度人才需求报告份数（按发布日期归年）';

/** How many rows the gap table prints: the largest gaps either way; the rest are summed in one line. */
export const REPORT_LIMITS = { gapRows: 30 };

export interface MajorNames {
  name: string;
  level: string;
  className: string;
  categoryName: string;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function demandRows(
  cells: GapCell[],
  keyOf: (cell: GapCell) => string,
  describe: (key: string, cell: GapCell) => { name: string; level: string | null },
  yearCount: number,
): TReportDemandRow[] {
  const groups = new Map<string, TReportDemandRow & { orgIds: Set<string> }>();
  for (const cell of cells) {
    if (sum(cell.demand) === 0) continue;
    const key = keyOf(cell);
    let group = groups.get(key);
    if (!group) {
      group = { key, ...describe(key, cell), demand: Array<number>(yearCount).fill(0), total: 0, enterprises: 0, orgIds: new Set() };
      groups.set(key, group);
    }
    cell.demand.forEach((people, i) => (group.demand[i]! += people));
    for (const orgId of cell.orgIds) group.orgIds.add(orgId);
  }
  return [...groups.values()]
    .map(({ orgIds, ...row }) => ({ ...row, total: sum(row.demand), enterprises: orgIds.size }))
    .sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
}

export interface FigureInputs {
  years: number[];
  asOf: string;
  cells: GapCell[];
  majors: Map<string, MajorNames>;
  shortage: TTalentReportFigures['shortage'];
  trend: TReportTrendPoint[];
  notes: string[];
}

/** Every figure of a report from the body's gap cells over the window. */
export function reportFigures(input: FigureInputs): TTalentReportFigures {
  const { years, cells, majors } = input;
  const names = (code: string) => majors.get(code) ?? { name: code, level: '', className: code, categoryName: code };
  const byIndustry = demandRows(
    cells,
    (cell) => industryOf(names(cell.majorCode).categoryName),
    (key) => ({ name: key, level: null }),
    years.length,
  );
  const byClass = demandRows(
    cells,
    (cell) => majorHierarchy(cell.majorCode).classCode,
    (_, cell) => ({ name: names(cell.majorCode).className, level: names(cell.majorCode).level }),
    years.length,
  );
  const all: TReportGapRow[] = aggregateGaps(cells, 'major', years.length)
    .filter((row) => row.totalDemand > 0 || row.totalSupply > 0)
    .map((row) => ({
      code: row.key,
      name: names(row.key).name,
      level: names(row.key).level,
      demand: row.totalDemand,
      supply: row.totalSupply,
      gap: row.totalGap,
    }));
  const shown = [...all]
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap) || a.code.localeCompare(b.code))
    .slice(0, REPORT_LIMITS.gapRows)
    .sort((a, b) => b.gap - a.gap || a.code.localeCompare(b.code));
  const left = all.filter((row) => !shown.includes(row));
  const enterprises = new Set(cells.filter((cell) => sum(cell.demand) > 0).flatMap((cell) => [...cell.orgIds]));
  const demand = sum(all.map((row) => row.demand));
  const supply = sum(all.map((row) => row.supply));
  return {
    years,
    asOf: input.asOf,
    totals: { demand, supply, gap: demand - supply, enterprises: enterprises.size, majors: all.length },
    byIndustry,
    byClass,
    gaps: shown,
    gapsOmitted:
      left.length === 0
        ? null
        : {
            majors: left.length,
            demand: sum(left.map((row) => row.demand)),
            supply: sum(left.map((row) => row.supply)),
            gap: sum(left.map((row) => row.gap)),
          },
    shortage: input.shortage,
    trend: input.trend,
    notes: input.notes,
  };
}

export interface EarlierReport {
  quarter: number;
  numberLabel: string;
  totals: { demand: number; supply: number; gap: number };
}

/**
 * The year's quarters up to the report's own (all four for a yearly report): each quarter's totals as its published
 * quarterly report froze them, this report's own for its quarter, and nothing for a quarter without a report.
 */
export function trendPoints(
  period: ReportPeriod,
  earlier: EarlierReport[],
  own: { demand: number; supply: number; gap: number },
): TReportTrendPoint[] {
  const last = period.kind === 'quarterly' ? period.quarter! : 4;
  return Array.from({ length: last }, (_, i): TReportTrendPoint => {
    const quarter = i + 1;
    if (period.kind === 'quarterly' && quarter === period.quarter) {
      return { quarter, source: 'this', numberLabel: null, ...own };
    }
    const report = earlier.filter((r) => r.quarter === quarter).at(-1);
    if (!report) return { quarter, source: 'none', numberLabel: null, demand: null, supply: null, gap: null };
    return { quarter, source: 'report', numberLabel: report.numberLabel, ...report.totals };
  });
}

/** A share in per cent with one decimal, rounded half up; 0 without a whole. */
export function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.floor((part * 1000) / whole + 0.5) / 10 : 0;
}

/** The text a new draft starts with: the figures in words, for the secretariat to rewrite. */
export function draftSections(bodyName: string, period: ReportPeriod, figures: TTalentReportFigures): TTalentReportSections {
  const { totals, years } = figures;
  const span = `${years[0]}—${years.at(-1)}年`;
  const intro =
    `本报告依据${bodyName}成员企业填报的${span}人才需求和成员学校的预计毕业生数编制，反映${period.label}的人才供需状况。` +
    `${totals.enterprises}家企业共需求${totals.demand}人，学校预计毕业生${totals.supply}人，` +
    (totals.gap > 0 ? `缺口${totals.gap}人。` : totals.gap < 0 ? `供给富余${-totals.gap}人。` : '供需总量平衡。');
  const industry = figures.byIndustry[0];
  const shortest = figures.gaps.find((row) => row.gap > 0);
  const surplus = [...figures.gaps].reverse().find((row) => row.gap < 0);
  const analysis = [
    industry
      ? `从产业看，${industry.name}类岗位需求最多，共${industry.total}人，占需求总量的${percentOf(industry.total, totals.demand)}%。`
      : '',
    shortest
      ? `缺口最大的专业是${shortest.name}（${shortest.code}），需求${shortest.demand}人、供给${shortest.supply}人，缺口${shortest.gap}人。`
      : '',
    surplus ? `${surplus.name}（${surplus.code}）供给多于需求${-surplus.gap}人。` : '',
    figures.shortage ? `紧缺人才目录列有${figures.shortage.entries.length}个专业。` : '本期尚未发布紧缺人才目录。',
  ].join('');
  const advice =
    '建议成员学校对照缺口较大的专业扩大招生或开设订单班、学徒制班，对供给富余的专业稳定或调减规模；' +
    '建议成员企业及时更新需求清单，提供更多实习和学徒岗位。';
  return { intro, analysis: analysis || '本期暂无人才需求数据。', advice };
}
