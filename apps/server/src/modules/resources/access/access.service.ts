/**
 * Who takes part in a body's resource sharing: its current member units answer the survey (章程第十八条(三)) and
 * search the database; the secretariat runs the survey and searches too.
 */
import type { TResourcesAccess } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { DomainError } from '../../../kernel/errors.js';
import { type Grant, isAllowed } from '../../../kernel/rbac/rbac.rules.js';
import { findActiveMember, requireBody } from '../../bodies/index.js';
import { findOrgById } from '../../organizations/index.js';
import { currentMembers } from './access.repository.js';

/** The organisation, checked to be a current member of the body. */
export async function requireMember(db: Executor, bodyId: string, orgId: string) {
  const body = await requireBody(db, bodyId);
  const org = await findOrgById(db, orgId);
  if (!org || !(await findActiveMember(db, bodyId, orgId))) {
    throw new DomainError('RESOURCES_NOT_MEMBER', { org: org?.name ?? orgId, body: body.name });
  }
  return org;
}

export async function resourcesAccess(db: Executor, grants: Grant[], bodyId: string): Promise<TResourcesAccess> {
  await requireBody(db, bodyId);
  const members = await currentMembers(db, bodyId);
  const manage = isAllowed(grants, 'resources.survey.manage', { bodyId });
  const fillOrgs = members
    .filter((m) => isAllowed(grants, 'resources.survey.fill', { bodyId, orgId: m.id }))
    .map((m) => ({ id: m.id, name: m.name }));
  const search =
    isAllowed(grants, 'resources.database.read', { bodyId }) ||
    members.some((m) => isAllowed(grants, 'resources.database.read', { orgId: m.id }));
  const exchangeOrgs = members
    .filter((m) => isAllowed(grants, 'resources.exchange.edit', { bodyId, orgId: m.id }))
    .map((m) => ({ id: m.id, name: m.name }));
  return { manage, fillOrgs, search, exchangeOrgs, exchangeTotalsAll: manage };
}

/** The database is the members’: the secretariat or a user acting for a current member unit may search it. */
export async function requireSearcher(db: Executor, grants: Grant[], bodyId: string): Promise<void> {
  const body = await requireBody(db, bodyId);
  if (!(await resourcesAccess(db, grants, bodyId)).search) throw new DomainError('RESOURCES_NOT_IN_BODY', { body: body.name });
}
