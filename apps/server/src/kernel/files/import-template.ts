/**
 * An import template describes one spreadsheet a module accepts: its columns (matched by header text,
 * not position, so users may reorder or add columns), the zod schema of one row, and the explanations
 * the downloadable template carries. The same definition builds the template and reads uploads.
 */
import type { Bilingual } from '@chanjiao/contracts';
import type { z } from 'zod';

export interface ImportOption {
  /** What the row schema receives. */
  value: string;
  /** What the user picks from the drop-down; either language or the value itself is accepted. */
  label: Bilingual;
}

export interface ImportColumn {
  key: string;
  /** Chinese header as printed in the template. */
  header: string;
  headerEn: string;
  example?: string;
  width?: number;
  /** The header must be present; whether a cell may be blank is the row schema's business. */
  required?: boolean;
  /** Explanation on the 填写说明 sheet and as a comment on the header cell. */
  note?: string;
  /** A closed list: a drop-down in the template, labels mapped to values on import. */
  options?: readonly ImportOption[];
  /** Kept as text in Excel, so codes keep their leading zeros and all their digits. */
  text?: boolean;
}

export interface ImportTemplateDefinition<TRow> {
  /** Stable identifier, e.g. 'organizations'. */
  key: string;
  /** Shown as the template's title and used for its file name, e.g. 组织批量导入模板. */
  title: string;
  sheetName: string;
  columns: readonly ImportColumn[];
  /** Groups of column keys of which at least one must be present in the header and filled in each row. */
  requireOneOf?: readonly (readonly string[])[];
  rowSchema: z.ZodType<TRow>;
  /** Extra lines for the 填写说明 sheet, after the general ones. */
  notes?: readonly string[];
  /**
   * Headers the upload must not carry at all, e.g. personal data in a list of counts: any header matching
   * `pattern` refuses the whole file with `reason`, instead of the column being silently ignored.
   */
  refusedHeaders?: { pattern: RegExp; reason: Bilingual };
}

export interface ImportTemplate<TRow> extends ImportTemplateDefinition<TRow> {
  templateFilename: string;
  column(key: string): ImportColumn | undefined;
}

export const INSTRUCTIONS_SHEET = '填写说明';
export const OPTIONS_SHEET = '选项';
export const REPORT_ERROR_HEADER = '错误说明';
export const REPORT_ROW_HEADER = '原行号';

/** Header text as users vary it: spaces, the required marker, a note in brackets, letter case. */
export function normalizeHeader(text: string): string {
  return text
    .replace(/[（(][^（）()]*[)）]\s*$/, '')
    .replace(/[\s*＊]/g, '')
    .toLowerCase();
}

export function requiredHeader(column: ImportColumn): string {
  return column.required ? `${column.header}*` : column.header;
}

export function defineImportTemplate<TRow>(definition: ImportTemplateDefinition<TRow>): ImportTemplate<TRow> {
  const byKey = new Map(definition.columns.map((column) => [column.key, column]));
  if (byKey.size !== definition.columns.length) throw new Error(`import template ${definition.key}: duplicate column keys`);
  const headers = new Set<string>();
  for (const column of definition.columns) {
    for (const text of [column.header, column.headerEn]) {
      const normalized = normalizeHeader(text);
      if (headers.has(normalized)) throw new Error(`import template ${definition.key}: header "${text}" is ambiguous`);
      headers.add(normalized);
    }
  }
  for (const group of definition.requireOneOf ?? []) {
    for (const key of group) {
      if (!byKey.has(key)) throw new Error(`import template ${definition.key}: requireOneOf names unknown column ${key}`);
    }
  }
  return {
    ...definition,
    templateFilename: `${definition.title}.xlsx`,
    column: (key) => byKey.get(key),
  };
}

/** How a column is named in messages: 『名称』 or “Name”. */
export function columnLabel(column: ImportColumn): Bilingual {
  return { 'zh-CN': `『${column.header}』`, 'en-US': `“${column.headerEn}”` };
}
