/**
 * The security desk (安全管理员): which accounts are locked, lack a second factor or are disabled;
 * unlocking an account and resetting a lost second factor. Every action is audited.
 */
import { ADMIN_ROLES, type TSecurityAccount, type TSecurityAccountQuery, type TRoleAssignment } from '@chanjiao/contracts';
import type { AppConfig } from '../../kernel/config.js';
import type { Database, Executor } from '../../kernel/db/database.js';
import { type Actor, recordAudit } from '../../kernel/audit/audit.service.js';
import { clearFailures, findUserById, revokeUserSessions, updateUser } from '../../kernel/auth/auth.repository.js';
import { assertPasswordAcceptable } from '../../kernel/auth/auth.service.js';
import { hashPassword } from '../../kernel/auth/password.js';
import { DomainError, notFound } from '../../kernel/errors.js';
import { type AccountLock, lockedUsernames, lockStatesOf } from './lock-states.js';
import { assignmentsOf } from './present-user.js';
import { USER_ENTITY } from './user-admin.service.js';
import { noticePasswordReset } from './account-notices.js';
import * as repo from './users.repository.js';
import { refuseWithoutSecondDuty } from './approvals/two-person-check.js';

function presentAccount(row: repo.UserRow, lock: AccountLock, roles: TRoleAssignment[]): TSecurityAccount {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    disabled: row.disabledAt !== null,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    locked: lock.locked,
    lockedUntil: lock.until?.toISOString() ?? null,
    recentFailures: lock.failures,
    totpEnabled: row.totpSecret !== null,
    isAdministrator: roles.some((assignment) => ADMIN_ROLES.includes(assignment.role)),
    roles,
  };
}

async function presentAccounts(db: Database, config: AppConfig, rows: repo.UserRow[], now: Date) {
  const [lockOf, roles] = await Promise.all([
    lockStatesOf(
      db,
      config.lockout,
      now,
      rows.map((row) => row.username),
    ),
    assignmentsOf(
      db,
      rows.map((row) => row.id),
    ),
  ]);
  return rows.map((row) => presentAccount(row, lockOf(row.username), roles.get(row.id) ?? []));
}

async function filterFor(db: Database, config: AppConfig, query: TSecurityAccountQuery, now: Date): Promise<repo.UserFilter> {
  switch (query.status) {
    case 'locked':
      return { q: query.q, usernames: await lockedUsernames(db, config.lockout, now) };
    case 'no_totp':
      return { q: query.q, withoutTotp: true };
    case 'disabled':
      return { q: query.q, disabled: true };
    case 'all':
      return { q: query.q };
  }
}

export async function listSecurityAccounts(db: Database, config: AppConfig, query: TSecurityAccountQuery, now: Date) {
  const { rows, total } = await repo.listUsers(db, await filterFor(db, config, query, now), query);
  return { items: await presentAccounts(db, config, rows, now), total, page: query.page, pageSize: query.pageSize };
}

async function presentOne(db: Database, config: AppConfig, id: string, now: Date): Promise<TSecurityAccount> {
  const row = await findUserById(db, id);
  if (!row) throw notFound(USER_ENTITY);
  const [account] = await presentAccounts(db, config, [row], now);
  return account!;
}

/** Clears the failed sign-ins that hold the lock; the user may sign in again at once. */
export async function unlockAccount(db: Database, config: AppConfig, actor: Actor, id: string, now: Date) {
  const user = await findUserById(db, id);
  if (!user) throw notFound(USER_ENTITY);
  const lock = (await lockStatesOf(db, config.lockout, now, [user.username]))(user.username);
  await db.transaction(async (tx) => {
    await clearFailures(tx, user.username);
    await recordAudit(tx, actor, {
      action: 'security.unlock',
      entityType: 'user',
      entityId: id,
      details: { username: user.username, wasLocked: lock.locked, failuresCleared: lock.failures },
    });
  });
  return presentOne(db, config, id, now);
}

/**
 * For a lost authenticator: the second factor is removed and every session ends, so the next sign-in is
 * by password alone and (for administrators) leads straight to enrolling a new one.
 */
export async function resetSecondFactor(db: Database, config: AppConfig, actor: Actor, id: string, now: Date) {
  const user = await findUserById(db, id);
  if (!user) throw notFound(USER_ENTITY);
  await refuseWithoutSecondDuty(db, 'totp_reset', { targetUserId: id });
  await db.transaction((tx) => applySecondFactorReset(tx, actor, user, now));
  return presentOne(db, config, id, now);
}

/** Removes the second factor and ends every session, inside the caller's transaction (also on an approved request). */
export async function applySecondFactorReset(tx: Executor, actor: Actor, user: repo.UserRow, now: Date) {
  await updateUser(tx, user.id, { totpSecret: null, totpPendingSecret: null, totpLastStep: null });
  const sessionsEnded = await revokeUserSessions(tx, user.id, 'totp_reset', now);
  await recordAudit(tx, actor, {
    action: 'security.totp.reset',
    entityType: 'user',
    entityId: user.id,
    details: { username: user.username, hadSecondFactor: user.totpSecret !== null, sessionsEnded },
  });
}

/**
 * For a forgotten password: the security administrator sets a temporary one and hands it over in person. The
 * user must replace it at the next sign-in; every session ends and the sign-in failures are cleared. The second
 * factor stays, so a reset password alone does not open an administrator's account. The password itself is
 * never written to the audit log.
 */
export async function resetPassword(db: Database, config: AppConfig, actor: Actor, id: string, temporaryPassword: string, now: Date) {
  if (actor.userId === id) throw new DomainError('PASSWORD_RESET_SELF');
  const user = await findUserById(db, id);
  if (!user) throw notFound(USER_ENTITY);
  await refuseWithoutSecondDuty(db, 'password_reset', { targetUserId: id });
  const passwordHash = await acceptableTemporaryPasswordHash(db, config, user, temporaryPassword);
  await db.transaction((tx) => applyPasswordReset(tx, actor, user, passwordHash, now));
  return presentOne(db, config, id, now);
}

/** The temporary password checked against the policy for this account, and hashed; the password is never kept. */
export async function acceptableTemporaryPasswordHash(db: Database, config: AppConfig, user: repo.UserRow, temporaryPassword: string) {
  await assertPasswordAcceptable(db, config, temporaryPassword, {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
  });
  return hashPassword(temporaryPassword);
}

/** Sets the temporary password (as its hash) inside the caller's transaction (also run on an approved request). */
export async function applyPasswordReset(tx: Executor, actor: Actor, user: repo.UserRow, passwordHash: string, now: Date) {
  await updateUser(tx, user.id, { passwordHash, mustChangePassword: true });
  await clearFailures(tx, user.username);
  const sessionsEnded = await revokeUserSessions(tx, user.id, 'password_reset', now);
  await recordAudit(tx, actor, {
    action: 'security.password.reset',
    entityType: 'user',
    entityId: user.id,
    details: { username: user.username, sessionsEnded },
  });
  await noticePasswordReset(tx, actor, user, now);
}
