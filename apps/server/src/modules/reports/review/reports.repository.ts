/** SQL of the participants' reports and their review events. */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { organizationDirectory } from '../../organizations/index.js';
import { reportCycles } from '../cycles/cycles.table.js';
import { qualityReportEvents, qualityReports } from './reports.table.js';

export type ReportRow = typeof qualityReports.$inferSelect;
export type ReportInsert = typeof qualityReports.$inferInsert;
export type ReportEventInsert = typeof qualityReportEvents.$inferInsert;

const org = organizationDirectory('participant');

export async function insertReports(db: Executor, values: ReportInsert[]): Promise<void> {
  for (let i = 0; i < values.length; i += 500) await db.insert(qualityReports).values(values.slice(i, i + 500));
}

export async function findReport(db: Executor, id: string) {
  const [row] = await db
    .select({ report: qualityReports, orgName: org.name, cycle: reportCycles })
    .from(qualityReports)
    .innerJoin(org, eq(org.id, qualityReports.orgId))
    .innerJoin(reportCycles, eq(reportCycles.id, qualityReports.cycleId))
    .where(eq(qualityReports.id, id));
  return row;
}

/** Who a report belongs to and which authority runs its cycle: what the routes' policies scope by. */
export async function findReportScope(db: Executor, id: string) {
  const [row] = await db
    .select({ orgId: qualityReports.orgId, authorityOrgId: reportCycles.authorityOrgId })
    .from(qualityReports)
    .innerJoin(reportCycles, eq(reportCycles.id, qualityReports.cycleId))
    .where(eq(qualityReports.id, id));
  return row;
}

export async function listReportsOfCycle(db: Executor, cycleId: string) {
  return db
    .select({ report: qualityReports, orgName: org.name })
    .from(qualityReports)
    .innerJoin(org, eq(org.id, qualityReports.orgId))
    .where(eq(qualityReports.cycleId, cycleId))
    .orderBy(asc(qualityReports.level), asc(org.nameSortKey), asc(org.name));
}

export async function listReportsOfOrgs(db: Executor, orgIds: string[]) {
  if (orgIds.length === 0) return [];
  return db
    .select({ report: qualityReports, orgName: org.name, cycle: reportCycles })
    .from(qualityReports)
    .innerJoin(org, eq(org.id, qualityReports.orgId))
    .innerJoin(reportCycles, eq(reportCycles.id, qualityReports.cycleId))
    .where(and(inArray(qualityReports.orgId, orgIds), eq(reportCycles.status, 'open')))
    .orderBy(desc(reportCycles.reportYear), asc(org.nameSortKey), asc(org.name));
}

/** The participant's approved data in the authority's cycle of the year before, if it reported then. */
export async function findPreviousData(db: Executor, orgId: string, authorityOrgId: string, reportYear: number) {
  const [row] = await db
    .select({ data: qualityReports.data })
    .from(qualityReports)
    .innerJoin(reportCycles, eq(reportCycles.id, qualityReports.cycleId))
    .where(
      and(
        eq(qualityReports.orgId, orgId),
        eq(reportCycles.authorityOrgId, authorityOrgId),
        eq(reportCycles.reportYear, reportYear - 1),
        eq(qualityReports.status, 'approved'),
      ),
    );
  return row?.data ?? null;
}

export async function updateReportAtVersion(db: Executor, id: string, version: number, values: Partial<ReportInsert>) {
  const [row] = await db
    .update(qualityReports)
    .set({ ...values, version: sql`${qualityReports.version} + 1`, updatedAt: new Date() })
    .where(and(eq(qualityReports.id, id), eq(qualityReports.version, version)))
    .returning();
  return row;
}

export async function insertEvent(db: Executor, values: ReportEventInsert): Promise<void> {
  await db.insert(qualityReportEvents).values(values);
}

export async function listEvents(db: Executor, reportId: string) {
  return db
    .select()
    .from(qualityReportEvents)
    .where(eq(qualityReportEvents.reportId, reportId))
    .orderBy(asc(qualityReportEvents.at), asc(qualityReportEvents.seq));
}

export async function findReportIdOfOrg(db: Executor, cycleId: string, orgId: string) {
  const [row] = await db
    .select({ id: qualityReports.id, version: qualityReports.version })
    .from(qualityReports)
    .where(and(eq(qualityReports.cycleId, cycleId), eq(qualityReports.orgId, orgId)));
  return row;
}

/** How many reports of open cycles stand in each state, for the given units. */
export async function statusCountsOfOrgs(db: Executor, orgIds: string[]) {
  if (orgIds.length === 0) return [];
  return db
    .select({ status: qualityReports.status, n: sql<number>`count(*)::int` })
    .from(qualityReports)
    .innerJoin(reportCycles, eq(reportCycles.id, qualityReports.cycleId))
    .where(and(inArray(qualityReports.orgId, orgIds), eq(reportCycles.status, 'open')))
    .groupBy(qualityReports.status);
}
