/** The platform administrator's view of the jobs: counts, the queued, running and failed ones, retrying one. */
import type { Locale, TJob, TJobOverview, TJobState } from '@chanjiao/contracts';
import { type Actor, recordAudit } from '../audit/audit.service.js';
import type { Database } from '../db/database.js';
import { bilingual, DomainError, notFound } from '../errors.js';
import type { AnyJobDefinition } from './job-definition.js';
import * as repo from './jobs.repository.js';

const JOB = bilingual('后台任务', 'job');
const STATE_NAMES: Record<TJobState, ReturnType<typeof bilingual>> = {
  queued: bilingual('排队中', 'queued'),
  running: bilingual('执行中', 'running'),
  succeeded: bilingual('已完成', 'succeeded'),
  failed: bilingual('失败', 'failed'),
};

function titleOf(definitions: AnyJobDefinition[], name: string, locale: Locale): string {
  return definitions.find((definition) => definition.name === name)?.title[locale] ?? name;
}

function presentJob(row: repo.JobRow, title: string): TJob {
  return {
    id: row.id,
    name: row.name,
    title,
    state: row.state,
    attempts: row.attempts,
    maxAttempts: row.maxAttempts,
    runAt: row.runAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    lastError: row.lastError,
  };
}

export async function jobOverview(
  db: Database,
  definitions: AnyJobDefinition[],
  query: { state: Exclude<TJobState, 'succeeded'>; page: number; pageSize: number },
  locale: Locale,
): Promise<TJobOverview> {
  const [counts, rows, schedules] = await Promise.all([
    repo.countJobsByState(db),
    repo.listJobs(db, query.state, query.pageSize, (query.page - 1) * query.pageSize),
    repo.listSchedules(db),
  ]);
  return {
    counts,
    items: rows.map((row) => presentJob(row, titleOf(definitions, row.name, locale))),
    page: query.page,
    pageSize: query.pageSize,
    schedules: schedules.map((row) => ({
      name: row.name,
      title: titleOf(definitions, row.name, locale),
      schedule: row.schedule,
      nextRunAt: row.nextRunAt.toISOString(),
      lastEnqueuedAt: row.lastEnqueuedAt?.toISOString() ?? null,
    })),
  };
}

/** A failed job goes back to the queue with all its attempts; the last error stays until it runs. */
export async function retryJob(db: Database, definitions: AnyJobDefinition[], actor: Actor, id: string, locale: Locale): Promise<TJob> {
  return db.transaction(async (tx) => {
    const job = await repo.findJob(tx, id);
    if (!job) throw notFound(JOB);
    const requeued = await repo.requeueFailedJob(tx, id);
    if (!requeued) throw new DomainError('JOB_NOT_FAILED', { state: STATE_NAMES[job.state] });
    await recordAudit(tx, actor, {
      action: 'jobs.retry',
      entityType: 'job',
      entityId: id,
      details: { name: job.name, lastError: job.lastError },
    });
    return presentJob(requeued, titleOf(definitions, requeued.name, locale));
  });
}
