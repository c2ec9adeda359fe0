/** SQL of the reports' publications and of the public columns built from them. */
import { and, asc, count, desc, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { organizationDirectory } from '../../organizations/index.js';
import { reportCycles } from '../cycles/cycles.table.js';
import { qualityReports } from '../review/reports.table.js';
import { reportPublications } from './publication.table.js';

export type PublicationRow = typeof reportPublications.$inferSelect;
export type PublicationInsert = typeof reportPublications.$inferInsert;

const unit = organizationDirectory('published_unit');
const authority = organizationDirectory('column_authority');

/** Which publication: a participant's report, or the authority's own report of a cycle. */
export type Subject = { reportId: string } | { cycleId: string };

function ofSubject(subject: Subject): SQL {
  return 'reportId' in subject
    ? eq(reportPublications.reportId, subject.reportId)
    : and(eq(reportPublications.cycleId, subject.cycleId), isNull(reportPublications.reportId))!;
}

export async function findLivePublication(db: Executor, subject: Subject) {
  const [row] = await db
    .select()
    .from(reportPublications)
    .where(and(ofSubject(subject), isNull(reportPublications.withdrawnAt)));
  return row;
}

export async function listWithdrawals(db: Executor, subject: Subject) {
  return db
    .select()
    .from(reportPublications)
    .where(and(ofSubject(subject), isNotNull(reportPublications.withdrawnAt)))
    .orderBy(desc(reportPublications.withdrawnAt));
}

export async function insertPublication(db: Executor, values: PublicationInsert): Promise<PublicationRow> {
  const [row] = await db.insert(reportPublications).values(values).returning();
  return row!;
}

export async function markWithdrawn(
  db: Executor,
  id: string,
  values: Pick<PublicationInsert, 'withdrawnAt' | 'withdrawnBy' | 'withdrawnByName' | 'withdrawReason'>,
) {
  const [row] = await db
    .update(reportPublications)
    .set(values)
    .where(and(eq(reportPublications.id, id), isNull(reportPublications.withdrawnAt)))
    .returning({ id: reportPublications.id });
  return row;
}

/** The live publications of a cycle's participants' reports, by report (the compliance checklist's 按时公开 item). */
export async function livePublicationsOfCycle(db: Executor, cycleId: string): Promise<Map<string, PublicationRow>> {
  const rows = await db
    .select()
    .from(reportPublications)
    .where(and(eq(reportPublications.cycleId, cycleId), isNull(reportPublications.withdrawnAt), isNotNull(reportPublications.reportId)));
  return new Map(rows.map((r) => [r.reportId!, r]));
}

/** Every live publication in the cycles an authority runs, with the unit, its level and the cycle. */
export async function livePublicationsOfAuthority(db: Executor, authorityOrgId: string) {
  return db
    .select({
      publication: reportPublications,
      orgName: unit.name,
      level: qualityReports.level,
      status: qualityReports.status,
      cycle: { id: reportCycles.id, title: reportCycles.title, reportYear: reportCycles.reportYear, deadlines: reportCycles.deadlines },
    })
    .from(reportPublications)
    .innerJoin(reportCycles, eq(reportCycles.id, reportPublications.cycleId))
    .innerJoin(unit, eq(unit.id, reportPublications.orgId))
    .leftJoin(qualityReports, eq(qualityReports.id, reportPublications.reportId))
    .where(and(eq(reportCycles.authorityOrgId, authorityOrgId), isNull(reportPublications.withdrawnAt)))
    .orderBy(desc(reportCycles.reportYear), asc(unit.nameSortKey), asc(unit.name));
}

/** The authorities with anything published in their cycles, how much, and the levels their cycles collect. */
export async function publishingAuthorities(db: Executor) {
  return db
    .select({ orgId: reportCycles.authorityOrgId, name: authority.name, levels: reportCycles.levels, published: count() })
    .from(reportPublications)
    .innerJoin(reportCycles, eq(reportCycles.id, reportPublications.cycleId))
    .innerJoin(authority, eq(authority.id, reportCycles.authorityOrgId))
    .where(isNull(reportPublications.withdrawnAt))
    .groupBy(reportCycles.authorityOrgId, authority.name, authority.nameSortKey, reportCycles.levels)
    .orderBy(asc(authority.nameSortKey), asc(authority.name));
}
