/**
 * The demo's quality-report cycle: 普陀区教育局's 2022 cycle for the six schools of 普陀区年报 表1, open, each school's
 * draft holding the figures the report prints, so that 曹杨职校's collector, reviewer and principal can walk the
 * chain; the district report's printed 表1 合计 is recorded as its stated figures, so that the generated report
 * flags where they differ from the schools' data. Idempotent: nothing is added when the cycle exists.
 */
import { SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import type { Database } from '../kernel/db/database.js';
import { createCycle, cycleIdOfYear, importReportData, openCycle, recordStatedTotals } from '../modules/reports/index.js';
import { PUTUO_EDUCATION_BUREAU } from './dataset/authorities.js';
import { PUTUO_2022_CYCLE, PUTUO_2022_STATED_TOTALS, putuo2022Data } from './dataset/putuo-2022-report.js';
import { orgIdsByName } from './demo.repository.js';

const SOURCE = '《普陀区中等职业教育年度质量报告（2023）》表1、1.2、2.3、3.3、4.2';

export async function ensureReportsDemo(db: Database): Promise<void> {
  const schools = putuo2022Data();
  const ids = await orgIdsByName(db, [PUTUO_EDUCATION_BUREAU, ...schools.map((s) => s.orgName)]);
  const authorityOrgId = ids.get(PUTUO_EDUCATION_BUREAU);
  if (!authorityOrgId || schools.some((s) => !ids.has(s.orgName))) return;
  if (await cycleIdOfYear(db, authorityOrgId, PUTUO_2022_CYCLE.reportYear)) return;

  const cycle = await createCycle(
    db,
    SYSTEM_ACTOR,
    {
      authorityOrgId,
      ...PUTUO_2022_CYCLE,
      levels: ['school_secondary'],
      reportingUnits: schools.map((s) => ({ orgId: ids.get(s.orgName)!, level: 'school_secondary' as const })),
    },
    { isGenerated: true },
  );
  await openCycle(db, SYSTEM_ACTOR, cycle.id, cycle.version, new Date('2023-01-03T01:00:00Z'));
  await recordStatedTotals(db, SYSTEM_ACTOR, cycle.id, PUTUO_2022_STATED_TOTALS);
  for (const school of schools) await importReportData(db, SYSTEM_ACTOR, cycle.id, ids.get(school.orgName)!, school.data, SOURCE);
}
