import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import { auditLog } from '../kernel/audit/audit.table.js';
import { insertOrgs, orgValues } from '../modules/organizations/index.js';
import { qualityReportEvents, qualityReports } from '../modules/reports/review/reports.table.js';
import { reportCycles } from '../modules/reports/cycles/cycles.table.js';
import { computeRates } from '../modules/reports/data/rates.rules.js';
import { generateForCycle } from '../modules/reports/generation/generation.service.js';
import { publicColumn } from '../modules/reports/publication/public-reports.service.js';
import { withdrawCycleReport } from '../modules/reports/publication/publication.service.js';
import { reportPublications } from '../modules/reports/publication/publication.table.js';
import { createTestContext, type TestContext } from '../testing/test-app.js';
import { AUTHORITY_ORGS, PUTUO_EDUCATION_BUREAU } from './dataset/authorities.js';
import { PUTUO_SCHOOLS } from './dataset/putuo.js';
import { grantsOfUser, orgIdsByName } from './demo.repository.js';
import { seedDemoAccounts } from './index.js';
import { ensureReportsDemo } from './reports-demo.js';

const CAOYANG = '上海市曹杨职业技术学校';

describe('the demo report cycle: 普陀区 2022 (普陀区年报)', () => {
  let ctx: TestContext;
  let bureauId: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    const db = ctx.deps.database.db;
    const orgs = [...AUTHORITY_ORGS.filter((org) => org.name === PUTUO_EDUCATION_BUREAU), ...PUTUO_SCHOOLS];
    await insertOrgs(
      db,
      orgs.map((org) => orgValues(org)),
    );
    bureauId = (await orgIdsByName(db, [PUTUO_EDUCATION_BUREAU])).get(PUTUO_EDUCATION_BUREAU)!;
    await seedDemoAccounts(ctx.deps, [
      { username: 'putuo_authority', displayName: '普陀区教育局（演示）', description: '', role: 'authority_admin', scopeId: bureauId },
    ]);
    await ensureReportsDemo(ctx.deps);
    await ensureReportsDemo(ctx.deps);
  });
  afterAll(async () => ctx.close());

  it('opens the cycle once for the six schools of 表1 with their printed figures, 曹杨职校 in full', async () => {
    const db = ctx.deps.database.db;
    const cycles = await db.select().from(reportCycles);
    expect(cycles.map((c) => [c.reportYear, c.status])).toEqual([[2022, 'open']]);
    const reports = await db.select().from(qualityReports);
    expect(reports).toHaveLength(6);
    // 表1 合计: 8,116 students, 1,087 staff
    expect(reports.reduce((sum, r) => sum + r.data.structure.studentsTotal!, 0)).toBe(8116);
    expect(reports.reduce((sum, r) => sum + r.data.structure.staffInPost!, 0)).toBe(1087);
    // 表2: “区内中职学校建有市级职业教育开放实训中心 10 个”
    expect(reports.reduce((sum, r) => sum + r.data.facilities.openCentres.length, 0)).toBe(10);
    const caoyang = reports.find((r) => r.data.teachers.fullTimeTeachers === 118)!;
    expect(caoyang.data.structure.studentsTotal).toBe(1282);
    expect(caoyang.data.facilities.equipmentValue).toBe(8471.36);
    const flagged = computeRates(caoyang.data)
      .filter((r) => r.differs)
      .map((r) => r.key);
    // “兼职教师 4 人，占专任教师 3.3%” (3.4 % computed) and “生师比为 10:1” (10.9 computed)
    expect(flagged.sort()).toEqual(['partTimeShare', 'studentTeacherRatio']);
    // The preview of the district report flags the printed 合计 of 58/29/7 majors against the computed 60/32/9.
    const preview = await generateForCycle(db, cycles[0]!.id, 'all');
    expect(preview.differences.map((d) => [d.stated, d.computed])).toEqual([
      [58, 60],
      [29, 32],
      [7, 9],
    ]);
    // 表3 as the bureau's own figures, its 合计 as printed (204 门, 17,507 人次, 285,869 课时); entered once though the
    // demo was loaded twice. It is the report's second table, after 表1 办学情况表, and numbered so.
    const service = preview.chapters.find((c) => c.heading === '6. 服务贡献')!;
    expect(service.blocks[0]).toMatchObject({
      caption: '表2 2020-2022年在职员工综合素养与学力提升培训情况表',
      totals: ['合计', '', '204', '17,507', '285,869'],
    });
    expect(await db.select().from(auditLog).where(eq(auditLog.action, 'reports.cycle.authority_data'))).toHaveLength(1);
  });

  it('takes the five other schools through the chain as their own accounts, and leaves 曹杨职校 a draft without history', async () => {
    const db = ctx.deps.database.db;
    const rows = await db.select({ report: qualityReports }).from(qualityReports);
    const names = await orgIdsByName(db, [CAOYANG]);
    const caoyang = rows.find((r) => r.report.orgId === names.get(CAOYANG))!.report;
    expect(caoyang.status).toBe('draft');
    expect(await db.select().from(qualityReportEvents).where(eq(qualityReportEvents.reportId, caoyang.id))).toEqual([]);
    expect(rows.filter((r) => r.report.status === 'approved')).toHaveLength(5);

    const events = await db.select().from(qualityReportEvents);
    expect(events).toHaveLength(15);
    expect(new Set(events.map((e) => `${e.action}:${e.actorName?.replace(/^pt_\w+?_/, '')}`))).toEqual(
      new Set(['submit:collector', 'pass:reviewer', 'approve:principal']),
    );
    const approvals = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'reports.report.approve'), like(auditLog.actorUsername, 'pt_%_principal')));
    expect(approvals).toHaveLength(5);
    const signed = rows.find((r) => r.report.status === 'approved')!.report.statement!;
    expect(signed.text).toContain('学校年度质量报告须经学校法定代表人签字并加盖公章');
  });

  it('publishes the five schools’ reports and the district report with 公开形式, 公开时间 and 公开网址, once', async () => {
    const db = ctx.deps.database.db;
    const live = await db.select().from(reportPublications);
    expect(live).toHaveLength(6);
    expect(live.every((p) => p.publishedOn === '2023-03-28' && p.withdrawnAt === null)).toBe(true);
    expect(live.filter((p) => p.reportId === null).map((p) => [p.form, p.url])).toEqual([
      ['district_website', 'https://jyj.putuo-demo.example/zyjy/zlnb/2022'],
    ]);
    expect(live.filter((p) => p.form === 'school_website')).toHaveLength(5);

    const column = await publicColumn(db, bureauId);
    expect(column.kind).toBe('district');
    expect(column.years).toHaveLength(1);
    expect(column.years[0]!.own?.title).toBe('普陀区中等职业教育质量年度报告（2022年度）');
    expect(column.years[0]!.schools.map((s) => s.org.name)).not.toContain(CAOYANG);
    expect(column.years[0]!.schools).toHaveLength(5);

    // The published district report is built from the approved reports: 曹杨职校 is named as not yet in, and the
    // printed 合计, which covers all six schools, is not set against the five.
    const published = await generateForCycle(db, live[0]!.cycleId, 'approved');
    expect(published.leftOut).toEqual([CAOYANG]);
    expect(published.differences).toEqual([]);

    // What someone withdrew stays withdrawn when the demo is loaded again.
    const [cycle] = await db.select().from(reportCycles);
    const [authority] = await db.select().from(auditLog).where(eq(auditLog.action, 'reports.cycle.publish'));
    const grants = await grantsOfUser(db, authority!.actorUserId!);
    await withdrawCycleReport(db, { ...SYSTEM_ACTOR, userId: authority!.actorUserId }, grants, cycle!.id, '更正后重新发布', new Date());
    await ensureReportsDemo(ctx.deps);
    const after = await db.select().from(reportPublications).where(eq(reportPublications.cycleId, cycle!.id));
    expect(after.filter((p) => p.reportId === null && p.withdrawnAt === null)).toEqual([]);
  });
});
