/**
 * Roles and their permissions, edited by the security administrator (安全管理员) within the separation of
 * duties (三权分立): no role may mix the three administrators' duties, and the security and audit
 * administrators may hold no business permission.
 */
import {
  ESSENTIAL_PERMISSIONS,
  type Locale,
  type Permission,
  PERMISSION_NAMES,
  PERMISSIONS,
  type Role,
  ROLE_NAMES,
  ROLES,
  type TRoleCatalog,
  type TRoleInfo,
} from '@chanjiao/contracts';
import type { Database } from '../../kernel/db/database.js';
import { type Actor, recordAudit } from '../../kernel/audit/audit.service.js';
import { DomainError } from '../../kernel/errors.js';
import { describeSeparationProblem, permissionSetProblem } from '../../kernel/rbac/rbac.rules.js';
import { currentRolePermissions, lockRolePermissions, replaceRolePermissions } from '../../kernel/rbac/rbac.service.js';

function roleInfo(role: Role, permissions: Permission[], locale: Locale): TRoleInfo {
  const info = ROLES[role] as { scope: TRoleInfo['scope']; adminDuty?: TRoleInfo['adminDuty']; label: { [L in Locale]: string } };
  return {
    role,
    label: info.label[locale],
    scope: info.scope,
    adminDuty: info.adminDuty ?? null,
    permissions,
    essential: ESSENTIAL_PERMISSIONS[role] ?? [],
  };
}

export async function describeRoles(db: Database, locale: Locale): Promise<TRoleCatalog> {
  const current = await currentRolePermissions(db);
  return {
    roles: ROLE_NAMES.map((role) => roleInfo(role, current.get(role) ?? [], locale)),
    permissions: PERMISSION_NAMES.map((name) => ({ name, duty: PERMISSIONS[name].duty, label: PERMISSIONS[name].label[locale] })),
  };
}

/** The set in catalogue order without repeats, so equal sets compare and audit equally. */
function normalise(permissions: Permission[]): Permission[] {
  const chosen = new Set(permissions);
  return PERMISSION_NAMES.filter((name) => chosen.has(name));
}

export function assertPermissionSetAllowed(role: Role, permissions: Permission[]): void {
  const problem = permissionSetProblem(role, permissions);
  if (problem) throw new DomainError('DUTY_SEPARATION', { reason: describeSeparationProblem(problem) });
  const missing = (ESSENTIAL_PERMISSIONS[role] ?? []).find((permission) => !permissions.includes(permission));
  if (missing) {
    throw new DomainError('ROLE_PERMISSION_ESSENTIAL', { role: ROLES[role].label, permission: PERMISSIONS[missing].label });
  }
}

export async function editRolePermissions(
  db: Database,
  actor: Actor,
  role: Role,
  requested: Permission[],
  locale: Locale,
): Promise<TRoleInfo> {
  const after = normalise(requested);
  assertPermissionSetAllowed(role, after);
  await db.transaction(async (tx) => {
    await lockRolePermissions(tx);
    const before = (await currentRolePermissions(tx)).get(role) ?? [];
    const added = after.filter((permission) => !before.includes(permission));
    const removed = before.filter((permission) => !after.includes(permission));
    if (added.length === 0 && removed.length === 0) return;
    await replaceRolePermissions(tx, role, after);
    await recordAudit(tx, actor, {
      action: 'role.permission.edit',
      entityType: 'role',
      entityId: role,
      details: { before, after, added, removed },
    });
  });
  return roleInfo(role, after, locale);
}
