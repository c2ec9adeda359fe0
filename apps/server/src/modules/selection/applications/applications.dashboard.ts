/**
 * Dashboard items of the selection: applicants see their unsubmitted 推荐书 whose call closes within two weeks;
 * authorities see, per call, the submitted applications awaiting their check.
 */
import { scopesWith } from '../../../kernel/rbac/rbac.rules.js';
import type { DashboardEntry, DashboardProvider } from '../../dashboard/index.js';
import { draftsDueBefore, submittedPerCall } from './applications.repository.js';

const DUE_SOON_DAYS = 14;

export const selectionProvider: DashboardProvider = async (ctx) => {
  const grants = ctx.auth.grants;
  const applicantOrgs = scopesWith(grants, 'selection.application.edit', 'org');
  const authorityOrgs = scopesWith(grants, 'selection.call.manage', 'org');
  const items: DashboardEntry[] = [];
  if (Array.isArray(applicantOrgs) && applicantOrgs.length > 0) {
    const until = new Date(ctx.now.getTime() + DUE_SOON_DAYS * 24 * 60 * 60 * 1000);
    const due = await draftsDueBefore(ctx.db, applicantOrgs, ctx.now, until);
    if (due.length > 0) {
      const first = due[0]!;
      items.push({
        key: 'selection.drafts_due',
        severity: 'warning',
        title: { 'zh-CN': '推荐书即将截止', 'en-US': 'Applications due soon' },
        count: due.length,
        description: {
          'zh-CN': `有 ${due.length} 份推荐书尚未提交，“${first.name}”须在 ${first.deadline.replace('T', ' ')}（北京时间）前提交`,
          'en-US': `${due.length} applications are not submitted; “${first.name}” is due by ${first.deadline.replace('T', ' ')} Beijing time`,
        },
        link: `/selection/applications/${first.id}`,
      });
    }
  }
  if (Array.isArray(authorityOrgs) && authorityOrgs.length > 0) {
    for (const call of await submittedPerCall(ctx.db, authorityOrgs)) {
      items.push({
        key: `selection.submitted:${call.callId}`,
        severity: 'info',
        title: { 'zh-CN': '待审查的推荐书', 'en-US': 'Applications to check' },
        count: Number(call.submitted),
        description: {
          'zh-CN': `“${call.title}”已收到 ${call.submitted} 份推荐书，请审查；需要更正的可退回修改`,
          'en-US': `“${call.title}” has ${call.submitted} submitted applications to check; return any that need correction`,
        },
        link: `/selection/calls/${call.callId}`,
      });
    }
  }
  return items;
};
