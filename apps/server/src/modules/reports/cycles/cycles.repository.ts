/** SQL of the report cycles. */
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { organizationDirectory } from '../../organizations/index.js';
import { reportPublications } from '../publication/publication.table.js';
import { qualityReports } from '../review/reports.table.js';
import { reportCycles } from './cycles.table.js';

export type CycleRow = typeof reportCycles.$inferSelect;
export type CycleInsert = typeof reportCycles.$inferInsert;

const org = organizationDirectory('authority');
const participant = organizationDirectory('participant');

export async function insertCycle(db: Executor, values: CycleInsert): Promise<CycleRow> {
  const [row] = await db.insert(reportCycles).values(values).returning();
  return row!;
}

export async function findCycle(db: Executor, id: string) {
  const [row] = await db
    .select({ cycle: reportCycles, authorityName: org.name })
    .from(reportCycles)
    .innerJoin(org, eq(org.id, reportCycles.authorityOrgId))
    .where(eq(reportCycles.id, id));
  return row;
}

export async function findCycleOfYear(db: Executor, authorityOrgId: string, reportYear: number) {
  const [row] = await db
    .select()
    .from(reportCycles)
    .where(and(eq(reportCycles.authorityOrgId, authorityOrgId), eq(reportCycles.reportYear, reportYear)));
  return row;
}

export async function listCycles(db: Executor, authorityOrgIds: 'all' | string[]) {
  if (authorityOrgIds !== 'all' && authorityOrgIds.length === 0) return [];
  return db
    .select({ cycle: reportCycles, authorityName: org.name })
    .from(reportCycles)
    .innerJoin(org, eq(org.id, reportCycles.authorityOrgId))
    .where(authorityOrgIds === 'all' ? undefined : inArray(reportCycles.authorityOrgId, authorityOrgIds))
    .orderBy(desc(reportCycles.reportYear), asc(org.nameSortKey), asc(org.name));
}

export async function participantCounts(db: Executor, cycleIds: string[]): Promise<Map<string, number>> {
  if (cycleIds.length === 0) return new Map();
  const rows = await db
    .select({ cycleId: qualityReports.cycleId, n: count() })
    .from(qualityReports)
    .where(inArray(qualityReports.cycleId, cycleIds))
    .groupBy(qualityReports.cycleId);
  return new Map(rows.map((r) => [r.cycleId, Number(r.n)]));
}

/**
 * Where each participant's report stands and whether it is published now: what coverage counts, in one statement
 * and without the reports' data (the page is polled by every authority watching its cycle).
 */
export async function progressOfCycle(db: Executor, cycleId: string) {
  return db
    .select({
      id: qualityReports.id,
      orgId: qualityReports.orgId,
      orgName: participant.name,
      level: qualityReports.level,
      status: qualityReports.status,
      submittedAt: qualityReports.submittedAt,
      approvedAt: qualityReports.approvedAt,
      published: sql<boolean>`exists (select 1 from ${reportPublications} where ${reportPublications.reportId} = ${qualityReports.id} and ${reportPublications.withdrawnAt} is null)`,
    })
    .from(qualityReports)
    .innerJoin(participant, eq(participant.id, qualityReports.orgId))
    .where(eq(qualityReports.cycleId, cycleId))
    .orderBy(asc(qualityReports.level), asc(participant.nameSortKey), asc(participant.name));
}

export async function updateCycleAtVersion(db: Executor, id: string, version: number, values: Partial<CycleInsert>) {
  const [row] = await db
    .update(reportCycles)
    .set({ ...values, version: sql`${reportCycles.version} + 1`, updatedAt: new Date() })
    .where(and(eq(reportCycles.id, id), eq(reportCycles.version, version)))
    .returning();
  return row;
}

export async function cycleIdOfYear(db: Executor, authorityOrgId: string, reportYear: number) {
  return (await findCycleOfYear(db, authorityOrgId, reportYear))?.id;
}
