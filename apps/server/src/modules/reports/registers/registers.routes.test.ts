import { sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../../kernel/db/database.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { fillTemplate, loadWorkbook, multipartFile } from '../../../testing/xlsx-upload.js';
import { insertOrgs, orgValues } from '../../organizations/index.js';

// 上海年报 表3 “上海中职学校高水平开放实训中心立项名单” entered by 上海市教委 into its 2024 city cycle's register.
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('the registers of a city cycle through the API', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  let commission: Session;
  let otherAuthority: Session;
  let collector: Session;
  let cycleId: string;
  let otherCycleId: string;
  let schoolId: string;
  let entryId: string;
  let otherEntryId: string;
  const base = () => `/api/reports/cycles/${cycleId}/registers`;

  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => new Date('2025-01-10T02:00:00Z') });
    const [city, district, other, school] = await insertOrgs(ctx.deps.database.db, [
      orgValues({ name: '测试市教育委员会', type: 'education_authority', regionCode: '310000' }),
      orgValues({ name: '测试区教育局', type: 'education_authority', regionCode: '310107' }),
      orgValues({ name: '另一区教育局', type: 'education_authority', regionCode: '310104' }),
      orgValues({ name: '上海曹杨职业技术学校', type: 'secondary_vocational', regionCode: '310107' }),
    ]);
    schoolId = school!.id;
    commission = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'authority_admin', scopeId: city!.id }], { totp: false }));
    otherAuthority = await login(
      ctx.app,
      await createTestUser(ctx.deps, [{ role: 'authority_admin', scopeId: other!.id }], { totp: false }),
    );
    collector = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'data_collector', scopeId: schoolId }], { totp: false }));
    const cycle = (authorityOrgId: string, session: Session) =>
      session.request({
        method: 'POST',
        url: '/api/reports/cycles',
        payload: {
          authorityOrgId,
          reportYear: 2024,
          title: '测试职业教育质量报告（2024年度）',
          levels: ['district'],
          reportingUnits: [{ orgId: district!.id, level: 'district' }],
          deadlines: { submit: '2025-01-15', review: '2025-01-25', approve: '2025-02-10', publish: '2025-03-31' },
          outline: ['中等职业教育篇 1 人才培养', '中等职业教育篇 5 产教融合'],
        },
      });
    cycleId = (await cycle(city!.id, commission)).json().id;
    otherCycleId = (await cycle(other!.id, otherAuthority)).json().id;
  });
  afterAll(async () => ctx.close());

  const entry = {
    kind: 'centre',
    level: 'city',
    year: 2024,
    schoolLevel: 'secondary',
    name: '现代餐饮烹饪开放实训中心',
    holderSchool: '上海曹杨职业技术学校',
    sourceTable: '上海年报2024 表3',
  };

  it('adds an entry, linking the school by its name, and audits it', async () => {
    const created = await commission.request({ method: 'POST', url: `${base()}/entries`, payload: entry });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().holder).toEqual({ orgId: schoolId, name: '上海曹杨职业技术学校' });
    entryId = created.json().id;
    const audit = rowsOf<{ n: number }>(
      await ctx.deps.database.db.execute(
        sql`select count(*)::int as n from audit_log where action = 'reports.register.create' and entity_id = ${entryId}`,
      ),
    );
    expect(audit[0]!.n).toBe(1);
    const other = await otherAuthority.request({
      method: 'POST',
      url: `/api/reports/cycles/${otherCycleId}/registers/entries`,
      payload: entry,
    });
    otherEntryId = other.json().id;
  });

  it('refuses a kind outside the list and a year out of range, naming the field in Chinese', async () => {
    const bad = await commission.request({ method: 'POST', url: `${base()}/entries`, payload: { ...entry, kind: 'medal', year: 1890 } });
    expect(bad.statusCode).toBe(400);
    const text = JSON.stringify(bad.json());
    expect(text).toContain('kind');
    expect(text).toContain('year');
  });

  it('refuses a school’s collector, and another authority on this cycle or through its own cycle with this id', async () => {
    expect((await collector.request({ method: 'GET', url: `${base()}/entries` })).statusCode).toBe(403);
    expect((await otherAuthority.request({ method: 'GET', url: `${base()}/entries` })).statusCode).toBe(403);
    expect((await otherAuthority.request({ method: 'POST', url: `${base()}/entries`, payload: entry })).statusCode).toBe(403);
    expect((await otherAuthority.request({ method: 'DELETE', url: `${base()}/entries/${entryId}` })).statusCode).toBe(403);
    // Its own cycle in the path, this cycle's entry id: not found there, and nothing changes.
    const through = await otherAuthority.request({
      method: 'PUT',
      url: `/api/reports/cycles/${otherCycleId}/registers/entries/${entryId}`,
      payload: { ...entry, name: '改掉', version: 1 },
    });
    expect(through.statusCode).toBe(404);
    const mine = await commission.request({ method: 'PUT', url: `${base()}/entries/${otherEntryId}`, payload: { ...entry, version: 1 } });
    expect(mine.statusCode).toBe(404);
    const list = (await commission.request({ method: 'GET', url: `${base()}/entries` })).json();
    expect(list.items.map((i: { name: string }) => i.name)).toEqual(['现代餐饮烹饪开放实训中心']);
  });

  it('imports nothing from a file with a bad row, lists the row errors, then imports the corrected file', async () => {
    const template = await commission.request({ method: 'GET', url: `${base()}/entries/template.xlsx` });
    expect(template.statusCode).toBe(200);
    const rows = (kindOfSecond: string): Record<string, string | number>[] => [
      {
        类别: '中心',
        级别: '市级',
        年份: 2024,
        学段: '中职',
        名称: '船舶智能制造开放实训中心',
        学校: '江南造船集团职业技术学校',
        来源表格: '上海年报2024 表3',
      },
      {
        类别: kindOfSecond,
        级别: '市级',
        年份: 2024,
        学段: '中职',
        名称: '信息技术开放实训中心',
        学校: '上海信息技术学校',
        其他列: '星级五星',
        来源表格: '上海年报2024 表3',
      },
    ];
    const bad = await fillTemplate(template.rawPayload, '项目与荣誉', rows('奖牌'));
    const upload = multipartFile(bad, '表3.xlsx');
    const refused = await commission.request({
      method: 'POST',
      url: `${base()}/entries/import`,
      payload: upload.payload,
      headers: upload.headers,
    });
    expect(refused.statusCode, refused.body).toBe(422);
    const messages = refused.json().errors.map((e: { message: string }) => e.message);
    expect(messages).toEqual([
      expect.stringMatching(/^第4行『类别』“奖牌”不是可选项/),
      expect.stringMatching(/^第4行『其他列』请写成“列名：内容”/),
    ]);
    expect((await commission.request({ method: 'GET', url: `${base()}/entries` })).json().items).toHaveLength(1);

    const fixed = await fillTemplate(template.rawPayload, '项目与荣誉', [rows('中心')[0]!, { ...rows('中心')[1]!, 其他列: '星级：五星' }]);
    const again = multipartFile(fixed, '表3.xlsx');
    const imported = await commission.request({
      method: 'POST',
      url: `${base()}/entries/import`,
      payload: again.payload,
      headers: again.headers,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json().imported).toBe(2);
    const list = (await commission.request({ method: 'GET', url: `${base()}/entries?sourceTable=上海年报2024 表3&keyword=信息` })).json();
    expect(list.items.map((i: { name: string; extra: object }) => [i.name, i.extra])).toEqual([['信息技术开放实训中心', { 星级: '五星' }]]);
  });

  it('exports the entries in the template’s columns', async () => {
    const exported = await commission.request({ method: 'GET', url: `${base()}/entries/export.xlsx` });
    expect(exported.statusCode).toBe(200);
    const sheet = (await loadWorkbook(exported.rawPayload)).worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('类别');
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(4).getCell(10).value).toBe('星级：五星');
  });

  it('lists the register table in the generated city report, under its chapter, with the table directory in the DOCX', async () => {
    const blocks = await commission.request({
      method: 'PUT',
      url: `${base()}/blocks`,
      payload: {
        blocks: [
          { chapter: '人才培养', caption: '表3 上海中职学校高水平开放实训中心立项名单', filter: { sourceTable: '上海年报2024 表3' } },
        ],
      },
    });
    expect(blocks.statusCode, blocks.body).toBe(200);
    const report = (await commission.request({ method: 'GET', url: `/api/reports/cycles/${cycleId}/generated?basis=all` })).json();
    // The district's draft comes first, in the districts' table: the register's “表3” is this report's 表2.
    const captions = report.chapters[0].blocks.map((b: { caption?: string }) => b.caption);
    expect(captions).toEqual(['表1 2024年各区职业教育基本情况表', '表2 上海中职学校高水平开放实训中心立项名单']);
    const table = report.chapters[0].blocks[1];
    expect(table.header).toEqual(['序号', '名称', '学校', '星级']);
    expect(table.rows.map((r: string[]) => r.slice(0, 2))).toEqual([
      ['1', '现代餐饮烹饪开放实训中心'],
      ['2', '船舶智能制造开放实训中心'],
      ['3', '信息技术开放实训中心'],
    ]);
    const docx = await commission.request({ method: 'GET', url: `/api/reports/cycles/${cycleId}/generated.docx?basis=all` });
    expect(docx.statusCode).toBe(200);
    const word = (await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    // The district's draft adds the districts' table to the preview: two tables, so the report opens with their directory,
    // numbered as the tables are.
    expect(word).toContain('表目录表1 2024年各区职业教育基本情况表表2 上海中职学校高水平开放实训中心立项名单');
    expect(word.indexOf('表目录')).toBeLessThan(word.indexOf('船舶智能制造开放实训中心'));
    expect(word).toContain('信息技术开放实训中心');
    expect((await otherAuthority.request({ method: 'PUT', url: `${base()}/blocks`, payload: { blocks: [] } })).statusCode).toBe(403);
  });

  it('answers each register table with the entries it lists now, and refuses a save made from an older revision', async () => {
    const read = (await commission.request({ method: 'GET', url: `${base()}/blocks` })).json();
    expect(read.mayManage).toBe(true);
    expect(read.blocks.map((b: { caption: string; entryCount: number }) => [b.caption, b.entryCount])).toEqual([
      ['表3 上海中职学校高水平开放实训中心立项名单', 3],
    ]);
    const added = { chapter: '人才培养', caption: '表9 市级项目', filter: { level: 'city' } };
    const first = await commission.request({
      method: 'PUT',
      url: `${base()}/blocks`,
      payload: { blocks: [...read.blocks, added], revision: read.revision },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().revision).not.toBe(read.revision);
    // A second editor still holding the first revision would drop 表9: refused, nothing changes.
    const stale = await commission.request({ method: 'PUT', url: `${base()}/blocks`, payload: { blocks: [], revision: read.revision } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect((await commission.request({ method: 'GET', url: `${base()}/blocks` })).json().blocks).toHaveLength(2);
  });

  it('keeps a case with its image; another user’s upload or a non-image is refused', async () => {
    const notImage = multipartFile(Buffer.from('<svg onload="alert(1)"/>'), 'x.png', { contentType: 'image/png' });
    const refused = await commission.request({
      method: 'POST',
      url: `${base()}/cases/images`,
      payload: notImage.payload,
      headers: notImage.headers,
    });
    expect(refused.statusCode).toBe(415);
    const png = multipartFile(PNG, '实训.png', { contentType: 'image/png' });
    const image = (
      await commission.request({ method: 'POST', url: `${base()}/cases/images`, payload: png.payload, headers: png.headers })
    ).json();
    const theirs = (
      await otherAuthority.request({
        method: 'POST',
        url: `/api/reports/cycles/${otherCycleId}/registers/cases/images`,
        payload: png.payload,
        headers: png.headers,
      })
    ).json();
    const payload = {
      title: '服务城市发展，打造优质中职学校',
      schools: ['上海曹杨职业技术学校'],
      chapter: '中等职业教育篇 1 人才培养',
      text: '十八所学校通过验收。',
    };
    const stolen = await commission.request({ method: 'POST', url: `${base()}/cases`, payload: { ...payload, imageIds: [theirs.id] } });
    expect(stolen.statusCode).toBe(400);
    const created = await commission.request({ method: 'POST', url: `${base()}/cases`, payload: { ...payload, imageIds: [image.id] } });
    expect(created.statusCode, created.body).toBe(201);
    const kept = created.json();
    expect(kept.schools).toEqual([{ orgId: schoolId, name: '上海曹杨职业技术学校' }]);
    expect(kept.images.map((i: { filename: string }) => i.filename)).toEqual(['实训.png']);
    const shown = await commission.request({ method: 'GET', url: `${base()}/cases/${kept.id}/images/${image.id}` });
    expect([shown.statusCode, shown.headers['content-type']]).toEqual([200, 'image/png']);
    const elsewhere = await otherAuthority.request({
      method: 'GET',
      url: `/api/reports/cycles/${otherCycleId}/registers/cases/${kept.id}/images/${image.id}`,
    });
    expect(elsewhere.statusCode).toBe(404);
  });
});
