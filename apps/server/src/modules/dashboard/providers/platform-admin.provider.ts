/** 系统管理员: accounts not yet in use, organisations without a credit code, bodies without a secretariat. */
import { countUsers } from '../../accounts/index.js';
import { countBodies } from '../../bodies/index.js';
import { countOrgsWithoutUscc } from '../../organizations/index.js';
import { type DashboardEntry, type DashboardProvider, holdsRole } from '../dashboard.types.js';

export const platformAdminProvider: DashboardProvider = async (ctx) => {
  if (!holdsRole(ctx, 'platform_admin')) return [];
  const [newAccounts, orgsWithoutUscc, bodiesWithoutSecretariat] = await Promise.all([
    countUsers(ctx.db, { mustChangePassword: true, enabledOnly: true }),
    countOrgsWithoutUscc(ctx.db),
    countBodies(ctx.db, { withoutSecretariat: true }),
  ]);
  const items: DashboardEntry[] = [
    {
      key: 'accounts.must_change_password',
      severity: 'info',
      title: { 'zh-CN': '账号尚未修改初始密码', 'en-US': 'Accounts still on their initial password' },
      count: newAccounts,
      description: {
        'zh-CN': `${newAccounts} 个账号尚未首次登录修改初始密码；如长期未用，请确认是否仍需要`,
        'en-US': `${newAccounts} accounts have not yet signed in to change their initial password; check they are still needed`,
      },
      link: '/admin/users',
    },
    {
      key: 'orgs.without_uscc',
      severity: 'warning',
      title: { 'zh-CN': '组织缺少统一社会信用代码', 'en-US': 'Organisations without a credit code' },
      count: orgsWithoutUscc,
      description: {
        'zh-CN': `${orgsWithoutUscc} 个组织未登记统一社会信用代码，无法可靠去重；请按营业执照或事业单位法人证书补录`,
        'en-US': `${orgsWithoutUscc} organisations have no unified social credit code, so duplicates cannot be ruled out; add it from their licence`,
      },
      link: '/orgs',
    },
    {
      key: 'bodies.without_secretariat',
      severity: 'warning',
      title: { 'zh-CN': '联盟/联合体未设秘书处', 'en-US': 'Bodies without a secretariat' },
      count: bodiesWithoutSecretariat,
      description: {
        'zh-CN': `${bodiesWithoutSecretariat} 个联盟/联合体尚未指定秘书处所在单位，无人负责日常工作`,
        'en-US': `${bodiesWithoutSecretariat} bodies have no secretariat organisation, so nobody runs their daily work`,
      },
      link: '/bodies',
    },
  ];
  return items.filter((item) => item.count > 0);
};
