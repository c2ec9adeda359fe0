/**
 * A published quarterly trend report (docs/sources.md §9 T4) of the 连云港 port-logistics consortium of the placements demo:
 * its two enterprises' three-year demand and its two schools' expected graduates (made up, marked generated), and
 * the report of the quarter the demo is loaded in, published that day as the first of the year's series. The
 * demand looks ahead from the next year, so the figures agree with whatever day the demo is loaded on. Loaded
 * once: nothing is added when the body already has a report, and the figures only when it has no demand yet.
 */
import type { TalentLevel } from '@chanjiao/contracts';
import { count, eq } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../kernel/audit/audit.service.js';
import type { Database } from '../kernel/db/database.js';
import { quarterOf } from '../kernel/time/calendar.js';
import { shanghaiDayStart } from '../kernel/time/shanghai.js';
import { talentDemands } from '../modules/talent/demand/demand.table.js';
import { talentReports } from '../modules/talent/reports/reports.table.js';
import { createDemand, createSupply, createTalentReport, publishTalentReport } from '../modules/talent/index.js';
import { LYG_DEMO_DRAFT } from './dataset/lianyungang-2026-applications.js';
import { LYG_DEMO_COLLEGE, LYG_DEMO_LOGISTICS_COMPANY, LYG_DEMO_SECONDARY_SCHOOL } from './dataset/lianyungang-2026.js';
import * as repo from './demo.repository.js';
import { TERMINAL_COMPANY } from './placements-demo.js';

interface DemoDemand {
  enterprise: string;
  position: string;
  occupation: string;
  majorCodes: string[];
  level: TalentLevel;
  headcounts: [number, number, number];
  region: string;
}

const DEMANDS: DemoDemand[] = [
  {
    enterprise: LYG_DEMO_LOGISTICS_COMPANY,
    position: '港口物流调度员',
    occupation: '物流服务师',
    majorCodes: ['530806', '530802'],
    level: 'higher_associate',
    headcounts: [18, 20, 22],
    region: '320703',
  },
  {
    enterprise: LYG_DEMO_LOGISTICS_COMPANY,
    position: '仓储管理员',
    occupation: '仓储管理员',
    majorCodes: ['530802'],
    level: 'higher_associate',
    headcounts: [8, 8, 10],
    region: '320703',
  },
  {
    enterprise: LYG_DEMO_LOGISTICS_COMPANY,
    position: '集装箱运输调度员',
    occupation: '集装箱运输调度员',
    majorCodes: ['500310'],
    level: 'higher_associate',
    headcounts: [6, 6, 8],
    region: '320703',
  },
  {
    enterprise: LYG_DEMO_LOGISTICS_COMPANY,
    position: '物流服务员',
    occupation: '物流服务师',
    majorCodes: ['730801'],
    level: 'secondary',
    headcounts: [10, 12, 12],
    region: '320703',
  },
  {
    enterprise: TERMINAL_COMPANY,
    position: '港口机械司机',
    occupation: '港口装卸机械司机',
    majorCodes: ['500306'],
    level: 'higher_associate',
    headcounts: [20, 16, 16],
    region: '320703',
  },
  {
    enterprise: TERMINAL_COMPANY,
    position: '港口机械维修工',
    occupation: '港口机械修理工',
    majorCodes: ['700306'],
    level: 'secondary',
    headcounts: [10, 10, 12],
    region: '320703',
  },
  {
    enterprise: TERMINAL_COMPANY,
    position: '轮机员',
    occupation: '轮机员',
    majorCodes: ['500303'],
    level: 'higher_associate',
    headcounts: [4, 4, 6],
    region: '320703',
  },
];

const SUPPLIES = [
  { school: LYG_DEMO_COLLEGE, majorCode: '530802', graduates: [20, 20, 22] },
  { school: LYG_DEMO_COLLEGE, majorCode: '530806', graduates: [6, 6, 8] },
  { school: LYG_DEMO_COLLEGE, majorCode: '500306', graduates: [12, 12, 14] },
  { school: LYG_DEMO_SECONDARY_SCHOOL, majorCode: '730801', graduates: [15, 15, 15] },
  { school: LYG_DEMO_SECONDARY_SCHOOL, majorCode: '700306', graduates: [6, 6, 8] },
];

async function countOf(db: Database, table: typeof talentDemands | typeof talentReports, bodyId: string) {
  const [row] = await db.select({ n: count() }).from(table).where(eq(table.bodyId, bodyId));
  return row?.n ?? 0;
}

async function ensureFigures(db: Database, bodyId: string, startYear: number) {
  if ((await countOf(db, talentDemands, bodyId)) > 0) return;
  const orgIds = await repo.orgIdsByName(db, [LYG_DEMO_LOGISTICS_COMPANY, TERMINAL_COMPANY, LYG_DEMO_COLLEGE, LYG_DEMO_SECONDARY_SCHOOL]);
  const generated = { isGenerated: true };
  for (const d of DEMANDS) {
    const input = {
      orgId: orgIds.get(d.enterprise)!,
      position: d.position,
      occupation: d.occupation,
      majorCodes: d.majorCodes,
      educationLevel: d.level,
      startYear,
      headcounts: d.headcounts,
      locationRegionCode: d.region,
      apprenticeshipPlaces: 0,
      internshipPlaces: 0,
    };
    await createDemand(db, SYSTEM_ACTOR, bodyId, input, generated);
  }
  for (const s of SUPPLIES) {
    const input = {
      orgId: orgIds.get(s.school)!,
      majorCode: s.majorCode,
      mode: 'full_time' as const,
      startYear,
      plannedEnrolment: s.graduates,
      expectedGraduates: s.graduates,
      placementsOffered: 0,
    };
    await createSupply(db, SYSTEM_ACTOR, bodyId, input, generated);
  }
}

export async function ensureTalentReportsDemo(db: Database, today: string): Promise<void> {
  const name = LYG_DEMO_DRAFT.consortiumName;
  const bodyId = (await repo.bodyIdsByName(db, [name])).get(name);
  if (!bodyId || (await countOf(db, talentReports, bodyId)) > 0) return;
  const { year, quarter } = quarterOf(today);
  await ensureFigures(db, bodyId, year + 1);
  const at = { now: shanghaiDayStart(today), today };
  const report = await createTalentReport(db, SYSTEM_ACTOR, bodyId, { kind: 'quarterly', year, quarter }, at, { isGenerated: true });
  await publishTalentReport(db, SYSTEM_ACTOR, bodyId, report.id, { version: report.version }, at);
}
