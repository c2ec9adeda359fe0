/** The quality reports' stage deadlines, read across every open cycle for the daily reminders job. */
import type { ReportStage, ReportStatus } from '@chanjiao/contracts';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { organizationDirectory } from '../../organizations/index.js';
import { reportCycles } from '../cycles/cycles.table.js';
import { qualityReports } from '../review/reports.table.js';

const org = organizationDirectory('participant');

/** Reports of open cycles in one of `statuses` whose cycle's deadline for `stage` falls between the two dates. */
export async function reportsWaitingAtStage(db: Executor, stage: ReportStage, statuses: ReportStatus[], from: string, to: string) {
  const deadline = sql<string>`${reportCycles.deadlines} ->> ${stage}`;
  return db
    .select({
      reportId: qualityReports.id,
      orgId: qualityReports.orgId,
      orgName: org.name,
      status: qualityReports.status,
      cycleId: reportCycles.id,
      cycleTitle: reportCycles.title,
      deadline,
    })
    .from(qualityReports)
    .innerJoin(reportCycles, eq(reportCycles.id, qualityReports.cycleId))
    .innerJoin(org, eq(org.id, qualityReports.orgId))
    .where(and(eq(reportCycles.status, 'open'), inArray(qualityReports.status, statuses), sql`${deadline} between ${from} and ${to}`))
    .orderBy(asc(deadline), asc(org.nameSortKey), asc(org.name));
}
