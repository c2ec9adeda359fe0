/**
 * Reads the data sheet of an uploaded workbook with exceljs's streaming reader, row by row. The data
 * sheet is the one named like the template's, or else the first sheet that is not the instructions or
 * options sheet. The header row may sit below a title row; columns are matched by their header text.
 */
import { type Bilingual } from '@chanjiao/contracts';
import type ExcelJS from 'exceljs';
import { bilingual, DomainError } from '../errors.js';
import { cellText } from './cell-values.js';
import { loadExcelJs } from './exceljs.js';
import { columnLabel, type ImportTemplate, INSTRUCTIONS_SHEET, normalizeHeader, OPTIONS_SHEET } from './import-template.js';
import { workbookStream } from './workbook-stream.js';
import type { CheckedZip } from './zip-inspection.js';

/** One data row: its Excel row number and the text of every template column (null when empty or absent). */
export interface SheetRow {
  row: number;
  cells: Record<string, string | null>;
}

/** Rows above the header a user might add (a title, a date) before the header is considered missing. */
const HEADER_SEARCH_ROWS = 10;

interface SheetRead {
  /** Column number → template column key. */
  columnKeys: Map<number, string> | null;
  /** Header texts the template refuses (refusedHeaders). */
  refused: string[];
  rows: SheetRow[];
  tooMany: boolean;
}

type StreamedSheet = AsyncIterable<ExcelJS.Row> & { name?: string };

function headerIndex(template: ImportTemplate<unknown>): Map<string, string> {
  const index = new Map<string, string>();
  for (const column of template.columns) {
    for (const text of [column.key, column.header, column.headerEn]) index.set(normalizeHeader(text), column.key);
  }
  return index;
}

function rowValues(row: ExcelJS.Row): unknown[] {
  return Array.isArray(row.values) ? row.values : [];
}

/** Column number → key, first occurrence wins; null when no cell of the row is a known header. */
function matchHeader(values: unknown[], index: Map<string, string>): Map<number, string> | null {
  const keys = new Map<number, string>();
  const taken = new Set<string>();
  values.forEach((value, columnNumber) => {
    const text = cellText(value);
    const key = text === null ? undefined : index.get(normalizeHeader(text));
    if (key && !taken.has(key)) {
      keys.set(columnNumber, key);
      taken.add(key);
    }
  });
  return keys.size > 0 ? keys : null;
}

function refusedHeaders(values: unknown[], template: ImportTemplate<unknown>): string[] {
  const refusal = template.refusedHeaders;
  if (!refusal) return [];
  return values.map((value) => cellText(value)).filter((text): text is string => text !== null && refusal.pattern.test(text));
}

/** The template's example row as the reader sees it, or null when the template has none. */
function exampleCells(template: ImportTemplate<unknown>): [string, string | null][] | null {
  if (!template.columns.some((column) => column.example)) return null;
  return template.columns.map((column) => [column.key, cellText(column.example ?? null)]);
}

function isExampleRow(example: [string, string | null][] | null, cells: Record<string, string | null>): boolean {
  return example !== null && example.every(([key, text]) => cells[key] === text);
}

async function readWorksheet(sheet: StreamedSheet, template: ImportTemplate<unknown>, maxRows: number): Promise<SheetRead> {
  const index = headerIndex(template);
  const example = exampleCells(template);
  const read: SheetRead = { columnKeys: null, refused: [], rows: [], tooMany: false };
  // Once the answer is known the remaining rows are still read, not left with `break`: a zip entry the streaming
  // reader does not drain halts the whole stream (exceljs issue #2790), and the import then hangs now and then —
  // seen as a 30 s time-out of the "too many rows" import under CI load. The expansion limits bound what is read.
  let settled = false;
  for await (const row of sheet) {
    if (settled) continue;
    const values = rowValues(row);
    if (!read.columnKeys) {
      if (row.number > HEADER_SEARCH_ROWS) settled = true;
      else {
        read.columnKeys = matchHeader(values, index);
        if (read.columnKeys) read.refused = refusedHeaders(values, template);
      }
      continue;
    }
    const cells: Record<string, string | null> = Object.fromEntries(template.columns.map((column) => [column.key, null]));
    let blank = true;
    for (const [columnNumber, key] of read.columnKeys) {
      cells[key] = cellText(values[columnNumber]);
      if (cells[key] !== null) blank = false;
    }
    if (blank || isExampleRow(example, cells)) continue;
    if (read.rows.length === maxRows) {
      read.tooMany = true;
      settled = true;
      continue;
    }
    read.rows.push({ row: row.number, cells });
  }
  return read;
}

async function drain(sheet: StreamedSheet): Promise<void> {
  for await (const row of sheet) void row;
}

/** How long exceljs's reader may take to fail on its own once the archive it reads has been refused. */
const REFUSED_READER_GRACE_MS = 1000;

async function readDataSheet(template: ImportTemplate<unknown>, workbook: CheckedZip, maxRows: number): Promise<SheetRead | null> {
  const ExcelJS = await loadExcelJs();
  const input = workbookStream(workbook);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input.stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let named: SheetRead | null = null;
  let fallback: SheetRead | null = null;
  const reading = (async () => {
    for await (const worksheet of reader) {
      const sheet = worksheet as unknown as StreamedSheet;
      const auxiliary = sheet.name === INSTRUCTIONS_SHEET || sheet.name === OPTIONS_SHEET;
      if (!named && sheet.name === template.sheetName) named = await readWorksheet(sheet, template, maxRows);
      else if (!named && !fallback && !auxiliary) fallback = await readWorksheet(sheet, template, maxRows);
      else await drain(sheet);
    }
  })();
  // Cut short where the archive was refused, exceljs's reader has been seen to wait for the rest forever
  // (organizations.import.test.ts on PostgreSQL): once refused, it gets a moment to fail on its own, then the
  // refusal is the answer.
  const givenUp = input.refused.then(
    (failure) =>
      new Promise<never>((_, reject) => {
        setTimeout(() => reject(failure), REFUSED_READER_GRACE_MS).unref();
      }),
  );
  // Whichever loses the race still settles later: it must not become an unhandled rejection.
  reading.catch(() => undefined);
  givenUp.catch(() => undefined);
  try {
    await Promise.race([reading, givenUp]);
  } catch {
    input.stream.destroy();
    throw (
      input.failure() ??
      new DomainError('FILE_EXPANSION_REJECTED', {
        reason: bilingual('无法读取工作表内容，文件可能已损坏', 'the worksheets cannot be read; the file may be damaged'),
      })
    );
  }
  // The archive may have been refused at a point where the reader saw a complete file (between two parts).
  const failure = input.failure();
  if (failure) throw failure;
  return named ?? fallback;
}

function missingColumns(template: ImportTemplate<unknown>, present: Set<string>): Bilingual[] {
  const missing: Bilingual[] = template.columns
    .filter((column) => column.required && !present.has(column.key))
    .map((column) => columnLabel(column));
  for (const group of template.requireOneOf ?? []) {
    if (group.some((key) => present.has(key))) continue;
    const labels = group.map((key) => columnLabel(template.column(key)!));
    missing.push(bilingual(labels.map((l) => l['zh-CN']).join('或'), labels.map((l) => l['en-US']).join(' or ')));
  }
  return missing;
}

/**
 * The data rows of an upload, blank rows and the untouched example row left out.
 * Throws IMPORT_TEMPLATE_MISMATCH, IMPORT_COLUMN_REFUSED, IMPORT_TOO_MANY_ROWS or IMPORT_EMPTY.
 */
export async function readSheetRows(template: ImportTemplate<unknown>, workbook: CheckedZip, maxRows: number): Promise<SheetRow[]> {
  const read = await readDataSheet(template, workbook, maxRows);
  const missing = missingColumns(template, new Set(read?.columnKeys?.values() ?? []));
  if (!read?.columnKeys || missing.length > 0) {
    const listed = missing.length > 0 ? missing : template.columns.filter((c) => c.required).map((c) => columnLabel(c));
    throw new DomainError('IMPORT_TEMPLATE_MISMATCH', {
      missing: bilingual(listed.map((l) => l['zh-CN']).join('、'), listed.map((l) => l['en-US']).join(', ')),
    });
  }
  if (read.refused.length > 0 && template.refusedHeaders) {
    throw new DomainError('IMPORT_COLUMN_REFUSED', { columns: read.refused.join('、'), reason: template.refusedHeaders.reason });
  }
  if (read.tooMany) throw new DomainError('IMPORT_TOO_MANY_ROWS', { limit: maxRows });
  if (read.rows.length === 0) throw new DomainError('IMPORT_EMPTY');
  return read.rows;
}
