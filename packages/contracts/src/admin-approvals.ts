/**
 * The two-person rule for the three administrators (三权分立 per person, 等保2.0 三级 "特权用户权限分离"):
 * changing who holds an administrator duty, disabling an administrator, and resetting an administrator's
 * password or second factor are asked for by one duty and carried out only when another duty approves.
 */
import { z } from 'zod';
import { pageOf, requiredText, ZPageQuery } from './common.js';
import { defineErrors } from './errors.js';
import type { Bilingual } from './i18n.js';
import { ZRoleName } from './accounts.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

export const ADMIN_REQUEST_KINDS = ['role_grant', 'role_revoke', 'account_disable', 'password_reset', 'totp_reset'] as const;
export type AdminRequestKind = (typeof ADMIN_REQUEST_KINDS)[number];

export const ADMIN_REQUEST_KIND_LABELS: Record<AdminRequestKind, Bilingual> = {
  role_grant: l('授予管理员角色', 'Grant an administrator role'),
  role_revoke: l('收回管理员角色', 'Withdraw an administrator role'),
  account_disable: l('停用管理员账号', 'Disable an administrator account'),
  password_reset: l('重置管理员密码', 'Reset an administrator’s password'),
  totp_reset: l('重置管理员双因素认证', 'Reset an administrator’s second factor'),
};

export const ADMIN_REQUEST_STATUSES = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type AdminRequestStatus = (typeof ADMIN_REQUEST_STATUSES)[number];

export const ADMIN_REQUEST_STATUS_LABELS: Record<AdminRequestStatus, Bilingual> = {
  pending: l('待审批', 'Awaiting approval'),
  approved: l('已批准并执行', 'Approved and carried out'),
  rejected: l('已驳回', 'Rejected'),
  cancelled: l('已撤回', 'Withdrawn'),
};

export const ADMIN_DUTIES = ['system', 'security', 'audit'] as const;
export type AdminDuty = (typeof ADMIN_DUTIES)[number];

const ZPerson = z.object({ id: z.string(), username: z.string(), displayName: z.string() });

export const ZAdminRequest = z.object({
  id: z.string(),
  kind: z.enum(ADMIN_REQUEST_KINDS),
  status: z.enum(ADMIN_REQUEST_STATUSES),
  target: ZPerson,
  /** The administrator role granted or withdrawn; null for the other kinds. */
  role: ZRoleName.nullable(),
  reason: z.string(),
  requestedBy: ZPerson,
  requesterDuty: z.enum(ADMIN_DUTIES),
  requestedAt: z.string(),
  decidedBy: ZPerson.nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  /** Whether the signed-in administrator may approve or reject it, and why not when they may not. */
  canDecide: z.boolean(),
  cannotDecideBecause: z.string().nullable(),
  canCancel: z.boolean(),
});
export type TAdminRequest = z.infer<typeof ZAdminRequest>;
export const ZAdminRequestPage = pageOf(ZAdminRequest);

export const ZAdminRequestQuery = ZPageQuery.extend({
  status: z.enum(['pending', 'decided', 'all']).default('pending'),
});
export type TAdminRequestQuery = z.infer<typeof ZAdminRequestQuery>;

const reason = requiredText(200);

export const ZRoleGrantRequestBody = z.object({ userId: z.uuid(), role: ZRoleName, reason });
export type TRoleGrantRequestBody = z.infer<typeof ZRoleGrantRequestBody>;
export const ZRoleRevokeRequestBody = z.object({ userId: z.uuid(), assignmentId: z.uuid(), reason });
export type TRoleRevokeRequestBody = z.infer<typeof ZRoleRevokeRequestBody>;
export const ZAccountRequestBody = z.object({ userId: z.uuid(), reason });
export type TAccountRequestBody = z.infer<typeof ZAccountRequestBody>;
export const ZPasswordResetRequestBody = z.object({ userId: z.uuid(), reason, temporaryPassword: z.string().min(1).max(256) });
export type TPasswordResetRequestBody = z.infer<typeof ZPasswordResetRequestBody>;

export const ZAdminDecisionBody = z.object({ note: z.string().trim().max(200).optional() });
export const ZAdminRejectBody = z.object({ note: requiredText(200) });

export const ADMIN_APPROVAL_ERRORS = defineErrors({
  TWO_PERSON_REQUIRED: {
    status: 409,
    message: {
      'zh-CN': '{operation}须由另一职责的管理员批准：请在该账号的页面提交审批申请，批准后自动执行',
      'en-US':
        '{operation} needs the approval of an administrator of another duty: file a request from the account’s page; it is carried out once approved',
    },
  },
  ADMIN_REQUEST_NOT_NEEDED: {
    status: 409,
    message: {
      'zh-CN': '该账号不是管理员，{operation}无须双人审批，请直接办理',
      'en-US': 'This account is not an administrator; {operation} needs no two-person approval — do it directly',
    },
  },
  ADMIN_REQUEST_DECIDER: {
    status: 403,
    message: {
      'zh-CN': '不能审批此申请：{reason}',
      'en-US': 'You cannot decide this request: {reason}',
    },
  },
  ADMIN_REQUEST_CLOSED: {
    status: 409,
    message: {
      'zh-CN': '该申请已{status}，不能再办理',
      'en-US': 'This request is already {status}; it cannot be acted on again',
    },
  },
  ADMIN_REQUEST_PENDING_EXISTS: {
    status: 409,
    message: {
      'zh-CN': '同一账号已有待审批的“{operation}”申请，请等待审批结果或先撤回',
      'en-US': 'A request to “{operation}” for this account is already awaiting approval; wait for it or withdraw it',
    },
  },
  ADMIN_DUTY_HISTORY: {
    status: 409,
    message: {
      'zh-CN': '该账号曾担任{held}，不能再授予{role}：一人只能担任一种管理员职责',
      'en-US': 'This account has held the {held} duty and cannot be given {role}: one person holds one administrator duty only',
    },
  },
});

export const ADMIN_APPROVAL_LABELS: Record<string, Bilingual> = {
  userId: l('账号', 'Account'),
  reason: l('理由', 'Reason'),
  note: l('审批意见', 'Decision note'),
};

export const ADMIN_DUTY_LABELS: Record<AdminDuty, Bilingual> = {
  system: l('系统管理员职责', 'platform administration'),
  security: l('安全管理员职责', 'security administration'),
  audit: l('审计管理员职责', 'audit administration'),
};
