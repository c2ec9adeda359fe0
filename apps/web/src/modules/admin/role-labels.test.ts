import { describe, expect, it } from 'vitest';
import { assignmentLabel, clashingAdminRole, roleLabel } from './role-labels';

describe('role assignment labels', () => {
  it('name the organisation or body a scoped role applies to', () => {
    const assignment = { role: 'org_admin', scopeType: 'org', scopeName: '上海市曹杨职业技术学校' } as const;
    expect(assignmentLabel(assignment, 'zh-CN')).toBe('单位管理员 · 上海市曹杨职业技术学校');
    expect(assignmentLabel(assignment, 'en-US')).toBe('Organisation administrator · 上海市曹杨职业技术学校');
  });

  it('say that a system role covers the whole system', () => {
    const assignment = { role: 'audit_admin', scopeType: 'system', scopeName: null } as const;
    expect(assignmentLabel(assignment, 'zh-CN')).toBe('审计管理员（全系统）');
    expect(assignmentLabel(assignment, 'en-US')).toBe('Audit administrator (whole system)');
  });

  it('still name the kind of scope when its record is gone, so the assignment can be revoked', () => {
    expect(assignmentLabel({ role: 'body_secretariat', scopeType: 'body', scopeName: null }, 'zh-CN')).toBe('秘书处 · 联盟/联合体');
  });

  it('show a role unknown to this release as stored', () => {
    expect(roleLabel('retired_role', 'zh-CN')).toBe('retired_role');
  });
});

describe('三权分立 when assigning roles', () => {
  const held = [{ role: 'security_admin' }, { role: 'liaison' }] as const;

  it('names the administrator role a second administrator role would clash with', () => {
    expect(clashingAdminRole(held, 'audit_admin')).toBe('security_admin');
    expect(clashingAdminRole(held, 'platform_admin')).toBe('security_admin');
  });

  it('lets business roles and the same administrator role through', () => {
    expect(clashingAdminRole(held, 'org_admin')).toBeNull();
    expect(clashingAdminRole(held, 'security_admin')).toBeNull();
    expect(clashingAdminRole([], 'audit_admin')).toBeNull();
  });
});
