/**
 * Notifications of the quality reports (质量年度报告, docs/sources.md §9): the reminders of a cycle's stage deadlines, sent to
 * whoever the report waits for — its 采集员 to submit, its 审核员 to check, its 校长 to approve (上海年报 6.4).
 */
import { z } from 'zod';
import { notificationKind, ZBilingualParam, ZParamCount, ZParamDate, ZParamText } from './kind-definition.js';

const EXAMPLE = {
  cycleTitle: '2026年度上海市中等职业教育质量年度报告',
  orgName: '上海市曹杨职业技术学校',
  stage: { 'zh-CN': '采集员提交', 'en-US': 'Collector submits' },
  status: { 'zh-CN': '填报中', 'en-US': 'Being filled in' },
};
const params = { cycleTitle: ZParamText, orgName: ZParamText, stage: ZBilingualParam, status: ZBilingualParam, deadline: ZParamDate };
const REPORT_ROLES = ['data_collector', 'reviewer', 'principal'] as const;

export const REPORTS_NOTIFICATION_KINDS = {
  'reports.stage_due': notificationKind({
    module: 'reports',
    label: { 'zh-CN': '质量年报环节截止提醒', 'en-US': 'Quality report stage due' },
    title: { 'zh-CN': '{cycleTitle}：“{stage}”将于 {deadline} 截止', 'en-US': '{cycleTitle}: “{stage}” is due on {deadline}' },
    body: {
      'zh-CN': '距截止还有 {daysLeft} 天，{orgName}的质量年报当前为“{status}”，请在截止前完成“{stage}”。',
      'en-US': '{daysLeft} days left, and the quality report of {orgName} is “{status}”: complete “{stage}” before the deadline.',
    },
    params: z.object({ ...params, daysLeft: ZParamCount }),
    example: { ...EXAMPLE, deadline: '2027-01-15', daysLeft: 7 },
    defaultChannel: 'email',
    audience: [...REPORT_ROLES],
  }),
  'reports.stage_overdue': notificationKind({
    module: 'reports',
    label: { 'zh-CN': '质量年报环节逾期', 'en-US': 'Quality report stage overdue' },
    title: { 'zh-CN': '{cycleTitle}：“{stage}”已逾期 {daysOverdue} 天', 'en-US': '{cycleTitle}: “{stage}” is {daysOverdue} days overdue' },
    body: {
      'zh-CN': '“{stage}”已于 {deadline} 截止，{orgName}的质量年报仍为“{status}”，请尽快办理。',
      'en-US': '“{stage}” was due on {deadline}, and the quality report of {orgName} is still “{status}”: please complete it now.',
    },
    params: z.object({ ...params, daysOverdue: ZParamCount }),
    example: { ...EXAMPLE, deadline: '2027-01-15', daysOverdue: 1 },
    defaultChannel: 'email',
    audience: [...REPORT_ROLES],
  }),
};
