/**
 * The downloadable template: the data sheet (styled header with comments, a grey example row, drop-downs
 * for closed lists, code columns formatted as text), a 填写说明 sheet explaining every column, and a
 * hidden sheet holding the drop-down lists (a list typed into the validation itself is capped at 255 chars).
 */
import type ExcelJS from 'exceljs';
import { loadExcelJs } from './exceljs.js';
import {
  columnLabel,
  type ImportColumn,
  type ImportTemplate,
  INSTRUCTIONS_SHEET,
  OPTIONS_SHEET,
  requiredHeader,
} from './import-template.js';
import { HEADER_FILL } from './xlsx-writer.js';

const EXAMPLE_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: 'FF808080' } };
const THIN_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function addDataSheet(workbook: ExcelJS.Workbook, template: ImportTemplate<unknown>) {
  const sheet = workbook.addWorksheet(template.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = template.columns.map((column) => ({
    header: requiredHeader(column),
    key: column.key,
    width: column.width ?? 16,
    style: column.text ? { numFmt: '@' } : {},
  }));
  const header = sheet.getRow(1);
  header.height = 22;
  template.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.font = { bold: true, color: column.required ? { argb: 'FFC00000' } : undefined };
    cell.fill = HEADER_FILL;
    cell.border = THIN_BORDER;
    cell.alignment = { vertical: 'middle', horizontal: 'center' };
    if (column.note) cell.note = column.note;
  });
  const example = sheet.addRow(template.columns.map((column) => column.example ?? null));
  example.font = EXAMPLE_FONT;
  return sheet;
}

/** One column of the hidden sheet per closed list; returns the range each drop-down refers to. */
function addOptionsSheet(workbook: ExcelJS.Workbook, columns: readonly ImportColumn[]): Map<string, string> {
  const ranges = new Map<string, string>();
  const listed = columns.filter((column) => column.options && column.options.length > 0);
  if (listed.length === 0) return ranges;
  const sheet = workbook.addWorksheet(OPTIONS_SHEET, { state: 'hidden' });
  listed.forEach((column, index) => {
    const letter = columnLetter(index + 1);
    sheet.getCell(`${letter}1`).value = column.header;
    column.options!.forEach((option, row) => {
      sheet.getCell(`${letter}${row + 2}`).value = option.label['zh-CN'];
    });
    ranges.set(column.key, `'${OPTIONS_SHEET}'!$${letter}$2:$${letter}$${column.options!.length + 1}`);
  });
  return ranges;
}

/** exceljs supports range validations at run time, but its type declarations only know per-cell ones. */
type RangeValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

function addDropDowns(sheet: ExcelJS.Worksheet, template: ImportTemplate<unknown>, ranges: Map<string, string>, maxRows: number) {
  template.columns.forEach((column, index) => {
    const range = ranges.get(column.key);
    if (!range) return;
    const letter = columnLetter(index + 1);
    (sheet as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${maxRows + 2}`, {
      type: 'list',
      allowBlank: true,
      formulae: [range],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '请从下拉列表中选择',
      error: `『${column.header}』只能填写下拉列表中的选项`,
    });
  });
}

function generalNotes(template: ImportTemplate<unknown>, maxRows: number): string[] {
  const groups = (template.requireOneOf ?? []).map(
    (group) => `${group.map((key) => columnLabel(template.column(key)!)['zh-CN']).join('与')}至少填写一项。`,
  );
  return [
    `请在“${template.sheetName}”工作表中填写，每行一条记录。第一行是表头，请勿修改表头文字；列的顺序可以调整，多出的列导入时会被忽略。`,
    '第 2 行灰色斜体是示例：保持原样时导入会自动跳过，也可以直接改写或删除。',
    '表头带 * 的列必须填写；带下拉箭头的列请从列表中选择。',
    ...groups,
    `一次最多导入 ${maxRows} 行。只要有一行有错误，整个文件都不会导入：请下载错误报告，按“错误说明”修改后重新上传（错误报告本身可以直接修改后上传）。`,
    ...(template.notes ?? []),
  ];
}

function addInstructionsSheet(workbook: ExcelJS.Workbook, template: ImportTemplate<unknown>, maxRows: number) {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  sheet.columns = [{ width: 22 }, { width: 24 }, { width: 8 }, { width: 60 }, { width: 28 }, { width: 40 }];
  const title = sheet.addRow([`${template.title} · 填写说明`]);
  title.font = { bold: true, size: 14 };
  generalNotes(template, maxRows).forEach((note, index) => {
    const row = sheet.addRow([`${index + 1}. ${note}`]);
    sheet.mergeCells(row.number, 1, row.number, 6);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = 32;
  });
  sheet.addRow([]);
  const header = sheet.addRow(['列名', '英文列名', '必填', '说明', '示例', '可选值']);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = THIN_BORDER;
  });
  for (const column of template.columns) {
    const row = sheet.addRow([
      column.header,
      column.headerEn,
      column.required ? '是' : '否',
      column.note ?? '',
      column.example ?? '',
      (column.options ?? []).map((option) => option.label['zh-CN']).join('、'),
    ]);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = THIN_BORDER;
    });
  }
}

export async function buildTemplateWorkbook(template: ImportTemplate<unknown>, options: { maxRows: number }): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Chanjiao 产教协同平台';
  workbook.title = template.title;
  const dataSheet = addDataSheet(workbook, template);
  addInstructionsSheet(workbook, template, options.maxRows);
  addDropDowns(dataSheet, template, addOptionsSheet(workbook, template.columns), options.maxRows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
