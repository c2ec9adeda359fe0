/**
 * Who enters what in a body's talent exchange: enterprises enter demand and schools supply, each for itself (or the
 * secretariat for any of them). A school must be a current member unit of the body; an enterprise a current member
 * or on the body's enterprise list (企业清单, 连教职函〔2026〕6号 附件1 指标3.1: the consortium's enterprises, whose
 * three-year demand 指标3.3 lists).
 */
import { type OrgType, SCHOOL_ORG_TYPES, type TTalentAccess } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { DomainError } from '../../../kernel/errors.js';
import { type Grant, isAllowed } from '../../../kernel/rbac/rbac.rules.js';
import { findActiveMember, requireBody } from '../../bodies/index.js';
import { findOrgById } from '../../organizations/index.js';
import { listedEnterprise, listedEnterprises } from '../enterprises/enterprise-list.service.js';
import { currentMembers } from './access.repository.js';

export type TalentSide = 'demand' | 'supply';

const fitsSide = (side: TalentSide, type: string) =>
  side === 'demand' ? type === 'enterprise' : SCHOOL_ORG_TYPES.includes(type as OrgType);

/** The organisation, checked to take part in the body (as above) and to be of the kind that enters this side. */
export async function requireParticipant(db: Executor, bodyId: string, orgId: string, side: TalentSide) {
  const body = await requireBody(db, bodyId);
  const org = await findOrgById(db, orgId);
  const takesPart =
    !!org && (!!(await findActiveMember(db, bodyId, orgId)) || (side === 'demand' && !!(await listedEnterprise(db, bodyId, orgId))));
  if (!org || !takesPart) {
    throw new DomainError('TALENT_NOT_MEMBER', { org: org?.name ?? orgId, body: body.name });
  }
  if (!fitsSide(side, org.type)) {
    throw new DomainError(side === 'demand' ? 'TALENT_NOT_ENTERPRISE' : 'TALENT_NOT_SCHOOL', { org: org.name });
  }
  return org;
}

export async function talentAccess(db: Executor, grants: Grant[], bodyId: string): Promise<TTalentAccess> {
  await requireBody(db, bodyId);
  const [members, listed] = await Promise.all([currentMembers(db, bodyId), listedEnterprises(db, bodyId)]);
  const memberIds = new Set(members.map((m) => m.id));
  const participants = [...members, ...listed.filter((e) => !memberIds.has(e.id))];
  const mayEnter = (side: TalentSide) =>
    participants
      .filter(
        (m) =>
          fitsSide(side, m.type) &&
          isAllowed(grants, side === 'demand' ? 'talent.demand.edit' : 'talent.supply.edit', { bodyId, orgId: m.id }),
      )
      .map((m) => ({ id: m.id, name: m.name }));
  return {
    demandOrgs: mayEnter('demand'),
    supplyOrgs: mayEnter('supply'),
    analysis: isAllowed(grants, 'talent.analysis.manage', { bodyId }),
    lists: isAllowed(grants, 'talent.list.manage', { bodyId }),
  };
}

/** The organisations whose rows the user sees on one side: all of the body's, or the ones they act for. */
export function visibleOrgIds(grants: Grant[], bodyId: string, side: TalentSide): 'all' | ((orgId: string) => boolean) {
  const permission = side === 'demand' ? 'talent.demand.edit' : 'talent.supply.edit';
  if (isAllowed(grants, permission, { bodyId }) || isAllowed(grants, 'talent.analysis.manage', { bodyId })) return 'all';
  return (orgId: string) => isAllowed(grants, permission, { orgId });
}
