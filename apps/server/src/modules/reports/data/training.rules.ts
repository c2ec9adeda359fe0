/**
 * 普陀区年报 表3 “2020-2022 年普陀区在职员工综合素养与学力提升培训情况表” (docs/sources.md §9 Q2, Q4): the district's
 * training by year with a 合计 row computed from the years. Courses, person-times and class hours add up across years
 * (56 + 38 + 110 = 204 门); the bases taking part do not — the same 创新实践基地 take part year after year, so the
 * printed 合计 leaves that cell blank, and so does the computed one. A 合计 a document states is compared column by
 * column, like 表1's (report-blocks.rules.ts → totalDifferences).
 */
import type { TrainingColumn, TStatedTrainingTotals, TTrainingYear } from '@chanjiao/contracts';
import type { TotalDifference } from '../generation/report-blocks.rules.js';

export interface TrainingColumnRule {
  key: TrainingColumn;
  header: string;
  /** Whether the column's 合计 is the sum of its years. */
  additive: boolean;
}

/** The columns of 表3, in its order. */
export const TRAINING_COLUMNS: TrainingColumnRule[] = [
  { key: 'baseUnits', header: '参与基地单位（家）', additive: false },
  { key: 'trainingCourses', header: '开设培训课程（门）', additive: true },
  { key: 'trainingPersonTimes', header: '培训人次', additive: true },
  { key: 'trainingHours', header: '培训总课时', additive: true },
];

export type TrainingFigures = Record<TrainingColumn, number | null>;

/** The years in their order, earliest first, as the table prints them. */
export function yearsInOrder(years: TTrainingYear[]): TTrainingYear[] {
  return [...years].sort((a, b) => a.year - b.year);
}

/** The computed 合计: the sum of the years for an additive column, nothing for the others or without years. */
export function trainingTotals(years: TTrainingYear[], columns: TrainingColumnRule[] = TRAINING_COLUMNS): TrainingFigures {
  return Object.fromEntries(
    columns.map((column) => [
      column.key,
      column.additive && years.length > 0 ? years.reduce((sum, row) => sum + row[column.key], 0) : null,
    ]),
  ) as TrainingFigures;
}

/** 表3's caption, named after the years it covers (“表3 2020-2022年…”). */
export function trainingCaption(years: TTrainingYear[]): string {
  const ordered = yearsInOrder(years);
  const first = ordered[0]?.year;
  const last = ordered.at(-1)?.year;
  const span = first === last ? `${first}` : `${first}-${last}`;
  return `表3 ${span}年在职员工综合素养与学力提升培训情况表`;
}

/** The years the table may hold: none after the report's own year. */
export function lateYears(years: TTrainingYear[], reportYear: number): TTrainingYear[] {
  return years.filter((row) => row.year > reportYear);
}

/** Every column whose stated 合计 is given and is not the computed one. */
export function trainingDifferences(
  years: TTrainingYear[],
  stated: TStatedTrainingTotals | null,
  columns: TrainingColumnRule[] = TRAINING_COLUMNS,
): TotalDifference[] {
  if (!stated || years.length === 0) return [];
  const computed = trainingTotals(years, columns);
  return columns.flatMap((column) => {
    const figure = stated[column.key];
    if (figure === null || figure === computed[column.key]) return [];
    return [{ table: trainingCaption(years), column: column.header, stated: figure, computed: computed[column.key], source: stated.source }];
  });
}
