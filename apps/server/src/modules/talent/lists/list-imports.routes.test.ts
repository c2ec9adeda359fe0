import { like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../kernel/audit/audit.table.js';
import { fixedClock } from '../../../kernel/time/clock.js';
import { createTestContext, type TestContext } from '../../../testing/test-app.js';
import { fillTemplate, loadWorkbook, multipartFile, sheetWorkbook } from '../../../testing/xlsx-upload.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';
import { makeOrganisation } from '../../../testing/factories.js';
import { type Consortium, consortium } from '../testing/consortium.test-support.js';

type Row = Record<string, string | number | null>;
interface ListCase {
  list: string;
  sheet: string;
  read: string;
  good: Row[];
  bad: Row;
  errors: string[];
  /** What the list shows of the imported rows, in the list's order, and what it should show. */
  shown: (items: Record<string, unknown>[]) => unknown[];
  expected: unknown[];
}

const steps = (entry: Record<string, unknown>) =>
  (entry.history as { action: string; reason: string | null }[]).map((h) => `${h.action}:${h.reason}`);

// docs/sources.md §9 T1: “Excel import/export of every list with templates and row errors.”
describe('importing each list from its template', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  let c: Consortium;
  let base: string;

  beforeAll(async () => {
    ctx = await createTestContext({}, { clock: fixedClock('2026-03-10T02:00:00Z') });
    c = await consortium(ctx);
    base = `/api/bodies/${c.bodyId}/talent`;
    await makeOrganisation(ctx.deps, { name: '连云港测试港口集团有限公司', type: 'enterprise', regionCode: '320703' });
  });
  afterAll(async () => ctx.close());

  const upload = (list: string, content: Buffer, filename = `${list}.xlsx`, contentType?: string) =>
    c.secretariat.request({ method: 'POST', url: `${base}/lists/${list}/import`, ...multipartFile(content, filename, { contentType }) });
  const template = async (list: string) => {
    const response = await c.secretariat.request({ method: 'GET', url: `${base}/lists/${list}/import/template.xlsx` });
    expect(response.statusCode, response.body).toBe(200);
    return response.rawPayload;
  };

  const cases: ListCase[] = [
    {
      list: 'enterprises',
      sheet: '企业清单',
      read: 'enterprises',
      good: [
        { 企业名称: '连云港测试石化有限公司', 加入说明: '提供化工岗位与实习', 准入日期: '2026-03-02' },
        { 企业名称: '苏州测试机械有限公司' },
      ],
      bad: { 企业名称: '没有登记的企业' },
      errors: ['第5行『企业名称』单位名录中没有“没有登记的企业”，请核对名称或先在名录中登记'],
      shown: (items) => items.map((e) => [(e.org as { name: string }).name, e.status, e.listedOn, steps(e)]),
      expected: [
        ['连云港测试石化有限公司', 'listed', '2026-03-02', ['apply:提供化工岗位与实习', 'admit:批量导入']],
        ['苏州测试机械有限公司', 'listed', '2026-03-10', ['apply:批量导入', 'admit:批量导入']],
      ],
    },
    {
      list: 'innovation',
      sheet: '应用技术创新需求清单',
      read: 'items?kind=innovation',
      good: [
        {
          名称: '催化裂化装置能耗优化',
          内容说明: '装置能耗监测与优化控制',
          提供方: '连云港测试石化有限公司',
          企业名称: '连云港测试石化有限公司',
          技术领域: '节能降耗',
          经费预算: '10–50万元',
          截止日期: '2026-09-30',
          联系人: '王工',
          联系电话: '13900002222',
        },
      ],
      bad: {
        名称: '缺少截止日期',
        内容说明: '说明',
        提供方: '某企业',
        技术领域: '节能',
        经费预算: '面议',
        联系人: '王工',
        联系电话: '123',
      },
      errors: ['第4行『截止日期』必填，请填写', '第4行『联系电话』应为 11 位手机号或带区号的固定电话'],
      shown: (items) => items.map((i) => [i.name, i.status, steps(i), (i.org as { name: string } | null)?.name, i.budgetBand]),
      expected: [['催化裂化装置能耗优化', 'draft', ['create:null'], '连云港测试石化有限公司', 'from_10_to_50']],
    },
    {
      list: 'policy',
      sheet: '政策支持清单',
      read: 'items?kind=policy',
      good: [
        { 名称: '技能人才引进补贴', 内容说明: '按年度发放补贴', 提供方: '连云港市人社局', 有效期起: '2026-01-01', 有效期至: '2026-12-31' },
      ],
      bad: { 名称: '有效期颠倒', 内容说明: '说明', 提供方: '某局', 有效期起: '2026-06-01', 有效期至: '2026-01-01' },
      errors: ['第4行『有效期至』2026-01-01 早于有效期起 2026-06-01'],
      shown: (items) => items.map((i) => [i.name, i.status, steps(i), i.validUntil]),
      expected: [['技能人才引进补贴', 'draft', ['create:null'], '2026-12-31']],
    },
    {
      list: 'training',
      sheet: '培训资源清单',
      read: 'items?kind=training',
      good: [
        {
          名称: '化工总控工技能培训',
          内容说明: '四级培训，每期 40 学时',
          提供方: '连云港测试职业技术学院',
          链接: 'https://www.example.cn/a https://www.example.cn/b',
        },
      ],
      bad: { 名称: '链接不对', 内容说明: '说明', 提供方: '某校', 链接: 'ftp://example.cn/x' },
      errors: ['第4行『链接』“ftp://example.cn/x”不是以 http:// 或 https:// 开头的网址'],
      shown: (items) => items.map((i) => [i.name, i.status, steps(i), i.links]),
      expected: [['化工总控工技能培训', 'draft', ['create:null'], ['https://www.example.cn/a', 'https://www.example.cn/b']]],
    },
    {
      list: 'service',
      sheet: '技术服务清单',
      read: 'items?kind=service',
      good: [
        { 名称: '化工过程安全评估', 内容说明: 'HAZOP 分析', 提供方: '连云港测试职业技术学院', 联系人: '李老师', 联系电话: '13900001111' },
      ],
      bad: { 名称: '', 内容说明: '说明', 提供方: '某校' },
      errors: ['第4行『名称』必填，请填写'],
      shown: (items) => items.map((i) => [i.name, i.status, steps(i), i.contactPhone]),
      expected: [['化工过程安全评估', 'draft', ['create:null'], '139****1111']],
    },
    {
      list: 'students',
      sheet: '学生信息清单',
      read: 'students',
      good: [
        { 学校名称: '连云港测试职业技术学院', 专业代码: '460103', 毕业年份: 2027, 学生人数: 80, 有实习就业意向人数: 30 },
        { 学校名称: '连云港测试中等专业学校', 专业代码: '660103', 毕业年份: 2027, 学生人数: 45, 有实习就业意向人数: 20 },
      ],
      bad: { 学校名称: '连云港测试职业技术学院', 专业代码: '460301', 毕业年份: 2027, 学生人数: 10, 有实习就业意向人数: 12 },
      errors: ['第5行『有实习就业意向人数』12 人多于学生人数 10 人'],
      shown: (items) =>
        items.map((s) => [(s.org as { name: string }).name, (s.major as { code: string }).code, s.students, s.status, steps(s)]),
      expected: [
        ['连云港测试职业技术学院', '460103', 80, 'draft', ['create:null']],
        ['连云港测试中等专业学校', '660103', 45, 'draft', ['create:null']],
      ],
    },
  ];

  for (const list of cases) {
    it(`${list.list}: the template parses back, a bad row imports nothing, a good file imports drafts in their first status`, async () => {
      const blank = await template(list.list);
      const workbook = await loadWorkbook(blank);
      expect(workbook.getWorksheet(list.sheet), 'data sheet').toBeDefined();
      expect(workbook.getWorksheet('填写说明'), 'instructions sheet').toBeDefined();
      // the untouched template is read back as a file without data rows, not as a template mismatch
      expect((await upload(list.list, blank)).json().error.code).toBe('IMPORT_EMPTY');

      const before = (await c.secretariat.request({ method: 'GET', url: `${base}/${list.read}` })).json().items;
      const refused = await upload(list.list, await fillTemplate(blank, list.sheet, [...list.good, list.bad]));
      expect(refused.statusCode, refused.body).toBe(422);
      expect(refused.json().errors.map((e: { message: string }) => e.message)).toEqual(list.errors);
      expect((await c.secretariat.request({ method: 'GET', url: `${base}/${list.read}` })).json().items).toEqual(before);

      const imported = await upload(list.list, await fillTemplate(blank, list.sheet, list.good));
      expect(imported.statusCode, imported.body).toBe(200);
      expect(imported.json()).toMatchObject({ imported: list.good.length });
      const items = (await c.secretariat.request({ method: 'GET', url: `${base}/${list.read}` })).json().items;
      expect(list.shown(items)).toEqual(list.expected);
    });
  }

  it('records each import once in the audit log, with its list and count', async () => {
    const entries = await ctx.deps.database.db.select().from(auditLog).where(like(auditLog.action, 'talent.%.import'));
    expect(entries.map((e) => [e.action, e.details.list, e.details.count])).toEqual([
      ['talent.enterprise_list.import', 'enterprises', 2],
      ['talent.item.import', 'innovation', 1],
      ['talent.item.import', 'policy', 1],
      ['talent.item.import', 'training', 1],
      ['talent.item.import', 'service', 1],
      ['talent.student.import', 'students', 2],
    ]);
  });

  it('refuses an enterprise already on the list and a student file with personal data columns', async () => {
    const enterprises = await template('enterprises');
    const again = await upload('enterprises', await fillTemplate(enterprises, '企业清单', [{ 企业名称: '连云港测试石化有限公司' }]));
    expect(again.json().errors.map((e: { message: string }) => e.message)).toEqual([
      '第3行『企业名称』“连云港测试石化有限公司”已在企业清单中或正在申请加入',
    ]);
    const personal = await sheetWorkbook(
      '学生信息清单',
      ['学校名称', '专业代码', '毕业年份', '学生人数', '有实习就业意向人数', '学生姓名', '身份证号'],
      [['连云港测试职业技术学院', '460301', 2028, 50, 10, '张三', '320700200001011234']],
    );
    const refused = await upload('students', personal);
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error).toMatchObject({ code: 'IMPORT_COLUMN_REFUSED' });
    expect(refused.json().error.message).toContain('学生姓名、身份证号');
  });

  it('refuses other roles, a file above the upload limit and a file that is not a workbook', async () => {
    for (const list of cases.map((l) => l.list)) {
      expect((await c.enterprise.request({ method: 'GET', url: `${base}/lists/${list}/import/template.xlsx` })).statusCode).toBe(403);
      const byCollege = await c.college.request({
        method: 'POST',
        url: `${base}/lists/${list}/import`,
        ...multipartFile(await sheetWorkbook('x', ['x'], [['x']]), 'x.xlsx'),
      });
      expect(byCollege.statusCode).toBe(403);
    }
    const huge = await upload('students', Buffer.alloc(ctx.deps.config.uploadMaxBytes + 1024, 1));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    const text = await upload('policy', Buffer.from('名称,内容说明\n补贴,说明\n'), 'policy.csv', 'text/csv');
    expect(text.statusCode, text.body).toBe(415);
    expect(text.json().error.message).toContain('.xlsx');
  });
});
