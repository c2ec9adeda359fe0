/** Creating accounts and assigning roles, with the separation-of-duties checks. */
import { ADMIN_DUTY_LABELS, type AdminDuty, ROLES, type Role } from '@chanjiao/contracts';
import type { AppConfig } from '../../kernel/config.js';
import type { Database, Executor } from '../../kernel/db/database.js';
import { type Actor, recordAudit } from '../../kernel/audit/audit.service.js';
import { assertPasswordAcceptable } from '../../kernel/auth/auth.service.js';
import { findUserByUsername } from '../../kernel/auth/auth.repository.js';
import { hashPassword } from '../../kernel/auth/password.js';
import { bilingual, DomainError } from '../../kernel/errors.js';
import { describeSeparationProblem, roleCombinationProblem } from '../../kernel/rbac/rbac.rules.js';
import { noticeRoleGranted } from './account-notices.js';
import * as repo from './users.repository.js';
import { heldAdminDuty, rememberAdminDuty } from './approvals/admin-requests.repository.js';
import { dutyHistoryProblem, dutyOfRole } from './approvals/admin-requests.rules.js';

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  email?: string | null;
  phone?: string | null;
  mustChangePassword?: boolean;
  isDemo?: boolean;
  isGenerated?: boolean;
  /** The account is created to hold an administrator duty: its password must meet the administrators' policy. */
  administrator?: boolean;
}

export async function createUser(db: Database, config: AppConfig, actor: Actor, input: NewUser) {
  const username = input.username.trim().toLowerCase();
  if (await findUserByUsername(db, username)) throw new DomainError('USERNAME_TAKEN', { username });
  await assertPasswordAcceptable(db, config, input.password, {
    username,
    displayName: input.displayName,
    administrator: input.administrator ?? false,
  });
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const user = await repo.insertUser(tx, {
      username,
      displayName: input.displayName,
      email: input.email ?? null,
      phone: input.phone ?? null,
      passwordHash,
      mustChangePassword: input.mustChangePassword ?? true,
      isDemo: input.isDemo ?? false,
      isGenerated: input.isGenerated ?? false,
    });
    await recordAudit(tx, actor, {
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      details: { username, displayName: input.displayName },
    });
    return user;
  });
}

export interface RoleAssignment {
  userId: string;
  role: Role;
  scopeId: string | null;
}

/** Adds a role inside the caller's transaction; refuses scope mismatches and two administrator roles. */
export async function assignRole(tx: Executor, actor: Actor, assignment: RoleAssignment) {
  const scopeType = ROLES[assignment.role].scope;
  if ((scopeType === 'system') !== (assignment.scopeId === null)) {
    const scope =
      scopeType === 'org'
        ? bilingual('所属组织', 'an organisation')
        : scopeType === 'body'
          ? bilingual('所属联盟/联合体', 'a body')
          : bilingual('全系统范围', 'the whole system');
    throw new DomainError('ROLE_SCOPE_MISMATCH', { role: ROLES[assignment.role].label, scope });
  }
  const existing = await repo.rolesOfUser(tx, assignment.userId);
  const problem = roleCombinationProblem(
    existing.map((row) => row.role as Role),
    assignment.role,
  );
  if (problem) throw new DomainError('DUTY_SEPARATION', { reason: describeSeparationProblem(problem) });
  const history = dutyHistoryProblem((await heldAdminDuty(tx, assignment.userId)) as AdminDuty | null, assignment.role);
  if (history) throw new DomainError('ADMIN_DUTY_HISTORY', { held: ADMIN_DUTY_LABELS[history.held], role: ROLES[assignment.role].label });
  const duty = dutyOfRole(assignment.role);
  if (duty) await rememberAdminDuty(tx, assignment.userId, duty);
  const duplicate = await repo.findRoleAssignment(tx, assignment.userId, assignment.role, assignment.scopeId);
  if (duplicate) return duplicate;
  const row = await repo.insertRole(tx, {
    userId: assignment.userId,
    role: assignment.role,
    scopeType,
    scopeId: assignment.scopeId,
    grantedBy: actor.userId,
  });
  await recordAudit(tx, actor, {
    action: 'user.role.assign',
    entityType: 'user',
    entityId: assignment.userId,
    details: { role: assignment.role, scopeId: assignment.scopeId },
  });
  await noticeRoleGranted(tx, actor, { ...assignment, id: row.id });
  return row;
}
