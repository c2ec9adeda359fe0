/**
 * The error report of a refused import: the uploaded rows on a sheet with the template's name and
 * headers, the faulty cells highlighted, and an 错误说明 column. Its extra columns are ignored on import,
 * so the user can correct the report itself and upload it again.
 */
import type { Locale } from '@chanjiao/contracts';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from './exceljs.js';
import { type ImportTemplate, REPORT_ERROR_HEADER, REPORT_ROW_HEADER, requiredHeader } from './import-template.js';
import { issueMessage, type RowIssue } from './row-validation.js';
import type { SheetRow } from './sheet-reader.js';
import { HEADER_FILL, safeCellValue } from './xlsx-writer.js';

const PROBLEM_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const PROBLEM_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF9C0006' } };

export async function buildErrorReport(
  template: ImportTemplate<unknown>,
  rows: SheetRow[],
  issues: RowIssue[],
  locale: Locale,
): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const byRow = new Map<number, RowIssue[]>();
  for (const issue of issues) byRow.set(issue.row, [...(byRow.get(issue.row) ?? []), issue]);

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(template.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    ...template.columns.map((column) => ({
      header: requiredHeader(column),
      width: column.width ?? 16,
      style: column.text ? { numFmt: '@' } : {},
    })),
    { header: REPORT_ERROR_HEADER, width: 60 },
    { header: REPORT_ROW_HEADER, width: 10 },
  ];
  sheet.getRow(1).eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
  const errorColumn = template.columns.length + 1;

  for (const sheetRow of rows) {
    const rowIssues = byRow.get(sheetRow.row) ?? [];
    const messages = rowIssues.map((issue) => issueMessage(template, issue)[locale]);
    const row = sheet.addRow([
      ...template.columns.map((column) => safeCellValue(sheetRow.cells[column.key])),
      messages.length > 0 ? messages.join('\n') : null,
      sheetRow.row,
    ]);
    if (rowIssues.length === 0) continue;
    const errorCell = row.getCell(errorColumn);
    errorCell.font = PROBLEM_FONT;
    errorCell.alignment = { wrapText: true, vertical: 'top' };
    for (const issue of rowIssues) {
      const index = template.columns.findIndex((column) => column.key === issue.column);
      if (index < 0) continue;
      row.getCell(index + 1).fill = PROBLEM_FILL;
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
