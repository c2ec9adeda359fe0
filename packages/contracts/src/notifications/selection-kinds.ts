/** Notifications of a consortium selection (市域产教联合体遴选): calls, applications, review and results. */
import { z } from 'zod';
import { notificationKind, ZBilingualParam, ZParamCount, ZParamDate, ZParamText } from './kind-definition.js';

const callTitle = ZParamText;
const EXAMPLE_CALL = '2026年连云港市市域产教联合体遴选';
const APPLICANT_ROLES = ['org_admin', 'data_collector'] as const;

export const SELECTION_NOTIFICATION_KINDS = {
  'selection.call_opened': notificationKind({
    module: 'selection',
    label: { 'zh-CN': '遴选通知发布', 'en-US': 'Call opened' },
    title: { 'zh-CN': '{authority}发布{callTitle}', 'en-US': '{authority} opened {callTitle}' },
    body: {
      'zh-CN': '申报截止时间：{closesAt}（北京时间）。符合条件的单位请在截止前填报并提交推荐书。',
      'en-US':
        'Applications close at {closesAt} (China Standard Time). Eligible organisations fill in and submit the application form before then.',
    },
    params: z.object({ authority: ZParamText, callTitle, closesAt: ZParamText }),
    example: { authority: '连云港市教育局', callTitle: EXAMPLE_CALL, closesAt: '2026-12-31 17:00' },
    defaultChannel: 'email',
    audience: [...APPLICANT_ROLES],
    openDays: 30,
  }),
  'selection.application_returned': notificationKind({
    module: 'selection',
    label: { 'zh-CN': '推荐书退回修改', 'en-US': 'Application returned for correction' },
    title: { 'zh-CN': '推荐书被退回修改：{applicationName}', 'en-US': 'Application returned for correction: {applicationName}' },
    body: {
      'zh-CN': '{authority}退回了{callTitle}的推荐书，理由：{reason}。请修改后在截止时间 {closesAt} 前重新提交。',
      'en-US': '{authority} returned your application to {callTitle}: {reason}. Correct it and submit again before {closesAt}.',
    },
    params: z.object({ authority: ZParamText, callTitle, applicationName: ZParamText, reason: ZParamText, closesAt: ZParamText }),
    example: {
      authority: '连云港市教育局',
      callTitle: EXAMPLE_CALL,
      applicationName: '连云港石化产业产教联合体',
      reason: '第二部分成员概况缺少企业统一社会信用代码',
      closesAt: '2026-12-31 17:00',
    },
    defaultChannel: 'email',
    audience: [...APPLICANT_ROLES],
  }),
  'selection.application_submitted': notificationKind({
    module: 'selection',
    label: { 'zh-CN': '收到推荐书', 'en-US': 'Application submitted' },
    title: { 'zh-CN': '收到推荐书：{applicationName}', 'en-US': 'Application received: {applicationName}' },
    body: {
      'zh-CN': '{orgName}已提交{callTitle}的推荐书，可进行形式审查。',
      'en-US': '{orgName} submitted its application to {callTitle}; it is ready for the formal check.',
    },
    params: z.object({ callTitle, applicationName: ZParamText, orgName: ZParamText }),
    example: { callTitle: EXAMPLE_CALL, applicationName: '连云港石化产业产教联合体', orgName: '连云港徐圩新区管理委员会' },
    defaultChannel: 'digest',
    audience: ['authority_admin'],
  }),
  'selection.review_assigned': notificationKind({
    module: 'selection',
    label: { 'zh-CN': '评审任务分配', 'en-US': 'Review assigned' },
    title: { 'zh-CN': '您有 {count} 份推荐书待评审', 'en-US': '{count} applications assigned to you for review' },
    body: {
      'zh-CN': '{callTitle}向您分配了评审任务，请按指标体系逐项打分并填写意见。如与申报单位存在利害关系，请申报回避。',
      'en-US':
        '{callTitle} assigned you applications to review: score each observation point with comments. Declare any conflict of interest.',
    },
    params: z.object({ callTitle, count: ZParamCount }),
    example: { callTitle: EXAMPLE_CALL, count: 5 },
    defaultChannel: 'email',
    audience: ['expert'],
  }),
  'selection.scores_due': notificationKind({
    module: 'selection',
    label: { 'zh-CN': '评分截止提醒', 'en-US': 'Scores due' },
    title: { 'zh-CN': '评分将于 {deadline} 截止', 'en-US': 'Scores are due on {deadline}' },
    body: {
      'zh-CN': '{callTitle}还有 {daysLeft} 天截止评分，您尚有 {pending} 份推荐书未提交评分。',
      'en-US': '{callTitle}: scoring closes in {daysLeft} days and {pending} of your applications are not yet scored.',
    },
    params: z.object({ callTitle, deadline: ZParamDate, daysLeft: ZParamCount, pending: ZParamCount }),
    example: { callTitle: EXAMPLE_CALL, deadline: '2027-01-15', daysLeft: 1, pending: 2 },
    defaultChannel: 'email',
    audience: ['expert'],
  }),
  'selection.call_closing': notificationKind({
    module: 'selection',
    label: { 'zh-CN': '申报截止提醒', 'en-US': 'Call closing' },
    title: { 'zh-CN': '{callTitle}将于 {deadline} 截止申报', 'en-US': '{callTitle} closes on {deadline}' },
    body: {
      'zh-CN': '距截止还有 {daysLeft} 天，贵单位的推荐书「{applicationName}」仍为草稿，请完成填报并提交。',
      'en-US': '{daysLeft} days left, and your application “{applicationName}” is still a draft: complete and submit it.',
    },
    params: z.object({ callTitle, deadline: ZParamDate, daysLeft: ZParamCount, applicationName: ZParamText }),
    example: { callTitle: EXAMPLE_CALL, deadline: '2026-12-31', daysLeft: 7, applicationName: '连云港石化产业产教联合体' },
    defaultChannel: 'email',
    audience: [...APPLICANT_ROLES],
  }),
  'selection.results_published': notificationKind({
    module: 'selection',
    label: { 'zh-CN': '遴选结果公布', 'en-US': 'Results published' },
    title: { 'zh-CN': '{callTitle}结果已公布', 'en-US': 'Results of {callTitle} published' },
    body: {
      'zh-CN': '「{applicationName}」的遴选结果：{result}（排名第 {rank} 位）。',
      'en-US': 'Result for “{applicationName}”: {result} (ranked {rank}).',
    },
    params: z.object({ callTitle, applicationName: ZParamText, result: ZBilingualParam, rank: ZParamCount }),
    example: {
      callTitle: EXAMPLE_CALL,
      applicationName: '连云港石化产业产教联合体',
      result: { 'zh-CN': '列入培育名单', 'en-US': 'on the list for development' },
      rank: 2,
    },
    defaultChannel: 'email',
    audience: [...APPLICANT_ROLES],
    openDays: 30,
  }),
};
