import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../kernel/audit/audit.table.js';
import { loginFailures, sessions, users } from '../../kernel/auth/auth.table.js';
import { createTestContext, createTestUser, login, type Session, TEST_PASSWORD, type TestContext } from '../../testing/test-app.js';

describe('the security desk', () => {
  let ctx: TestContext;
  let security: Session;
  let platform: Session;

  const failSignIn = (username: string) =>
    ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'wrong-password-1' } });

  const accounts = async (query: string) => (await security.request({ method: 'GET', url: `/api/security/accounts?${query}` })).json();

  beforeAll(async () => {
    ctx = await createTestContext();
    security = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'security_admin' }]));
    platform = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'platform_admin' }]));
  });
  afterAll(async () => ctx.close());

  it('shows an account locked by failed sign-ins and unlocks it', async () => {
    const victim = await createTestUser(ctx.deps, [], { totp: false });
    for (let attempt = 0; attempt < ctx.deps.config.lockout.maxFailures; attempt++) await failSignIn(victim.username);
    expect((await failSignIn(victim.username)).json().error.code).toBe('LOGIN_LOCKED');

    const locked = await accounts('status=locked');
    expect(locked.items).toEqual([expect.objectContaining({ id: victim.id, locked: true, recentFailures: 5 })]);
    expect(new Date(locked.items[0].lockedUntil).getTime()).toBeGreaterThan(Date.now());

    const unlocked = await security.request({ method: 'POST', url: `/api/security/accounts/${victim.id}/unlock` });
    expect(unlocked.statusCode, unlocked.body).toBe(200);
    expect(unlocked.json()).toMatchObject({ locked: false, recentFailures: 0 });
    expect(await ctx.deps.database.db.select().from(loginFailures).where(eq(loginFailures.username, victim.username))).toEqual([]);
    await expect(login(ctx.app, victim.username, TEST_PASSWORD)).resolves.toBeDefined();
    expect((await accounts('status=locked')).items).toEqual([]);

    const [entry] = await ctx.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'security.unlock'), eq(auditLog.entityId, victim.id)));
    expect(entry?.details).toMatchObject({ wasLocked: true, failuresCleared: 5 });
  });

  it('lists accounts without a second factor and disabled ones, and finds them by name', async () => {
    const withoutTotp = await createTestUser(ctx.deps, [{ role: 'platform_admin' }], { totp: false });
    const disabled = await createTestUser(ctx.deps, [], { username: 'leaver_account' });
    await ctx.deps.database.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));

    const noTotp = await accounts('status=no_totp');
    expect(noTotp.items).toContainEqual(expect.objectContaining({ id: withoutTotp.id, totpEnabled: false, isAdministrator: true }));
    expect(noTotp.items.every((account: { totpEnabled: boolean }) => !account.totpEnabled)).toBe(true);

    const off = await accounts('status=disabled');
    expect(off.items.map((account: { id: string }) => account.id)).toEqual([disabled.id]);
    expect((await accounts('q=leaver')).items.map((account: { id: string }) => account.id)).toEqual([disabled.id]);
  });

  it('resets a lost second factor: the secret is gone and every session ends', async () => {
    const owner = await createTestUser(ctx.deps, [{ role: 'audit_admin' }]);
    const ownerSession = await login(ctx.app, owner);

    // An administrator's second factor is reset on another duty's approval (the two-person rule).
    const direct = await security.request({ method: 'POST', url: `/api/security/accounts/${owner.id}/reset-totp` });
    expect(direct.json().error.code).toBe('TWO_PERSON_REQUIRED');
    const filed = await security.request({
      method: 'POST',
      url: '/api/admin-requests/totp-reset',
      payload: { userId: owner.id, reason: '手机丢失' },
    });
    const approved = await platform.request({ method: 'POST', url: `/api/admin-requests/${filed.json().id}/approve`, payload: {} });
    expect(approved.statusCode, approved.body).toBe(200);
    const account = await security.request({ method: 'GET', url: `/api/security/accounts?status=all&q=${owner.username}` });
    expect(account.json().items[0]).toMatchObject({ totpEnabled: false });

    expect((await ownerSession.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    const [row] = await ctx.deps.database.db.select().from(users).where(eq(users.id, owner.id));
    expect(row?.totpSecret).toBeNull();
    const ended = await ctx.deps.database.db.select().from(sessions).where(eq(sessions.userId, owner.id));
    expect(ended.every((session) => session.revokedReason === 'totp_reset')).toBe(true);

    // Signing in by password alone again, the administrator must enrol a new second factor first.
    const again = await login(ctx.app, owner.username);
    expect((await again.request({ method: 'GET', url: '/api/audit' })).json().error.code).toBe('TOTP_ENROLMENT_REQUIRED');
  });

  it('resets a forgotten password: the old one stops working, sessions end, the new one must be changed at sign-in', async () => {
    const owner = await createTestUser(ctx.deps, [], { totp: false });
    const ownerSession = await login(ctx.app, owner);
    for (let attempt = 0; attempt < 2; attempt++) await failSignIn(owner.username);
    const url = `/api/security/accounts/${owner.id}/reset-password`;

    const weak = await security.request({ method: 'POST', url, payload: { temporaryPassword: '123' } });
    expect(weak.json().error.code).toBe('PASSWORD_WEAK');
    const reset = await security.request({ method: 'POST', url, payload: { temporaryPassword: 'Temporary-2026-pass' } });
    expect(reset.statusCode, reset.body).toBe(200);
    expect(reset.json()).toMatchObject({ recentFailures: 0 });

    expect((await ownerSession.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    await expect(login(ctx.app, owner.username, TEST_PASSWORD)).rejects.toThrow(/401/);
    const fresh = await login(ctx.app, owner.username, 'Temporary-2026-pass');
    expect((await fresh.request({ method: 'GET', url: '/api/auth/me' })).json().user).toMatchObject({ mustChangePassword: true });

    const [entry] = await ctx.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'security.password.reset'), eq(auditLog.entityId, owner.id)));
    expect(entry?.details).toEqual({ username: owner.username, sessionsEnded: 1 });
    expect(JSON.stringify(entry)).not.toContain('Temporary-2026-pass');
  });

  it('does not reset its own password (that is a change, with the current one), in Chinese and English', async () => {
    const me = (await security.request({ method: 'GET', url: '/api/auth/me' })).json().user;
    const url = `/api/security/accounts/${me.id}/reset-password`;
    const zh = await security.request({ method: 'POST', url, payload: { temporaryPassword: 'Temporary-2026-pass' } });
    expect(zh.json().error).toMatchObject({ code: 'PASSWORD_RESET_SELF', message: expect.stringContaining('不能重置自己的密码') });
    const en = await security.request({
      method: 'POST',
      url,
      payload: { temporaryPassword: 'Temporary-2026-pass' },
      headers: { 'accept-language': 'en-US' },
    });
    expect(en.json().error.message).toContain('cannot reset your own password');
  });

  it('answers 404 for an account that does not exist', async () => {
    const response = await security.request({ method: 'POST', url: '/api/security/accounts/00000000-0000-4000-8000-000000000000/unlock' });
    expect(response.statusCode).toBe(404);
  });
});
