/**
 * Enqueueing inside the caller's transaction: the job exists exactly when the business write it belongs to
 * commits. Pass the transaction (`tx`) the service writes with.
 */
import type { Executor } from '../db/database.js';
import type { JobDefinition } from './job-definition.js';
import * as repo from './jobs.repository.js';

export interface EnqueueOptions {
  /** Not before this instant; by default as soon as a runner is free. */
  runAt?: Date;
  /** A second job with the same name and key is not created; the first one's id is returned. */
  idempotencyKey?: string;
  /** Jobs sharing this key never run at the same time, on any instance. */
  concurrencyKey?: string;
}

export interface Enqueued {
  id: string;
  /** False when a job with the same idempotency key existed already. */
  created: boolean;
}

export async function enqueueJob<T>(
  tx: Executor,
  definition: JobDefinition<T>,
  payload: T,
  options: EnqueueOptions = {},
): Promise<Enqueued> {
  const [id] = await repo.insertJobs(tx, [newJob(definition, payload, options)]);
  if (id) return { id, created: true };
  const existing = await repo.findJobByKey(tx, definition.name, options.idempotencyKey!);
  return { id: existing!.id, created: false };
}

/** Many jobs of one definition in one statement (a fan-out); duplicates by idempotency key are skipped. */
export async function enqueueJobs<T>(
  tx: Executor,
  definition: JobDefinition<T>,
  jobs: { payload: T; options?: EnqueueOptions }[],
): Promise<number> {
  const ids = await repo.insertJobs(
    tx,
    jobs.map((job) => newJob(definition, job.payload, job.options ?? {})),
  );
  return ids.length;
}

function newJob<T>(definition: JobDefinition<T>, payload: T, options: EnqueueOptions): repo.NewJob {
  return {
    name: definition.name,
    // A payload the handler could not read is a programming error: refuse it now, not at run time.
    payload: definition.payload.parse(payload),
    runAt: options.runAt ?? null,
    maxAttempts: definition.retry.maxAttempts,
    idempotencyKey: options.idempotencyKey ?? null,
    concurrencyKey: options.concurrencyKey ?? null,
  };
}
