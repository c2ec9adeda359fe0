/**
 * The live data blocks of a generated report (docs/sources.md §9 Q4) built from the participants' data: 普陀区年报 表1
 * 办学情况表 with its 合计 row computed from the rows (the printed report's 合计 of 58/29/7 majors does not add
 * up; the computed one does), 表3 培训情况 from the authority's own figures, and the sentences of 1.1, 2.3 and 3.3 with
 * their figures bound to the data.
 */
import type { TComputedRate, TGeneratedBlock, TReportData, TTrainingYear } from '@chanjiao/contracts';
import { TRAINING_COLUMNS, trainingCaption, trainingTotals, yearsInOrder } from '../data/training.rules.js';

export interface UnitData {
  name: string;
  address: string | null;
  data: TReportData;
}

/** 8116 → “8,116”, as the reports print counts. */
export const count = (value: number) => value.toLocaleString('en-US');
export const cell = (value: number | null) => (value === null ? '—' : count(value));

const TABLE_1_COLUMNS = ['学校名称', '办学地址', '中职专业（个）', '中高职贯通（个）', '中本贯通（个）', '学生人数', '教职员工数'];
const figuresOf = (d: TReportData) => [
  d.structure.majorsSecondary,
  d.structure.majorsThroughHigher,
  d.structure.majorsThroughBachelor,
  d.structure.studentsTotal,
  d.structure.staffInPost,
];

/** Sums of the entered figures, column by column; a column nobody entered stays empty. */
export function columnTotals(rows: (number | null)[][]): (number | null)[] {
  const width = rows[0]?.length ?? 0;
  return Array.from({ length: width }, (_, column) => {
    const entered = rows.map((row) => row[column]).filter((v): v is number => v !== null);
    return entered.length === 0 ? null : entered.reduce((sum, v) => sum + v, 0);
  });
}

/** 表1's caption without its number (the generator numbers tables in reading order); `schools` names them in a city report. */
export const table1Caption = (year: number, schools = '') => `${year}年${schools}办学情况表`;

export function table1(units: UnitData[], year: number, caption = table1Caption(year)): TGeneratedBlock {
  const figures = units.map((u) => figuresOf(u.data));
  return {
    kind: 'table',
    caption,
    header: TABLE_1_COLUMNS,
    labelColumns: 2,
    rows: units.map((u, i) => [u.name, u.address ?? '—', ...figures[i]!.map(cell)]),
    totals: units.length > 1 ? ['合计', '', ...columnTotals(figures).map(cell)] : null,
  };
}

/**
 * 普陀区年报 表3 from the authority's own figures: a row per year, earliest first, and the 合计 computed from them (blank
 * where the column does not add up across years); nothing without years, no 合计 for a single year.
 */
export function table3(years: TTrainingYear[]): TGeneratedBlock[] {
  if (years.length === 0) return [];
  const ordered = yearsInOrder(years);
  const totals = trainingTotals(ordered);
  return [
    {
      kind: 'table',
      caption: trainingCaption(ordered),
      header: ['年度', ...TRAINING_COLUMNS.map((c) => c.header)],
      labelColumns: 1,
      rows: ordered.map((row) => [String(row.year), ...TRAINING_COLUMNS.map((c) => count(row[c.key]))]),
      totals: ordered.length > 1 ? ['合计', ...TRAINING_COLUMNS.map((c) => (totals[c.key] === null ? '' : count(totals[c.key]!)))] : null,
    },
  ];
}

/** Clauses whose figures are all entered, joined as the reports write them. */
function sentence(clauses: (string | null)[]): string | null {
  const kept = clauses.filter((c): c is string => c !== null);
  return kept.length === 0 ? null : `${kept.join('，')}。`;
}
const when = (values: (number | null | undefined)[], text: () => string) =>
  values.every((v) => v !== null && v !== undefined) ? text() : null;

export function structureText(units: UnitData[]): string | null {
  const [, , , students, staff] = columnTotals(units.map((u) => figuresOf(u.data)));
  const who = units.length === 1 ? units[0]!.name : `${units.length}所学校`;
  return sentence([when([students], () => `${who}在校学生${count(students!)}人`), when([staff], () => `在编在岗教职工${count(staff!)}人`)]);
}

const rateOf = (rates: TComputedRate[], key: TComputedRate['key']) => rates.find((r) => r.key === key)?.display ?? null;

export function teachersText(d: TReportData, rates: TComputedRate[]): string | null {
  const t = d.teachers;
  return sentence([
    when([t.fullTimeTeachers], () => `专任教师${count(t.fullTimeTeachers!)}人`),
    when(
      [t.professionalTeachers, t.foundationTeachers],
      () => `专业教师${count(t.professionalTeachers!)}人、基础教师${count(t.foundationTeachers!)}人`,
    ),
    when([rateOf(rates, 'studentTeacherRatio') === null ? null : 0], () => `生师比${rateOf(rates, 'studentTeacherRatio')}`),
    when(
      [t.seniorTitleTeachers, rateOf(rates, 'seniorTitleShare') === null ? null : 0],
      () => `高级职称教师${count(t.seniorTitleTeachers!)}人，占专任教师数${rateOf(rates, 'seniorTitleShare')}`,
    ),
    when(
      [t.dualQualifiedTeachers, rateOf(rates, 'dualQualifiedShare') === null ? null : 0],
      () => `双师型教师${count(t.dualQualifiedTeachers!)}人，占专业教师数${rateOf(rates, 'dualQualifiedShare')}`,
    ),
    when(
      [t.partTimeTeachers, rateOf(rates, 'partTimeShare') === null ? null : 0],
      () => `兼职教师${count(t.partTimeTeachers!)}人，占专任教师${rateOf(rates, 'partTimeShare')}`,
    ),
  ]);
}

export function outcomesText(d: TReportData, rates: TComputedRate[]): string | null {
  const o = d.outcomes;
  return sentence([
    when([o.graduates], () => `毕业生${count(o.graduates!)}人`),
    when(
      [o.matchedEmployment, rateOf(rates, 'matchedEmploymentRate') === null ? null : 0],
      () => `对口就业（含升学）${count(o.matchedEmployment!)}人，对口就业率${rateOf(rates, 'matchedEmploymentRate')}`,
    ),
    when(
      [o.directEmployment, rateOf(rates, 'directEmploymentRate') === null ? null : 0],
      () => `直接就业${count(o.directEmployment!)}人，直接就业率${rateOf(rates, 'directEmploymentRate')}`,
    ),
    when(
      [o.furtherStudy, rateOf(rates, 'furtherStudyRate') === null ? null : 0],
      () => `升学${count(o.furtherStudy!)}人，升学率${rateOf(rates, 'furtherStudyRate')}`,
    ),
  ]);
}

export interface TotalDifference {
  table: string;
  column: string;
  stated: number;
  computed: number | null;
  source: string;
}

/**
 * A stated 合计 against the computed one, column by column (普陀区年报 表1 prints 58/29/7 majors where its rows add up
 * to 60/32/9): every column whose stated figure is not the computed one.
 */
export function totalDifferences(
  units: UnitData[],
  table: string,
  stated: { totals: (number | null)[]; source: string },
): TotalDifference[] {
  const computed = columnTotals(units.map((u) => figuresOf(u.data)));
  const columns = TABLE_1_COLUMNS.slice(2);
  return columns.flatMap((column, i) => {
    const figure = stated.totals[i];
    if (figure === null || figure === undefined || figure === computed[i]) return [];
    return [{ table, column, stated: figure, computed: computed[i] ?? null, source: stated.source }];
  });
}

/**
 * The check of a stated 合计 in a generated report: the 合计 covers every unit of the cycle, so it is checked only when
 * the report includes them all — set against the sum of some of them it would flag nothing but the missing units.
 */
export function statedDifferences(
  units: UnitData[],
  table: string,
  stated: { totals: (number | null)[]; source: string } | null,
  unitsInCycle: number,
): TotalDifference[] {
  if (!stated || units.length === 0 || units.length < unitsInCycle) return [];
  return totalDifferences(units, table, stated);
}
