/** 审计管理员: refused accesses and failed sign-ins of the last day, and the state of the audit chain. */
import { auditKeys } from '../../../kernel/audit/audit-keys.js';
import { countAuditRows, latestAuditRows } from '../../../kernel/audit/audit.repository.js';
import { findRecentBreak } from '../../../kernel/audit/audit.verify.js';
import { formatShanghai } from '../../../kernel/time/shanghai.js';
import { type DashboardContext, type DashboardEntry, type DashboardProvider, holdsRole } from '../dashboard.types.js';

const RECENT_HOURS = 24;
/** How many of the newest entries are re-hashed on every visit: cheap, and where tampering shows first. */
const TAIL_ENTRIES = 1_000;
/** A full verification older than this is due again. */
const FULL_VERIFICATION_DUE_DAYS = 7;

async function chainItem(ctx: DashboardContext): Promise<DashboardEntry> {
  const base = { key: 'audit.chain', link: '/audit' };
  const tailBreak = await findRecentBreak(ctx.db, auditKeys(), TAIL_ENTRIES);
  if (tailBreak) {
    return {
      ...base,
      severity: 'danger',
      title: { 'zh-CN': '审计链校验不通过', 'en-US': 'The audit chain does not verify' },
      count: 1,
      description: {
        'zh-CN': `第 ${tailBreak.id} 条审计记录与哈希链不符，可能已被改动；请立即执行完整校验并调查`,
        'en-US': `Audit entry ${tailBreak.id} does not match the hash chain and may have been altered; run a full verification and investigate`,
      },
    };
  }
  const [last] = await latestAuditRows(ctx.db, 1, { action: 'audit.verify' });
  if (last?.outcome === 'failure') {
    const brokenAt = (last.details as { lastId?: number }).lastId ?? '?';
    return {
      ...base,
      severity: 'danger',
      title: { 'zh-CN': '上次完整校验发现审计链断裂', 'en-US': 'The last full verification found a break' },
      count: 1,
      description: {
        'zh-CN': `${formatShanghai(last.at)} 的完整校验在第 ${brokenAt} 条记录处发现断裂；请调查后重新校验`,
        'en-US': `The full verification of ${formatShanghai(last.at)} found a break at entry ${brokenAt}; investigate and verify again`,
      },
    };
  }
  // The number on the card is what the verification has not covered: entries written after the last one it
  // checked (every entry if none ran), so that a reader sees how much a verification would add.
  const verifiedThrough = (last?.details as { lastId?: number | null } | undefined)?.lastId;
  const unverified = await countAuditRows(ctx.db, typeof verifiedThrough === 'number' ? { afterId: verifiedThrough } : {});
  const ageDays = last ? Math.floor((ctx.now.getTime() - last.at.getTime()) / 86_400_000) : null;
  if (!last || ageDays! >= FULL_VERIFICATION_DUE_DAYS) {
    return {
      ...base,
      severity: 'warning',
      title: { 'zh-CN': '审计链需要完整校验', 'en-US': 'The audit chain is due for a full verification' },
      count: unverified,
      description: last
        ? {
            'zh-CN': `上次完整校验：${formatShanghai(last.at)}（${ageDays} 天前）；此后新增 ${unverified} 条记录未经完整校验，请执行一次完整校验`,
            'en-US': `Last full verification: ${formatShanghai(last.at)} (${ageDays} days ago); ${unverified} entries written since have not been verified; run one now`,
          }
        : {
            'zh-CN': `审计链从未完整校验过，现有 ${unverified} 条记录均未经完整校验；请执行一次完整校验`,
            'en-US': `The audit chain has never been fully verified; none of its ${unverified} entries has been; run a verification`,
          },
    };
  }
  const checked = (last.details as { checked?: number }).checked ?? 0;
  return {
    ...base,
    severity: 'info',
    title: { 'zh-CN': '审计链完整', 'en-US': 'The audit chain is intact' },
    count: checked,
    description: {
      'zh-CN': `${formatShanghai(last.at)} 完整校验 ${checked} 条记录，未发现改动；此后新增 ${unverified} 条记录未经完整校验`,
      'en-US': `Fully verified ${checked} entries at ${formatShanghai(last.at)}; nothing was altered; ${unverified} entries written since have not been verified`,
    },
  };
}

export const auditAdminProvider: DashboardProvider = async (ctx) => {
  if (!holdsRole(ctx, 'audit_admin')) return [];
  const since = new Date(ctx.now.getTime() - RECENT_HOURS * 3_600_000);
  const [denied, failedLogins, chain] = await Promise.all([
    countAuditRows(ctx.db, { action: 'access.denied', outcome: 'denied', from: since }),
    countAuditRows(ctx.db, { action: 'auth.login', outcome: 'failure', from: since }),
    chainItem(ctx),
  ]);
  const items: DashboardEntry[] = [
    chain,
    {
      key: 'audit.denied_24h',
      severity: 'warning',
      title: { 'zh-CN': '近 24 小时越权访问', 'en-US': 'Refused accesses in the last 24 hours' },
      count: denied,
      description: {
        'zh-CN': `近 ${RECENT_HOURS} 小时有 ${denied} 次访问因权限不足被拒绝`,
        'en-US': `${denied} requests were refused for lack of permission in the last ${RECENT_HOURS} hours`,
      },
      link: '/audit?action=access.denied&outcome=denied',
    },
    {
      key: 'audit.failed_logins_24h',
      severity: 'warning',
      title: { 'zh-CN': '近 24 小时登录失败', 'en-US': 'Failed sign-ins in the last 24 hours' },
      count: failedLogins,
      description: {
        'zh-CN': `近 ${RECENT_HOURS} 小时有 ${failedLogins} 次登录失败（密码或动态验证码错误）`,
        'en-US': `${failedLogins} sign-ins failed (wrong password or code) in the last ${RECENT_HOURS} hours`,
      },
      link: '/audit?action=auth.login&outcome=failure',
    },
  ];
  return items.filter((item) => item.key === 'audit.chain' || item.count > 0);
};
