import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOrgs, orgValues } from '../modules/organizations/index.js';
import { qualityReports } from '../modules/reports/review/reports.table.js';
import { reportCycles } from '../modules/reports/cycles/cycles.table.js';
import { computeRates } from '../modules/reports/data/rates.rules.js';
import { generateForCycle } from '../modules/reports/generation/generation.service.js';
import { createTestContext, type TestContext } from '../testing/test-app.js';
import { AUTHORITY_ORGS, PUTUO_EDUCATION_BUREAU } from './dataset/authorities.js';
import { PUTUO_SCHOOLS } from './dataset/putuo.js';
import { ensureReportsDemo } from './reports-demo.js';

describe('the demo report cycle: 普陀区 2022 (普陀区年报)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
    const orgs = [...AUTHORITY_ORGS.filter((org) => org.name === PUTUO_EDUCATION_BUREAU), ...PUTUO_SCHOOLS];
    await insertOrgs(
      ctx.deps.database.db,
      orgs.map((org) => orgValues(org)),
    );
  });
  afterAll(async () => ctx.close());

  it('opens the cycle once for the six schools of 表1 with their printed figures, 曹杨职校 in full', async () => {
    const db = ctx.deps.database.db;
    await ensureReportsDemo(db);
    await ensureReportsDemo(db);
    const cycles = await db.select().from(reportCycles);
    expect(cycles.map((c) => [c.reportYear, c.status])).toEqual([[2022, 'open']]);
    const reports = await db.select().from(qualityReports);
    expect(reports).toHaveLength(6);
    // 表1 合计: 8,116 students, 1,087 staff
    expect(reports.reduce((sum, r) => sum + r.data.structure.studentsTotal!, 0)).toBe(8116);
    expect(reports.reduce((sum, r) => sum + r.data.structure.staffInPost!, 0)).toBe(1087);
    const caoyang = reports.find((r) => r.data.teachers.fullTimeTeachers === 118)!;
    expect(caoyang.data.structure.studentsTotal).toBe(1282);
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
  });
});
