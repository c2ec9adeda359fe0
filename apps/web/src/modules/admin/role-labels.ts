/**
 * How role assignments read in the UI: the role's name and what it applies to — the whole system, an
 * organisation or a body. The security desk lists roles the same way, so it imports these too.
 */
import type { TRoleAssignment } from '@chanjiao/contracts/accounts';
import type { Locale } from '@chanjiao/contracts/i18n';
import { ADMIN_ROLES, type Role, ROLES, type ScopeType } from '@chanjiao/contracts/permissions';
import { translate } from '../../app/i18n';
import { ADMIN_MESSAGES } from './messages';

export function isRole(value: string): value is Role {
  return Object.hasOwn(ROLES, value);
}

/** A role name from the contracts; an unknown name (a role removed in a newer release) is shown as stored. */
export function roleLabel(role: string, locale: Locale): string {
  return isRole(role) ? ROLES[role].label[locale] : role;
}

export function scopeWord(scope: ScopeType, locale: Locale): string {
  return translate(ADMIN_MESSAGES, locale, `scope.${scope}`);
}

/**
 * 单位管理员 · 上海市曹杨职业技术学校; 系统管理员（全系统）. A scope whose record has gone shows its kind, so the
 * assignment can still be recognised and revoked.
 */
export function assignmentLabel(assignment: Pick<TRoleAssignment, 'role' | 'scopeType' | 'scopeName'>, locale: Locale): string {
  const name = roleLabel(assignment.role, locale);
  if (assignment.scopeType === 'system') return translate(ADMIN_MESSAGES, locale, 'scope.systemSuffix', { role: name });
  return `${name} · ${assignment.scopeName ?? scopeWord(assignment.scopeType, locale)}`;
}

/**
 * 三权分立: one person holds at most one of the three administrator roles. Returns the role already held that
 * the new one would clash with, so the UI can say why it does not offer it (the server refuses it anyway).
 */
export function clashingAdminRole(held: readonly Pick<TRoleAssignment, 'role'>[], adding: Role): Role | null {
  if (!ADMIN_ROLES.includes(adding)) return null;
  const other = held.find((assignment) => assignment.role !== adding && ADMIN_ROLES.includes(assignment.role));
  return other?.role ?? null;
}
