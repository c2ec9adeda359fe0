/**
 * Pure rules of the registers (issue: quality annual reports, "Registers"): which entries a filter selects, and the
 * numbered table a report block prints from them — 上海年报 表1–20 each list 序号 and then the printed columns.
 */
import type { TGeneratedBlock, TRegisterFilter } from '@chanjiao/contracts';

export interface RegisterRow {
  kind: string;
  level: string;
  year: number;
  schoolLevel: string;
  name: string;
  holderName: string;
  majorCode: string | null;
  majorName: string | null;
  people: string[];
  extra: Record<string, string>;
  sourceTable: string | null;
}

const folded = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** Every condition the filter gives must hold; the keyword is looked for in the name, school, major and people. */
export function matchesFilter(row: RegisterRow, filter: TRegisterFilter): boolean {
  if (filter.kind !== undefined && row.kind !== filter.kind) return false;
  if (filter.level !== undefined && row.level !== filter.level) return false;
  if (filter.year !== undefined && row.year !== filter.year) return false;
  if (filter.schoolLevel !== undefined && row.schoolLevel !== filter.schoolLevel) return false;
  if (filter.sourceTable !== undefined && folded(row.sourceTable ?? '') !== folded(filter.sourceTable)) return false;
  if (filter.keyword !== undefined) {
    const wanted = folded(filter.keyword);
    const haystack = [row.name, row.holderName, row.majorCode ?? '', row.majorName ?? '', ...row.people, ...Object.values(row.extra)];
    if (!haystack.some((text) => folded(text).includes(wanted))) return false;
  }
  return true;
}

/** The printed columns after 序号: the entry's own fields where any row has them, then the other cells as headed. */
const FIELD_COLUMNS: { header: string; cell: (row: RegisterRow) => string }[] = [
  { header: '名称', cell: (row) => row.name },
  { header: '学校', cell: (row) => row.holderName },
  { header: '专业', cell: (row) => [row.majorCode, row.majorName].filter(Boolean).join(' ') },
  { header: '人员', cell: (row) => row.people.join('、') },
];

export function registerTableColumns(rows: RegisterRow[]) {
  const fields = FIELD_COLUMNS.filter((column) => rows.some((row) => column.cell(row) !== ''));
  const extraHeaders = [...new Set(rows.flatMap((row) => Object.keys(row.extra)))];
  return [...fields, ...extraHeaders.map((header) => ({ header, cell: (row: RegisterRow) => row.extra[header] ?? '' }))];
}

/** The block as the report prints it: the selected rows numbered from 1, in the register's order. */
export function registerTable(rows: RegisterRow[], block: { caption: string; filter: TRegisterFilter }): TGeneratedBlock {
  const selected = rows.filter((row) => matchesFilter(row, block.filter));
  const columns = registerTableColumns(selected);
  return {
    kind: 'table',
    caption: block.caption,
    header: ['序号', ...columns.map((c) => c.header)],
    rows: selected.map((row, i) => [String(i + 1), ...columns.map((c) => c.cell(row) || '—')]),
    totals: null,
    // A register lists names, not figures: every column is text.
    labelColumns: columns.length + 1,
  };
}

/** 表目录: the captions of a report's tables in reading order. */
export function tableDirectory(chapters: { blocks: TGeneratedBlock[] }[]): string[] {
  return chapters.flatMap((chapter) => chapter.blocks.flatMap((block) => (block.kind === 'table' ? [block.caption] : [])));
}

/** “上海年报2024 表3” for the third table of a report labelled “上海年报2024”. */
export const sourceTableLabel = (report: string, table: number) => `${report} 表${table}`;

/**
 * Puts each register table under the outline chapter it names: the heading that is, or contains, the block's chapter;
 * the first chapter when none does, so a renamed heading never drops a table.
 */
export function placeUnderChapters<T extends { heading: string; blocks: TGeneratedBlock[] }>(
  chapters: T[],
  placed: { chapter: string; block: TGeneratedBlock }[],
): T[] {
  for (const { chapter, block } of placed) {
    const at = chapters.find((c) => c.heading === chapter) ?? chapters.find((c) => c.heading.includes(chapter)) ?? chapters[0];
    at?.blocks.push(block);
  }
  return chapters;
}
