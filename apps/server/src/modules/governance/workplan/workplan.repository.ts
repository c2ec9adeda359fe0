import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { fileBlobs, keepAttachedUploads } from '../../../kernel/files/index.js';
import { workplanEvidence, workplanProgress, workplanRevisions, workplanTasks } from './workplan.table.js';
import { organizationDirectory } from '../../organizations/index.js';
import { bodyMembershipDirectory } from '../../bodies/index.js';

const org = organizationDirectory();
const membership = bodyMembershipDirectory();

export type TaskRow = typeof workplanTasks.$inferSelect;
export type TaskInsert = typeof workplanTasks.$inferInsert;
export type ProgressRow = typeof workplanProgress.$inferSelect;

export const EVIDENCE_KIND = 'workplan_evidence';

export async function listTasks(db: Executor, bodyId: string, year: number): Promise<TaskRow[]> {
  return db
    .select()
    .from(workplanTasks)
    .where(and(eq(workplanTasks.bodyId, bodyId), eq(workplanTasks.year, year)))
    .orderBy(asc(workplanTasks.sortOrder), asc(workplanTasks.startsOn), asc(workplanTasks.id));
}

/** Open tasks of a body whose window ends on or before `until` (late or due), for the dashboard. */
export async function listOpenTasksEndingBy(db: Executor, bodyId: string, until: string): Promise<TaskRow[]> {
  return db
    .select()
    .from(workplanTasks)
    .where(
      and(
        eq(workplanTasks.bodyId, bodyId),
        eq(workplanTasks.done, false),
        isNull(workplanTasks.retiredOn),
        sql`${workplanTasks.endsOn} <= ${until}`,
      ),
    )
    .orderBy(asc(workplanTasks.endsOn));
}

export async function findTask(db: Executor, id: string): Promise<TaskRow | undefined> {
  const [row] = await db.select().from(workplanTasks).where(eq(workplanTasks.id, id)).limit(1);
  return row;
}

export async function insertTask(db: Executor, values: TaskInsert): Promise<TaskRow> {
  const [row] = await db.insert(workplanTasks).values(values).returning();
  return row!;
}

/** The edit applies only to the version the editor saw; undefined when someone changed the task meanwhile. */
export async function updateTaskAtVersion(
  db: Executor,
  id: string,
  version: number,
  values: Partial<TaskInsert>,
): Promise<TaskRow | undefined> {
  const [row] = await db
    .update(workplanTasks)
    .set({ ...values, version: sql`${workplanTasks.version} + 1` })
    .where(and(eq(workplanTasks.id, id), eq(workplanTasks.version, version)))
    .returning();
  return row;
}

export type RevisionInsert = Omit<typeof workplanRevisions.$inferInsert, 'planVersion'>;

/** The next version of the body's plan of that year; the unique key refuses a concurrent change of the same number. */
export async function insertRevision(db: Executor, values: RevisionInsert): Promise<number> {
  const next = sql<number>`(select coalesce(max(${workplanRevisions.planVersion}), 0) + 1 from ${workplanRevisions} where ${workplanRevisions.bodyId} = ${values.bodyId} and ${workplanRevisions.year} = ${values.year})`;
  const [row] = await db
    .insert(workplanRevisions)
    .values({ ...values, planVersion: next })
    .returning({ planVersion: workplanRevisions.planVersion });
  return row!.planVersion;
}

export async function currentPlanVersion(db: Executor, bodyId: string, year: number): Promise<number> {
  const [row] = await db
    .select({ version: sql<number | null>`max(${workplanRevisions.planVersion})` })
    .from(workplanRevisions)
    .where(and(eq(workplanRevisions.bodyId, bodyId), eq(workplanRevisions.year, year)));
  return Number(row?.version ?? 0);
}

/** The plan's versions, newest first, with the task's current title. */
export async function listRevisions(db: Executor, bodyId: string, year: number) {
  return db
    .select({ revision: workplanRevisions, title: workplanTasks.title })
    .from(workplanRevisions)
    .innerJoin(workplanTasks, eq(workplanTasks.id, workplanRevisions.taskId))
    .where(and(eq(workplanRevisions.bodyId, bodyId), eq(workplanRevisions.year, year)))
    .orderBy(desc(workplanRevisions.planVersion));
}

export async function existingTaskTitles(db: Executor, bodyId: string, year: number): Promise<Set<string>> {
  const rows = await db
    .select({ title: workplanTasks.title })
    .from(workplanTasks)
    .where(and(eq(workplanTasks.bodyId, bodyId), eq(workplanTasks.year, year)));
  return new Set(rows.map((row) => row.title));
}

export async function recordTaskProgress(
  db: Executor,
  id: string,
  values: { progressPercent: number; done: boolean; lastReportedOn: string },
) {
  await db
    .update(workplanTasks)
    .set({ ...values, version: sql`${workplanTasks.version} + 1` })
    .where(eq(workplanTasks.id, id));
}

export async function insertProgress(db: Executor, values: typeof workplanProgress.$inferInsert): Promise<ProgressRow> {
  const [row] = await db.insert(workplanProgress).values(values).returning();
  return row!;
}

export async function listProgress(db: Executor, taskId: string) {
  const rows = await db
    .select({ progress: workplanProgress, orgName: org.name })
    .from(workplanProgress)
    .leftJoin(org, eq(org.id, workplanProgress.orgId))
    .where(eq(workplanProgress.taskId, taskId))
    .orderBy(desc(workplanProgress.createdAt), desc(workplanProgress.id));
  return rows.map(({ progress, orgName }) => ({ ...progress, orgName }));
}

export async function listEvidenceOf(db: Executor, progressIds: string[]) {
  if (progressIds.length === 0) return [];
  return db
    .select({
      progressId: workplanEvidence.progressId,
      id: fileBlobs.id,
      filename: fileBlobs.filename,
      size: sql<number>`octet_length(${fileBlobs.content})`,
    })
    .from(workplanEvidence)
    .innerJoin(fileBlobs, eq(fileBlobs.id, workplanEvidence.fileId))
    .where(inArray(workplanEvidence.progressId, progressIds))
    .orderBy(asc(fileBlobs.filename));
}

/**
 * Evidence the user uploaded and has not attached yet (and that has not expired): attaching keeps it as long
 * as the report, so it no longer expires.
 */
export async function attachEvidence(db: Executor, progressId: string, fileIds: string[], ownerUserId: string): Promise<number> {
  const kept = await keepAttachedUploads(db, {
    fileIds,
    ownerUserId,
    kind: EVIDENCE_KIND,
    link: { table: workplanEvidence, fileId: workplanEvidence.fileId },
  });
  if (kept.length > 0) await db.insert(workplanEvidence).values(kept.map((fileId) => ({ progressId, fileId })));
  return kept.length;
}

/** An evidence file of a task of this body, for download. */
export async function findEvidenceOfBody(db: Executor, bodyId: string, fileId: string) {
  const [row] = await db
    .select({ filename: fileBlobs.filename, contentType: fileBlobs.contentType, content: fileBlobs.content })
    .from(workplanEvidence)
    .innerJoin(fileBlobs, eq(fileBlobs.id, workplanEvidence.fileId))
    .innerJoin(workplanProgress, eq(workplanProgress.id, workplanEvidence.progressId))
    .innerJoin(workplanTasks, eq(workplanTasks.id, workplanProgress.taskId))
    .where(and(eq(workplanEvidence.fileId, fileId), eq(workplanTasks.bodyId, bodyId)))
    .limit(1);
  return row;
}

export async function isActiveMember(db: Executor, bodyId: string, orgId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: membership.id })
    .from(membership)
    .where(and(eq(membership.bodyId, bodyId), eq(membership.orgId, orgId), isNull(membership.leftOn)))
    .limit(1);
  return !!row;
}
