/** Notifications for the platform administrator about the platform itself. */
import { z } from 'zod';
import { notificationKind, ZParamCount, ZParamText } from './kind-definition.js';

export const SYSTEM_NOTIFICATION_KINDS = {
  'system.job_failed': notificationKind({
    module: 'system',
    label: { 'zh-CN': '后台任务失败', 'en-US': 'Background job failed' },
    title: { 'zh-CN': '后台任务失败：{job}', 'en-US': 'Background job failed: {job}' },
    body: {
      'zh-CN': '任务「{job}」重试 {attempts} 次后仍未成功，最后的错误：{error}。请在「后台任务」页查看原因，排除后点击重试。',
      'en-US':
        'The job “{job}” still failed after {attempts} attempts; last error: {error}. See the jobs page, fix the cause and retry it.',
    },
    params: z.object({ job: ZParamText, attempts: ZParamCount, error: ZParamText }),
    example: { job: '发送邮件', attempts: 5, error: 'connect ECONNREFUSED 10.0.0.5:25' },
    defaultChannel: 'inbox',
    audience: ['platform_admin'],
    openDays: 7,
  }),
};
