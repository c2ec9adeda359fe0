/**
 * Typed job definitions: a name, a zod schema for the payload and a handler. Modules define their jobs with
 * `defineJob` / `defineRecurringJob` and list them in `modules/index.ts` (MODULE_JOBS); the runner runs only
 * the names it knows, so an instance running older code leaves newer jobs to the instances that know them.
 */
import type { Bilingual } from '@chanjiao/contracts';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import type { AppDeps } from '../deps.js';

export interface RetryPolicy {
  /** Attempts in all, the first included; after the last failure the job is `failed` with its error. */
  maxAttempts: number;
  /** The wait before the second attempt; each later wait doubles, up to maxDelaySeconds. */
  baseDelaySeconds: number;
  maxDelaySeconds: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseDelaySeconds: 30, maxDelaySeconds: 3600 };

export interface JobContext {
  deps: AppDeps;
  db: Database;
  /** The runner's clock when it claimed the job (the test's clock in tests). */
  now: Date;
  job: { id: string; attempt: number; maxAttempts: number };
}

/**
 * A job runs at least once: a runner that dies mid-job leaves it to be run again after its lease. Handlers
 * therefore make their effects idempotent (unique keys, "insert … on conflict do nothing", a record of what
 * was sent).
 */
export interface JobDefinition<T = unknown> {
  name: string;
  /** What the job does, for the platform administrator's jobs page. */
  title: Bilingual;
  payload: z.ZodType<T>;
  handler: (ctx: JobContext, payload: T) => Promise<void>;
  retry: RetryPolicy;
  /** Set for recurring jobs: the runner enqueues one job per occurrence. */
  schedule?: Schedule;
}

/** Cron expressions are read in Asia/Shanghai (minute hour day-of-month month day-of-week). */
export type Schedule = { cron: string } | { everyMinutes: number };

export function defineJob<T>(definition: {
  name: string;
  title: Bilingual;
  payload: z.ZodType<T>;
  handler: (ctx: JobContext, payload: T) => Promise<void>;
  retry?: Partial<RetryPolicy>;
}): JobDefinition<T> {
  return { ...definition, retry: { ...DEFAULT_RETRY, ...definition.retry } };
}

/** The payload every occurrence of a recurring job carries: the instant it was scheduled for. */
export const ZOccurrence = z.object({ scheduledFor: z.iso.datetime() });
export type Occurrence = z.infer<typeof ZOccurrence>;

export function defineRecurringJob(definition: {
  name: string;
  title: Bilingual;
  schedule: Schedule;
  handler: (ctx: JobContext, occurrence: Occurrence) => Promise<void>;
  retry?: Partial<RetryPolicy>;
}): JobDefinition<Occurrence> {
  return { ...definition, payload: ZOccurrence, retry: { ...DEFAULT_RETRY, ...definition.retry } };
}

/** Definitions are listed as `AnyJobDefinition[]`; each keeps its own payload type where it is used. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyJobDefinition = JobDefinition<any>;
