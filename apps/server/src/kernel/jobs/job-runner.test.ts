/**
 * The job runner on the test database (PGlite, or PostgreSQL with DATABASE_URL): delayed, retried, recurring
 * and idempotent jobs, one run per concurrency key across runners, and jobs of a dead runner taken back.
 * Time is the test's: every pass gets its `now`.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testConfig } from '../config.js';
import type { AppDeps } from '../deps.js';
import { createTestDatabase } from '../../testing/test-database.js';
import { systemClock } from '../time/clock.js';
import { defineJob, defineRecurringJob, enqueueJob, type FailedJob, runDueJobs } from './index.js';
import * as repo from './jobs.repository.js';
import { jobs, jobSchedules } from './jobs.table.js';

const database = await createTestDatabase();
const deps: AppDeps = {
  config: testConfig(),
  database: database.handle,
  clock: systemClock,
  secretKey: 'test-secret-key-0123456789abcdef0123456789',
};
const db = database.handle.db;
afterAll(() => database.dispose());

const T0 = new Date('2026-12-06T02:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let ran: string[] = [];
let failuresLeft = 0;
let running = 0;
let mostAtOnce = 0;

const recordJob = defineJob({
  name: 'test.record',
  title: { 'zh-CN': '记录', 'en-US': 'Record' },
  payload: z.object({ label: z.string() }),
  retry: { maxAttempts: 3, baseDelaySeconds: 10, maxDelaySeconds: 60 },
  handler: async (_ctx, { label }) => {
    running += 1;
    mostAtOnce = Math.max(mostAtOnce, running);
    await sleep(20);
    running -= 1;
    if (failuresLeft > 0) {
      failuresLeft -= 1;
      throw new Error(`SMTP refused ${label}`);
    }
    ran.push(label);
  },
});

const morningJob = defineRecurringJob({
  name: 'test.morning',
  title: { 'zh-CN': '每天早上', 'en-US': 'Every morning' },
  schedule: { cron: '0 8 * * *' },
  handler: async (_ctx, occurrence) => {
    ran.push(occurrence.scheduledFor);
  },
});

const definitions = [recordJob, morningJob];
const pass = (now: Date, runner?: string, onFailed?: (failure: FailedJob) => Promise<void>) =>
  runDueJobs(deps, definitions, now, { runner, onFailed });

beforeEach(async () => {
  await db.delete(jobs);
  await db.delete(jobSchedules);
  ran = [];
  failuresLeft = 0;
  running = 0;
  mostAtOnce = 0;
});

describe('enqueueing', () => {
  it('creates the job only if the transaction it was enqueued in commits', async () => {
    await db.transaction((tx) => enqueueJob(tx, recordJob, { label: 'kept' }));
    await expect(
      db.transaction(async (tx) => {
        await enqueueJob(tx, recordJob, { label: 'rolled back' });
        throw new Error('the business write failed');
      }),
    ).rejects.toThrow('the business write failed');
    await pass(T0);
    expect(ran).toEqual(['kept']);
  });

  it('keeps one job for one idempotency key', async () => {
    const first = await enqueueJob(db, recordJob, { label: 'once' }, { idempotencyKey: 'meeting-42' });
    const second = await enqueueJob(db, recordJob, { label: 'twice' }, { idempotencyKey: 'meeting-42' });
    expect(second).toEqual({ id: first.id, created: false });
    await pass(T0);
    expect(ran).toEqual(['once']);
  });

  it('refuses a payload its handler could not read', async () => {
    await expect(enqueueJob(db, recordJob, { label: 42 } as never)).rejects.toThrow();
  });
});

describe('running', () => {
  it('runs a delayed job at its time, not before', async () => {
    await enqueueJob(db, recordJob, { label: 'later' }, { runAt: at(60) });
    await pass(at(59));
    expect(ran).toEqual([]);
    await pass(at(60));
    expect(ran).toEqual(['later']);
    const [row] = await db.select().from(jobs);
    expect(row).toMatchObject({ state: 'succeeded', attempts: 1, finishedAt: at(60) });
  });

  it('retries with exponential back-off, then keeps the job as failed with its error', async () => {
    failuresLeft = 10;
    const failed: FailedJob[] = [];
    const { id } = await enqueueJob(db, recordJob, { label: 'mail' });
    expect((await pass(T0, undefined, async (f) => void failed.push(f)))[0]).toMatchObject({ outcome: 'retrying' });
    expect((await repo.findJob(db, id))!.runAt).toEqual(at(10));
    expect(await pass(at(9))).toEqual([]);
    expect((await pass(at(10)))[0]).toMatchObject({ outcome: 'retrying' });
    expect((await repo.findJob(db, id))!.runAt).toEqual(at(30));
    expect((await pass(at(30), undefined, async (f) => void failed.push(f)))[0]).toMatchObject({ outcome: 'failed' });
    expect(await repo.findJob(db, id)).toMatchObject({ state: 'failed', attempts: 3, lastError: 'Error: SMTP refused mail' });
    expect(failed).toMatchObject([{ id, name: 'test.record', attempts: 3, error: 'Error: SMTP refused mail' }]);
    expect(await pass(at(3600))).toEqual([]);
  });

  it('succeeds on a later attempt after failing', async () => {
    failuresLeft = 1;
    await enqueueJob(db, recordJob, { label: 'second time lucky' });
    await pass(T0);
    await pass(at(10));
    expect(ran).toEqual(['second time lucky']);
    expect((await db.select().from(jobs))[0]).toMatchObject({ state: 'succeeded', attempts: 2 });
  });

  it('runs a job once when two runners race for it', async () => {
    await enqueueJob(db, recordJob, { label: 'only once' });
    await Promise.all([pass(T0, 'runner-a'), pass(T0, 'runner-b')]);
    expect(ran).toEqual(['only once']);
  });

  it('never runs two jobs of one concurrency key at the same time, across runners', async () => {
    for (const label of ['a', 'b', 'c']) await enqueueJob(db, recordJob, { label }, { concurrencyKey: 'body-7' });
    await Promise.all([pass(T0, 'runner-a'), pass(T0, 'runner-b'), pass(T0, 'runner-c')]);
    expect(mostAtOnce).toBe(1);
    expect([...ran].sort()).toEqual(['a', 'b', 'c']);
  });

  it('runs jobs of different keys side by side', async () => {
    await enqueueJob(db, recordJob, { label: 'x' }, { concurrencyKey: 'one' });
    await enqueueJob(db, recordJob, { label: 'y' }, { concurrencyKey: 'two' });
    await Promise.all([pass(T0, 'runner-a'), pass(T0, 'runner-b')]);
    expect([...ran].sort()).toEqual(['x', 'y']);
  });

  it('takes back the job of a runner that died once its lease has passed', async () => {
    await enqueueJob(db, recordJob, { label: 'orphan' });
    const claimed = await repo.claimNextJob(db, ['test.record'], 'dead-runner', T0, at(120));
    expect(claimed).toMatchObject({ state: 'running', lockedBy: 'dead-runner' });
    await pass(at(60));
    expect(ran).toEqual([]);
    await pass(at(121));
    expect(ran).toEqual(['orphan']);
    expect(await repo.findJob(db, claimed!.id)).toMatchObject({ state: 'succeeded', attempts: 2 });
  });

  it('leaves jobs it does not know to the runners that do', async () => {
    await db.insert(jobs).values({ name: 'test.from_a_newer_version', payload: {}, maxAttempts: 1 });
    await pass(T0);
    expect((await db.select().from(jobs))[0]).toMatchObject({ state: 'queued', attempts: 0 });
  });
});

describe('recurring jobs', () => {
  it('runs once per occurrence at 08:00 Asia/Shanghai, on one of several instances', async () => {
    await pass(new Date('2026-12-06T23:00:00Z')); // 07:00 in Shanghai: scheduled, not yet due
    expect(ran).toEqual([]);
    await Promise.all([pass(new Date('2026-12-07T00:00:00Z'), 'a'), pass(new Date('2026-12-07T00:00:00Z'), 'b')]);
    expect(ran).toEqual(['2026-12-07T00:00:00.000Z']);
    await pass(new Date('2026-12-07T06:00:00Z'));
    expect(ran).toEqual(['2026-12-07T00:00:00.000Z']);
    const [schedule] = await db.select().from(jobSchedules);
    expect(schedule).toMatchObject({ name: 'test.morning', nextRunAt: new Date('2026-12-08T00:00:00Z') });
  });

  it('after days of downtime runs the missed occurrence once, not once per day missed', async () => {
    await pass(new Date('2026-12-06T23:00:00Z'));
    await pass(new Date('2026-12-10T03:00:00Z'));
    expect(ran).toEqual(['2026-12-07T00:00:00.000Z']);
  });
});

describe('pruning', () => {
  it('deletes succeeded jobs after 14 days and failed ones after 90, at 03:30 Asia/Shanghai', async () => {
    const { pruneJobsJob } = await import('./prune.job.js');
    await db.insert(jobs).values([
      { name: 'test.record', payload: {}, maxAttempts: 1, state: 'succeeded', finishedAt: new Date('2026-11-20T00:00:00Z') },
      { name: 'test.record', payload: {}, maxAttempts: 1, state: 'succeeded', finishedAt: new Date('2026-11-25T00:00:00Z') },
      { name: 'test.record', payload: {}, maxAttempts: 1, state: 'failed', finishedAt: new Date('2026-11-20T00:00:00Z') },
    ]);
    await runDueJobs(deps, [pruneJobsJob], new Date('2026-12-06T19:00:00Z'));
    await runDueJobs(deps, [pruneJobsJob], new Date('2026-12-06T19:30:00Z')); // 03:30 on 7 December in Shanghai
    const left = await db.select({ state: jobs.state, finishedAt: jobs.finishedAt }).from(jobs).where(eq(jobs.name, 'test.record'));
    expect(left).toEqual(
      expect.arrayContaining([
        { state: 'succeeded', finishedAt: new Date('2026-11-25T00:00:00Z') },
        { state: 'failed', finishedAt: new Date('2026-11-20T00:00:00Z') },
      ]),
    );
    expect(left).toHaveLength(2);
  });
});
