import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import { insertOrgs, orgValues } from '../modules/organizations/index.js';
import { createCycle } from '../modules/reports/index.js';
import { STEPS_IN_ORDER } from '../testing/steps-in-order.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../testing/test-app.js';
import { SHANGHAI_EDUCATION_COMMISSION } from './dataset/authorities.js';
import type { DemoCase, DemoRegisterTable } from './dataset/register-types.js';
import { loadRegistersOfReport, SHANGHAI_2024_CITY_CYCLE, shanghai2024ChapterOf } from './reports-registers-demo.js';

// 上海年报 2024 表3 (two of its 18 rows) and 表19 (one of 14), and its 案例1, as the dataset writes them.
const TABLES: DemoRegisterTable[] = [
  {
    table: 19,
    title: '上海市市域产教联合体立项建设名单',
    kind: 'project',
    level: 'city',
    year: 2024,
    schoolLevel: 'higher',
    columns: ['联合体名称', '申报园区', '牵头学校', '牵头企业'],
    rows: [
      {
        name: '上海闵行经济技术开发区产教联合体',
        holder: '上海电子信息职业技术学院',
        extra: { 申报园区: '上海闵行经济技术开发区', 牵头企业: '上海三菱电梯有限公司' },
      },
    ],
  },
  {
    table: 3,
    title: '上海中职学校高水平开放实训中心立项名单',
    kind: 'centre',
    level: 'city',
    year: 2024,
    schoolLevel: 'secondary',
    columns: ['实训中心名称', '学校名称'],
    rows: [
      { name: '船舶智能制造开放实训中心', holder: '江南造船集团职业技术学校' },
      { name: '信息技术开放实训中心', holder: '上海信息技术学校' },
    ],
  },
];
const CASES: DemoCase[] = [
  {
    number: 1,
    title: '服务城市发展，打造优质中职学校',
    chapter: '中等职业教育篇 1 人才培养',
    schools: ['上海信息技术学校'],
    summary: '18 所培育学校通过验收，成为上海市优质中职学校。',
  },
];

describe('the demo registers of the 2024 上海 city cycle', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  let commission: Session;
  let cycleId: string;
  let schoolId: string;

  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => new Date('2026-12-07T02:00:00Z') });
    const [city, district, school] = await insertOrgs(ctx.deps.database.db, [
      orgValues({ name: SHANGHAI_EDUCATION_COMMISSION, type: 'education_authority', regionCode: '310000' }),
      orgValues({ name: '普陀区教育局', type: 'education_authority', regionCode: '310107' }),
      orgValues({ name: '上海信息技术学校', type: 'secondary_vocational', regionCode: '310107' }),
    ]);
    schoolId = school!.id;
    const cycle = await createCycle(ctx.deps.database.db, SYSTEM_ACTOR, {
      authorityOrgId: city!.id,
      ...SHANGHAI_2024_CITY_CYCLE,
      levels: ['district'],
      reportingUnits: [{ orgId: district!.id, level: 'district' }],
    });
    cycleId = cycle.id;
    commission = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'authority_admin', scopeId: city!.id }], { totp: false }));
  });
  afterAll(async () => ctx.close());

  const load = () =>
    loadRegistersOfReport(ctx.deps, cycleId, { label: '上海年报2024', tables: TABLES, cases: CASES, chapterOf: shanghai2024ChapterOf });

  it('loads each table marked with its source table, the case, and the report’s tables in the report’s numbering', async () => {
    expect(await load()).toEqual({ tables: ['上海年报2024 表19', '上海年报2024 表3'], cases: 1, blocks: true });
    const entries = (await commission.request({ method: 'GET', url: `/api/reports/cycles/${cycleId}/registers/entries` })).json();
    expect(entries.items.map((e: { sourceTable: string; holder: { orgId: string | null } }) => [e.sourceTable, e.holder.orgId])).toEqual([
      ['上海年报2024 表19', null],
      ['上海年报2024 表3', null],
      ['上海年报2024 表3', schoolId],
    ]);
    const cases = (await commission.request({ method: 'GET', url: `/api/reports/cycles/${cycleId}/registers/cases` })).json();
    expect(cases.items.map((c: { title: string; text: string }) => [c.title, c.text])).toEqual([[CASES[0]!.title, CASES[0]!.summary]]);
  });

  it('prints 上海年报 表3 under 中职 人才培养 and 表19 under 高职 产教融合, numbered as this report reads', async () => {
    // On approved data, as the published report is: the district's draft adds no 办学情况表 of its own.
    const report = (await commission.request({ method: 'GET', url: `/api/reports/cycles/${cycleId}/generated` })).json();
    const captions = (heading: string) =>
      report.chapters.find((c: { heading: string }) => c.heading === heading).blocks.map((b: { caption: string }) => b.caption);
    // Only these two of 上海年报's tables are loaded: the stored numbers 3 and 19 give way to 表1 and 表2.
    expect(captions('中等职业教育篇 1 人才培养')).toEqual(['表1 上海中职学校高水平开放实训中心立项名单']);
    expect(captions('高等职业教育篇 5 产教融合')).toEqual(['表2 上海市市域产教联合体立项建设名单']);
  });

  it('adds nothing on a second start, and leaves a row deleted from a table deleted', async () => {
    const list = async () => {
      const response = await commission.request({ method: 'GET', url: `/api/reports/cycles/${cycleId}/registers/entries` });
      expect(response.statusCode, response.body).toBe(200);
      return response.json().items;
    };
    const shipyard = (await list()).find((e: { name: string }) => e.name === '船舶智能制造开放实训中心');
    await commission.request({ method: 'DELETE', url: `/api/reports/cycles/${cycleId}/registers/entries/${shipyard.id}` });
    expect(await load()).toEqual({ tables: [], cases: 0, blocks: false });
    expect(await list()).toHaveLength(2);
  });
});
