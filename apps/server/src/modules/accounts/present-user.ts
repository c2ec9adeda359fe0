/** How accounts leave the server: contact details masked, roles with the names of what they apply to. */
import { maskEmail, maskPhone, type Role, type ScopeType, type TRoleAssignment, type TUser } from '@chanjiao/contracts';
import type { Executor } from '../../kernel/db/database.js';
import * as repo from './users.repository.js';
import { scopeNames } from './scope-names.js';

/** Role assignments per user id, each with the name of its organisation or body. */
export async function assignmentsOf(db: Executor, userIds: string[]): Promise<Map<string, TRoleAssignment[]>> {
  const rows = await repo.rolesOfUsers(db, userIds);
  const names = await scopeNames(db, [...new Set(rows.map((row) => row.scopeId).filter((id): id is string => !!id))]);
  const byUser = new Map<string, TRoleAssignment[]>(userIds.map((id) => [id, []]));
  for (const row of rows) {
    byUser.get(row.userId)?.push({
      id: row.id,
      role: row.role as Role,
      scopeType: row.scopeType as ScopeType,
      scopeId: row.scopeId,
      scopeName: row.scopeId ? (names.get(row.scopeId) ?? null) : null,
    });
  }
  return byUser;
}

export function presentUser(row: repo.UserRow, roles: TRoleAssignment[]): TUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    email: maskEmail(row.email),
    phone: maskPhone(row.phone),
    disabled: row.disabledAt !== null,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    totpEnabled: row.totpSecret !== null,
    mustChangePassword: row.mustChangePassword,
    roles,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function presentUsers(db: Executor, rows: repo.UserRow[]): Promise<TUser[]> {
  const roles = await assignmentsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => presentUser(row, roles.get(row.id) ?? []));
}
