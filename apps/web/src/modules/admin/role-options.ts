/**
 * The roles a platform administrator can give, grouped by what they apply to, each with the administrator
 * role it would clash with under 三权分立 (so the picker can say why it is not offered).
 */
import type { TRoleAssignment } from '@chanjiao/contracts/accounts';
import { ADMIN_ROLES, type Role, ROLE_NAMES, ROLES } from '@chanjiao/contracts/permissions';
import { clashingAdminRole } from './role-labels';

export type RoleGroup = 'admin' | 'org' | 'body' | 'system';

export interface RoleChoice {
  role: Role;
  clashesWith: Role | null;
}

function groupOf(role: Role): RoleGroup {
  if (ADMIN_ROLES.includes(role)) return 'admin';
  return ROLES[role].scope;
}

const GROUP_ORDER: RoleGroup[] = ['org', 'body', 'system', 'admin'];

export function roleChoices(held: readonly Pick<TRoleAssignment, 'role'>[]): { group: RoleGroup; choices: RoleChoice[] }[] {
  return GROUP_ORDER.map((group) => ({
    group,
    choices: ROLE_NAMES.filter((role) => groupOf(role) === group).map((role) => ({ role, clashesWith: clashingAdminRole(held, role) })),
  })).filter((entry) => entry.choices.length > 0);
}
