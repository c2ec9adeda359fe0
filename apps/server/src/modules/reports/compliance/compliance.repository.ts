/** SQL of the compliance evaluations and the send-backs. */
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { users } from '../../../kernel/auth/auth.table.js';
import type { Executor } from '../../../kernel/db/database.js';
import { organizationDirectory } from '../../organizations/index.js';
import { reportCycles } from '../cycles/cycles.table.js';
import { qualityReports } from '../review/reports.table.js';
import { complianceEvaluations, complianceSendBacks } from './compliance.table.js';

export type EvaluationRow = typeof complianceEvaluations.$inferSelect;
export type EvaluationInsert = typeof complianceEvaluations.$inferInsert;
export type SendBackRow = typeof complianceSendBacks.$inferSelect;

const unit = organizationDirectory('evaluated_unit');

export async function insertEvaluation(db: Executor, values: EvaluationInsert): Promise<EvaluationRow | undefined> {
  const [row] = await db.insert(complianceEvaluations).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findEvaluation(db: Executor, id: string) {
  const [row] = await db.select().from(complianceEvaluations).where(eq(complianceEvaluations.id, id));
  return row;
}

/** Every evaluation of a cycle's reports, with the expert's name. */
export async function evaluationsOfCycle(db: Executor, cycleId: string) {
  return db
    .select({ evaluation: complianceEvaluations, expertName: users.displayName })
    .from(complianceEvaluations)
    .innerJoin(users, eq(users.id, complianceEvaluations.expertId))
    .where(eq(complianceEvaluations.cycleId, cycleId))
    .orderBy(asc(complianceEvaluations.assignedAt), asc(users.displayNameSortKey));
}

export async function evaluationsOfExpert(db: Executor, expertId: string) {
  return db
    .select({
      evaluation: complianceEvaluations,
      orgId: qualityReports.orgId,
      orgName: unit.name,
      level: qualityReports.level,
      cycle: { id: reportCycles.id, title: reportCycles.title, reportYear: reportCycles.reportYear },
    })
    .from(complianceEvaluations)
    .innerJoin(qualityReports, eq(qualityReports.id, complianceEvaluations.reportId))
    .innerJoin(unit, eq(unit.id, qualityReports.orgId))
    .innerJoin(reportCycles, eq(reportCycles.id, complianceEvaluations.cycleId))
    .where(eq(complianceEvaluations.expertId, expertId))
    .orderBy(desc(complianceEvaluations.assignedAt), asc(unit.nameSortKey));
}

/**
 * Whether the expert holds a live assignment of the report: assigned or submitted. A withdrawn assignment is deleted
 * and a declared conflict closes it, so neither counts.
 */
export async function isEvaluating(db: Executor, reportId: string, expertId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: complianceEvaluations.id })
    .from(complianceEvaluations)
    .where(
      and(
        eq(complianceEvaluations.reportId, reportId),
        eq(complianceEvaluations.expertId, expertId),
        inArray(complianceEvaluations.status, ['assigned', 'submitted']),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function updateEvaluationAtVersion(db: Executor, id: string, version: number, values: Partial<EvaluationInsert>) {
  const [row] = await db
    .update(complianceEvaluations)
    .set({ ...values, version: sql`${complianceEvaluations.version} + 1`, updatedAt: new Date() })
    .where(and(eq(complianceEvaluations.id, id), eq(complianceEvaluations.version, version)))
    .returning();
  return row;
}

/** Withdraws an assignment nobody has submitted; false when it was submitted meanwhile. */
export async function deleteUnsubmittedEvaluation(db: Executor, id: string): Promise<boolean> {
  const rows = await db
    .delete(complianceEvaluations)
    .where(and(eq(complianceEvaluations.id, id), eq(complianceEvaluations.status, 'assigned')))
    .returning({ id: complianceEvaluations.id });
  return rows.length > 0;
}

export async function sendBacksOfCycle(db: Executor, cycleId: string): Promise<SendBackRow[]> {
  return db.select().from(complianceSendBacks).where(eq(complianceSendBacks.cycleId, cycleId)).orderBy(asc(complianceSendBacks.sentAt));
}

/** The report's present round: how many times it was sent back. */
export async function roundOf(db: Executor, reportId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(complianceSendBacks).where(eq(complianceSendBacks.reportId, reportId));
  return Number(row?.n ?? 0);
}

export async function insertSendBack(db: Executor, values: typeof complianceSendBacks.$inferInsert): Promise<SendBackRow | undefined> {
  const [row] = await db.insert(complianceSendBacks).values(values).onConflictDoNothing().returning();
  return row;
}
