/**
 * 单位管理员 and 成员单位代表: what their own organisation's record lacks, and its liaisons
 * (章程第十一条: every member names one for each body it belongs to).
 */
import { FIELD_LABELS, type OrgType, SCHOOL_ORG_TYPES } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { activeMembersWithoutLiaison, countCurrentLiaisonsOf, listMembershipsOfOrg } from '../../bodies/index.js';
import { findOrgsByIds, type OrgRow } from '../../organizations/index.js';
import { type DashboardContext, type DashboardEntry, type DashboardProvider, scopeIdsOfRoles } from '../dashboard.types.js';

/** Fields a complete organisation record has; schools also state their level of education. */
function missingFields(org: OrgRow): string[] {
  const fields: (keyof OrgRow)[] = ['uscc', 'address', 'legalRepresentative'];
  if (SCHOOL_ORG_TYPES.includes(org.type as OrgType)) fields.push('level');
  return fields.filter((field) => org[field] === null || org[field] === '');
}

function missingFieldsItem(org: OrgRow): DashboardEntry | null {
  const missing = missingFields(org);
  if (missing.length === 0) return null;
  const names = (locale: 'zh-CN' | 'en-US') => missing.map((field) => FIELD_LABELS[field]?.[locale] ?? field);
  return {
    key: `org.missing_fields:${org.id}`,
    severity: 'warning',
    title: { 'zh-CN': '本单位信息不完整', 'en-US': 'Your organisation’s record is incomplete' },
    count: missing.length,
    description: {
      'zh-CN': `${org.name} 缺少：${names('zh-CN').join('、')}；请补充`,
      'en-US': `${org.name} lacks: ${names('en-US').join(', ')}; please add them`,
    },
    link: `/orgs/${org.id}/edit`,
  };
}

/** Names of the bodies the organisation belongs to now without having named a liaison there. */
async function bodiesLackingLiaison(db: Executor, orgId: string): Promise<string[]> {
  const current = (await listMembershipsOfOrg(db, orgId)).filter((membership) => membership.leftOn === null);
  const lacking = await Promise.all(
    current.map(async (membership) =>
      (await activeMembersWithoutLiaison(db, membership.bodyId)).some((member) => member.orgId === orgId) ? membership.bodyName : null,
    ),
  );
  return lacking.filter((name): name is string => name !== null);
}

async function liaisonsItem(ctx: DashboardContext, org: OrgRow): Promise<DashboardEntry> {
  const [current, lackingBodies] = await Promise.all([countCurrentLiaisonsOf(ctx.db, org.id), bodiesLackingLiaison(ctx.db, org.id)]);
  return {
    key: `org.liaisons:${org.id}`,
    severity: lackingBodies.length > 0 ? 'warning' : 'info',
    title: { 'zh-CN': '本单位联络员', 'en-US': 'Your organisation’s liaisons' },
    count: current,
    description:
      lackingBodies.length > 0
        ? {
            'zh-CN': `${org.name} 现有联络员 ${current} 名；在 ${lackingBodies.join('、')} 尚未指定联络员（章程第十一条）`,
            'en-US': `${org.name} has ${current} liaisons but none yet for ${lackingBodies.join(', ')} (charter art. 11)`,
          }
        : {
            'zh-CN': `${org.name} 现有联络员 ${current} 名`,
            'en-US': `${org.name} has ${current} liaisons`,
          },
    link: `/orgs/${org.id}`,
  };
}

export const memberUnitProvider: DashboardProvider = async (ctx) => {
  const orgIds = scopeIdsOfRoles(ctx, ['org_admin', 'member_representative']);
  if (orgIds.length === 0) return [];
  const orgs = await findOrgsByIds(ctx.db, orgIds);
  const perOrg = await Promise.all(
    orgs.map(async (org) => [missingFieldsItem(org), await liaisonsItem(ctx, org)].filter((item): item is DashboardEntry => !!item)),
  );
  return perOrg.flat();
};
