import { type TAuthorityData, ZAuthorityDataView, ZGeneratedReport } from '@chanjiao/contracts';
import { sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../../kernel/db/database.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';
import { createTestContext, createTestUser, type TestContext } from '../../../testing/test-app.js';
import { asUser, type TestClient } from '../../../testing/test-client.js';
import { insertOrgs, orgValues } from '../../organizations/index.js';

// 普陀区年报 表3 “2020-2022 年普陀区在职员工综合素养与学力提升培训情况表”: 2020 11 家 56 门 4153 94434; 2021 10 家 38 门
// 3787 69973; 2022 15 家 110 门 9567 121462; 合计 204 17507 285869 (参与基地单位 left blank).
const PRINTED: TAuthorityData = {
  training: {
    years: [
      { year: 2022, baseUnits: 15, trainingCourses: 110, trainingPersonTimes: 9567, trainingHours: 121462 },
      { year: 2020, baseUnits: 11, trainingCourses: 56, trainingPersonTimes: 4153, trainingHours: 94434 },
      { year: 2021, baseUnits: 10, trainingCourses: 38, trainingPersonTimes: 3787, trainingHours: 69973 },
    ],
    stated: { baseUnits: null, trainingCourses: 204, trainingPersonTimes: 17507, trainingHours: 285869, source: '普陀区年报 表3' },
  },
};

describe('the district’s own figures (表3 培训情况) through the API', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  let authority: TestClient;
  let otherAuthority: TestClient;
  let collector: TestClient;
  let cycleId: string;
  let url: string;

  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => new Date('2023-03-15T02:00:00Z') });
    const [bureau, otherBureau, school] = await insertOrgs(ctx.deps.database.db, [
      orgValues({ name: '培训测试区教育局', type: 'education_authority', regionCode: '310107' }),
      orgValues({ name: '培训测试另一区教育局', type: 'education_authority', regionCode: '310104' }),
      orgValues({ name: '培训测试职业学校', type: 'secondary_vocational', regionCode: '310107' }),
    ]);
    const as = async (role: 'authority_admin' | 'data_collector', scopeId: string) =>
      asUser(ctx, await createTestUser(ctx.deps, [{ role, scopeId }], { totp: false }));
    authority = await as('authority_admin', bureau!.id);
    otherAuthority = await as('authority_admin', otherBureau!.id);
    collector = await as('data_collector', school!.id);
    const created = await authority.session.request({
      method: 'POST',
      url: '/api/reports/cycles',
      payload: {
        authorityOrgId: bureau!.id,
        reportYear: 2022,
        title: '培训测试区中等职业教育质量年度报告（2022年度）',
        levels: ['school_secondary'],
        reportingUnits: [{ orgId: school!.id, level: 'school_secondary' }],
        deadlines: { submit: '2023-03-10', review: '2023-03-20', approve: '2023-03-31', publish: '2023-04-30' },
        outline: ['1. 基本情况', '6. 服务贡献'],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    cycleId = created.json().id as string;
    url = `/api/reports/cycles/${cycleId}/authority-data`;
  });
  afterAll(async () => ctx.close());

  it('starts empty, takes the three years as printed and computes the 合计, which agrees with the stated one', async () => {
    const empty = await authority.get(url, ZAuthorityDataView);
    expect(empty.data).toEqual({ training: { years: [], stated: null } });
    expect(empty.trainingTotals).toEqual({ baseUnits: null, trainingCourses: null, trainingPersonTimes: null, trainingHours: null });

    const saved = await authority.put(url, ZAuthorityDataView, { data: PRINTED, version: empty.version });
    expect(saved.data.training.years.map((y) => y.year)).toEqual([2020, 2021, 2022]);
    expect(saved.trainingTotals).toEqual({ baseUnits: null, trainingCourses: 204, trainingPersonTimes: 17507, trainingHours: 285869 });
    expect(saved.differences).toEqual([]);
    const audit = rowsOf<{ action: string }>(
      await ctx.deps.database.db.execute(sql`select action from audit_log where entity_id = ${cycleId} order by id`),
    ).map((r) => r.action);
    expect(audit.at(-1)).toBe('reports.cycle.authority_data');
  });

  it('puts 表3 with its 合计 into the district report’s 服务贡献 chapter, in HTML, DOCX and PDF', async () => {
    const report = await authority.get(`${url.replace('/authority-data', '/generated')}?basis=all`, ZGeneratedReport);
    const service = report.chapters.find((c) => c.heading === '6. 服务贡献')!;
    // 普陀区年报's 表3 is this report's second table, after the school's 办学情况表: tables are numbered as they are read.
    expect(service.blocks).toEqual([
      {
        kind: 'table',
        caption: '表2 2020-2022年在职员工综合素养与学力提升培训情况表',
        header: ['年度', '参与基地单位（家）', '开设培训课程（门）', '培训人次', '培训总课时'],
        labelColumns: 1,
        rows: [
          ['2020', '11', '56', '4,153', '94,434'],
          ['2021', '10', '38', '3,787', '69,973'],
          ['2022', '15', '110', '9,567', '121,462'],
        ],
        totals: ['合计', '', '204', '17,507', '285,869'],
      },
    ]);
    const docx = await authority.session.request({ method: 'GET', url: `/api/reports/cycles/${cycleId}/generated.docx?basis=all` });
    const text = (await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('表2 2020-2022年在职员工综合素养与学力提升培训情况表');
    expect(text).toContain('合计20417,507285,869');
    const pdf = await authority.session.request({ method: 'GET', url: `/api/reports/cycles/${cycleId}/generated.pdf?basis=all` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('records a stated 合计 that differs and flags it beside the computed one, in the report too', async () => {
    const current = await authority.get(url, ZAuthorityDataView);
    const misprinted = { ...PRINTED.training, stated: { ...PRINTED.training.stated!, trainingCourses: 214 } };
    const saved = await authority.put(url, ZAuthorityDataView, { data: { training: misprinted }, version: current.version });
    expect(saved.data.training.stated!.trainingCourses).toBe(214);
    expect(saved.differences).toEqual([
      { table: '表3 2020-2022年在职员工综合素养与学力提升培训情况表', column: '开设培训课程（门）', stated: 214, computed: 204, source: '普陀区年报 表3' },
    ]);
    const report = await authority.get(`/api/reports/cycles/${cycleId}/generated?basis=all`, ZGeneratedReport);
    expect(report.differences.map((d) => [d.column, d.stated, d.computed])).toEqual([['开设培训课程（门）', 214, 204]]);
  });

  it('refuses counts that are not whole numbers of 0 or more, a year twice and a year after the report’s, naming the field', async () => {
    const { version } = await authority.get(url, ZAuthorityDataView);
    const withYear = (change: object, index = 0) => ({
      data: { training: { ...PRINTED.training, years: PRINTED.training.years.map((y, i) => (i === index ? { ...y, ...change } : y)) } },
      version,
    });
    const fraction = await authority.refused('PUT', url, 'VALIDATION_FAILED', withYear({ trainingCourses: 110.5 }));
    expect(fraction.error.fields!.map((f) => [f.path, f.message])).toEqual([
      ['data.training.years.0.trainingCourses', '『开设培训课程（门）』应为不小于 0 的整数'],
    ]);
    const negative = await authority.refused('PUT', url, 'VALIDATION_FAILED', withYear({ trainingPersonTimes: -9567 }));
    expect(negative.error.fields!.map((f) => f.path)).toEqual(['data.training.years.0.trainingPersonTimes']);
    const twice = await authority.refused('PUT', url, 'VALIDATION_FAILED', withYear({ year: 2020 }, 2));
    expect(twice.error.fields!.map((f) => f.message)).toEqual(['『年份』该年度已填过一行，请合并为一行']);
    const late = await authority.refused('PUT', url, 'REPORT_TRAINING_YEAR_LATE', withYear({ year: 2023 }));
    expect(late.status).toBe(400);
    expect(late.error.message).toBe('培训情况表中的2023年晚于报告年度2022年，请填写2022年及以前各年');
    expect(late.error.fields!.map((f) => f.path)).toEqual(['data.training.years.0.year']);
    // Someone else saved meanwhile: the version this page read is no longer the cycle's.
    const stale = await authority.refused('PUT', url, 'VERSION_CONFLICT', { data: PRINTED, version: version + 1 });
    expect(stale.status).toBe(409);
  });

  it('is the running authority’s alone: another authority and the schools are refused', async () => {
    const { version } = await authority.get(url, ZAuthorityDataView);
    for (const client of [otherAuthority, collector]) {
      expect((await client.refused('GET', url, 'FORBIDDEN')).status).toBe(403);
      expect((await client.refused('PUT', url, 'FORBIDDEN', { data: PRINTED, version })).status).toBe(403);
    }
  });
});
