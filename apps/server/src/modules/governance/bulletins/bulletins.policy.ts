/**
 * Who may do what with a bulletin: the drafting unit (its representatives and liaisons) writes and submits
 * its drafts; the secretariat edits what was submitted and publishes it (附件3 四(二)1: 由联盟秘书处牵头).
 */
import { type Grant, isAllowed, scopesWith } from '../../../kernel/rbac/rbac.rules.js';
import type { BulletinRow } from './bulletins.repository.js';

export function mayDraftFor(grants: Grant[], bodyId: string, orgId: string): boolean {
  return isAllowed(grants, 'governance.bulletin.draft', { bodyId, orgId });
}

export function mayManage(grants: Grant[], bodyId: string): boolean {
  return isAllowed(grants, 'governance.bulletin.manage', { bodyId });
}

export function bulletinAbilities(grants: Grant[], bulletin: Pick<BulletinRow, 'bodyId' | 'orgId' | 'status'>) {
  const own = mayDraftFor(grants, bulletin.bodyId, bulletin.orgId);
  const manage = mayManage(grants, bulletin.bodyId);
  return {
    edit: (bulletin.status === 'draft' && own) || (bulletin.status === 'submitted' && manage),
    submit: bulletin.status === 'draft' && own,
    publish: bulletin.status === 'submitted' && manage,
  };
}

/**
 * Beyond published issues a unit sees its own bulletins in every state; the secretariat sees all of the
 * body's, since it also drafts on behalf of units (e.g. the chair unit's 简报).
 */
export function bulletinVisibility(grants: Grant[], bodyId: string): { allSubmitted: boolean; ownOrgIds: string[] | 'all' } {
  if (mayManage(grants, bodyId)) return { allSubmitted: true, ownOrgIds: 'all' };
  return { allSubmitted: false, ownOrgIds: scopesWith(grants, 'governance.bulletin.draft', 'org') };
}

export function mayRead(grants: Grant[], bulletin: Pick<BulletinRow, 'bodyId' | 'orgId' | 'status'>): boolean {
  if (bulletin.status === 'published' || mayManage(grants, bulletin.bodyId)) return true;
  const orgs = scopesWith(grants, 'governance.bulletin.draft', 'org');
  return orgs === 'all' || orgs.includes(bulletin.orgId);
}
