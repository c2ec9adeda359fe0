/**
 * Account administration (系统管理员), roles and permissions and the security desk (安全管理员):
 * the three administrators of 三权分立 each get their own screens and never one another's.
 */
import { z } from 'zod';
import { pageOf, requiredText, ZPageQuery, ZPhone } from './common.js';
import { defineErrors } from './errors.js';
import type { Bilingual } from './i18n.js';
import { type Permission, PERMISSION_NAMES, type Role, ROLE_NAMES } from './permissions.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });
const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

/** Lower-case letters, digits, `_`, `.` and `-`; sign-in is case-insensitive, so upper case is folded. */
export const USERNAME_PATTERN = /^[a-z0-9_.-]{3,32}$/;

export const ZRoleName = z.enum(ROLE_NAMES as [Role, ...Role[]]);
export const ZPermissionName = z.enum(PERMISSION_NAMES as [Permission, ...Permission[]]);

export const ZRoleAssignment = z.object({
  id: z.string(),
  role: ZRoleName,
  scopeType: z.enum(['system', 'org', 'body']),
  scopeId: z.string().nullable(),
  scopeName: z.string().nullable(),
});
export type TRoleAssignment = z.infer<typeof ZRoleAssignment>;

/** A user account as administrators see it: contact details masked (个人信息保护法). */
export const ZUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  disabled: z.boolean(),
  disabledAt: z.string().nullable(),
  totpEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
  roles: z.array(ZRoleAssignment),
  createdAt: z.string(),
});
export type TUser = z.infer<typeof ZUser>;

export const ZUserPage = pageOf(ZUser);

/** `active` accounts may sign in; `disabled` ones were stopped by an administrator. */
export const USER_STATUSES = ['all', 'active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const ZUserListQuery = ZPageQuery.extend({
  q: z.string().trim().max(50).optional(),
  status: z.enum(USER_STATUSES).default('all'),
});
export type TUserListQuery = z.infer<typeof ZUserListQuery>;

export const ZUserCreateBody = z.object({
  /** The format (USERNAME_PATTERN) is checked by the server so that the message can name the rule. */
  username: z.string().trim().toLowerCase().min(1).max(64),
  displayName: requiredText(40),
  email: z.preprocess(blankToNull, z.email().max(200).nullable().optional()),
  phone: z.preprocess(blankToNull, ZPhone.nullable().optional()),
  initialPassword: z.string().min(1).max(256),
});
export type TUserCreateBody = z.infer<typeof ZUserCreateBody>;

/** A temporary password the security administrator hands over in person; the user must replace it at sign-in. */
export const ZPasswordResetBody = z.object({ temporaryPassword: z.string().min(1).max(256) });
export type TPasswordResetBody = z.infer<typeof ZPasswordResetBody>;

export const ZUserDisableBody = z.object({ reason: requiredText(200) });
export type TUserDisableBody = z.infer<typeof ZUserDisableBody>;

export const ZRoleAssignBody = z.object({
  role: ZRoleName,
  /** The organisation or body the role applies to; null (or left out) for roles that cover the whole system. */
  scopeId: z.preprocess((value) => (value === undefined ? null : blankToNull(value)), z.uuid().nullable()),
});
export type TRoleAssignBody = z.infer<typeof ZRoleAssignBody>;

export const ZUserRoleParams = z.object({ id: z.uuid(), assignmentId: z.uuid() });

export const ZRoleParams = z.object({ role: ZRoleName });

export const ZRoleInfo = z.object({
  role: ZRoleName,
  label: z.string(),
  scope: z.enum(['system', 'org', 'body']),
  adminDuty: z.enum(['system', 'security', 'audit']).nullable(),
  permissions: z.array(ZPermissionName),
  /** Permissions this role must keep so that nobody is locked out of administering it. */
  essential: z.array(ZPermissionName),
});
export type TRoleInfo = z.infer<typeof ZRoleInfo>;

export const ZPermissionInfo = z.object({
  name: ZPermissionName,
  duty: z.enum(['system', 'security', 'audit', 'business', 'common']),
  label: z.string(),
});

export const ZRoleCatalog = z.object({ roles: z.array(ZRoleInfo), permissions: z.array(ZPermissionInfo) });
export type TRoleCatalog = z.infer<typeof ZRoleCatalog>;

export const ZRolePermissionsBody = z.object({ permissions: z.array(ZPermissionName).max(PERMISSION_NAMES.length * 2) });
export type TRolePermissionsBody = z.infer<typeof ZRolePermissionsBody>;

/**
 * Without these, the role that administers permissions or accounts could remove its own ability to do so
 * and nobody could give it back.
 */
export const ESSENTIAL_PERMISSIONS: Partial<Record<Role, Permission[]>> = {
  platform_admin: ['user.read', 'user.manage', 'user.role.assign'],
  security_admin: ['role.read', 'role.permission.edit', 'security.unlock'],
  audit_admin: ['audit.read', 'audit.verify'],
};

export const SECURITY_ACCOUNT_STATUSES = ['all', 'locked', 'no_totp', 'disabled'] as const;
export type SecurityAccountStatus = (typeof SECURITY_ACCOUNT_STATUSES)[number];

export const ZSecurityAccountQuery = ZPageQuery.extend({
  q: z.string().trim().max(50).optional(),
  status: z.enum(SECURITY_ACCOUNT_STATUSES).default('all'),
});
export type TSecurityAccountQuery = z.infer<typeof ZSecurityAccountQuery>;

export const ZSecurityAccount = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  disabled: z.boolean(),
  disabledAt: z.string().nullable(),
  locked: z.boolean(),
  lockedUntil: z.string().nullable(),
  /** Failed sign-ins that still count towards a lock. */
  recentFailures: z.number().int(),
  totpEnabled: z.boolean(),
  /** Holds an administrator role, for which a second factor is mandatory. */
  isAdministrator: z.boolean(),
  roles: z.array(ZRoleAssignment),
});
export type TSecurityAccount = z.infer<typeof ZSecurityAccount>;

export const ZSecurityAccountPage = pageOf(ZSecurityAccount);

export const ACCOUNT_ERRORS = defineErrors({
  ROLE_SCOPE_UNKNOWN: {
    status: 400,
    message: {
      'zh-CN': '角色“{role}”所指定的{scope}不存在，请从列表中重新选择',
      'en-US': 'The {scope} chosen for the role “{role}” does not exist; choose one from the list',
    },
  },
  ROLE_PERMISSION_ESSENTIAL: {
    status: 409,
    message: {
      'zh-CN': '角色“{role}”必须保留权限“{permission}”，否则将无人能再行使该职责；请勾选后再保存',
      'en-US': 'The role “{role}” must keep “{permission}”, or nobody could carry out that duty again; tick it and save',
    },
  },
});

export const ACCOUNT_LABELS: Record<string, Bilingual> = {
  initialPassword: l('初始密码', 'Initial password'),
  temporaryPassword: l('临时密码', 'Temporary password'),
  status: l('状态', 'Status'),
  assignmentId: l('角色分配', 'Role assignment'),
};
