/** Notifications of resource sharing (资源共享, docs/sources.md §9): the reminder of the yearly resource survey's deadline. */
import { z } from 'zod';
import { notificationKind, ZBilingualParam, ZParamCount, ZParamDate, ZParamText } from './kind-definition.js';

export const RESOURCES_NOTIFICATION_KINDS = {
  'resources.survey_due': notificationKind({
    module: 'resources',
    label: { 'zh-CN': '资源调研截止提醒', 'en-US': 'Resource survey due' },
    title: { 'zh-CN': '{surveyTitle}将于 {deadline} 截止填报', 'en-US': '{surveyTitle} closes on {deadline}' },
    body: {
      'zh-CN': '距截止还有 {daysLeft} 天，{bodyName}尚未收到{orgName}的调研答卷（当前：{status}），请填报并提交。',
      'en-US': '{daysLeft} days left, and {bodyName} has not received the answers of {orgName} (now: {status}): fill them in and submit.',
    },
    params: z.object({
      surveyTitle: ZParamText,
      bodyName: ZParamText,
      orgName: ZParamText,
      status: ZBilingualParam,
      deadline: ZParamDate,
      daysLeft: ZParamCount,
    }),
    example: {
      surveyTitle: '2026年度成员单位资源调研',
      bodyName: '沿沪宁产业创新带职业院校联盟',
      orgName: '上海市曹杨职业技术学校',
      status: { 'zh-CN': '未填报', 'en-US': 'Not started' },
      deadline: '2026-12-31',
      daysLeft: 7,
    },
    defaultChannel: 'email',
    audience: ['org_admin', 'data_collector'],
  }),
};
