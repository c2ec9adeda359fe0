import { DEFAULT_GRANTS } from '@chanjiao/contracts';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../kernel/audit/audit.table.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../testing/test-app.js';

describe('roles and permissions kept by the security administrator', () => {
  let ctx: TestContext;
  let security: Session;

  const setPermissions = (role: string, permissions: string[]) =>
    security.request({ method: 'PUT', url: `/api/roles/${role}/permissions`, payload: { permissions } });

  beforeAll(async () => {
    ctx = await createTestContext();
    security = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'security_admin' }]));
  });
  afterAll(async () => ctx.close());

  it('lists every role with its current permissions and every permission with its duty, in the request language', async () => {
    const response = await security.request({ method: 'GET', url: '/api/roles', headers: { 'accept-language': 'en-US' } });
    expect(response.statusCode, response.body).toBe(200);
    const catalog = response.json();
    const reviewer = catalog.roles.find((role: { role: string }) => role.role === 'reviewer');
    expect(reviewer).toMatchObject({ label: 'Reviewer', scope: 'org', adminDuty: null });
    expect(reviewer.permissions.sort()).toEqual([...DEFAULT_GRANTS.reviewer].sort());
    expect(catalog.permissions).toContainEqual({ name: 'audit.read', duty: 'audit', label: 'Read the audit log' });
  });

  it('changes a role’s permissions, takes effect for its holders at once, and audits before and after', async () => {
    const reviewer = await createTestUser(ctx.deps, [{ role: 'expert' }]);
    const reviewerSession = await login(ctx.app, reviewer);
    expect((await reviewerSession.request({ method: 'GET', url: '/api/dashboard' })).statusCode).toBe(200);

    const changed = await setPermissions('expert', ['org.read', 'selection.review.score']);
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().permissions).toEqual(['org.read', 'selection.review.score']);

    const refused = await reviewerSession.request({ method: 'GET', url: '/api/dashboard' });
    expect(refused.json().error.code).toBe('FORBIDDEN');

    const [entry] = await ctx.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'role.permission.edit'), eq(auditLog.entityId, 'expert')));
    const kept = ['org.read', 'selection.review.score'];
    const removed = DEFAULT_GRANTS.expert.filter((permission) => !kept.includes(permission));
    expect(removed).toContain('dashboard.read');
    expect(entry?.details).toMatchObject({ added: [] });
    expect([...(entry?.details as { removed: string[] }).removed].sort()).toEqual([...removed].sort());
    expect((entry?.details as { before: string[] }).before).toContain('dashboard.read');
  });

  it.each([
    ['platform_admin', 'audit.read', '系统管理员'],
    ['audit_admin', 'org.update', '审计管理员'],
    ['body_secretariat', 'role.permission.edit', '秘书处'],
  ])('refuses to give %s the permission %s (三权分立)', async (role, extra, label) => {
    const response = await setPermissions(role, [...DEFAULT_GRANTS[role as keyof typeof DEFAULT_GRANTS], extra]);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('DUTY_SEPARATION');
    expect(response.json().error.message).toContain(label);
  });

  it('refuses to let the security administrator take away its own means of editing permissions', async () => {
    const response = await setPermissions('security_admin', ['role.read', 'security.unlock']);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('ROLE_PERMISSION_ESSENTIAL');
    expect(response.json().error.message).toContain('编辑角色权限');
  });

  it('rejects a permission name that does not exist, naming the field', async () => {
    const response = await setPermissions('reviewer', ['org.read', 'org.delete']);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].message).toContain('『权限』');
  });
});
