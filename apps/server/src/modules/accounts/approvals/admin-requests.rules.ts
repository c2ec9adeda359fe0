/**
 * The two-person rule for privileged changes (三权分立 per person). Sources, as a reader can open them:
 * 《信息安全技术 网络安全等级保护基本要求》(GB/T 22239-2019) 8.1.4.2 访问控制 c) "应授予管理用户所需的最小权限，
 * 实现管理用户的权限分离"; OWASP ASVS 5.0 V8 (authorization: segregation of duties). The rules are ours: which
 * changes need a second duty, who may decide them, and that one person only ever holds one duty.
 */
import { ADMIN_ROLES, type AdminDuty, type AdminRequestKind, type AdminRequestStatus, type Role, ROLES } from '@chanjiao/contracts';

export function dutyOfRole(role: Role): AdminDuty | null {
  return (ROLES[role] as { adminDuty?: AdminDuty }).adminDuty ?? null;
}

export function dutiesOfRoles(roles: Role[]): AdminDuty[] {
  return [...new Set(roles.map(dutyOfRole).filter((duty): duty is AdminDuty => duty !== null))];
}

/**
 * A change needs a second duty when it touches an administrator: granting or withdrawing an administrator role,
 * or disabling / resetting the password or second factor of an account that holds one.
 */
export function needsTwoPersons(kind: AdminRequestKind, change: { role?: Role | null; targetRoles: Role[] }): boolean {
  if (kind === 'role_grant' || kind === 'role_revoke') return !!change.role && ADMIN_ROLES.includes(change.role);
  return change.targetRoles.some((role) => ADMIN_ROLES.includes(role));
}

export type DeciderProblem = 'own_request' | 'same_duty' | 'target' | 'not_administrator';

/**
 * Who may approve or reject: an administrator of another duty than the requester's, who is neither the
 * requester nor the account the change is about (nobody approves a reset of their own password).
 */
export function deciderProblem(
  request: { requestedBy: string; requesterDuty: AdminDuty; targetUserId: string },
  decider: { userId: string; duties: AdminDuty[] },
): DeciderProblem | null {
  if (decider.userId === request.requestedBy) return 'own_request';
  if (decider.userId === request.targetUserId) return 'target';
  if (decider.duties.length === 0) return 'not_administrator';
  if (decider.duties.every((duty) => duty === request.requesterDuty)) return 'same_duty';
  return null;
}

export type RequestAction = 'approve' | 'reject' | 'cancel';

/** Only a pending request is decided or withdrawn, and only its requester withdraws it. */
export function transitionProblem(
  status: AdminRequestStatus,
  action: RequestAction,
  byRequester: boolean,
): 'closed' | 'not_requester' | null {
  if (status !== 'pending') return 'closed';
  if (action === 'cancel' && !byRequester) return 'not_requester';
  return null;
}

export function statusAfter(action: RequestAction): AdminRequestStatus {
  return action === 'approve' ? 'approved' : action === 'reject' ? 'rejected' : 'cancelled';
}

/** One person, one administrator duty — for life: a duty once held bars every other (even after withdrawal). */
export function dutyHistoryProblem(heldDuty: AdminDuty | null, granting: Role): { held: AdminDuty; wanted: AdminDuty } | null {
  const wanted = dutyOfRole(granting);
  if (!wanted || !heldDuty || heldDuty === wanted) return null;
  return { held: heldDuty, wanted };
}
