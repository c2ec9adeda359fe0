/**
 * Dashboard items of the quality reports: each of a unit's 采集员, 审核员 and 校长 sees the reports waiting for
 * their step of the 三级审核 (上海年报 6.4), linked to their work list.
 */
import type { Bilingual, Permission, ReportStatus } from '@chanjiao/contracts';
import { scopesWith } from '../../../kernel/rbac/rbac.rules.js';
import type { DashboardEntry, DashboardProvider } from '../../dashboard/index.js';
import { statusCountsOfOrgs } from './reports.repository.js';

interface Step {
  permission: Permission;
  stage: 'collect' | 'review' | 'approve';
  waiting: ReportStatus[];
  title: Bilingual;
  describe: (n: number) => Bilingual;
}

const STEPS: Step[] = [
  {
    permission: 'reports.data.collect',
    stage: 'collect',
    waiting: ['draft', 'returned'],
    title: { 'zh-CN': '待填报的质量年报', 'en-US': 'Quality reports to fill in' },
    describe: (n) => ({
      'zh-CN': `有 ${n} 份质量年报待填报或已退回修改，请填报后提交审核`,
      'en-US': `${n} quality reports are to be filled in or were returned; fill them in and submit`,
    }),
  },
  {
    permission: 'reports.data.review',
    stage: 'review',
    waiting: ['submitted'],
    title: { 'zh-CN': '待审核的质量年报', 'en-US': 'Quality reports to review' },
    describe: (n) => ({
      'zh-CN': `有 ${n} 份质量年报已由采集员提交，请审核或按字段退回`,
      'en-US': `${n} quality reports were submitted; review them or return fields`,
    }),
  },
  {
    permission: 'reports.data.approve',
    stage: 'approve',
    waiting: ['reviewed'],
    title: { 'zh-CN': '待审定的质量年报', 'en-US': 'Quality reports to approve' },
    describe: (n) => ({
      'zh-CN': `有 ${n} 份质量年报已审核通过，请审定并签署责任声明`,
      'en-US': `${n} quality reports passed review; approve them with the responsibility statement`,
    }),
  },
];

export const reportStepsProvider: DashboardProvider = async (ctx) => {
  const items: DashboardEntry[] = [];
  for (const step of STEPS) {
    const orgs = scopesWith(ctx.auth.grants, step.permission, 'org');
    if (!Array.isArray(orgs) || orgs.length === 0) continue;
    const counts = await statusCountsOfOrgs(ctx.db, orgs);
    const n = counts.filter((c) => step.waiting.includes(c.status as ReportStatus)).reduce((sum, c) => sum + Number(c.n), 0);
    if (n === 0) continue;
    items.push({
      key: `reports.${step.stage}`,
      severity: 'info',
      title: step.title,
      count: n,
      description: step.describe(n),
      link: `/reports/work/${step.stage}`,
    });
  }
  return items;
};
