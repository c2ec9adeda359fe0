/**
 * The application's background jobs: the kernel's runner with every module's job definitions (MODULE_JOBS).
 * main.ts starts it; tests call `runDueJobs(deps, now)` with their own clock instead.
 */
import type { AppDeps } from './kernel/deps.js';
import { type JobOutcome, type JobRunnerHandle, runDueJobs as runJobs, startJobRunner } from './kernel/jobs/index.js';
import { MODULE_JOBS } from './modules/index.js';
import { alertJobFailure } from './modules/notifications/index.js';

/** One pass over the jobs due at `now`: what tests call to deliver notifications, send e-mails, remind. */
export function runDueJobs(deps: AppDeps, now: Date): Promise<JobOutcome[]> {
  return runJobs(deps, MODULE_JOBS, now, { onFailed: (failure) => alertJobFailure(deps, failure) });
}

export function startApplicationJobs(deps: AppDeps, log: { error(object: unknown, message: string): void }): JobRunnerHandle {
  return startJobRunner(deps, MODULE_JOBS, { pollMs: deps.config.jobs.pollMs, log, onFailed: (failure) => alertJobFailure(deps, failure) });
}
