/** SQL of the report cycles. */
import type { ReportLevel } from '@chanjiao/contracts';
import { and, asc, count, desc, eq, inArray, type SQLWrapper, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { perExecutor } from '../../../kernel/db/prepared.js';
import { readModelBuilder } from '../../../kernel/db/read-models.js';
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

/** Every route of a cycle reads it first (its policy scopes by the authority): built once, prepared. */
const cycleStatement = perExecutor((db) =>
  db
    .select({ cycle: reportCycles, authorityName: org.name })
    .from(reportCycles)
    .innerJoin(org, eq(org.id, reportCycles.authorityOrgId))
    .where(eq(reportCycles.id, sql.placeholder('id')))
    .prepare('cj_report_cycle'),
);

export async function findCycle(db: Executor, id: string) {
  const [row] = await cycleStatement(db).execute({ id });
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

/** One participant's progress, as coverage reads it: instants as ISO text (toISOString's form). */
export interface ReportProgressRow {
  id: string;
  orgId: string;
  orgName: string;
  level: ReportLevel;
  status: string;
  submittedAt: string | null;
  approvedAt: string | null;
  published: boolean;
}

const isoInstant = (column: SQLWrapper) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * A cycle with where each participant's report stands and which are published now: what the coverage page shows,
 * without the reports' data (the page is polled by every authority watching its cycle). One prepared statement answers
 * one row: the cycle, the participants as a JSON array in the page's order, and the ids of the cycle's live
 * publications (through their cycle index) as another. Publication is not joined report by report: without fresh
 * statistics (PGlite runs no autovacuum) the planner matched every report against every publication, which was most
 * of the request's time in a city cycle.
 */
const participantProgress = readModelBuilder()
  .select({
    rows: sql`coalesce(json_agg(json_build_object(
      'id', ${qualityReports.id}, 'orgId', ${qualityReports.orgId}, 'orgName', ${participant.name},
      'level', ${qualityReports.level}, 'status', ${qualityReports.status},
      'submittedAt', ${isoInstant(qualityReports.submittedAt)}, 'approvedAt', ${isoInstant(qualityReports.approvedAt)})
      order by ${qualityReports.level}, ${participant.nameSortKey}, ${participant.name}), '[]'::json)`,
  })
  .from(qualityReports)
  .innerJoin(participant, eq(participant.id, qualityReports.orgId))
  .where(eq(qualityReports.cycleId, reportCycles.id));

const cycleWithProgressStatement = perExecutor((db) =>
  db
    .select({
      cycle: reportCycles,
      authorityName: org.name,
      progress: sql<Omit<ReportProgressRow, 'published'>[]>`(${participantProgress})`,
      publishedReportIds: sql<string[]>`coalesce((select json_agg(${reportPublications.reportId}) from ${reportPublications}
        where ${reportPublications.cycleId} = ${reportCycles.id} and ${reportPublications.withdrawnAt} is null
        and ${reportPublications.reportId} is not null), '[]'::json)`,
    })
    .from(reportCycles)
    .innerJoin(org, eq(org.id, reportCycles.authorityOrgId))
    .where(eq(reportCycles.id, sql.placeholder('id')))
    .prepare('cj_report_cycle_coverage'),
);

export async function findCycleWithProgress(db: Executor, id: string) {
  const [row] = await cycleWithProgressStatement(db).execute({ id });
  if (!row) return undefined;
  const { progress, publishedReportIds, ...found } = row;
  const published = new Set(publishedReportIds);
  return { ...found, progress: progress.map((report): ReportProgressRow => ({ ...report, published: published.has(report.id) })) };
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
