import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../kernel/audit/audit.service.js';
import { createTestContext, createTestUser, login, type TestContext } from '../../testing/test-app.js';
import { loadWorkbook } from '../../testing/xlsx-upload.js';
import { createOrganization } from './organizations.service.js';

describe('organisation export', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
    const db = ctx.deps.database.db;
    await createOrganization(db, SYSTEM_ACTOR, {
      name: '=HYPERLINK("http://evil.example","点我")',
      type: 'enterprise',
      regionCode: '310107',
    });
    await createOrganization(db, SYSTEM_ACTOR, {
      name: '上海市曹杨职业技术学校',
      type: 'secondary_vocational',
      level: 'secondary',
      regionCode: '310107',
      uscc: '91350100M000100Y43',
    });
    await createOrganization(db, SYSTEM_ACTOR, { name: '苏州示例精密机械有限公司', type: 'enterprise', regionCode: '320507' });
    await createOrganization(db, SYSTEM_ACTOR, { name: '常州示例科技有限公司', type: 'enterprise', regionCode: '310104' });
  });
  afterAll(async () => ctx.close());

  async function exportRows(query = '') {
    const reader = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'expert' }]));
    const response = await reader.request({ method: 'GET', url: `/api/organizations/export.xlsx${query}` });
    expect(response.statusCode, response.body).toBe(200);
    const sheet = (await loadWorkbook(response.rawPayload)).getWorksheet('组织')!;
    return {
      response,
      sheet,
      rows: sheet
        .getSheetValues()
        .slice(2)
        .map((row) => (row as unknown[]).slice(1)),
    };
  }

  it('exports every organisation with Chinese headers and labels', async () => {
    const { response, sheet, rows } = await exportRows();
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toMatch(/filename\*=UTF-8''%E7%BB%84%E7%BB%87%E5%90%8D%E5%BD%95-\d{8}\.xlsx$/);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      '名称',
      '简称',
      '统一社会信用代码',
      '类型',
      '办学层次',
      '所在地区代码',
      '所在地区',
      '地址',
      '法定代表人',
      '网址',
      '简介',
      '更新时间',
    ]);
    const school = rows.find((row) => row[0] === '上海市曹杨职业技术学校')!;
    expect(school.slice(2, 7)).toEqual(['91350100M000100Y43', '中职学校', '中职', '310107', '上海市普陀区']);
    expect(String(school[11])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(rows.find((row) => row[0] === '苏州示例精密机械有限公司')![6]).toBe('江苏省苏州市相城区');
  });

  it('neutralises text that a spreadsheet would run as a formula', async () => {
    const { sheet } = await exportRows();
    const cell = sheet.getColumn(1).values.find((value) => String(value).includes('HYPERLINK'));
    expect(cell).toBe(`'=HYPERLINK("http://evil.example","点我")`);
    const written = sheet.getCell(`A${sheet.getColumn(1).values.indexOf(cell)}`);
    expect(written.type).toBe(ExcelJS.ValueType.String);
  });

  it('lists the organisations in pinyin order of their names, as the list does (not 上 U+4E0A before 常 U+5E38)', async () => {
    const { rows } = await exportRows();
    expect(rows.map((row) => row[0])).toEqual([
      '常州示例科技有限公司',
      `'=HYPERLINK("http://evil.example","点我")`,
      '上海市曹杨职业技术学校',
      '苏州示例精密机械有限公司',
    ]);
  });

  it('applies the list’s filters', async () => {
    const { rows } = await exportRows('?type=enterprise&region=320000');
    expect(rows.map((row) => row[0])).toEqual(['苏州示例精密机械有限公司']);
  });

  it('needs a signed-in user', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/organizations/export.xlsx' })).statusCode).toBe(401);
  });
});
