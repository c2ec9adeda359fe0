/** The job runner on the database (docs/adr/0003-job-runner.md). */
export { defineJob, defineRecurringJob, DEFAULT_RETRY } from './job-definition.js';
export type { AnyJobDefinition, JobContext, JobDefinition, Occurrence, RetryPolicy, Schedule } from './job-definition.js';
export { enqueueJob, enqueueJobs } from './enqueue.js';
export type { Enqueued, EnqueueOptions } from './enqueue.js';
export { runDueJobs, startJobRunner, LEASE_MS } from './job-runner.js';
export type { FailedJob, JobOutcome, JobRunnerHandle, RunOptions } from './job-runner.js';
export { SCHEDULE_TIME_ZONE } from './schedule.rules.js';
export { jobRoutes } from './jobs.routes.js';
export { pruneJobsJob, KEEP_SUCCEEDED_DAYS, KEEP_FAILED_DAYS } from './prune.job.js';
