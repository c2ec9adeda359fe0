import { emptyReportData, type TReportData } from '@chanjiao/contracts';
import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { insertOrgs, orgValues } from '../../organizations/index.js';
import { qualityReports } from '../review/reports.table.js';

/**
 * The city report rolls up districts, schools and enterprises (issue: quality annual reports, Q4), as 上海年报 counts
 * them: “…16个区教育行政部门，…53所中等职业学校以及46家企业，分别发布…” — here two 中职 schools, one 高职, two
 * districts and one enterprise.
 */
const figures = (students: number, staff: number, interns: number | null = null): TReportData => {
  const data = emptyReportData();
  data.structure = { ...data.structure, studentsTotal: students, staffInPost: staff, majorsSecondary: 5 };
  data.cooperation = { ...data.cooperation, interns };
  return data;
};

describe('the city report rolled up by level through the API', () => {
  let ctx: TestContext;
  let commission: Session;
  let cycleId: string;

  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => new Date('2025-01-10T02:00:00Z') });
    const db = ctx.deps.database.db;
    const [city, ...units] = await insertOrgs(db, [
      orgValues({ name: '测试市教育委员会', type: 'education_authority', regionCode: '310000' }),
      orgValues({ name: '测试信息技术学校', type: 'secondary_vocational', regionCode: '310107' }),
      orgValues({ name: '测试职业技术学校', type: 'secondary_vocational', regionCode: '310107' }),
      orgValues({ name: '测试职业技术学院', type: 'higher_vocational', regionCode: '310107' }),
      orgValues({ name: '测试甲区教育局', type: 'education_authority', regionCode: '310107' }),
      orgValues({ name: '测试乙区教育局', type: 'education_authority', regionCode: '310104' }),
      orgValues({ name: '测试造船有限公司', type: 'enterprise', regionCode: '310104' }),
    ]);
    const levels = ['school_secondary', 'school_secondary', 'school_higher', 'district', 'district', 'enterprise'] as const;
    commission = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'authority_admin', scopeId: city!.id }], { totp: false }));
    const created = await commission.request({
      method: 'POST',
      url: '/api/reports/cycles',
      payload: {
        authorityOrgId: city!.id,
        reportYear: 2024,
        title: '测试职业教育质量报告（2024年度）',
        levels: ['school_secondary', 'school_higher', 'district', 'enterprise'],
        reportingUnits: units.map((u, i) => ({ orgId: u!.id, level: levels[i] })),
        deadlines: { submit: '2025-01-15', review: '2025-01-25', approve: '2025-02-10', publish: '2025-03-31' },
        outline: ['1 基本情况', '5 产教融合'],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    cycleId = created.json().id;
    // The figures as the reports hold them; all approved but 测试职业技术学校's, still awaiting review.
    const data = [figures(1282, 141), figures(2480, 280), figures(9000, 600), figures(3762, 421), figures(1500, 200), figures(0, 0, 35)];
    for (const [i, u] of units.entries()) {
      await db
        .update(qualityReports)
        .set({ data: data[i]!, status: i === 1 ? 'submitted' : 'approved' })
        .where(eq(qualityReports.orgId, u!.id));
    }
  });
  afterAll(async () => ctx.close());

  const generated = async (basis: 'approved' | 'all') =>
    (await commission.request({ method: 'GET', url: `/api/reports/cycles/${cycleId}/generated?basis=${basis}` })).json();

  it('says each level’s coverage, computed, and numbers the tables of each level in reading order', async () => {
    const report = await generated('approved');
    const [basics, cooperation] = report.chapters;
    expect(basics.blocks[0].text).toBe(
      '2所中职学校中1所完成质量年度报告编制工作，覆盖率50%；1所高职学校全部完成质量年度报告编制工作，覆盖率100%；' +
        '2个区全部完成质量年度报告编制工作，覆盖率100%；1家企业全部完成质量年度报告编制工作，覆盖率100%。',
    );
    const captions = report.chapters.flatMap((c: { blocks: { caption?: string }[] }) => c.blocks.flatMap((b) => b.caption ?? []));
    expect(captions).toEqual([
      '表1 2024年中职学校办学情况表',
      '表2 2024年高职学校办学情况表',
      '表3 2024年各区职业教育基本情况表',
      '表4 2024年企业年报发布情况表',
    ]);
    // On approved data: 测试职业技术学校 is left out of its table and named.
    expect(basics.blocks[2].rows.map((r: string[]) => r[0])).toEqual(['测试信息技术学校']);
    expect(report.leftOut).toEqual(['测试职业技术学校']);
    expect(basics.blocks[4].rows).toEqual([
      ['测试甲区教育局', '5', '3,762', '421', '—', '—', '—'],
      ['测试乙区教育局', '5', '1,500', '200', '—', '—', '—'],
    ]);
    expect(basics.blocks[4].totals).toEqual(['合计', '10', '5,262', '621', '—', '—', '—']);
    expect(cooperation.blocks[0].rows).toEqual([['测试造船有限公司', '已审定', '未发布', '35', '—', '—']]);
  });

  it('with the unapproved data, the 中职 table holds both schools and its 合计; the DOCX opens with the same directory', async () => {
    const report = await generated('all');
    expect(report.chapters[0].blocks[2].totals).toEqual(['合计', '', '10', '—', '—', '3,762', '421']);
    const docx = await commission.request({ method: 'GET', url: `/api/reports/cycles/${cycleId}/generated.docx?basis=all` });
    const word = (await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(word).toContain(
      '表目录表1 2024年中职学校办学情况表表2 2024年高职学校办学情况表表3 2024年各区职业教育基本情况表表4 2024年企业年报发布情况表',
    );
  });
});
