/**
 * Spreadsheet exports. Text that a spreadsheet would take for a formula when a user edits the cell
 * (CSV/formula injection: = + - @, and tab or carriage return before them) gets a leading apostrophe,
 * so data typed by one user can never run as a formula on another user's machine.
 */
import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from './exceljs.js';

export type XlsxCellValue = string | number | boolean | Date | null | undefined;

export interface XlsxColumn<T> {
  header: string;
  /** In characters; Chinese characters count about two. */
  width?: number;
  /** Excel number format, e.g. 'yyyy-mm-dd hh:mm' for dates or '@' for codes kept as text. */
  numFmt?: string;
  value: (row: T) => XlsxCellValue;
}

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

export function neutralizeFormulaText(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

export function safeCellValue(value: XlsxCellValue): Exclude<XlsxCellValue, undefined> {
  if (value === undefined) return null;
  return typeof value === 'string' ? neutralizeFormulaText(value) : value;
}

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };

export interface WriteXlsxOptions {
  sheetName?: string;
}

/**
 * Streams rows into a workbook (one sheet, bold frozen header, filter buttons) and returns its bytes.
 * Rows may come from an async generator that reads the database page by page.
 */
export async function writeXlsx<T>(
  columns: XlsxColumn<T>[],
  rows: Iterable<T> | AsyncIterable<T>,
  options: WriteXlsxOptions = {},
): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    output.on('end', resolve);
    output.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(options.sheetName ?? 'Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column, index) => ({
    key: `c${index}`,
    width: column.width ?? 16,
    ...(column.numFmt ? { style: { numFmt: column.numFmt } } : {}),
  }));
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  header.commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(columns.length, 1) } };
  for await (const row of rows) {
    sheet.addRow(columns.map((column) => safeCellValue(column.value(row)))).commit();
  }
  sheet.commit();
  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}
