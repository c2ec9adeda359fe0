/**
 * Runs due jobs. `runDueJobs` is one pass — take back jobs of runners that died, enqueue due occurrences of
 * recurring jobs, then claim and run due jobs one at a time until none is left — and takes the time from its
 * caller, so tests drive it with their own clock. `startJobRunner` repeats passes in the background of a
 * server process and stops between jobs when the process shuts down.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { postgresErrorCode } from '../db/unavailable.js';
import type { AppDeps } from '../deps.js';
import { enqueueJob } from './enqueue.js';
import type { AnyJobDefinition } from './job-definition.js';
import * as repo from './jobs.repository.js';
import { nextOccurrence, retryDelayMs, scheduleText } from './schedule.rules.js';

/** A runner renews its lease while a job runs; a job whose lease lapses is someone else's to run again. */
export const LEASE_MS = 2 * 60_000;
const HEARTBEAT_MS = LEASE_MS / 4;
const LEASE_EXPIRED_ERROR =
  'The runner that had claimed this job stopped before finishing it (lease expired) / 执行该任务的进程中途停止（租约到期）';
const MAX_ERROR_LENGTH = 2000;

export interface JobOutcome {
  id: string;
  name: string;
  outcome: 'succeeded' | 'retrying' | 'failed';
  error?: string;
}

export interface RunOptions {
  /** Who claims the jobs; each process has its own. */
  runner?: string;
  /** At most this many jobs in one pass. */
  limit?: number;
  /** Asked between jobs: stop claiming when it answers true (shutdown). */
  stopping?: () => boolean;
  /** Told of each job that failed for good (its attempts used up), e.g. to alert the platform administrator. */
  onFailed?: (failure: FailedJob) => Promise<void>;
}

export interface FailedJob {
  id: string;
  name: string;
  title: AnyJobDefinition['title'];
  attempts: number;
  error: string;
  now: Date;
}

export function newRunnerId(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

export async function runDueJobs(
  deps: AppDeps,
  definitions: AnyJobDefinition[],
  now: Date,
  options: RunOptions = {},
): Promise<JobOutcome[]> {
  const db = deps.database.db;
  const runner = options.runner ?? newRunnerId();
  const byName = new Map(definitions.map((definition) => [definition.name, definition]));
  const names = [...byName.keys()];
  await repo.reclaimExpiredLeases(db, now, LEASE_EXPIRED_ERROR);
  await enqueueDueOccurrences(deps, definitions, now);
  const outcomes: JobOutcome[] = [];
  const limit = options.limit ?? 1000;
  // Leases count from the pass's instant plus the time the pass has taken, so a test clock stays consistent.
  const started = Date.now();
  const leaseUntil = () => new Date(now.getTime() + (Date.now() - started) + LEASE_MS);
  while (outcomes.length < limit && !options.stopping?.()) {
    const job = await claim(deps, names, runner, now, leaseUntil());
    if (!job) break;
    const definition = byName.get(job.name)!;
    const outcome = await runClaimed(deps, definition, job, { runner, now, leaseUntil });
    outcomes.push(outcome);
    if (outcome.outcome === 'failed' && options.onFailed) {
      await options.onFailed({
        id: job.id,
        name: job.name,
        title: definition.title,
        attempts: job.attempts,
        error: outcome.error ?? '',
        now,
      });
    }
  }
  return outcomes;
}

async function claim(deps: AppDeps, names: string[], runner: string, now: Date, leaseUntil: Date): Promise<repo.JobRow | undefined> {
  // A unique violation means another runner started a job of the same concurrency key at this instant.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      return await repo.claimNextJob(deps.database.db, names, runner, now, leaseUntil);
    } catch (error) {
      if (postgresErrorCode(error) !== '23505') throw error;
    }
  }
  return undefined;
}

interface Claim {
  runner: string;
  now: Date;
  leaseUntil: () => Date;
}

async function runClaimed(
  deps: AppDeps,
  definition: AnyJobDefinition,
  job: repo.JobRow,
  { runner, now, leaseUntil }: Claim,
): Promise<JobOutcome> {
  const db = deps.database.db;
  const heartbeat = setInterval(() => {
    void repo.extendLease(db, job.id, runner, leaseUntil()).catch(() => undefined);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  try {
    const parsed = definition.payload.safeParse(job.payload);
    if (!parsed.success) {
      const error = `The payload does not match the job's schema: ${parsed.error.message}`;
      await repo.markAttemptFailed(db, job.id, runner, error.slice(0, MAX_ERROR_LENGTH), now, null);
      return { id: job.id, name: job.name, outcome: 'failed', error };
    }
    await definition.handler({ deps, db, now, job: { id: job.id, attempt: job.attempts, maxAttempts: job.maxAttempts } }, parsed.data);
    await repo.markSucceeded(db, job.id, runner, now);
    return { id: job.id, name: job.name, outcome: 'succeeded' };
  } catch (thrown) {
    const error = describeError(thrown);
    const retryAt = job.attempts < job.maxAttempts ? new Date(now.getTime() + retryDelayMs(definition.retry, job.attempts)) : null;
    await repo.markAttemptFailed(db, job.id, runner, error, now, retryAt);
    return { id: job.id, name: job.name, outcome: retryAt ? 'retrying' : 'failed', error };
  } finally {
    clearInterval(heartbeat);
  }
}

function describeError(thrown: unknown): string {
  const text = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
  return text.slice(0, MAX_ERROR_LENGTH);
}

/**
 * One job per due occurrence of each recurring job. The schedule row is locked, so among instances passing at
 * once one enqueues it; the occurrence instant is the job's idempotency key besides. After downtime only the
 * latest missed occurrence runs: a daily job does not run five times on the morning after a long weekend.
 */
async function enqueueDueOccurrences(deps: AppDeps, definitions: AnyJobDefinition[], now: Date): Promise<void> {
  const recurring = definitions.filter((definition) => definition.schedule);
  if (recurring.length === 0) return;
  const db = deps.database.db;
  for (const definition of recurring) {
    await repo.upsertSchedule(db, definition.name, scheduleText(definition.schedule!), nextOccurrence(definition.schedule!, now));
  }
  await db.transaction(async (tx) => {
    const due = await repo.lockDueSchedules(
      tx,
      recurring.map((definition) => definition.name),
      now,
    );
    for (const row of due) {
      const definition = recurring.find((candidate) => candidate.name === row.name)!;
      const scheduledFor = row.nextRunAt.toISOString();
      await enqueueJob(
        tx,
        definition,
        { scheduledFor },
        { runAt: row.nextRunAt, idempotencyKey: scheduledFor, concurrencyKey: definition.name },
      );
      await repo.advanceSchedule(tx, row.name, now, nextOccurrence(definition.schedule!, now));
    }
  });
}

export interface JobRunnerHandle {
  /** Stops claiming and waits for the job in hand to finish. */
  stop(): Promise<void>;
}

/**
 * Passes every `pollMs` in the background. A pass that fails (database unreachable) is logged and tried again at
 * the next tick: nothing is lost, since jobs live in the database.
 */
export function startJobRunner(
  deps: AppDeps,
  definitions: AnyJobDefinition[],
  options: { pollMs: number; log: { error(object: unknown, message: string): void }; onFailed?: RunOptions['onFailed'] },
): JobRunnerHandle {
  const runner = newRunnerId();
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<void> = Promise.resolve();
  const tick = () => {
    pass = runDueJobs(deps, definitions, deps.clock.now(), { runner, stopping: () => stopping, onFailed: options.onFailed }).then(
      (outcomes) => {
        for (const failure of outcomes.filter((outcome) => outcome.outcome !== 'succeeded')) {
          options.log.error({ job: failure }, 'background job failed');
        }
      },
      (error: unknown) => options.log.error({ err: error }, 'job runner pass failed'),
    );
    void pass.then(() => {
      if (!stopping) timer = setTimeout(tick, options.pollMs);
    });
  };
  timer = setTimeout(tick, options.pollMs);
  return {
    async stop() {
      stopping = true;
      clearTimeout(timer);
      await pass;
    },
  };
}
