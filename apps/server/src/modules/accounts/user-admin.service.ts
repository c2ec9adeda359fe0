/**
 * What the platform administrator (系统管理员) does with accounts: list, create, disable and enable them,
 * give and take roles. Every change is audited in its own transaction; nobody can lock themself out.
 */
import {
  ADMIN_ROLES,
  ROLES,
  type Role,
  type TRoleAssignBody,
  type TUser,
  type TUserCreateBody,
  type TUserListQuery,
  USERNAME_PATTERN,
} from '@chanjiao/contracts';
import type { AppConfig } from '../../kernel/config.js';
import type { Database, Executor } from '../../kernel/db/database.js';
import { postgresErrorCode } from '../../kernel/db/unavailable.js';
import { type Actor, recordAudit } from '../../kernel/audit/audit.service.js';
import { findUserById, revokeUserSessions, updateUser } from '../../kernel/auth/auth.repository.js';
import { bilingual, DomainError, notFound } from '../../kernel/errors.js';
import { describeSeparationProblem, roleCombinationProblem } from '../../kernel/rbac/rbac.rules.js';
import { refuseWithoutSecondDuty } from './approvals/two-person-check.js';
import { assignmentsOf, presentUser, presentUsers } from './present-user.js';
import { scopeExists } from './scope-names.js';
import { noticeRoleWithdrawn } from './account-notices.js';
import * as repo from './users.repository.js';
import { assignRole, createUser } from './users.service.js';

export const USER_ENTITY = bilingual('用户账号', 'user account');
const ASSIGNMENT_ENTITY = bilingual('角色分配', 'role assignment');

async function presentOne(db: Database, id: string): Promise<TUser> {
  const row = await findUserById(db, id);
  if (!row) throw notFound(USER_ENTITY);
  const roles = await assignmentsOf(db, [id]);
  return presentUser(row, roles.get(id) ?? []);
}

async function existingUser(db: Database, id: string) {
  const row = await findUserById(db, id);
  if (!row) throw notFound(USER_ENTITY);
  return row;
}

export async function listUserAccounts(db: Database, query: TUserListQuery) {
  const filter: repo.UserFilter = { q: query.q, disabled: query.status === 'disabled', enabled: query.status === 'active' };
  const { rows, total } = await repo.listUsers(db, filter, query);
  return { items: await presentUsers(db, rows), total, page: query.page, pageSize: query.pageSize };
}

export function getUserAccount(db: Database, id: string): Promise<TUser> {
  return presentOne(db, id);
}

function assertUsernameFormat(username: string): void {
  if (USERNAME_PATTERN.test(username)) return;
  throw new DomainError('VALIDATION_FAILED', { part: 'body' }, [
    {
      path: 'username',
      message: bilingual(
        '『用户名』须为 3–32 位小写字母、数字或 _ . -（例如 zhang.san）',
        '“Username” must be 3–32 lower-case letters, digits or _ . - (e.g. zhang.san)',
      ),
    },
  ]);
}

/** A new account must change its initial password at first sign-in. */
export async function createUserAccount(db: Database, config: AppConfig, actor: Actor, input: TUserCreateBody): Promise<TUser> {
  assertUsernameFormat(input.username);
  try {
    const row = await createUser(db, config, actor, {
      username: input.username,
      displayName: input.displayName,
      email: input.email ?? null,
      phone: input.phone ?? null,
      password: input.initialPassword,
      mustChangePassword: true,
    });
    return presentUser(row, []);
  } catch (error) {
    // Two administrators creating the same name at once: the second meets the unique index.
    if (postgresErrorCode(error) === '23505') throw new DomainError('USERNAME_TAKEN', { username: input.username });
    throw error;
  }
}

export async function disableUserAccount(db: Database, actor: Actor, id: string, reason: string, now: Date): Promise<TUser> {
  if (actor.userId === id) throw new DomainError('SELF_LOCKOUT');
  const user = await existingUser(db, id);
  if (user.disabledAt) return presentOne(db, id);
  await refuseWithoutSecondDuty(db, 'account_disable', { targetUserId: id });
  await db.transaction((tx) => applyAccountDisable(tx, actor, user, reason, now));
  return presentOne(db, id);
}

/** Disables the account and ends its sessions, inside the caller's transaction (also run on an approved request). */
export async function applyAccountDisable(tx: Executor, actor: Actor, user: { id: string; username: string }, reason: string, now: Date) {
  await updateUser(tx, user.id, { disabledAt: now });
  // The session check also refuses disabled accounts; ending the sessions makes it visible at once.
  const sessionsEnded = await revokeUserSessions(tx, user.id, 'account_disabled', now);
  await recordAudit(tx, actor, {
    action: 'user.disable',
    entityType: 'user',
    entityId: user.id,
    details: { username: user.username, reason, sessionsEnded },
  });
}

export async function enableUserAccount(db: Database, actor: Actor, id: string): Promise<TUser> {
  const user = await existingUser(db, id);
  if (!user.disabledAt) return presentOne(db, id);
  await db.transaction(async (tx) => {
    await updateUser(tx, id, { disabledAt: null });
    await recordAudit(tx, actor, {
      action: 'user.enable',
      entityType: 'user',
      entityId: id,
      details: { username: user.username, disabledSince: user.disabledAt!.toISOString() },
    });
  });
  return presentOne(db, id);
}

export async function addRoleToUser(db: Database, actor: Actor, userId: string, input: TRoleAssignBody): Promise<TUser> {
  await existingUser(db, userId);
  const scopeType = ROLES[input.role].scope;
  if (input.scopeId && scopeType !== 'system' && !(await scopeExists(db, scopeType, input.scopeId))) {
    const scope = scopeType === 'org' ? bilingual('组织', 'organisation') : bilingual('联盟/联合体', 'body');
    throw new DomainError('ROLE_SCOPE_UNKNOWN', { role: ROLES[input.role].label, scope }, [
      { path: 'scopeId', message: bilingual(`所选${scope['zh-CN']}不存在`, `No such ${scope['en-US']}`) },
    ]);
  }
  const problem = roleCombinationProblem(
    (await repo.rolesOfUser(db, userId)).map((row) => row.role as Role),
    input.role,
  );
  if (problem) throw new DomainError('DUTY_SEPARATION', { reason: describeSeparationProblem(problem) });
  await refuseWithoutSecondDuty(db, 'role_grant', { targetUserId: userId, role: input.role });
  await db.transaction((tx) => assignRole(tx, actor, { userId, role: input.role, scopeId: input.scopeId }));
  return presentOne(db, userId);
}

export async function removeRoleFromUser(db: Database, actor: Actor, userId: string, assignmentId: string): Promise<TUser> {
  const assignment = await repo.findRoleAssignmentById(db, assignmentId);
  if (!assignment || assignment.userId !== userId) throw notFound(ASSIGNMENT_ENTITY);
  if (actor.userId === userId && ADMIN_ROLES.includes(assignment.role as Role)) throw new DomainError('SELF_LOCKOUT');
  await refuseWithoutSecondDuty(db, 'role_revoke', { targetUserId: userId, role: assignment.role as Role });
  await db.transaction((tx) => applyRoleWithdrawal(tx, actor, assignment));
  return presentOne(db, userId);
}

/** Takes the role back inside the caller's transaction (also run on an approved request). */
export async function applyRoleWithdrawal(tx: Executor, actor: Actor, assignment: repo.RoleRow) {
  await repo.deleteRoleAssignment(tx, assignment.id);
  await recordAudit(tx, actor, {
    action: 'user.role.revoke',
    entityType: 'user',
    entityId: assignment.userId,
    details: { role: assignment.role, scopeType: assignment.scopeType, scopeId: assignment.scopeId },
  });
  await noticeRoleWithdrawn(tx, actor, {
    id: assignment.id,
    userId: assignment.userId,
    role: assignment.role as Role,
    scopeId: assignment.scopeId,
  });
}
