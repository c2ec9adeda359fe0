/**
 * The role catalogue as the security administrator reads it: each role's permissions grouped by duty
 * (三权分立: system, security and audit administration apart from business and common permissions), and
 * what an edit would add or remove before it is saved.
 */
import type { Duty, Permission } from '@chanjiao/contracts/permissions';

export const DUTY_ORDER: Duty[] = ['system', 'security', 'audit', 'business', 'common'];

export interface PermissionEntry {
  name: Permission;
  duty: Duty;
  label: string;
}

export interface DutyGroup {
  duty: Duty;
  permissions: PermissionEntry[];
}

/** Groups in a fixed order, permissions in catalogue order; a duty with no permission is left out. */
export function groupByDuty(permissions: readonly PermissionEntry[]): DutyGroup[] {
  return DUTY_ORDER.map((duty) => ({ duty, permissions: permissions.filter((entry) => entry.duty === duty) })).filter(
    (group) => group.permissions.length > 0,
  );
}

export interface GrantChange {
  added: Permission[];
  removed: Permission[];
}

export function grantChange(saved: readonly Permission[], edited: readonly Permission[]): GrantChange {
  return {
    added: edited.filter((permission) => !saved.includes(permission)),
    removed: saved.filter((permission) => !edited.includes(permission)),
  };
}

export function isUnchanged(change: GrantChange): boolean {
  return change.added.length === 0 && change.removed.length === 0;
}

/**
 * Replaces the ticks of one duty group and keeps the others, in catalogue order (so two equal sets look
 * alike in the audit log's before/after).
 */
export function withGroupTicks(
  catalogue: readonly PermissionEntry[],
  current: readonly Permission[],
  group: DutyGroup,
  ticked: readonly Permission[],
): Permission[] {
  const inGroup = new Set(group.permissions.map((entry) => entry.name));
  const next = new Set([...current.filter((permission) => !inGroup.has(permission)), ...ticked]);
  return catalogue.map((entry) => entry.name).filter((name) => next.has(name));
}
