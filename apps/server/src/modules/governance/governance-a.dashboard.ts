/**
 * Governance to-dos on the dashboard: for the secretariat, membership cases waiting for it (章程第十九至二十一条);
 * for a member's representative, open votes its unit has not yet cast (第十七条).
 */
import type { Bilingual } from '@chanjiao/contracts';
import { type DashboardEntry, type DashboardProvider, scopeIdsOfRoles } from '../dashboard/dashboard.types.js';
import { ballotsOfOrgs, openVotesFor } from './meetings/votes.repository.js';
import { secretariatTodoCounts } from './membership/membership.repository.js';
import { shanghaiToday } from './shanghai-today.js';

function entry(key: string, count: number, title: Bilingual, description: Bilingual, link: string): DashboardEntry {
  return { key, severity: 'warning', title, count, description, link };
}

export const governanceMembershipProvider: DashboardProvider = async (ctx) => {
  const bodyIds = [
    ...new Set(
      ctx.auth.grants.filter((g) => g.permission === 'governance.membership.review' && g.scopeType === 'body' && g.scopeId).map((g) => g.scopeId!),
    ),
  ];
  if (bodyIds.length === 0) return [];
  const today = shanghaiToday(ctx.now);
  const perBody = await Promise.all(
    bodyIds.map(async (bodyId) => {
      const [counts, body] = await Promise.all([secretariatTodoCounts(ctx.db, bodyId, today), ctx.scopeName(bodyId)]);
      const link = `/governance/membership?body=${bodyId}`;
      return [
        entry(`governance.applications:${bodyId}`, counts.applications, { 'zh-CN': '入会申请待初审', 'en-US': 'Applications to review' }, {
          'zh-CN': `${body}：${counts.applications} 份加入申请等待秘书处初审（章程第十九条）`,
          'en-US': `${body}: ${counts.applications} applications await the secretariat’s review (charter art. 19)`,
        }, link),
        entry(`governance.withdrawal_receipts:${bodyId}`, counts.receipts, { 'zh-CN': '退会申请待确认收到', 'en-US': 'Withdrawals to acknowledge' }, {
          'zh-CN': `${body}：${counts.receipts} 份退会申请尚未书面确认收到；提前期自确认之日起算（章程第二十条）`,
          'en-US': `${body}: ${counts.receipts} withdrawals not yet acknowledged in writing; the notice runs from that day (art. 20)`,
        }, link),
        entry(`governance.withdrawals_due:${bodyId}`, counts.dueWithdrawals, { 'zh-CN': '退会可办结', 'en-US': 'Withdrawals to complete' }, {
          'zh-CN': `${body}：${counts.dueWithdrawals} 家成员单位的退会已获批准且已到生效日，请收回证书并公示`,
          'en-US': `${body}: ${counts.dueWithdrawals} approved withdrawals are due; collect the certificates and publish the notices`,
        }, link),
        entry(`governance.expulsions:${bodyId}`, counts.proposals, { 'zh-CN': '除名提议待处理', 'en-US': 'Expulsion proposals' }, {
          'zh-CN': `${body}：${counts.proposals} 项除名提议待提交会议或撤回，其中 ${counts.automatic} 项由出席记录自动提出（章程第二十一条(二)）`,
          'en-US': `${body}: ${counts.proposals} expulsion proposals to put to the meeting or withdraw; ${counts.automatic} raised from attendance (art. 21(2))`,
        }, link),
      ].filter((item) => item.count > 0);
    }),
  );
  return perBody.flat();
};

export const governanceVotesProvider: DashboardProvider = async (ctx) => {
  const orgIds = scopeIdsOfRoles(ctx, ['member_representative']).filter((orgId) =>
    ctx.auth.grants.some((g) => g.permission === 'governance.vote.cast' && g.scopeId === orgId),
  );
  const open = await openVotesFor(ctx.db, orgIds);
  if (open.length === 0) return [];
  const cast = new Set((await ballotsOfOrgs(ctx.db, open.map((v) => v.itemId), orgIds)).map((b) => `${b.itemId}:${b.orgId}`));
  const waiting = open.filter((vote) => orgIds.some((orgId) => vote.electorate?.includes(orgId) && !cast.has(`${vote.itemId}:${orgId}`)));
  if (waiting.length === 0) return [];
  const first = waiting[0]!;
  return [
    {
      key: 'governance.open_votes',
      severity: 'danger',
      title: { 'zh-CN': '待表决议题', 'en-US': 'Votes waiting for you' },
      count: waiting.length,
      description: {
        'zh-CN': `${waiting.length} 个议题正在表决、本单位尚未投票，如“${first.title}”（每个成员单位一票，章程第十七条）`,
        'en-US': `${waiting.length} open votes your unit has not cast, such as “${first.title}” (one vote per member unit, art. 17)`,
      },
      link: `/governance/meetings/${first.meetingId}?body=${first.bodyId}`,
    },
  ];
};
