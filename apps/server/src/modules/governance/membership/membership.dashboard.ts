/** Membership cases waiting for the secretariat, on its dashboard (章程第十九至二十一条). */
import type { Bilingual } from '@chanjiao/contracts';
import type { DashboardEntry, DashboardProvider } from '../../dashboard/index.js';
import { secretariatTodoCounts } from './membership.repository.js';
import { shanghaiDate } from '../../../kernel/time/shanghai.js';

function entry(key: string, count: number, title: Bilingual, description: Bilingual, link: string): DashboardEntry {
  return { key, severity: 'warning', title, count, description, link };
}

export const governanceMembershipProvider: DashboardProvider = async (ctx) => {
  const bodyIds = [
    ...new Set(
      ctx.auth.grants
        .filter((g) => g.permission === 'governance.membership.review' && g.scopeType === 'body' && g.scopeId)
        .map((g) => g.scopeId!),
    ),
  ];
  if (bodyIds.length === 0) return [];
  const today = shanghaiDate(ctx.now);
  const perBody = await Promise.all(
    bodyIds.map(async (bodyId) => {
      const [counts, body] = await Promise.all([secretariatTodoCounts(ctx.db, bodyId, today), ctx.scopeName(bodyId)]);
      const link = `/governance/membership?body=${bodyId}`;
      return [
        entry(
          `governance.applications:${bodyId}`,
          counts.applications,
          { 'zh-CN': '入会申请待初审', 'en-US': 'Applications to review' },
          {
            'zh-CN': `${body}：${counts.applications} 份加入申请等待秘书处初审（章程第十九条）`,
            'en-US': `${body}: ${counts.applications} applications await the secretariat’s review (charter art. 19)`,
          },
          link,
        ),
        entry(
          `governance.withdrawal_receipts:${bodyId}`,
          counts.receipts,
          { 'zh-CN': '退会申请待确认收到', 'en-US': 'Withdrawals to acknowledge' },
          {
            'zh-CN': `${body}：${counts.receipts} 份退会申请尚未书面确认收到；提前期自确认之日起算（章程第二十条）`,
            'en-US': `${body}: ${counts.receipts} withdrawals not yet acknowledged in writing; the notice runs from that day (art. 20)`,
          },
          link,
        ),
        entry(
          `governance.withdrawals_due:${bodyId}`,
          counts.dueWithdrawals,
          { 'zh-CN': '退会可办结', 'en-US': 'Withdrawals to complete' },
          {
            'zh-CN': `${body}：${counts.dueWithdrawals} 家成员单位的退会已获批准且已到生效日，请收回证书并公示`,
            'en-US': `${body}: ${counts.dueWithdrawals} approved withdrawals are due; collect the certificates and publish the notices`,
          },
          link,
        ),
        entry(
          `governance.expulsions:${bodyId}`,
          counts.proposals,
          { 'zh-CN': '除名提议待处理', 'en-US': 'Expulsion proposals' },
          {
            'zh-CN': `${body}：${counts.proposals} 项除名提议待提交会议或撤回，其中 ${counts.automatic} 项由出席记录自动提出（章程第二十一条(二)）`,
            'en-US': `${body}: ${counts.proposals} expulsion proposals to put to the meeting or withdraw; ${counts.automatic} raised from attendance (art. 21(2))`,
          },
          link,
        ),
      ].filter((item) => item.count > 0);
    }),
  );
  return perBody.flat();
};
