/** The platform administrator's view of background jobs. */
import { z } from 'zod';
import { defineErrors } from '../errors.js';

export const ZJobState = z.enum(['queued', 'running', 'succeeded', 'failed']);
export type TJobState = z.infer<typeof ZJobState>;

export const ZJob = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The job's name for people, in the request's language. */
  title: z.string(),
  state: ZJobState,
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  runAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
  lastError: z.string().nullable(),
});
export type TJob = z.infer<typeof ZJob>;

export const ZJobSchedule = z.object({
  name: z.string(),
  title: z.string(),
  schedule: z.string(),
  nextRunAt: z.iso.datetime(),
  lastEnqueuedAt: z.iso.datetime().nullable(),
});
export type TJobSchedule = z.infer<typeof ZJobSchedule>;

export const ZJobQuery = z.object({
  state: ZJobState.exclude(['succeeded']).default('failed'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const ZJobOverview = z.object({
  counts: z.record(ZJobState, z.number().int()),
  items: z.array(ZJob),
  page: z.number().int(),
  pageSize: z.number().int(),
  schedules: z.array(ZJobSchedule),
});
export type TJobOverview = z.infer<typeof ZJobOverview>;

export const ZJobParams = z.object({ id: z.uuid() });

export const JOB_ERRORS = defineErrors({
  JOB_NOT_FAILED: {
    status: 409,
    message: {
      'zh-CN': '只有失败的任务可以重试；该任务当前状态为「{state}」，请刷新列表',
      'en-US': 'Only failed jobs can be retried; this one is now “{state}” — reload the list',
    },
  },
});
