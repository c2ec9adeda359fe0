import { optionalText, requiredText, ZIsoDate } from '@chanjiao/contracts';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DomainError } from '../errors.js';
import { defineImportTemplate } from './import-template.js';
import { issueMessage, validateRows } from './row-validation.js';
import { readSheetRows } from './sheet-reader.js';
import { inspectZip } from './zip-inspection.js';
import { buildTemplateWorkbook } from './template-workbook.js';

/** A small template unrelated to any module, to pin down what the pipeline does for every module. */
const template = defineImportTemplate({
  key: 'demands',
  title: '需求导入模板',
  sheetName: '需求',
  rowSchema: z.object({
    title: requiredText(10),
    kind: z.enum(['job', 'training']),
    code: optionalText(10),
    due: ZIsoDate.optional(),
    phone: optionalText(20),
    email: optionalText(50),
  }),
  requireOneOf: [['phone', 'email']],
  columns: [
    { key: 'title', header: '标题', headerEn: 'Title', required: true, example: '示例需求' },
    {
      key: 'kind',
      header: '类别',
      headerEn: 'Kind',
      required: true,
      example: '岗位',
      options: [
        { value: 'job', label: { 'zh-CN': '岗位', 'en-US': 'Job' } },
        { value: 'training', label: { 'zh-CN': '培训', 'en-US': 'Training' } },
      ],
    },
    { key: 'code', header: '编码', headerEn: 'Code', text: true },
    { key: 'due', header: '截止日期', headerEn: 'Due' },
    { key: 'phone', header: '电话', headerEn: 'Phone' },
    { key: 'email', header: '邮箱', headerEn: 'E-mail' },
  ],
});

async function workbookWith(sheets: { name: string; rows: unknown[][] }[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, rows } of sheets) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function refusal(content: Buffer, maxRows = 100): Promise<DomainError> {
  const error = await readSheetRows(template, await inspectZip(content), maxRows).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('import templates: reading any module’s spreadsheet', () => {
  it('reads the data sheet by name, past a title row, normalising what cells hold', async () => {
    const content = await workbookWith([
      { name: '说明', rows: [['这张表不是数据']] },
      {
        name: '需求',
        rows: [
          ['2025 年需求汇总'],
          ['邮箱', '类别 (必选)', '标题 *', '编码', '截止日期', '无关列'],
          ['a@example.cn', 'Training', { richText: [{ text: '焊接' }, { text: '培训' }] }, 7, new Date(Date.UTC(2025, 5, 30)), 'x'],
          [null, null, null, null, null, null],
          [' \u200b ', '岗位', { formula: 'CONCAT("装","配")', result: '装配' }, '0012', null, null],
        ],
      },
    ]);
    const rows = await readSheetRows(template, await inspectZip(content), 100);
    expect(rows).toEqual([
      { row: 3, cells: { title: '焊接培训', kind: 'Training', code: '7', due: '2025-06-30', phone: null, email: 'a@example.cn' } },
      { row: 5, cells: { title: '装配', kind: '岗位', code: '0012', due: null, phone: null, email: null } },
    ]);
  });

  it('falls back to the first sheet that is not the instructions when no sheet has the template’s name', async () => {
    const downloaded = await buildTemplateWorkbook(template, { maxRows: 100 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(downloaded as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('需求')!;
    sheet.name = '我的需求';
    sheet.getRow(3).values = ['真实需求', '培训', null, null, '010-12345678'];
    const rows = await readSheetRows(template, await inspectZip(Buffer.from(await workbook.xlsx.writeBuffer())), 100);
    expect(rows.map((row) => [row.row, row.cells.title])).toEqual([[3, '真实需求']]);
  });

  it('keeps an example row the user edited', async () => {
    const content = await workbookWith([
      {
        name: '需求',
        rows: [
          ['标题', '类别', '电话'],
          ['示例需求', '岗位', '13800000000'],
        ],
      },
    ]);
    expect((await readSheetRows(template, await inspectZip(content), 100)).map((row) => row.cells.title)).toEqual(['示例需求']);
  });

  it('says which required columns are missing, and when there are too many rows or none', async () => {
    const noKind = await workbookWith([
      {
        name: '需求',
        rows: [
          ['标题', '编码'],
          ['甲', '1'],
        ],
      },
    ]);
    expect((await refusal(noKind)).messageIn('zh-CN')).toBe('表头与模板不一致：缺少列 『类别』、『电话』或『邮箱』。请下载最新模板填写');
    expect((await refusal(noKind)).messageIn('en-US')).toContain('missing “Kind”, “Phone” or “E-mail”');
    const three = await workbookWith([
      {
        name: '需求',
        rows: [
          ['标题', '类别', '电话'],
          ['甲', '岗位', '1'],
          ['乙', '岗位', '1'],
          ['丙', '岗位', '1'],
        ],
      },
    ]);
    expect((await refusal(three, 2)).code).toBe('IMPORT_TOO_MANY_ROWS');
    const headerOnly = await workbookWith([{ name: '需求', rows: [['标题', '类别', '电话']] }]);
    expect((await refusal(headerOnly)).code).toBe('IMPORT_EMPTY');
  });

  it('reports every problem of a row against its column, in the user’s words', () => {
    const { valid, issues } = validateRows(template, [
      { row: 2, cells: { title: '装配工', kind: '岗位', code: null, due: '2025-07-01', phone: '1', email: null } },
      { row: 3, cells: { title: '超过十个字的一个需求标题', kind: '实习', code: null, due: '7月1日', phone: null, email: null } },
    ]);
    expect(valid).toEqual([{ row: 2, value: { title: '装配工', kind: 'job', due: '2025-07-01', phone: '1' } }]);
    expect(issues.map((issue) => issueMessage(template, issue)['zh-CN'])).toEqual([
      '第3行『标题』最多 10 个字，当前 12 个字，请精简',
      '第3行『类别』“实习”不是可选项，请从下拉列表中选择：岗位、培训',
      '第3行『截止日期』日期格式应为 YYYY-MM-DD',
      '第3行『电话』与『邮箱』至少填写一项',
    ]);
    expect(issueMessage(template, issues[1]!)['en-US']).toBe('Row 3, “Kind”: “实习” is not one of the choices: Job, Training');
  });
});
