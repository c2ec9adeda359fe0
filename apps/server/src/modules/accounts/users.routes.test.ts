import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../kernel/audit/audit.table.js';
import { SYSTEM_ACTOR } from '../../kernel/audit/audit.service.js';
import { sessions } from '../../kernel/auth/auth.table.js';
import { createTestContext, createTestUser, login, type Session, TEST_PASSWORD, type TestContext } from '../../testing/test-app.js';
import { insertOrgs, orgValues } from '../organizations/index.js';
import { assignRole } from './users.service.js';

describe('account administration by the platform administrator', () => {
  let ctx: TestContext;
  let admin: Awaited<ReturnType<typeof createTestUser>>;
  let adminSession: Session;

  const auditEntries = (action: string, entityId: string) =>
    ctx.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)))
      .orderBy(desc(auditLog.id));

  const createAccount = (payload: Record<string, unknown>) => adminSession.request({ method: 'POST', url: '/api/users', payload });

  beforeAll(async () => {
    ctx = await createTestContext();
    admin = await createTestUser(ctx.deps, [{ role: 'platform_admin' }]);
    adminSession = await login(ctx.app, admin);
  });
  afterAll(async () => ctx.close());

  it('creates an account that must change its initial password, lists it masked, and audits it', async () => {
    const created = await createAccount({
      username: 'Wang.Fang',
      displayName: '王芳',
      email: 'wangfang@example.edu.cn',
      phone: '13812345678',
      initialPassword: 'Chushi2026',
    });
    expect(created.statusCode, created.body).toBe(201);
    const user = created.json();
    expect(user).toMatchObject({ username: 'wang.fang', mustChangePassword: true, disabled: false, roles: [] });
    expect(user.email).toBe('w***@example.edu.cn');
    expect(user.phone).toBe('138****5678');

    const listed = await adminSession.request({ method: 'GET', url: '/api/users?q=王芳' });
    expect(listed.json().items).toEqual([expect.objectContaining({ id: user.id, phone: '138****5678' })]);
    expect(listed.body).not.toContain('13812345678');
    expect(await auditEntries('user.create', user.id)).toHaveLength(1);

    const newcomer = await login(ctx.app, 'wang.fang', 'Chushi2026');
    const me = await newcomer.request({ method: 'GET', url: '/api/auth/me' });
    expect(me.json().user.mustChangePassword).toBe(true);
    const blocked = await newcomer.request({ method: 'GET', url: '/api/dashboard' });
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('explains what is wrong with a username, a taken name and a weak password', async () => {
    const badName = await createAccount({ username: 'a b', displayName: '李雷', initialPassword: 'Chushi2026' });
    expect(badName.statusCode).toBe(400);
    expect(badName.json().error.fields[0]).toMatchObject({ path: 'username' });
    expect(badName.json().error.fields[0].message).toContain('『用户名』');

    await createAccount({ username: 'li.lei', displayName: '李雷', initialPassword: 'Chushi2026' });
    const taken = await createAccount({ username: 'LI.LEI', displayName: '李雷', initialPassword: 'Chushi2026' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('USERNAME_TAKEN');

    const weak = await createAccount({ username: 'han.meimei', displayName: '韩梅梅', initialPassword: 'short' });
    expect(weak.json().error.code).toBe('PASSWORD_WEAK');
  });

  it('disabling an account ends its sessions at once; enabling lets it sign in again', async () => {
    const member = await createTestUser(ctx.deps, [], { totp: false });
    const memberSession = await login(ctx.app, member.username);
    expect((await memberSession.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);

    const disabled = await adminSession.request({
      method: 'POST',
      url: `/api/users/${member.id}/disable`,
      payload: { reason: '已调离本单位' },
    });
    expect(disabled.statusCode, disabled.body).toBe(200);
    expect(disabled.json()).toMatchObject({ disabled: true });

    const after = await memberSession.request({ method: 'GET', url: '/api/auth/me' });
    expect(after.statusCode).toBe(401);
    const stored = await ctx.deps.database.db.select().from(sessions).where(eq(sessions.userId, member.id));
    expect(stored.every((session) => session.revokedReason === 'account_disabled')).toBe(true);
    await expect(login(ctx.app, member.username)).rejects.toThrow(/401/);
    const [entry] = await auditEntries('user.disable', member.id);
    expect(entry?.details).toMatchObject({ reason: '已调离本单位', sessionsEnded: 1 });

    const enabled = await adminSession.request({ method: 'POST', url: `/api/users/${member.id}/enable` });
    expect(enabled.json()).toMatchObject({ disabled: false });
    await expect(login(ctx.app, member.username, TEST_PASSWORD)).resolves.toBeDefined();
    expect(await auditEntries('user.enable', member.id)).toHaveLength(1);
  });

  it('lists accounts by status and opens one account with its roles', async () => {
    const stopped = await createTestUser(ctx.deps, [], { totp: false });
    await adminSession.request({ method: 'POST', url: `/api/users/${stopped.id}/disable`, payload: { reason: '合同到期' } });
    const usernames = async (status: string) =>
      (await adminSession.request({ method: 'GET', url: `/api/users?status=${status}&pageSize=200` }))
        .json()
        .items.map((user: { username: string }) => user.username);

    expect(await usernames('disabled')).toContain(stopped.username);
    expect(await usernames('disabled')).not.toContain(admin.username);
    expect(await usernames('active')).toContain(admin.username);
    expect(await usernames('active')).not.toContain(stopped.username);
    const wrong = await adminSession.request({ method: 'GET', url: '/api/users?status=locked' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0]).toMatchObject({ path: 'status' });

    const one = await adminSession.request({ method: 'GET', url: `/api/users/${admin.id}` });
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json()).toMatchObject({ username: admin.username, roles: [expect.objectContaining({ role: 'platform_admin' })] });
    const missing = await adminSession.request({ method: 'GET', url: '/api/users/00000000-0000-4000-8000-000000000000' });
    expect(missing.statusCode).toBe(404);
  });

  it('refuses to let an administrator disable themself or drop their own administrator role', async () => {
    const selfDisable = await adminSession.request({
      method: 'POST',
      url: `/api/users/${admin.id}/disable`,
      payload: { reason: '测试' },
    });
    expect(selfDisable.statusCode).toBe(409);
    expect(selfDisable.json().error.code).toBe('SELF_LOCKOUT');

    const own = await adminSession.request({ method: 'GET', url: `/api/users?q=${admin.username}` });
    const assignment = own.json().items[0].roles.find((role: { role: string }) => role.role === 'platform_admin');
    const selfRemove = await adminSession.request({ method: 'DELETE', url: `/api/users/${admin.id}/roles/${assignment.id}` });
    expect(selfRemove.json().error.code).toBe('SELF_LOCKOUT');
  });

  it('gives roles only for an organisation or body that exists, within the separation of duties', async () => {
    const person = await createTestUser(ctx.deps, [], { totp: false });
    const [org] = await insertOrgs(ctx.deps.database.db, [
      orgValues({ name: '上海市曹杨职业技术学校', type: 'secondary_vocational', regionCode: '310107' }),
    ]);
    const give = (payload: Record<string, unknown>) =>
      adminSession.request({ method: 'POST', url: `/api/users/${person.id}/roles`, payload });

    const unknownOrg = await give({ role: 'org_admin', scopeId: '00000000-0000-4000-8000-000000000000' });
    expect(unknownOrg.statusCode).toBe(400);
    expect(unknownOrg.json().error.code).toBe('ROLE_SCOPE_UNKNOWN');
    expect(unknownOrg.json().error.message).toContain('组织');

    const noScope = await give({ role: 'org_admin', scopeId: null });
    expect(noScope.json().error.code).toBe('ROLE_SCOPE_MISMATCH');

    const given = await give({ role: 'org_admin', scopeId: org!.id });
    expect(given.statusCode, given.body).toBe(200);
    expect(given.json().roles).toEqual([
      expect.objectContaining({ role: 'org_admin', scopeType: 'org', scopeId: org!.id, scopeName: '上海市曹杨职业技术学校' }),
    ]);

    // An administrator role is given on another duty's approval (approvals/admin-requests.routes.test.ts).
    const systemWide = await give({ role: 'security_admin' });
    expect(systemWide.json().error.code).toBe('TWO_PERSON_REQUIRED');
    await ctx.deps.database.db.transaction((tx) =>
      assignRole(tx, SYSTEM_ACTOR, { userId: person.id, role: 'security_admin', scopeId: null }),
    );
    const second = await give({ role: 'audit_admin', scopeId: null });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('DUTY_SEPARATION');
    expect(second.json().error.message).toContain('安全管理员');

    const assignmentId = given.json().roles[0].id;
    const removed = await adminSession.request({ method: 'DELETE', url: `/api/users/${person.id}/roles/${assignmentId}` });
    expect(removed.json().roles.map((role: { role: string }) => role.role)).toEqual(['security_admin']);
    const [revoked] = await auditEntries('user.role.revoke', person.id);
    expect(revoked?.details).toMatchObject({ role: 'org_admin', scopeId: org!.id });

    const elsewhere = await adminSession.request({ method: 'DELETE', url: `/api/users/${admin.id}/roles/${assignmentId}` });
    expect(elsewhere.statusCode).toBe(404);
  });
});
