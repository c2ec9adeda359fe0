import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../testing/xlsx-upload.js';
import { cellText } from './cell-values.js';
import { neutralizeFormulaText, writeXlsx } from './xlsx-writer.js';

describe('spreadsheet exports', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","点我")', `'=HYPERLINK("http://evil.example","点我")`],
    ['+86 138 0000 0000', `'+86 138 0000 0000`],
    ['-1+2', `'-1+2`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['上海市曹杨职业技术学校', '上海市曹杨职业技术学校'],
    ['a=b', 'a=b'],
  ])('writes %j so that editing the cell cannot turn it into a formula', (text, written) => {
    expect(neutralizeFormulaText(text)).toBe(written);
  });

  it('streams rows from an async source into a sheet with a frozen header, keeping numbers and dates', async () => {
    async function* rows() {
      yield { name: '=1+1', count: 3, at: new Date(Date.UTC(2025, 0, 2)) };
      yield { name: '乙', count: -4, at: null };
    }
    const content = await writeXlsx(
      [
        { header: '名称', value: (row: { name: string }) => row.name },
        { header: '数量', value: (row: { count: number }) => row.count },
        { header: '日期', numFmt: 'yyyy-mm-dd', value: (row: { at: Date | null }) => row.at },
      ],
      rows(),
      { sheetName: '清单' },
    );
    const sheet = (await loadWorkbook(content)).getWorksheet('清单')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A2').value).toBe("'=1+1");
    expect(sheet.getCell('B3').value).toBe(-4);
    expect(cellText(sheet.getCell('C2').value)).toBe('2025-01-02');
  });
});

describe('cell text of uploads', () => {
  it.each([
    [310107, '310107'],
    [0.1 + 0.2, '0.3'],
    [1e21, '1e+21'],
    ['  普陀区\u00a0', '普陀区'],
    ['\u200b', null],
    [true, 'TRUE'],
    [new Date(Date.UTC(2025, 5, 30, 8, 5)), '2025-06-30 08:05:00'],
    [{ richText: [{ text: '曹杨' }, { text: '职校' }] }, '曹杨职校'],
    [{ text: '官网', hyperlink: 'https://example.cn' }, '官网'],
    [{ formula: 'A1&B1', result: 42 }, '42'],
    [{ error: '#N/A' }, '#N/A'],
    [null, null],
  ])('reads %j as %j', (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});
