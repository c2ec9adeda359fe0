/**
 * Keeps the job table small: succeeded jobs are deleted after two weeks, failed ones after three months (long
 * enough for the platform administrator to look, retry or give up). Daily at 03:30, Asia/Shanghai.
 */
import { defineRecurringJob } from './job-definition.js';
import { deleteFinishedBefore } from './jobs.repository.js';

export const KEEP_SUCCEEDED_DAYS = 14;
export const KEEP_FAILED_DAYS = 90;
const DAY_MS = 86_400_000;

export const pruneJobsJob = defineRecurringJob({
  name: 'jobs.prune',
  title: { 'zh-CN': '清理已结束的后台任务', 'en-US': 'Prune finished jobs' },
  schedule: { cron: '30 3 * * *' },
  handler: async ({ db, now }) => {
    await deleteFinishedBefore(db, 'succeeded', new Date(now.getTime() - KEEP_SUCCEEDED_DAYS * DAY_MS));
    await deleteFinishedBefore(db, 'failed', new Date(now.getTime() - KEEP_FAILED_DAYS * DAY_MS));
  },
});
