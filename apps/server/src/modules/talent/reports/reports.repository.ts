/** SQL of the supply–demand reports. */
import { and, asc, desc, eq, inArray, max, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { talentReports } from './reports.table.js';

export type ReportRow = typeof talentReports.$inferSelect;
export type ReportInsert = typeof talentReports.$inferInsert;

export async function listReports(db: Executor, bodyId: string) {
  return db
    .select()
    .from(talentReports)
    .where(eq(talentReports.bodyId, bodyId))
    .orderBy(desc(talentReports.year), desc(talentReports.quarter), asc(talentReports.kind), desc(talentReports.createdAt));
}

export async function findReport(db: Executor, bodyId: string, reportId: string) {
  const [row] = await db
    .select()
    .from(talentReports)
    .where(and(eq(talentReports.id, reportId), eq(talentReports.bodyId, bodyId)));
  return row;
}

export async function findReportById(db: Executor, reportId: string) {
  const [row] = await db.select().from(talentReports).where(eq(talentReports.id, reportId));
  return row;
}

/**
 * Serialises the writers of one series (body, kind, year) until the transaction ends, so that two publications at
 * once take consecutive numbers and two drafts of one period are not both created.
 */
export async function lockSeries(db: Executor, bodyId: string, kind: string, year: number) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`talent-report:${bodyId}:${kind}:${year}`}))`);
}

export async function usedNumbers(db: Executor, bodyId: string, kind: string, year: number): Promise<number[]> {
  const [row] = await db
    .select({ highest: max(talentReports.number) })
    .from(talentReports)
    .where(and(eq(talentReports.bodyId, bodyId), eq(talentReports.kind, kind), eq(talentReports.year, year)));
  return row?.highest ? [row.highest] : [];
}

/** The draft or published report of a period, if there is one. */
export async function liveReportOf(db: Executor, bodyId: string, kind: string, year: number, quarter: number | null) {
  const [row] = await db
    .select()
    .from(talentReports)
    .where(
      and(
        eq(talentReports.bodyId, bodyId),
        eq(talentReports.kind, kind),
        eq(talentReports.year, year),
        sql`coalesce(${talentReports.quarter}, 0) = ${quarter ?? 0}`,
        ne(talentReports.status, 'withdrawn'),
      ),
    );
  return row;
}

/** The year's published quarterly reports with their frozen figures, earliest quarter first. */
export async function publishedQuarterlies(db: Executor, bodyId: string, year: number) {
  return db
    .select()
    .from(talentReports)
    .where(
      and(
        eq(talentReports.bodyId, bodyId),
        eq(talentReports.kind, 'quarterly'),
        eq(talentReports.year, year),
        eq(talentReports.status, 'published'),
      ),
    )
    .orderBy(asc(talentReports.quarter), asc(talentReports.number));
}

/** How many reports of a kind are published (and not withdrawn) per calendar year of publication. */
export async function publishedCountsByYear(db: Executor, bodyId: string, kind: string, years: number[]) {
  if (years.length === 0) return new Map<number, number>();
  const year = sql<number>`extract(year from ${talentReports.publishedOn})::int`;
  const rows = await db
    .select({ year, count: sql<number>`count(*)::int` })
    .from(talentReports)
    .where(and(eq(talentReports.bodyId, bodyId), eq(talentReports.kind, kind), eq(talentReports.status, 'published'), inArray(year, years)))
    .groupBy(year);
  return new Map(rows.map((r) => [r.year, r.count]));
}

export async function insertReport(db: Executor, values: ReportInsert) {
  const [row] = await db.insert(talentReports).values(values).returning();
  return row!;
}

/** Optimistic locking: applies only if nobody changed the report since `version`. */
export async function updateReportAtVersion(db: Executor, id: string, version: number, values: Partial<ReportInsert>) {
  const [row] = await db
    .update(talentReports)
    .set({ ...values, version: sql`${talentReports.version} + 1`, updatedAt: new Date() })
    .where(and(eq(talentReports.id, id), eq(talentReports.version, version)))
    .returning();
  return row;
}

export async function deleteReport(db: Executor, id: string) {
  await db.delete(talentReports).where(eq(talentReports.id, id));
}
