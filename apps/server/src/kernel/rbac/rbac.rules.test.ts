import { DEFAULT_GRANTS, type Permission, ROLE_NAMES } from '@chanjiao/contracts';
import { describe, expect, it } from 'vitest';
import { type Grant, isAllowed, permissionSetProblem, roleCombinationProblem, scopesWith } from './rbac.rules.js';

const grant = (permission: Permission, scopeType: Grant['scopeType'], scopeId: string | null): Grant => ({
  role: scopeType === 'system' ? 'platform_admin' : scopeType === 'org' ? 'org_admin' : 'body_secretariat',
  permission,
  scopeType,
  scopeId,
});

describe('record-level authorization', () => {
  it.each([
    ['an org administrator edits their own organisation', [grant('org.update', 'org', 'A')], { orgId: 'A' }, true],
    ['but not another one', [grant('org.update', 'org', 'A')], { orgId: 'B' }, false],
    ['a system grant covers every record', [grant('org.update', 'system', null)], { orgId: 'B' }, true],
    ['a secretariat manages members of its own body', [grant('body.member.manage', 'body', 'X')], { bodyId: 'X' }, true],
    ['but not of another body', [grant('body.member.manage', 'body', 'X')], { bodyId: 'Y' }, false],
    ['a body grant does not reach an organisation record', [grant('org.update', 'body', 'X')], { orgId: 'X' }, false],
  ] as const)('%s', (_name, grants, record, allowed) => {
    expect(isAllowed([...grants], grants[0]!.permission, record)).toBe(allowed);
  });

  it('lists the scopes a user holds a permission for', () => {
    expect(scopesWith([grant('org.update', 'org', 'A'), grant('org.update', 'org', 'B')], 'org.update', 'org')).toEqual(['A', 'B']);
    expect(scopesWith([grant('org.update', 'system', null)], 'org.update', 'org')).toBe('all');
  });
});

describe('三权分立: separation of the system, security and audit administrators', () => {
  it('holds for every default role', () => {
    for (const role of ROLE_NAMES) expect(permissionSetProblem(role, DEFAULT_GRANTS[role]), role).toBeNull();
  });
  it.each([
    ['platform_admin', 'audit.read', 'foreign_duty'],
    ['platform_admin', 'role.permission.edit', 'foreign_duty'],
    ['security_admin', 'user.manage', 'foreign_duty'],
    ['audit_admin', 'org.update', 'admin_business'],
    ['security_admin', 'liaison.manage', 'admin_business'],
    ['body_secretariat', 'audit.read', 'foreign_duty'],
  ] as const)('%s may not hold %s', (role, permission, kind) => {
    expect(permissionSetProblem(role, [...DEFAULT_GRANTS[role], permission])?.kind).toBe(kind);
  });
  it('one person may not hold two administrator roles', () => {
    expect(roleCombinationProblem(['platform_admin'], 'audit_admin')?.kind).toBe('two_admin_roles');
    expect(roleCombinationProblem(['org_admin'], 'audit_admin')).toBeNull();
    expect(roleCombinationProblem(['platform_admin'], 'platform_admin')).toBeNull();
  });
});
