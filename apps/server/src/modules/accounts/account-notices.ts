/**
 * What the accounts module tells a person about their own account, through the notifications module: a sign-in
 * from a new device, a password reset, a role granted or withdrawn; and the administrators, of a two-person request
 * that waits for their duty. Each runs inside the transaction of the change.
 */
import {
  ADMIN_DUTIES,
  ADMIN_REQUEST_KIND_LABELS,
  type AdminDuty,
  type AdminRequestKind,
  type Bilingual,
  ROLES,
  type Role,
} from '@chanjiao/contracts';
import type { Actor } from '../../kernel/audit/audit.service.js';
import { earlierSignIns } from '../../kernel/auth/auth.repository.js';
import type { SignIn } from '../../kernel/auth/auth.service.js';
import type { Executor } from '../../kernel/db/database.js';
import { closeNotifications, deliverOpenNotificationsToNewHolder, notify, shanghaiMinute } from '../notifications/index.js';
import { scopeNames } from './scope-names.js';

const ACCOUNT_PAGE = '/account';
const APPROVALS_PAGE = '/approvals';
const WHOLE_PLATFORM: Bilingual = { 'zh-CN': '全平台', 'en-US': 'the whole platform' };

/** A sign-in from an address and browser this account has not used before (its very first sign-in excepted). */
export async function noticeSignIn(tx: Executor, signIn: SignIn): Promise<void> {
  const { actor, user, sessionId, at } = signIn;
  const earlier = await earlierSignIns(tx, user.id, sessionId, actor.ip, actor.userAgent);
  if (!earlier.any || earlier.sameDevice) return;
  await notify(tx, actor, {
    kind: 'accounts.new_device_sign_in',
    params: { username: user.username, at: shanghaiMinute(at), device: (actor.userAgent ?? '—').slice(0, 200) || '—', ip: actor.ip ?? '—' },
    recipients: [{ userId: user.id }],
    link: { path: ACCOUNT_PAGE, recordType: 'session', recordId: sessionId },
    includeActor: true,
  });
}

export async function noticePasswordReset(tx: Executor, actor: Actor, user: { id: string; username: string }, at: Date): Promise<void> {
  await notify(tx, actor, {
    kind: 'accounts.password_reset',
    params: { username: user.username, at: shanghaiMinute(at) },
    recipients: [{ userId: user.id }],
    link: { path: ACCOUNT_PAGE, recordType: 'user', recordId: user.id },
  });
}

async function roleParams(tx: Executor, role: Role, scopeId: string | null) {
  const name = scopeId ? (await scopeNames(tx, [scopeId])).get(scopeId) : undefined;
  return { role: ROLES[role].label, scope: name ? { 'zh-CN': name, 'en-US': name } : WHOLE_PLATFORM };
}

/** The new holder is told, and receives the open messages addressed to the role. */
export async function noticeRoleGranted(
  tx: Executor,
  actor: Actor,
  grant: { id: string; userId: string; role: Role; scopeId: string | null },
): Promise<void> {
  await notify(tx, actor, {
    kind: 'accounts.role_granted',
    params: await roleParams(tx, grant.role, grant.scopeId),
    recipients: [{ userId: grant.userId }],
    link: { path: ACCOUNT_PAGE, recordType: 'role_assignment', recordId: grant.id },
  });
  await deliverOpenNotificationsToNewHolder(tx, grant);
}

export async function noticeRoleWithdrawn(
  tx: Executor,
  actor: Actor,
  grant: { id: string; userId: string; role: Role; scopeId: string | null },
): Promise<void> {
  await notify(tx, actor, {
    kind: 'accounts.role_withdrawn',
    params: await roleParams(tx, grant.role, grant.scopeId),
    recipients: [{ userId: grant.userId }],
    link: { path: ACCOUNT_PAGE, recordType: 'role_assignment', recordId: grant.id },
  });
}

const ADMIN_ROLE_OF_DUTY: Record<AdminDuty, Role> = { system: 'platform_admin', security: 'security_admin', audit: 'audit_admin' };

/** The holders of the other two administrator duties learn that a request awaits one of them (two-person rule). */
export async function noticeApprovalWaiting(
  tx: Executor,
  actor: Actor,
  request: { id: string; kind: AdminRequestKind; requesterDuty: AdminDuty },
): Promise<void> {
  const deciders = ADMIN_DUTIES.filter((duty) => duty !== request.requesterDuty).map((duty) => ({
    role: ADMIN_ROLE_OF_DUTY[duty],
    scopeId: null,
  }));
  await notify(tx, actor, {
    kind: 'accounts.approvals_waiting',
    params: { count: 1, requester: actor.username ?? '—', action: ADMIN_REQUEST_KIND_LABELS[request.kind] },
    recipients: deciders,
    link: { path: APPROVALS_PAGE, recordType: 'admin_request', recordId: request.id },
  });
}

/** Once decided or withdrawn, the request no longer waits in anyone's inbox. */
export async function closeApprovalWaiting(tx: Executor, requestId: string): Promise<void> {
  await closeNotifications(tx, { recordType: 'admin_request', recordId: requestId, kinds: ['accounts.approvals_waiting'] });
}
