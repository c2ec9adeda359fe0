/**
 * Permission names and roles shared by server and web.
 * The role → permission grants here are the defaults a fresh database starts with; the security
 * administrator edits them at run time (table role_permissions), within the duty-separation rule.
 */
import type { Bilingual } from './i18n.js';

/**
 * 三权分立: system administration, security administration and audit are separate duties.
 * `business` permissions are what organisations and bodies do; `common` ones every signed-in user has.
 */
export type Duty = 'system' | 'security' | 'audit' | 'business' | 'common';

interface PermissionInfo {
  duty: Duty;
  label: Bilingual;
}

export const PERMISSIONS = {
  'dashboard.read': { duty: 'common', label: { 'zh-CN': '查看工作台', 'en-US': 'View dashboard' } },
  'org.read': { duty: 'common', label: { 'zh-CN': '查看组织', 'en-US': 'View organisations' } },
  'body.read': { duty: 'common', label: { 'zh-CN': '查看联盟/联合体', 'en-US': 'View bodies' } },
  'org.create': { duty: 'system', label: { 'zh-CN': '新建组织', 'en-US': 'Create organisations' } },
  'org.import': { duty: 'system', label: { 'zh-CN': '批量导入组织', 'en-US': 'Import organisations' } },
  'org.update': { duty: 'business', label: { 'zh-CN': '编辑组织信息', 'en-US': 'Edit organisation' } },
  'body.create': { duty: 'system', label: { 'zh-CN': '新建联盟/联合体', 'en-US': 'Create bodies' } },
  'body.update': { duty: 'business', label: { 'zh-CN': '编辑联盟/联合体', 'en-US': 'Edit body' } },
  'body.member.manage': {
    duty: 'business',
    label: { 'zh-CN': '管理成员单位', 'en-US': 'Manage member organisations' },
  },
  'liaison.manage': { duty: 'business', label: { 'zh-CN': '管理联络员', 'en-US': 'Manage liaisons' } },
  'personal.unmask': {
    duty: 'business',
    label: { 'zh-CN': '查看完整个人信息', 'en-US': 'Reveal masked personal data' },
  },
  'user.read': { duty: 'system', label: { 'zh-CN': '查看用户账号', 'en-US': 'View user accounts' } },
  'user.manage': {
    duty: 'system',
    label: { 'zh-CN': '新建和停用用户账号', 'en-US': 'Create and disable user accounts' },
  },
  'user.role.assign': { duty: 'system', label: { 'zh-CN': '分配角色', 'en-US': 'Assign roles' } },
  'role.read': { duty: 'security', label: { 'zh-CN': '查看角色权限', 'en-US': 'View roles and permissions' } },
  'role.permission.edit': {
    duty: 'security',
    label: { 'zh-CN': '编辑角色权限', 'en-US': 'Edit role permissions' },
  },
  'security.unlock': {
    duty: 'security',
    label: { 'zh-CN': '解锁账号、重置双因素', 'en-US': 'Unlock accounts and reset second factors' },
  },
  'audit.read': { duty: 'audit', label: { 'zh-CN': '查看审计日志', 'en-US': 'Read the audit log' } },
  'audit.export': { duty: 'audit', label: { 'zh-CN': '导出审计日志', 'en-US': 'Export the audit log' } },
  'audit.verify': { duty: 'audit', label: { 'zh-CN': '校验审计链', 'en-US': 'Verify the audit chain' } },
} as const satisfies Record<string, PermissionInfo>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export type ScopeType = 'system' | 'org' | 'body';

interface RoleInfo {
  scope: ScopeType;
  /** The administrative duty the role carries, if it is one of the three separated administrators. */
  adminDuty?: 'system' | 'security' | 'audit';
  label: Bilingual;
}

export const ROLES = {
  platform_admin: {
    scope: 'system',
    adminDuty: 'system',
    label: { 'zh-CN': '系统管理员', 'en-US': 'Platform administrator' },
  },
  security_admin: {
    scope: 'system',
    adminDuty: 'security',
    label: { 'zh-CN': '安全管理员', 'en-US': 'Security administrator' },
  },
  audit_admin: {
    scope: 'system',
    adminDuty: 'audit',
    label: { 'zh-CN': '审计管理员', 'en-US': 'Audit administrator' },
  },
  body_secretariat: { scope: 'body', label: { 'zh-CN': '秘书处', 'en-US': 'Body secretariat' } },
  member_representative: {
    scope: 'org',
    label: { 'zh-CN': '成员单位代表', 'en-US': 'Member representative' },
  },
  liaison: { scope: 'org', label: { 'zh-CN': '联络员', 'en-US': 'Liaison' } },
  org_admin: { scope: 'org', label: { 'zh-CN': '单位管理员', 'en-US': 'Organisation administrator' } },
  data_collector: { scope: 'org', label: { 'zh-CN': '采集员', 'en-US': 'Data collector' } },
  reviewer: { scope: 'org', label: { 'zh-CN': '审核员', 'en-US': 'Reviewer' } },
  principal: { scope: 'org', label: { 'zh-CN': '校长/法定代表人', 'en-US': 'Principal' } },
  authority_admin: {
    scope: 'org',
    label: { 'zh-CN': '教育行政部门管理员', 'en-US': 'Education authority administrator' },
  },
  expert: { scope: 'system', label: { 'zh-CN': '评审专家', 'en-US': 'Expert' } },
} as const satisfies Record<string, RoleInfo>;

export type Role = keyof typeof ROLES;
export const ROLE_NAMES = Object.keys(ROLES) as Role[];
export const ADMIN_ROLES: Role[] = ['platform_admin', 'security_admin', 'audit_admin'];

const COMMON: Permission[] = ['dashboard.read', 'org.read', 'body.read'];

export const DEFAULT_GRANTS: Record<Role, Permission[]> = {
  platform_admin: [
    ...COMMON,
    'org.create',
    'org.import',
    'org.update',
    'body.create',
    'body.update',
    'body.member.manage',
    'liaison.manage',
    'user.read',
    'user.manage',
    'user.role.assign',
  ],
  security_admin: [...COMMON, 'role.read', 'role.permission.edit', 'security.unlock'],
  audit_admin: [...COMMON, 'audit.read', 'audit.export', 'audit.verify'],
  body_secretariat: [...COMMON, 'body.update', 'body.member.manage', 'liaison.manage', 'personal.unmask'],
  member_representative: [...COMMON, 'liaison.manage'],
  liaison: [...COMMON],
  org_admin: [...COMMON, 'org.update', 'liaison.manage', 'personal.unmask'],
  data_collector: [...COMMON],
  reviewer: [...COMMON],
  principal: [...COMMON],
  authority_admin: [...COMMON],
  expert: [...COMMON],
};

export function permissionDuty(permission: Permission): Duty {
  return PERMISSIONS[permission].duty;
}
