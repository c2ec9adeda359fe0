/**
 * The city report's roll-up by level (issue: quality annual reports, Q4 “the city report rolls up districts, schools and
 * enterprises”): the schools of each level in a 表1 办学情况表 of their own, the districts one row each with their own
 * figures and a computed 合计, the enterprises as a list with where their reports stand, and the counts and coverage
 * of each level as 上海年报 writes them (6.4: “53 所普通全日制中职学校全部完成质量年度报告编制工作，覆盖率 100%”;
 * 前言: “16个区教育行政部门，…53所中等职业学校以及46家企业，分别发布…”).
 */
import {
  REPORT_LABELS,
  REPORT_STATUSES,
  type ReportLevel,
  type ReportStatus,
  type TGeneratedBlock,
  type TReportData,
} from '@chanjiao/contracts';
import type { CoverageCounts } from '../cycles/coverage.rules.js';
import { displayRate, roundedQuotient } from '../data/rates.rules.js';
import { cell, columnTotals, count, table1, table1Caption, type UnitData } from './report-blocks.rules.js';

/** A figure of the participants' data form, headed by the form's own label. */
interface FigureColumn {
  header: string;
  value: (d: TReportData) => number | null;
}
const figure = (field: string, value: FigureColumn['value']): FigureColumn => ({ header: REPORT_LABELS[field]!['zh-CN'], value });

/** 高职 schools report no 中职 or 贯通 majors: their table keeps the size and staff of the form. */
const HIGHER_COLUMNS: FigureColumn[] = [
  figure('studentsTotal', (d) => d.structure.studentsTotal),
  figure('newIntake', (d) => d.structure.newIntake),
  figure('staffInPost', (d) => d.structure.staffInPost),
  figure('fullTimeTeachers', (d) => d.teachers.fullTimeTeachers),
  figure('graduates', (d) => d.outcomes.graduates),
];

/** A district's own figures as its form holds them. */
export const DISTRICT_COLUMNS: FigureColumn[] = [
  figure('majorsSecondary', (d) => d.structure.majorsSecondary),
  figure('studentsTotal', (d) => d.structure.studentsTotal),
  figure('staffInPost', (d) => d.structure.staffInPost),
  figure('fullTimeTeachers', (d) => d.teachers.fullTimeTeachers),
  figure('graduates', (d) => d.outcomes.graduates),
  figure('trainingPersonTimes', (d) => d.service.trainingPersonTimes),
];

/** What an enterprise report tells of its part in training students and staff. */
export const ENTERPRISE_COLUMNS: FigureColumn[] = [
  figure('interns', (d) => d.cooperation.interns),
  figure('orderClassStudents', (d) => d.cooperation.orderClassStudents),
  figure('trainingPersonTimes', (d) => d.service.trainingPersonTimes),
];

function figureTable(
  caption: string,
  labels: { header: string[]; rows: string[][] },
  figures: (number | null)[][],
  columns: FigureColumn[],
): TGeneratedBlock {
  const blanks = labels.header.slice(1).map(() => '');
  return {
    kind: 'table',
    caption,
    header: [...labels.header, ...columns.map((c) => c.header)],
    labelColumns: labels.header.length,
    rows: labels.rows.map((row, i) => [...row, ...figures[i]!.map(cell)]),
    totals:
      figures.filter((row) => row.some((v) => v !== null)).length > 1 ? ['合计', ...blanks, ...columnTotals(figures).map(cell)] : null,
  };
}

export type SchoolLevel = Extract<ReportLevel, 'school_secondary' | 'school_higher'>;
const SCHOOL_NAMES: Record<SchoolLevel, string> = { school_secondary: '中职学校', school_higher: '高职学校' };

/** 表1's caption for a school level: named after the level only where the cycle collects both. */
export function schoolTableCaption(level: SchoolLevel, levels: ReportLevel[], year: number): string {
  const both = levels.includes('school_secondary') && levels.includes('school_higher');
  return table1Caption(year, both ? SCHOOL_NAMES[level] : '');
}

/** The schools of one level in 表1: 中职 with 表1's printed columns, 高职 with the form's figures of size and staff. */
export function schoolTable(level: SchoolLevel, units: UnitData[], levels: ReportLevel[], year: number): TGeneratedBlock[] {
  if (units.length === 0) return [];
  const caption = schoolTableCaption(level, levels, year);
  if (level === 'school_secondary') return [table1(units, year, caption)];
  return [
    figureTable(
      caption,
      { header: ['学校名称', '办学地址'], rows: units.map((u) => [u.name, u.address ?? '—']) },
      units.map((u) => HIGHER_COLUMNS.map((c) => c.value(u.data))),
      HIGHER_COLUMNS,
    ),
  ];
}

/** One row per district report, its own figures, and the 合计 computed from the rows. */
export function districtTable(units: UnitData[], year: number): TGeneratedBlock[] {
  if (units.length === 0) return [];
  return [
    figureTable(
      `${year}年各区职业教育基本情况表`,
      { header: ['区'], rows: units.map((u) => [u.name]) },
      units.map((u) => DISTRICT_COLUMNS.map((c) => c.value(u.data))),
      DISTRICT_COLUMNS,
    ),
  ];
}

/** An enterprise of the cycle: its report's status, whether it is published, its data when the report uses it. */
export interface EnterpriseEntry {
  name: string;
  status: ReportStatus;
  published: boolean;
  data: TReportData | null;
}

export function enterpriseTable(entries: EnterpriseEntry[], year: number): TGeneratedBlock[] {
  if (entries.length === 0) return [];
  return [
    figureTable(
      `${year}年企业年报发布情况表`,
      {
        header: ['企业名称', '年报状态', '发布情况'],
        rows: entries.map((e) => [e.name, REPORT_STATUSES[e.status]['zh-CN'], e.published ? '已发布' : '未发布']),
      },
      entries.map((e) => ENTERPRISE_COLUMNS.map((c) => (e.data ? c.value(e.data) : null))),
      ENTERPRISE_COLUMNS,
    ),
  ];
}

/** How the reports count the units of a level: “53所中职学校”, “16个区”, “46家企业”. */
const COUNTED: Record<ReportLevel, { measure: string; noun: string }> = {
  school_secondary: { measure: '所', noun: '中职学校' },
  school_higher: { measure: '所', noun: '高职学校' },
  district: { measure: '个', noun: '区' },
  enterprise: { measure: '家', noun: '企业' },
};
const counted = (level: ReportLevel, n: number) => `${count(n)}${COUNTED[level].measure}${COUNTED[level].noun}`;

/** 100% as the report prints it; a share that is not whole to one decimal (94.3%). */
function coverageShare(part: number, whole: number): string {
  const value = roundedQuotient(part * 100, whole, 1);
  return displayRate('percent', value, Number.isInteger(value) ? 0 : 1);
}

/**
 * The counts and coverage of each level: approved reports of the level's participants (“全部完成…覆盖率100%”, or
 * “53所中职学校中50所完成…覆盖率94.3%”), then the levels' published reports in one sentence. Levels without participants
 * say nothing; null when no level has any.
 */
export function coverageText(levels: CoverageCounts[]): string | null {
  const taking = levels.filter((l) => l.participants > 0);
  if (taking.length === 0) return null;
  const completed = taking.map((l) => {
    const who =
      l.approved === l.participants
        ? `${counted(l.level, l.participants)}全部`
        : `${counted(l.level, l.participants)}中${count(l.approved)}${COUNTED[l.level].measure}`;
    return `${who}完成质量年度报告编制工作，覆盖率${coverageShare(l.approved, l.participants)}`;
  });
  const publishing = taking.filter((l) => l.published > 0).map((l) => counted(l.level, l.published));
  const published = publishing.length > 0 ? `${publishing.join('、')}发布年度质量报告。` : '';
  return `${completed.join('；')}。${published}`;
}
