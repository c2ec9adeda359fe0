/**
 * Authorization rules: whether a user's grants allow a permission on a record, and the
 * separation of duties (三权分立) between the system, security and audit administrators.
 */
import { ADMIN_ROLES, PERMISSIONS, type Permission, type Role, ROLES, type ScopeType } from '@chanjiao/contracts';

export interface Grant {
  role: Role;
  permission: Permission;
  scopeType: ScopeType;
  scopeId: string | null;
}

/** The organisation and/or body a record belongs to; absent for collections and creation. */
export interface RecordScope {
  orgId?: string | null;
  bodyId?: string | null;
}

export function grantCovers(grant: Grant, record: RecordScope | undefined): boolean {
  if (grant.scopeType === 'system') return true;
  // A collection route: a scoped grant lets the user in; the service narrows what they see.
  if (!record) return true;
  if (grant.scopeType === 'org') return !!record.orgId && record.orgId === grant.scopeId;
  return !!record.bodyId && record.bodyId === grant.scopeId;
}

export function isAllowed(grants: Grant[], permission: Permission, record?: RecordScope): boolean {
  return grants.some((grant) => grant.permission === permission && grantCovers(grant, record));
}

/** Ids of the organisations (or bodies) for which the user holds the permission; 'all' for system scope. */
export function scopesWith(grants: Grant[], permission: Permission, scopeType: 'org' | 'body'): 'all' | string[] {
  const relevant = grants.filter((grant) => grant.permission === permission);
  if (relevant.some((grant) => grant.scopeType === 'system')) return 'all';
  return [...new Set(relevant.filter((g) => g.scopeType === scopeType && g.scopeId).map((g) => g.scopeId!))];
}

export type SeparationProblem =
  | { kind: 'foreign_duty'; role: Role; permission: Permission }
  | { kind: 'admin_business'; role: Role; permission: Permission }
  | { kind: 'two_admin_roles'; roles: Role[] };

/**
 * A role's permission set is acceptable when it carries at most one of the three administrative duties,
 * an administrator role carries no duty but its own, and the security and audit administrators carry
 * no business permissions (they must not reach business data through their roles).
 */
export function permissionSetProblem(role: Role, permissions: Permission[]): SeparationProblem | null {
  const own = ROLES[role] as { adminDuty?: 'system' | 'security' | 'audit' };
  const adminDuties = new Set(
    permissions.map((p) => PERMISSIONS[p].duty).filter((d) => d === 'system' || d === 'security' || d === 'audit'),
  );
  for (const permission of permissions) {
    const duty = PERMISSIONS[permission].duty;
    const isAdminDuty = duty === 'system' || duty === 'security' || duty === 'audit';
    if (isAdminDuty && own.adminDuty !== duty) return { kind: 'foreign_duty', role, permission };
    if (duty === 'business' && (own.adminDuty === 'security' || own.adminDuty === 'audit')) {
      return { kind: 'admin_business', role, permission };
    }
  }
  if (adminDuties.size > 1) {
    const permission = permissions.find((p) => PERMISSIONS[p].duty !== own.adminDuty) ?? permissions[0]!;
    return { kind: 'foreign_duty', role, permission };
  }
  return null;
}

/** One person may not hold two of the three administrator roles. */
export function roleCombinationProblem(existing: Role[], adding: Role): SeparationProblem | null {
  if (!ADMIN_ROLES.includes(adding)) return null;
  const others = existing.filter((role) => ADMIN_ROLES.includes(role) && role !== adding);
  return others.length > 0 ? { kind: 'two_admin_roles', roles: [...others, adding] } : null;
}

export function describeSeparationProblem(problem: SeparationProblem): { 'zh-CN': string; 'en-US': string } {
  switch (problem.kind) {
    case 'foreign_duty':
      return {
        'zh-CN': `角色“${ROLES[problem.role].label['zh-CN']}”不能拥有权限“${PERMISSIONS[problem.permission].label['zh-CN']}”（属于其他管理员的职责）`,
        'en-US': `the role “${ROLES[problem.role].label['en-US']}” cannot hold “${PERMISSIONS[problem.permission].label['en-US']}”, which belongs to another administrator's duty`,
      };
    case 'admin_business':
      return {
        'zh-CN': `“${ROLES[problem.role].label['zh-CN']}”不能拥有业务权限“${PERMISSIONS[problem.permission].label['zh-CN']}”`,
        'en-US': `the “${ROLES[problem.role].label['en-US']}” cannot hold the business permission “${PERMISSIONS[problem.permission].label['en-US']}”`,
      };
    case 'two_admin_roles':
      return {
        'zh-CN': `同一用户不能同时担任${problem.roles.map((r) => `“${ROLES[r].label['zh-CN']}”`).join('和')}`,
        'en-US': `one user cannot hold both ${problem.roles.map((r) => ROLES[r].label['en-US']).join(' and ')}`,
      };
  }
}
