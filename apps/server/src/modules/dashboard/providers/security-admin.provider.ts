/** 安全管理员: locked accounts, administrators without a second factor, disabled accounts. */
import { ADMIN_ROLES } from '@chanjiao/contracts';
import { countUsers, countUsersWithRoles, lockedUsernames } from '../../accounts/index.js';
import { type DashboardContext, type DashboardEntry, type DashboardProvider, holdsRole } from '../dashboard.types.js';

/**
 * Administrators without a second factor are refused the administrative pages, except the demo's own accounts
 * while demo mode is on (kernel-plugin.ts): the card counts the refused ones, and the exempt ones apart.
 */
async function adminsWithoutTotp(ctx: DashboardContext): Promise<{ refused: number; exemptInDemo: number }> {
  if (!ctx.config.demo) return { refused: await countUsersWithRoles(ctx.db, ADMIN_ROLES, { withoutTotp: true }), exemptInDemo: 0 };
  const [refused, exemptInDemo] = await Promise.all([
    countUsersWithRoles(ctx.db, ADMIN_ROLES, { withoutTotp: true, demoAccount: false }),
    countUsersWithRoles(ctx.db, ADMIN_ROLES, { withoutTotp: true, demoAccount: true }),
  ]);
  return { refused, exemptInDemo };
}

export const securityAdminProvider: DashboardProvider = async (ctx) => {
  if (!holdsRole(ctx, 'security_admin')) return [];
  const [locked, withoutTotp, disabled] = await Promise.all([
    lockedUsernames(ctx.db, ctx.config.lockout, ctx.now).then((usernames) => countUsers(ctx.db, { usernames })),
    adminsWithoutTotp(ctx),
    countUsers(ctx.db, { disabled: true }),
  ]);
  const items: DashboardEntry[] = [
    {
      key: 'security.admins_without_totp',
      severity: 'danger',
      title: { 'zh-CN': '管理员未启用双因素认证', 'en-US': 'Administrators without a second factor' },
      count: withoutTotp.refused,
      description: {
        'zh-CN': `${withoutTotp.refused} 名管理员尚未绑定动态验证码，在绑定前无法使用管理功能；请督促其登录后完成绑定`,
        'en-US': `${withoutTotp.refused} administrators have not enrolled an authenticator and cannot use administrative pages until they do`,
      },
      link: '/security/accounts?status=no_totp',
    },
    {
      key: 'security.demo_admins_without_totp',
      severity: 'info',
      title: { 'zh-CN': '演示管理员账号未绑定动态验证码', 'en-US': 'Demo administrator accounts without a second factor' },
      count: withoutTotp.exemptInDemo,
      description: {
        'zh-CN': `${withoutTotp.exemptInDemo} 个演示管理员账号未绑定动态验证码；演示模式下可直接使用管理功能，关闭演示模式后须先绑定`,
        'en-US': `${withoutTotp.exemptInDemo} demo administrator accounts have no authenticator; demo mode lets them use administrative pages, without it they must enrol first`,
      },
      link: '/security/accounts?status=no_totp',
    },
    {
      key: 'security.locked_accounts',
      severity: 'warning',
      title: { 'zh-CN': '账号因登录失败被锁定', 'en-US': 'Accounts locked after failed sign-ins' },
      count: locked,
      description: {
        'zh-CN': `${locked} 个账号因多次登录失败暂时锁定；核实是本人操作后可解除锁定`,
        'en-US': `${locked} accounts are locked after repeated failed sign-ins; unlock them once you have confirmed it was the owner`,
      },
      link: '/security/accounts?status=locked',
    },
    {
      key: 'security.disabled_accounts',
      severity: 'info',
      title: { 'zh-CN': '已停用账号', 'en-US': 'Disabled accounts' },
      count: disabled,
      description: {
        'zh-CN': `${disabled} 个账号已停用，无法登录`,
        'en-US': `${disabled} accounts are disabled and cannot sign in`,
      },
      link: '/security/accounts?status=disabled',
    },
  ];
  return items.filter((item) => item.count > 0);
};
