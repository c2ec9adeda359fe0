import { PERMISSION_NAMES, PERMISSIONS, type Permission } from '@chanjiao/contracts/permissions';
import { describe, expect, it } from 'vitest';
import { grantChange, groupByDuty, isUnchanged, type PermissionEntry, withGroupTicks } from './permission-groups';

const catalogue: PermissionEntry[] = PERMISSION_NAMES.map((name) => ({
  name,
  duty: PERMISSIONS[name].duty,
  label: PERMISSIONS[name].label['zh-CN'],
}));

describe('permissions grouped by duty (三权分立)', () => {
  const groups = groupByDuty(catalogue);

  it('puts the three administrators’ duties first, then business and common permissions', () => {
    expect(groups.map((group) => group.duty)).toEqual(['system', 'security', 'audit', 'business', 'common']);
  });

  it('keeps each administrator’s permissions together', () => {
    expect(groups.find((group) => group.duty === 'audit')?.permissions.map((entry) => entry.name)).toEqual([
      'audit.read',
      'audit.export',
      'audit.verify',
    ]);
    expect(groups.find((group) => group.duty === 'security')?.permissions.map((entry) => entry.label)).toEqual([
      '查看角色权限',
      '编辑角色权限',
      '解锁账号、重置双因素',
    ]);
  });

  it('leaves out a duty that has no permission', () => {
    expect(groupByDuty(catalogue.filter((entry) => entry.duty !== 'business')).map((group) => group.duty)).not.toContain('business');
  });
});

describe('editing a role’s grants', () => {
  const audit = groupByDuty(catalogue).find((group) => group.duty === 'audit')!;
  const saved: Permission[] = ['dashboard.read', 'audit.read', 'audit.export', 'audit.verify'];

  it('replaces the ticks of one group and keeps the rest, in catalogue order', () => {
    expect(withGroupTicks(catalogue, saved, audit, ['audit.verify', 'audit.read'])).toEqual([
      'dashboard.read',
      'audit.read',
      'audit.verify',
    ]);
  });

  it('says what an edit adds and removes, and when nothing changed', () => {
    const edited = withGroupTicks(catalogue, saved, audit, ['audit.read', 'audit.verify']);
    const change = grantChange(saved, [...edited, 'org.create']);
    expect(change).toEqual({ added: ['org.create'], removed: ['audit.export'] });
    expect(isUnchanged(change)).toBe(false);
    expect(isUnchanged(grantChange(saved, [...saved].reverse()))).toBe(true);
  });
});
