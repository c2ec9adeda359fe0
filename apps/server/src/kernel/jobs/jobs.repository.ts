/** All SQL of the job runner; statements PostgreSQL and PGlite both run. */
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { type Executor, rowsOf } from '../db/database.js';
import { jobs, jobSchedules } from './jobs.table.js';

export type JobRow = typeof jobs.$inferSelect;
export type JobState = JobRow['state'];

export interface NewJob {
  name: string;
  payload: unknown;
  runAt: Date | null;
  maxAttempts: number;
  idempotencyKey: string | null;
  concurrencyKey: string | null;
}

/** Inserts jobs; one whose (name, idempotency key) exists already is left out. Returns the ids inserted. */
export async function insertJobs(db: Executor, values: NewJob[]): Promise<string[]> {
  if (values.length === 0) return [];
  const rows = await db
    .insert(jobs)
    .values(values.map((value) => ({ ...value, state: 'queued' as const })))
    .onConflictDoNothing({ target: [jobs.name, jobs.idempotencyKey] })
    .returning({ id: jobs.id });
  return rows.map((row) => row.id);
}

export async function findJobByKey(db: Executor, name: string, idempotencyKey: string): Promise<JobRow | undefined> {
  const [row] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.name, name), eq(jobs.idempotencyKey, idempotencyKey)));
  return row;
}

export async function findJob(db: Executor, id: string): Promise<JobRow | undefined> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row;
}

/**
 * Claims the next due job among `names`: skips rows another runner has locked, and jobs whose concurrency key
 * has a job running. Two runners can still pick two jobs of one key at the same instant; the partial unique
 * index on running keys then refuses the second (unique violation), which the caller treats as "try again".
 */
export async function claimNextJob(
  db: Executor,
  names: string[],
  runner: string,
  now: Date,
  leaseUntil: Date,
): Promise<JobRow | undefined> {
  const result = await db.execute(sql`
    update ${jobs} set state = 'running', attempts = attempts + 1, locked_by = ${runner},
      locked_until = ${leaseUntil}, started_at = ${now}, finished_at = null
    where id = (
      select j.id from ${jobs} j
      where j.state = 'queued' and (j.run_at is null or j.run_at <= ${now}) and j.name in ${names}
        and (j.concurrency_key is null or not exists (
          select 1 from ${jobs} r where r.state = 'running' and r.concurrency_key = j.concurrency_key))
      order by j.run_at asc nulls first, j.created_at asc, j.id asc
      limit 1
      for update skip locked)
    returning id`);
  const [claimed] = rowsOf<{ id: string }>(result);
  return claimed ? findJob(db, claimed.id) : undefined;
}

/** Moves the lease of a job this runner still holds; false when the job is no longer its own. */
export async function extendLease(db: Executor, id: string, runner: string, leaseUntil: Date): Promise<boolean> {
  const rows = await db
    .update(jobs)
    .set({ lockedUntil: leaseUntil })
    .where(and(eq(jobs.id, id), eq(jobs.lockedBy, runner), eq(jobs.state, 'running')))
    .returning({ id: jobs.id });
  return rows.length > 0;
}

const heldBy = (id: string, runner: string) => and(eq(jobs.id, id), eq(jobs.lockedBy, runner), eq(jobs.state, 'running'));

export async function markSucceeded(db: Executor, id: string, runner: string, now: Date): Promise<void> {
  await db.update(jobs).set({ state: 'succeeded', finishedAt: now, lockedBy: null, lockedUntil: null }).where(heldBy(id, runner));
}

/** A failed attempt: queued again at `retryAt`, or failed for good when `retryAt` is null. */
export async function markAttemptFailed(
  db: Executor,
  id: string,
  runner: string,
  error: string,
  now: Date,
  retryAt: Date | null,
): Promise<void> {
  await db
    .update(jobs)
    .set(
      retryAt
        ? { state: 'queued', runAt: retryAt, lastError: error, lockedBy: null, lockedUntil: null }
        : { state: 'failed', finishedAt: now, lastError: error, lockedBy: null, lockedUntil: null },
    )
    .where(heldBy(id, runner));
}

/**
 * Jobs whose runner stopped renewing the lease (the process died): queued again, or failed when that was
 * their last attempt. Returns how many were taken back.
 */
export async function reclaimExpiredLeases(db: Executor, now: Date, error: string): Promise<number> {
  const result = await db.execute(sql`
    update ${jobs} set
      state = case when attempts >= max_attempts then 'failed' else 'queued' end,
      finished_at = case when attempts >= max_attempts then ${now}::timestamptz else null end,
      run_at = ${now}, last_error = ${error}, locked_by = null, locked_until = null
    where state = 'running' and locked_until < ${now}
    returning id`);
  return rowsOf(result).length;
}

/** A failed job, tried again from its first attempt as soon as a runner is free. */
export async function requeueFailedJob(db: Executor, id: string): Promise<JobRow | undefined> {
  const [row] = await db
    .update(jobs)
    .set({ state: 'queued', attempts: 0, runAt: null, finishedAt: null })
    .where(and(eq(jobs.id, id), eq(jobs.state, 'failed')))
    .returning();
  return row;
}

export async function deleteFinishedBefore(db: Executor, state: 'succeeded' | 'failed', before: Date): Promise<number> {
  const result = await db.execute(sql`delete from ${jobs} where state = ${state} and finished_at < ${before} returning id`);
  return rowsOf(result).length;
}

export async function countJobsByState(db: Executor): Promise<Record<JobState, number>> {
  const rows = await db.select({ state: jobs.state, n: count() }).from(jobs).groupBy(jobs.state);
  const counts: Record<JobState, number> = { queued: 0, running: 0, succeeded: 0, failed: 0 };
  for (const row of rows) counts[row.state] = Number(row.n);
  return counts;
}

export async function listJobs(db: Executor, state: JobState, limit: number, offset: number): Promise<JobRow[]> {
  const order =
    state === 'queued'
      ? [sql`${jobs.runAt} asc nulls first`, asc(jobs.createdAt)]
      : state === 'running'
        ? [asc(jobs.startedAt)]
        : [desc(jobs.finishedAt)];
  return db
    .select()
    .from(jobs)
    .where(eq(jobs.state, state))
    .orderBy(...order, asc(jobs.id))
    .limit(limit)
    .offset(offset);
}

// Recurring jobs

export type ScheduleRow = typeof jobSchedules.$inferSelect;

/** Records a recurring job's schedule; its next occurrence is recomputed only when the schedule changed. */
export async function upsertSchedule(db: Executor, name: string, schedule: string, nextRunAt: Date): Promise<void> {
  await db
    .insert(jobSchedules)
    .values({ name, schedule, nextRunAt })
    .onConflictDoUpdate({
      target: jobSchedules.name,
      set: { schedule, nextRunAt },
      setWhere: sql`${jobSchedules.schedule} <> excluded.schedule`,
    });
}

/** Due schedules among `names`, locked for this transaction; another instance skips them. */
export async function lockDueSchedules(db: Executor, names: string[], now: Date): Promise<ScheduleRow[]> {
  if (names.length === 0) return [];
  return db
    .select()
    .from(jobSchedules)
    .where(and(inArray(jobSchedules.name, names), sql`${jobSchedules.nextRunAt} <= ${now}`))
    .for('update', { skipLocked: true });
}

export async function advanceSchedule(db: Executor, name: string, enqueuedAt: Date, nextRunAt: Date): Promise<void> {
  await db.update(jobSchedules).set({ lastEnqueuedAt: enqueuedAt, nextRunAt }).where(eq(jobSchedules.name, name));
}

export async function listSchedules(db: Executor): Promise<ScheduleRow[]> {
  return db.select().from(jobSchedules).orderBy(asc(jobSchedules.name));
}
