/** 秘书处: member units of its bodies that have named no liaison (章程第十一条 asks each member for one). */
import { activeMembersWithoutLiaison } from '../../bodies/index.js';
import { type DashboardEntry, type DashboardProvider, scopeIdsOfRoles } from '../dashboard.types.js';

export const bodySecretariatProvider: DashboardProvider = async (ctx) => {
  const bodyIds = scopeIdsOfRoles(ctx, ['body_secretariat']);
  if (bodyIds.length === 0) return [];
  const items = await Promise.all(
    bodyIds.map(async (bodyId): Promise<DashboardEntry> => {
      const [missing, body] = await Promise.all([activeMembersWithoutLiaison(ctx.db, bodyId), ctx.scopeName(bodyId)]);
      const listed = missing.slice(0, 3).map((member) => member.orgName);
      const more = missing.length > listed.length;
      return {
        key: `body.members_without_liaison:${bodyId}`,
        severity: 'warning',
        title: { 'zh-CN': '成员单位未指定联络员', 'en-US': 'Members without a liaison' },
        count: missing.length,
        description: {
          'zh-CN': `${body}：${listed.join('、')}${more ? ' 等' : ''} ${missing.length} 家成员单位尚未指定联络员（章程第十一条）`,
          'en-US': `${body}: ${missing.length} members (${listed.join(', ')}${more ? ', …' : ''}) have not named a liaison (charter art. 11)`,
        },
        link: `/bodies/${bodyId}`,
      };
    }),
  );
  return items.filter((item) => item.count > 0);
};
