import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../kernel/audit/audit.table.js';
import { verifyAuditChain } from '../../kernel/audit/audit.verify.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../testing/test-app.js';
import { fillTemplate, loadWorkbook, multipartFile, sheetWorkbook } from '../../testing/xlsx-upload.js';
import { buildZip, deflatedEntry, deflatedZeros, withHiddenEntry } from '../../testing/zip-builder.js';
import { organizations } from './organizations.table.js';
import { STEPS_IN_ORDER } from '../../testing/steps-in-order.js';

const MAX_ROWS = 20;

/** Temporary files this process created (named tmp-<pid>-… by the `tmp` package) and descriptors open on any. */
function leftovers(): { files: string[]; descriptors: string[] } {
  const tmp = os.tmpdir();
  const files = fs.readdirSync(tmp).filter((name) => name.startsWith(`tmp-${process.pid}-`));
  const descriptors = fs
    .readdirSync('/proc/self/fd')
    .map((fd) => {
      try {
        return fs.readlinkSync(path.join('/proc/self/fd', fd));
      } catch {
        return '';
      }
    })
    .filter((target) => target.startsWith(`${tmp}/`));
  return { files, descriptors };
}

describe('organisation import (docs/sources.md 5.4: templates, row-level reports, all-or-nothing)', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  let admin: Session;
  let template: Buffer;

  const orgCount = async () => Number((await ctx.deps.database.db.select({ n: count() }).from(organizations))[0]!.n);
  const upload = (session: Session, content: Buffer, filename = '组织.xlsx') =>
    session.request({ method: 'POST', url: '/api/organizations/import', ...multipartFile(content, filename) });

  beforeAll(async () => {
    ctx = await createTestContext({ importMaxRows: MAX_ROWS });
    admin = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'platform_admin' }]));
    const response = await admin.request({ method: 'GET', url: '/api/organizations/import/template.xlsx' });
    expect(response.statusCode, response.body).toBe(200);
    template = response.rawPayload;
  });
  afterAll(async () => ctx.close());
  beforeEach(async () => {
    await ctx.deps.database.db.delete(organizations);
  });

  it('offers a template with instructions, drop-downs and an example row that is skipped', async () => {
    const workbook = await loadWorkbook(template);
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['组织', 'visible'],
      ['填写说明', 'visible'],
      ['选项', 'hidden'],
    ]);
    const sheet = workbook.getWorksheet('组织')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual([
      '名称*',
      '简称',
      '统一社会信用代码',
      '类型*',
      '办学层次',
      '所在地区代码',
      '所在地区',
      '地址',
      '法定代表人',
      '网址',
      '简介',
    ]);
    expect(sheet.getCell('D2').value).toBe('中职学校');
    expect(sheet.getCell('A2').font?.italic).toBe(true);
    expect(sheet.getCell('D5').dataValidation).toMatchObject({ type: 'list', formulae: ["'选项'!$A$2:$A$13"] });
    const explained = workbook.getWorksheet('填写说明')!.getColumn(1).values.map(String).join('\n');
    expect(explained).toContain(`一次最多导入 ${MAX_ROWS} 行`);

    const untouched = await upload(admin, template);
    expect(untouched.statusCode).toBe(400);
    expect(untouched.json().error.code).toBe('IMPORT_EMPTY');
  });

  it('imports the rows of a filled-in template in one go, with one audit entry', async () => {
    const filled = await fillTemplate(template, '组织', [
      {
        名称: '上海市曹杨职业技术学校',
        统一社会信用代码: '91350100M000100Y43',
        类型: '中职学校',
        办学层次: '中职',
        所在地区代码: '310107',
      },
      { 名称: '苏州示例精密机械有限公司', 简称: '示例精机', 类型: 'Enterprise', 所在地区: '江苏省 苏州市 相城区', 法定代表人: '李四' },
      {
        名称: '连云港示例职业技术学院',
        类型: '高职院校',
        办学层次: '高职专科',
        所在地区代码: 320703,
        所在地区: '连云区',
        网址: 'https://example.edu.cn',
      },
    ]);
    const response = await upload(admin, filled, '组织名单.xlsx');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ imported: 3, filename: '组织名单.xlsx' });

    const rows = await ctx.deps.database.db.select().from(organizations).orderBy(organizations.name);
    expect(rows.map((row) => [row.name, row.type, row.level, row.regionCode, row.cityCode])).toEqual([
      ['上海市曹杨职业技术学校', 'secondary_vocational', 'secondary', '310107', '310100'],
      ['苏州示例精密机械有限公司', 'enterprise', null, '320507', '320500'],
      ['连云港示例职业技术学院', 'higher_vocational', 'higher_associate', '320703', '320700'],
    ]);
    const audits = await ctx.deps.database.db.select().from(auditLog).where(eq(auditLog.action, 'org.import'));
    expect(audits.map((entry) => entry.details)).toEqual([{ count: 3, filename: '组织名单.xlsx' }]);
    expect((await verifyAuditChain(ctx.deps.database.db)).ok).toBe(true);
  });

  it('writes nothing when one row is wrong and gives its owner, and only its owner, a report', async () => {
    const filled = await fillTemplate(template, '组织', [
      { 名称: '甲企业', 类型: '企业', 所在地区代码: '310107' },
      { 名称: '乙企业', 统一社会信用代码: '91350100M000100Y44', 类型: '企业', 所在地区代码: '310107' },
      { 名称: '丙企业', 类型: '公司', 所在地区: '普陀区' },
      { 名称: '丁企业', 类型: '企业', 所在地区: '火星' },
    ]);
    const response = await upload(admin, filled);
    expect(response.statusCode, response.body).toBe(422);
    const body = response.json();
    expect(body.error).toMatchObject({ code: 'IMPORT_ROWS_INVALID', params: { errorRows: 3 } });
    expect(body.error.message).toBe('共 3 行有错误，未导入任何数据。请下载错误报告，修改后重新上传');
    expect(body.errors).toEqual([
      { row: 4, field: 'uscc', column: '统一社会信用代码', message: '第4行『统一社会信用代码』校验位不正确，请核对营业执照上的代码' },
      {
        row: 5,
        field: 'type',
        column: '类型',
        message: expect.stringMatching(/^第5行『类型』“公司”不是可选项，请从下拉列表中选择：中职学校、/),
      },
      { row: 6, field: 'regionName', column: '所在地区', message: expect.stringMatching(/^第6行『所在地区』“火星”不在行政区划表中/) },
    ]);
    expect(await orgCount()).toBe(0);

    const { payload, headers } = multipartFile(filled, '组织.xlsx');
    const english = await admin.request({
      method: 'POST',
      url: '/api/organizations/import',
      payload,
      headers: { ...headers, 'accept-language': 'en-US' },
    });
    expect(english.json().error.message).toBe(
      '3 rows have errors, so nothing was imported. Download the error report, fix it and upload again',
    );
    expect(english.json().errors[0]).toEqual({
      row: 4,
      field: 'uscc',
      column: 'Unified social credit code',
      message: 'Row 4, “Unified social credit code”: the check character is wrong; compare with the licence',
    });

    const report = await admin.request({ method: 'GET', url: `/api/files/${body.reportId}` });
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('组织-错误报告.xlsx')}`);
    const sheet = (await loadWorkbook(report.rawPayload)).getWorksheet('组织')!;
    expect(sheet.getCell('L1').value).toBe('错误说明');
    expect(sheet.getCell('A2').value).toBe('甲企业');
    expect(sheet.getCell('L2').value).toBeNull();
    expect(sheet.getCell('L3').value).toBe('第4行『统一社会信用代码』校验位不正确，请核对营业执照上的代码');
    expect(sheet.getCell('M3').value).toBe(4);
    const fillOf = (address: string) => (sheet.getCell(address).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
    expect(fillOf('C3')).toBe('FFFFC7CE');
    expect(fillOf('C2')).toBeUndefined();

    const other = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'platform_admin' }]));
    const stranger = await other.request({ method: 'GET', url: `/api/files/${body.reportId}` });
    expect(stranger.statusCode).toBe(404);
    const anonymous = await ctx.app.inject({ method: 'GET', url: `/api/files/${body.reportId}` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('accepts the corrected error report itself', async () => {
    const filled = await fillTemplate(template, '组织', [
      { 名称: '丁企业', 类型: '企业', 所在地区代码: '310107' },
      { 名称: '戊企业', 类型: '企业', 所在地区代码: '999999' },
    ]);
    const refused = await upload(admin, filled);
    expect(refused.json().errors[0].message).toBe('第4行『所在地区代码』代码 999999 不在行政区划表中，请核对');
    const report = await admin.request({ method: 'GET', url: `/api/files/${refused.json().reportId}` });
    const workbook = await loadWorkbook(report.rawPayload);
    workbook.getWorksheet('组织')!.getCell('F3').value = '310115';
    const corrected = await upload(admin, Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json().imported).toBe(2);
  });

  it('refuses a code that appears twice in the file or is already registered', async () => {
    await admin.request({
      method: 'POST',
      url: '/api/organizations',
      payload: { name: '已登记企业', type: 'enterprise', regionCode: '310107', uscc: '91350100M000100Y43' },
    });
    const filled = await fillTemplate(template, '组织', [
      { 名称: '甲', 统一社会信用代码: '91350100M000100Y43', 类型: '企业', 所在地区代码: '310107' },
      { 名称: '乙', 统一社会信用代码: '91310000MA1FL0001R', 类型: '企业', 所在地区代码: '310107' },
      { 名称: '丙', 统一社会信用代码: '91310000ma1fl0001r', 类型: '企业', 所在地区代码: '310107' },
    ]);
    const response = await upload(admin, filled);
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json().errors.map((e: { row: number; message: string }) => e.message)).toEqual([
      '第3行『统一社会信用代码』“91350100M000100Y43”已登记为“已登记企业”，同一代码只能登记一个组织；如是同一单位请删除此行',
      '第4行『统一社会信用代码』“91310000MA1FL0001R”在文件中重复出现（另见第5行），同一代码只能登记一个组织',
      '第5行『统一社会信用代码』“91310000MA1FL0001R”在文件中重复出现（另见第4行），同一代码只能登记一个组织',
    ]);
    expect(await orgCount()).toBe(1);
  });

  it('matches columns by header text in either language and in any order', async () => {
    const content = await sheetWorkbook(
      'Sheet1',
      ['Region code', 'Type', 'Remarks', 'NAME'],
      [['310107', 'Research institute', '不导入的备注', '上海示例研究院']],
    );
    const response = await upload(admin, content);
    expect(response.statusCode, response.body).toBe(200);
    const [row] = await ctx.deps.database.db.select().from(organizations);
    expect(row).toMatchObject({ name: '上海示例研究院', type: 'research_institute', regionCode: '310107' });
  });

  it('names the missing columns when the header does not match the template', async () => {
    const content = await sheetWorkbook('组织', ['名称', '地址'], [['某单位', '某地']]);
    const response = await upload(admin, content);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'IMPORT_TEMPLATE_MISMATCH',
      message: '表头与模板不一致：缺少列 『类型』、『所在地区代码』或『所在地区』。请下载最新模板填写',
    });
  });

  it(`refuses more than ${MAX_ROWS} rows before validating any`, async () => {
    const rows = Array.from({ length: MAX_ROWS + 1 }, (_, i) => [`企业${i}`, '企业', '310107']);
    const response = await upload(admin, await sheetWorkbook('组织', ['名称', '类型', '所在地区代码'], rows));
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'IMPORT_TOO_MANY_ROWS', params: { limit: MAX_ROWS } });
    expect(await orgCount()).toBe(0);
  });

  it('refuses files that are not workbooks, whatever their name says', async () => {
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    const text = Buffer.from('名称,类型\n某企业,企业\n');
    for (const [content, name] of [
      [pdf, '组织.xlsx'],
      [text, '组织.xlsx'],
      [text, '组织.txt'],
    ] as const) {
      const response = await upload(admin, content, name);
      expect(response.statusCode, response.body).toBe(415);
      expect(response.json().error.message).toBe('文件类型不符：请上传 Excel .xlsx 文件（由模板另存，不要改扩展名）');
    }
  });

  it('refuses a zip bomb named .xlsx before parsing it', async () => {
    const expands = 150 * 1024 * 1024;
    const bomb = buildZip([
      deflatedEntry('[Content_Types].xml', '<Types/>'),
      deflatedEntry('xl/workbook.xml', '<workbook/>'),
      { name: 'xl/worksheets/sheet1.xml', data: await deflatedZeros(expands), uncompressedSize: expands },
    ]);
    const response = await upload(admin, bomb);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'FILE_EXPANSION_REJECTED',
      params: { reason: expect.stringMatching(/^压缩比约 \d+:1，超过 100:1$/) },
    });
  });

  it('reads only what the central directory lists: a large worksheet hidden among the local headers is never expanded', async () => {
    const listed = await sheetWorkbook('组织', ['名称', '类型', '所在地区代码'], [['上海示例物流有限公司', '企业', '310107']]);
    const hidden = withHiddenEntry(listed, {
      name: 'xl/worksheets/sheet1.xml',
      data: await deflatedZeros(64 * 1024 * 1024),
      uncompressedSize: 0,
    });
    expect(hidden.length).toBeLessThan(1024 * 1024);
    const before = leftovers();
    const response = await upload(admin, hidden);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ imported: 1 });
    expect(leftovers()).toEqual(before);
  });

  it('leaves no temporary file or open descriptor behind, whether an import fails or succeeds', async () => {
    const header = ['名称', '类型', '所在地区代码'];
    const good = await sheetWorkbook('组织', header, [['苏州示例机械有限公司', '企业', '320500']]);
    const tooMany = await sheetWorkbook(
      '组织',
      header,
      Array.from({ length: MAX_ROWS + 1 }, (_, i) => [`企业${i}`, '企业', '310107']),
    );
    const liar = buildZip([
      deflatedEntry('[Content_Types].xml', '<Types/>'),
      deflatedEntry('xl/workbook.xml', '<workbook/>'),
      deflatedEntry('xl/_rels/workbook.xml.rels', '<Relationships/>'),
      { name: 'xl/worksheets/sheet1.xml', data: await deflatedZeros(8 * 1024 * 1024), uncompressedSize: 2000 },
    ]);
    const before = leftovers();
    const codes: string[] = [];
    for (const content of [tooMany, liar, good.subarray(0, good.length - 200), await sheetWorkbook('组织', ['无关'], [['x']]), good]) {
      const response = await upload(admin, content);
      codes.push(response.statusCode === 200 ? 'imported' : response.json().error.code);
    }
    expect(codes).toEqual([
      'IMPORT_TOO_MANY_ROWS',
      'FILE_EXPANSION_REJECTED',
      'FILE_EXPANSION_REJECTED',
      'IMPORT_TEMPLATE_MISMATCH',
      'imported',
    ]);
    expect(leftovers()).toEqual(before);
  });

  it('refuses a file above the upload limit', async () => {
    const response = await upload(admin, Buffer.alloc(ctx.deps.config.uploadMaxBytes + 1024, 1));
    expect(response.statusCode, response.body).toBe(413);
    expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('lets only holders of org.import download the template or import', async () => {
    const expert = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'expert' }]));
    expect((await expert.request({ method: 'GET', url: '/api/organizations/import/template.xlsx' })).statusCode).toBe(403);
    expect((await upload(expert, template)).statusCode).toBe(403);
  });
});
