import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const timestamptz = () => timestamp({ withTimezone: true, mode: 'date' });

/**
 * Work to do later, on whichever instance claims it first (docs/adr/0003-job-runner.md).
 * state: queued → running → succeeded | queued again (retry after back-off) | failed (attempts used up).
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    payload: jsonb().$type<unknown>().notNull(),
    state: text().$type<'queued' | 'running' | 'succeeded' | 'failed'>().notNull().default('queued'),
    /** When the job may start; null: as soon as a runner is free. */
    runAt: timestamptz(),
    attempts: integer().notNull().default(0),
    maxAttempts: integer().notNull(),
    /** Enqueueing the same (name, key) twice keeps the first job. */
    idempotencyKey: text(),
    /** At most one job per key runs at a time, across every instance. */
    concurrencyKey: text(),
    lockedBy: text(),
    /** A running job whose lease has passed belongs to a runner that died; it is queued again. */
    lockedUntil: timestamptz(),
    lastError: text(),
    createdAt: timestamptz().notNull().defaultNow(),
    startedAt: timestamptz(),
    finishedAt: timestamptz(),
  },
  (t) => [
    uniqueIndex('jobs_idempotency_idx').on(t.name, t.idempotencyKey),
    uniqueIndex('jobs_one_running_per_key_idx')
      .on(t.concurrencyKey)
      .where(sql`state = 'running'`),
    index('jobs_queued_idx')
      .on(t.runAt)
      .where(sql`state = 'queued'`),
    index('jobs_running_lease_idx')
      .on(t.lockedUntil)
      .where(sql`state = 'running'`),
    index('jobs_state_finished_idx').on(t.state, t.finishedAt),
  ],
);

/** The next occurrence of each recurring job; the row lock makes one instance enqueue it. */
export const jobSchedules = pgTable('job_schedules', {
  name: text().primaryKey(),
  /** The schedule as written in code; when it changes, the next occurrence is computed afresh. */
  schedule: text().notNull(),
  nextRunAt: timestamptz().notNull(),
  lastEnqueuedAt: timestamptz(),
});
