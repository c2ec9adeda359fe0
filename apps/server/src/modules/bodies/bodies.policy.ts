/**
 * What a user may do with a body, so the UI shows only usable buttons. Liaisons and their personal data belong
 * to the member unit as well as to the body, so an organisation's own grant counts for its current memberships.
 */
import type { Permission } from '@chanjiao/contracts';
import type { Executor } from '../../kernel/db/database.js';
import { type Grant, isAllowed, scopesWith } from '../../kernel/rbac/rbac.rules.js';
import { activeMemberOrgIdsAmong } from './members.repository.js';

async function allowedForBodyOrAMember(db: Executor, grants: Grant[], permission: Permission, bodyId: string) {
  if (isAllowed(grants, permission, { bodyId })) return true;
  const orgIds = scopesWith(grants, permission, 'org');
  if (orgIds === 'all') return true;
  return (await activeMemberOrgIdsAmong(db, bodyId, orgIds)).length > 0;
}

export async function bodyAbilities(db: Executor, grants: Grant[], bodyId: string) {
  const [manageLiaisons, unmask] = await Promise.all([
    allowedForBodyOrAMember(db, grants, 'liaison.manage', bodyId),
    allowedForBodyOrAMember(db, grants, 'personal.unmask', bodyId),
  ]);
  return {
    update: isAllowed(grants, 'body.update', { bodyId }),
    manageMembers: isAllowed(grants, 'body.member.manage', { bodyId }),
    manageLiaisons,
    unmask,
  };
}

export function liaisonAbilities(grants: Grant[], liaison: { orgId: string }, bodyId: string) {
  const record = { bodyId, orgId: liaison.orgId };
  return { update: isAllowed(grants, 'liaison.manage', record), reveal: isAllowed(grants, 'personal.unmask', record) };
}
