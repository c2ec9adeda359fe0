/**
 * Shapes of the demo's report registers (项目与荣誉, 案例): the lists and cases a quality report prints, kept as the
 * report prints them so that a register loaded from them regenerates the report's tables (issue: quality annual
 * reports, "Registers"). The kinds and levels are the values of the register in packages/contracts.
 */

export type DemoRegisterKind = 'project' | 'honour' | 'award' | 'base' | 'centre';
export type DemoRegisterLevel = 'national' | 'city' | 'district';
/** 中职 or 高职: the city report keeps the two apart (上海年报 表1–12 中职, 表13–18 高职). */
export type DemoRegisterSchoolLevel = 'secondary' | 'higher';

/** One numbered table of a report (表N), every row as printed. */
export interface DemoRegisterTable {
  /** The table's number in its report. */
  table: number;
  /** The table's title as printed. */
  title: string;
  kind: DemoRegisterKind;
  level: DemoRegisterLevel;
  /** The year the listing belongs to; the report's year where the title does not say. */
  year: number;
  schoolLevel: DemoRegisterSchoolLevel;
  /** Column headings as printed (序号 left out). */
  columns: string[];
  rows: DemoRegisterRow[];
}

export interface DemoRegisterRow {
  /** The project, honour, award or base itself; for a plain list of schools, the honour the table confers. */
  name: string;
  /** The holding school (or schools, joined as printed). */
  holder: string;
  major?: string;
  /** Named people as printed: teachers, students, the 领衔人 with their title. */
  people?: string[];
  /** The other printed cells, keyed by their column heading (奖项, 赛项, 星级, 专业技术职称 …). */
  extra?: Record<string, string>;
}

/** One case (案例) of a report: its number, title and chapter as printed, the schools it names, and a summary. */
export interface DemoCase {
  number: number;
  title: string;
  /** The chapter heading the case stands under. */
  chapter: string;
  schools: string[];
  /** A short summary in the dataset's own words, with the figures the case states. */
  summary: string;
}
