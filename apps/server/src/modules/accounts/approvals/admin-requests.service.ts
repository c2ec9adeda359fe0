/**
 * Filing and deciding privileged changes under the two-person rule (admin-requests.rules.ts): one
 * administrator duty asks, another approves, and the approval carries the change out in the same transaction
 * as its audit entries. A rejected or withdrawn request changes nothing.
 */
import {
  ADMIN_DUTY_LABELS,
  ADMIN_REQUEST_KIND_LABELS,
  ADMIN_REQUEST_STATUS_LABELS,
  type AdminDuty,
  type AdminRequestKind,
  type AdminRequestStatus,
  type Locale,
  type Role,
  ROLES,
  type TAccountRequestBody,
  type TAdminRequest,
  type TAdminRequestQuery,
  type TPasswordResetRequestBody,
  type TRoleGrantRequestBody,
  type TRoleRevokeRequestBody,
} from '@chanjiao/contracts';
import type { AppConfig } from '../../../kernel/config.js';
import type { Database, Executor } from '../../../kernel/db/database.js';
import { type Actor, recordAudit } from '../../../kernel/audit/audit.service.js';
import { findUserById } from '../../../kernel/auth/auth.repository.js';
import { bilingual, DomainError, notFound } from '../../../kernel/errors.js';
import { describeSeparationProblem, roleCombinationProblem } from '../../../kernel/rbac/rbac.rules.js';
import { closeApprovalWaiting, noticeApprovalWaiting } from '../account-notices.js';
import { acceptableTemporaryPasswordHash, applyPasswordReset, applySecondFactorReset } from '../security.service.js';
import { applyAccountDisable, applyRoleWithdrawal, USER_ENTITY } from '../user-admin.service.js';
import { findRoleAssignmentById } from '../users.repository.js';
import { assignRole } from '../users.service.js';
import * as repo from './admin-requests.repository.js';
import {
  type DeciderProblem,
  deciderProblem,
  dutiesOfRoles,
  dutyHistoryProblem,
  needsTwoPersons,
  type RequestAction,
  statusAfter,
  transitionProblem,
} from './admin-requests.rules.js';
import { rolesHeldBy } from './two-person-check.js';

const REQUEST_ENTITY = bilingual('特权操作申请', 'privileged change request');

const DECIDER_PROBLEMS: Record<DeciderProblem, { 'zh-CN': string; 'en-US': string }> = {
  own_request: bilingual('这是您自己提交的申请，须由另一职责的管理员审批', 'you filed it; an administrator of another duty must decide it'),
  same_duty: bilingual(
    '申请人与您担任同一管理员职责，须由另一职责的管理员审批',
    'it was filed by your own duty; another duty must decide it',
  ),
  target: bilingual('申请涉及的正是您的账号', 'the request is about your own account'),
  not_administrator: bilingual('只有系统、安全或审计管理员可以审批', 'only the platform, security or audit administrator may decide it'),
};

async function existingTarget(db: Executor, userId: string) {
  const user = await findUserById(db, userId);
  if (!user) throw notFound(USER_ENTITY);
  return user;
}

async function dutiesOf(db: Executor, userId: string | null): Promise<AdminDuty[]> {
  return userId ? dutiesOfRoles(await rolesHeldBy(db, userId)) : [];
}

async function requesterDutyOf(db: Executor, actor: Actor): Promise<AdminDuty> {
  const [duty] = await dutiesOf(db, actor.userId);
  if (!duty) throw new DomainError('FORBIDDEN', { permission: 'admin.request.decide' });
  return duty;
}

interface Filing {
  kind: AdminRequestKind;
  targetUserId: string;
  reason: string;
  role?: Role;
  assignmentId?: string;
  temporaryPasswordHash?: string;
}

async function file(db: Database, actor: Actor, filing: Filing, now: Date, locale: Locale): Promise<TAdminRequest> {
  const targetRoles = await rolesHeldBy(db, filing.targetUserId);
  if (!needsTwoPersons(filing.kind, { role: filing.role ?? null, targetRoles })) {
    throw new DomainError('ADMIN_REQUEST_NOT_NEEDED', { operation: ADMIN_REQUEST_KIND_LABELS[filing.kind] });
  }
  const requesterDuty = await requesterDutyOf(db, actor);
  const id = await db.transaction(async (tx) => {
    if (await repo.findPendingRequest(tx, filing.targetUserId, filing.kind, filing.role ?? null)) {
      throw new DomainError('ADMIN_REQUEST_PENDING_EXISTS', { operation: ADMIN_REQUEST_KIND_LABELS[filing.kind] });
    }
    const row = await repo.insertAdminRequest(tx, {
      kind: filing.kind,
      targetUserId: filing.targetUserId,
      role: filing.role ?? null,
      assignmentId: filing.assignmentId ?? null,
      temporaryPasswordHash: filing.temporaryPasswordHash ?? null,
      reason: filing.reason,
      requestedBy: actor.userId!,
      requesterDuty,
      requestedAt: now,
    });
    await recordAudit(tx, actor, {
      action: 'admin_request.file',
      entityType: 'admin_request',
      entityId: row.id,
      details: { kind: filing.kind, targetUserId: filing.targetUserId, role: filing.role ?? null, reason: filing.reason, requesterDuty },
    });
    await noticeApprovalWaiting(tx, actor, { id: row.id, kind: filing.kind, requesterDuty });
    return row.id;
  });
  return getAdminRequest(db, actor, id, locale);
}

export async function fileRoleGrant(db: Database, actor: Actor, body: TRoleGrantRequestBody, now: Date, locale: Locale) {
  await existingTarget(db, body.userId);
  // Refused at once what could never be approved: a second duty for one person, now or in the past.
  const held = await rolesHeldBy(db, body.userId);
  const combination = roleCombinationProblem(held, body.role);
  if (combination) throw new DomainError('DUTY_SEPARATION', { reason: describeSeparationProblem(combination) });
  const history = dutyHistoryProblem((await repo.heldAdminDuty(db, body.userId)) as AdminDuty | null, body.role);
  if (history) throw new DomainError('ADMIN_DUTY_HISTORY', { held: ADMIN_DUTY_LABELS[history.held], role: ROLES[body.role].label });
  return file(db, actor, { kind: 'role_grant', targetUserId: body.userId, role: body.role, reason: body.reason }, now, locale);
}

export async function fileRoleRevoke(db: Database, actor: Actor, body: TRoleRevokeRequestBody, now: Date, locale: Locale) {
  const assignment = await findRoleAssignmentById(db, body.assignmentId);
  if (!assignment || assignment.userId !== body.userId) throw notFound(bilingual('角色分配', 'role assignment'));
  if (actor.userId === body.userId) throw new DomainError('SELF_LOCKOUT');
  const filing: Filing = {
    kind: 'role_revoke',
    targetUserId: body.userId,
    role: assignment.role as Role,
    assignmentId: assignment.id,
    reason: body.reason,
  };
  return file(db, actor, filing, now, locale);
}

export async function fileAccountDisable(db: Database, actor: Actor, body: TAccountRequestBody, now: Date, locale: Locale) {
  if (actor.userId === body.userId) throw new DomainError('SELF_LOCKOUT');
  await existingTarget(db, body.userId);
  return file(db, actor, { kind: 'account_disable', targetUserId: body.userId, reason: body.reason }, now, locale);
}

export async function filePasswordReset(
  db: Database,
  config: AppConfig,
  actor: Actor,
  body: TPasswordResetRequestBody,
  now: Date,
  locale: Locale,
) {
  if (actor.userId === body.userId) throw new DomainError('PASSWORD_RESET_SELF');
  const user = await existingTarget(db, body.userId);
  const temporaryPasswordHash = await acceptableTemporaryPasswordHash(db, config, user, body.temporaryPassword);
  return file(db, actor, { kind: 'password_reset', targetUserId: body.userId, reason: body.reason, temporaryPasswordHash }, now, locale);
}

export async function fileTotpReset(db: Database, actor: Actor, body: TAccountRequestBody, now: Date, locale: Locale) {
  await existingTarget(db, body.userId);
  return file(db, actor, { kind: 'totp_reset', targetUserId: body.userId, reason: body.reason }, now, locale);
}

/** Carries out an approved request inside the decision's transaction; the approver is the actor of the change. */
async function carryOut(tx: Executor, actor: Actor, request: repo.AdminRequestRow, now: Date): Promise<void> {
  const target = await existingTarget(tx, request.targetUserId);
  switch (request.kind as AdminRequestKind) {
    case 'role_grant':
      await assignRole(tx, actor, { userId: target.id, role: request.role as Role, scopeId: null });
      return;
    case 'role_revoke': {
      const assignment = request.assignmentId ? await findRoleAssignmentById(tx, request.assignmentId) : undefined;
      if (!assignment) throw notFound(bilingual('角色分配', 'role assignment'));
      await applyRoleWithdrawal(tx, actor, assignment);
      return;
    }
    case 'account_disable':
      if (!target.disabledAt) await applyAccountDisable(tx, actor, target, request.reason, now);
      return;
    case 'password_reset':
      await applyPasswordReset(tx, actor, target, request.temporaryPasswordHash!, now);
      return;
    case 'totp_reset':
      await applySecondFactorReset(tx, actor, target, now);
      return;
  }
}

export async function decideAdminRequest(
  db: Database,
  actor: Actor,
  decision: { id: string; action: RequestAction; note: string | null },
  now: Date,
  locale: Locale,
): Promise<TAdminRequest> {
  const { id, action, note } = decision;
  await db.transaction(async (tx) => {
    const request = await repo.lockAdminRequest(tx, id);
    if (!request) throw notFound(REQUEST_ENTITY);
    const transition = transitionProblem(request.status as AdminRequestStatus, action, request.requestedBy === actor.userId);
    if (transition === 'closed') {
      throw new DomainError('ADMIN_REQUEST_CLOSED', { status: ADMIN_REQUEST_STATUS_LABELS[request.status as AdminRequestStatus] });
    }
    if (transition === 'not_requester') {
      throw new DomainError('ADMIN_REQUEST_DECIDER', { reason: bilingual('只有申请人可以撤回申请', 'only the requester may withdraw it') });
    }
    if (action !== 'cancel') {
      const problem = deciderProblem(
        { requestedBy: request.requestedBy, requesterDuty: request.requesterDuty as AdminDuty, targetUserId: request.targetUserId },
        { userId: actor.userId ?? '', duties: await dutiesOf(tx, actor.userId) },
      );
      if (problem) throw new DomainError('ADMIN_REQUEST_DECIDER', { reason: DECIDER_PROBLEMS[problem] });
    }
    if (action === 'approve') await carryOut(tx, actor, request, now);
    await closeApprovalWaiting(tx, id);
    await repo.closeAdminRequest(tx, id, { status: statusAfter(action), decidedBy: actor.userId, decidedAt: now, decisionNote: note });
    await recordAudit(tx, actor, {
      action: `admin_request.${action}`,
      entityType: 'admin_request',
      entityId: id,
      details: { kind: request.kind, targetUserId: request.targetUserId, role: request.role, requestedBy: request.requestedBy, note },
    });
  });
  return getAdminRequest(db, actor, id, locale);
}

type RequestView = NonNullable<Awaited<ReturnType<typeof repo.findAdminRequestView>>>;

function present(view: RequestView, viewer: { userId: string | null; duties: AdminDuty[] }, locale: Locale): TAdminRequest {
  const { request } = view;
  const pending = request.status === 'pending';
  const problem = pending
    ? deciderProblem(
        { requestedBy: request.requestedBy, requesterDuty: request.requesterDuty as AdminDuty, targetUserId: request.targetUserId },
        { userId: viewer.userId ?? '', duties: viewer.duties },
      )
    : null;
  return {
    id: request.id,
    kind: request.kind as AdminRequestKind,
    status: request.status as AdminRequestStatus,
    target: view.target,
    role: (request.role as Role | null) ?? null,
    reason: request.reason,
    requestedBy: view.requester,
    requesterDuty: request.requesterDuty as AdminDuty,
    requestedAt: request.requestedAt.toISOString(),
    decidedBy: view.decider?.id ? view.decider : null,
    decidedAt: request.decidedAt?.toISOString() ?? null,
    decisionNote: request.decisionNote,
    canDecide: pending && problem === null,
    cannotDecideBecause: pending && problem ? DECIDER_PROBLEMS[problem][locale] : null,
    canCancel: pending && request.requestedBy === viewer.userId,
  };
}

export async function getAdminRequest(db: Database, actor: Actor, id: string, locale: Locale): Promise<TAdminRequest> {
  const view = await repo.findAdminRequestView(db, id);
  if (!view) throw notFound(REQUEST_ENTITY);
  return present(view, { userId: actor.userId, duties: await dutiesOf(db, actor.userId) }, locale);
}

export async function listAdminRequests(db: Database, actor: Actor, query: TAdminRequestQuery, locale: Locale) {
  const [{ rows, total }, duties] = await Promise.all([repo.listAdminRequests(db, query, query), dutiesOf(db, actor.userId)]);
  return {
    items: rows.map((view) => present(view, { userId: actor.userId, duties }, locale)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
