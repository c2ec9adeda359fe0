/** SQL of the job list and its adjustments. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { organizationDirectory } from '../../organizations/index.js';
import { talentJobAdjustments, talentJobs } from './jobs.table.js';

export type JobRow = typeof talentJobs.$inferSelect;
export type JobInsert = typeof talentJobs.$inferInsert;
export type JobAdjustmentInsert = typeof talentJobAdjustments.$inferInsert;

const org = organizationDirectory();

export async function listJobs(db: Executor, bodyId: string) {
  return db
    .select({ job: talentJobs, orgName: org.name })
    .from(talentJobs)
    .innerJoin(org, eq(org.id, talentJobs.orgId))
    .where(eq(talentJobs.bodyId, bodyId))
    .orderBy(asc(org.nameSortKey), asc(org.name), asc(talentJobs.position), asc(talentJobs.id));
}

export async function findJob(db: Executor, bodyId: string, jobId: string) {
  const [row] = await db
    .select({ job: talentJobs, orgName: org.name })
    .from(talentJobs)
    .innerJoin(org, eq(org.id, talentJobs.orgId))
    .where(and(eq(talentJobs.id, jobId), eq(talentJobs.bodyId, bodyId)));
  return row;
}

export async function findJobOrg(db: Executor, jobId: string) {
  const [row] = await db.select({ bodyId: talentJobs.bodyId, orgId: talentJobs.orgId }).from(talentJobs).where(eq(talentJobs.id, jobId));
  return row;
}

export async function insertJob(db: Executor, values: JobInsert) {
  const [row] = await db.insert(talentJobs).values(values).returning();
  return row!;
}

/** Optimistic locking: applies only if nobody adjusted the position since `version`. */
export async function updateJobAtVersion(db: Executor, id: string, version: number, values: Partial<JobInsert>) {
  const [row] = await db
    .update(talentJobs)
    .set({ ...values, version: sql`${talentJobs.version} + 1` })
    .where(and(eq(talentJobs.id, id), eq(talentJobs.version, version)))
    .returning();
  return row;
}

export async function insertAdjustment(db: Executor, values: JobAdjustmentInsert) {
  await db.insert(talentJobAdjustments).values(values);
}

export async function adjustmentsOf(db: Executor, jobIds: string[]) {
  if (jobIds.length === 0) return [];
  return db.select().from(talentJobAdjustments).where(inArray(talentJobAdjustments.jobId, jobIds)).orderBy(asc(talentJobAdjustments.seq));
}
