/**
 * Validates every row and keeps every problem, so the user fixes the whole file in one round:
 * closed lists first (label → value), then the at-least-one-of groups, then the template's zod schema.
 */
import type { Bilingual } from '@chanjiao/contracts';
import type { z } from 'zod';
import { bilingual } from '../errors.js';
import { describeIssues, fieldLabel } from '../http/validation.js';
import { columnLabel, type ImportColumn, type ImportTemplate } from './import-template.js';
import type { SheetRow } from './sheet-reader.js';

/** A problem of one row; `detail` says what is wrong with the column's value, without naming row or column. */
export interface RowIssue {
  row: number;
  /** Template column key, or null for the row as a whole. */
  column: string | null;
  detail: Bilingual;
}

export interface ValidRow<TRow> {
  row: number;
  value: TRow;
}

export interface RowValidation<TRow> {
  valid: ValidRow<TRow>[];
  issues: RowIssue[];
}

function optionValue(column: ImportColumn, text: string): string | undefined {
  const wanted = text.trim().toLowerCase();
  const match = column.options!.find(
    (option) =>
      option.value.toLowerCase() === wanted ||
      option.label['zh-CN'].toLowerCase() === wanted ||
      option.label['en-US'].toLowerCase() === wanted,
  );
  return match?.value;
}

function unknownOption(column: ImportColumn, text: string): Bilingual {
  const zh = column.options!.map((option) => option.label['zh-CN']).join('、');
  const en = column.options!.map((option) => option.label['en-US']).join(', ');
  return bilingual(`“${text}”不是可选项，请从下拉列表中选择：${zh}`, `“${text}” is not one of the choices: ${en}`);
}

/** describeIssues names the field by the API's label; in a spreadsheet the column header names it instead. */
function issueDetail(issue: z.core.$ZodIssue): Bilingual {
  const [described] = describeIssues([issue]);
  const strip = (text: string, prefix: string) => (text.startsWith(prefix) ? text.slice(prefix.length) : text);
  return {
    'zh-CN': strip(described!.message['zh-CN'], `『${fieldLabel(issue.path, 'zh-CN')}』`),
    'en-US': strip(described!.message['en-US'], `“${fieldLabel(issue.path, 'en-US')}”: `),
  };
}

function validateRow<TRow>(template: ImportTemplate<TRow>, sheetRow: SheetRow): { value?: TRow; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const reported = new Set<string>();
  const input: Record<string, string | undefined> = {};
  for (const column of template.columns) {
    const text = sheetRow.cells[column.key] ?? null;
    if (text === null) continue;
    if (!column.options) {
      input[column.key] = text;
      continue;
    }
    const value = optionValue(column, text);
    if (value === undefined) {
      issues.push({ row: sheetRow.row, column: column.key, detail: unknownOption(column, text) });
      reported.add(column.key);
    }
    input[column.key] = value;
  }
  for (const group of template.requireOneOf ?? []) {
    if (group.some((key) => sheetRow.cells[key] !== null)) continue;
    const others = group.slice(1).map((key) => columnLabel(template.column(key)!));
    issues.push({
      row: sheetRow.row,
      column: group[0]!,
      detail: bilingual(
        `与${others.map((l) => l['zh-CN']).join('、')}至少填写一项`,
        `fill in this or ${others.map((l) => l['en-US']).join(' or ')}`,
      ),
    });
  }
  const parsed = template.rowSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const first = issue.path[0];
      const column = typeof first === 'string' && template.column(first) ? first : null;
      if (column && reported.has(column)) continue;
      issues.push({ row: sheetRow.row, column, detail: issueDetail(issue) });
    }
  }
  return issues.length === 0 && parsed.success ? { value: parsed.data, issues } : { issues };
}

export function validateRows<TRow>(template: ImportTemplate<TRow>, rows: SheetRow[]): RowValidation<TRow> {
  const result: RowValidation<TRow> = { valid: [], issues: [] };
  for (const sheetRow of rows) {
    const { value, issues } = validateRow(template, sheetRow);
    if (issues.length > 0) result.issues.push(...issues);
    else result.valid.push({ row: sheetRow.row, value: value as TRow });
  }
  result.issues = sortIssues(template as ImportTemplate<unknown>, result.issues);
  return result;
}

/** The user-facing sentence: 第3行『统一社会信用代码』校验位不正确… / Row 3, “…”: … */
export function issueMessage(template: ImportTemplate<unknown>, issue: RowIssue): Bilingual {
  const column = issue.column ? template.column(issue.column) : undefined;
  if (!column) return bilingual(`第${issue.row}行：${issue.detail['zh-CN']}`, `Row ${issue.row}: ${issue.detail['en-US']}`);
  const label = columnLabel(column);
  return bilingual(
    `第${issue.row}行${label['zh-CN']}${issue.detail['zh-CN']}`,
    `Row ${issue.row}, ${label['en-US']}: ${issue.detail['en-US']}`,
  );
}

/** Row order, then the template's column order, so messages read like the sheet. */
export function sortIssues(template: ImportTemplate<unknown>, issues: RowIssue[]): RowIssue[] {
  const position = new Map(template.columns.map((column, index) => [column.key, index]));
  const at = (issue: RowIssue) => (issue.column ? (position.get(issue.column) ?? -1) : -1);
  return [...issues].sort((a, b) => a.row - b.row || at(a) - at(b));
}
