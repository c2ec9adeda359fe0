import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../db/database.js';
import { userRoles } from '../rbac/rbac.table.js';
import { updateUser } from './auth.repository.js';
import { createTestContext, createTestUser, currentTotpCode, login, TEST_PASSWORD, type TestContext } from '../../testing/test-app.js';

describe('signing in and sessions', () => {
  let ctx: TestContext;
  let clock = new Date();
  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => clock });
  });
  afterAll(async () => ctx.close());

  const attempt = (username: string, password: string) =>
    ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers: { 'accept-language': 'zh-CN' } });

  it('signs in with an HttpOnly SameSite session cookie and a readable CSRF cookie', async () => {
    const user = await createTestUser(ctx.deps, [], { totp: false });
    const response = await attempt(user.username, TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const session = response.cookies.find((c) => c.name === 'cj_session')!;
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe('Lax');
    expect(response.cookies.find((c) => c.name === 'cj_csrf')!.httpOnly).toBeFalsy();
    const stored = rowsOf<{ token_hash: string }>(await ctx.deps.database.db.execute(sql`select token_hash from sessions`));
    expect(stored.map((row) => row.token_hash)).not.toContain(session.value);
  });

  it('answers a wrong password and an unknown user identically, and locks both after 5 failures', async () => {
    const user = await createTestUser(ctx.deps, [], { totp: false });
    const known = await attempt(user.username, 'wrong-password-1');
    const unknown = await attempt('nobody-here', 'wrong-password-1');
    expect(known.statusCode).toBe(unknown.statusCode);
    expect(known.json().error.message).toBe(unknown.json().error.message);
    expect(known.json().error.message).toBe('用户名或密码错误');
    for (let i = 0; i < 3; i++) await attempt(user.username, 'wrong');
    const fifth = await attempt(user.username, 'wrong');
    expect(fifth.json().error.code).toBe('LOGIN_LOCKED');
    for (let i = 0; i < 4; i++) await attempt('nobody-here', 'wrong');
    const lockedUnknown = await attempt('nobody-here', 'wrong');
    expect(lockedUnknown.json().error).toMatchObject({ code: 'LOGIN_LOCKED', message: fifth.json().error.message });
    // Even the right password is refused while locked …
    expect((await attempt(user.username, TEST_PASSWORD)).json().error.code).toBe('LOGIN_LOCKED');
    // … and accepted once 15 minutes have passed.
    clock = new Date(clock.getTime() + 15 * 60_000 + 1_000);
    expect((await attempt(user.username, TEST_PASSWORD)).statusCode).toBe(200);
    clock = new Date();
  });

  it('counts parallel attempts one after another: 20 wrong and then the right password at once do not sign in', async () => {
    const user = await createTestUser(ctx.deps, [], { totp: false });
    const wrong = Array.from({ length: 20 }, (_, i) => attempt(user.username, `wrong-guess-${i}`));
    const right = attempt(user.username, TEST_PASSWORD);
    const answers = await Promise.all([...wrong, right]);

    expect(answers.at(-1)!.json().error?.code).toBe('LOGIN_LOCKED');
    const codes = answers.map((answer) => answer.json().error?.code as string);
    // Five passwords were checked (the fifth failure answers with the lock it caused); the rest never were.
    expect(codes.filter((code) => code === 'LOGIN_FAILED')).toHaveLength(4);
    expect(codes.filter((code) => code === 'LOGIN_LOCKED')).toHaveLength(17);
    const stored = rowsOf<{ n: number }>(
      await ctx.deps.database.db.execute(sql`select count(*)::int as n from login_failures where username = ${user.username}`),
    );
    expect(stored[0]!.n).toBe(5);
    // The counter was not cleared: the right password is still refused until the lock ends.
    expect((await attempt(user.username, TEST_PASSWORD)).json().error.code).toBe('LOGIN_LOCKED');
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const user = await createTestUser(ctx.deps, [], { totp: false });
    const session = await login(ctx.app, user);
    const withoutToken = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: session.cookie },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'Another-pass-1' },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().error.code).toBe('CSRF_FAILED');
  });

  it('ends the session on the server at logout, so the old cookie no longer works', async () => {
    const user = await createTestUser(ctx.deps, [], { totp: false });
    const session = await login(ctx.app, user);
    expect((await session.request({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(200);
    const after = await session.request({ method: 'GET', url: '/api/auth/me' });
    expect(after.statusCode).toBe(401);
  });

  it('expires a session idle for 30 minutes with SESSION_EXPIRED', async () => {
    const user = await createTestUser(ctx.deps, [], { totp: false });
    const session = await login(ctx.app, user);
    clock = new Date(clock.getTime() + 30 * 60_000);
    const response = await session.request({ method: 'GET', url: '/api/auth/me' });
    clock = new Date();
    expect(response.json().error.code).toBe('SESSION_EXPIRED');
  });

  it('requires the second factor for users who enrolled it', async () => {
    const user = await createTestUser(ctx.deps, []);
    const first = await attempt(user.username, TEST_PASSWORD);
    expect(first.json().error.code).toBe('TOTP_CODE_REQUIRED');
    const second = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: TEST_PASSWORD, totpCode: currentTotpCode(user.totpSecret!) },
    });
    expect(second.statusCode).toBe(200);
  });

  it('keeps administrators without a second factor out of administrative routes, then lets them enrol', async () => {
    const admin = await createTestUser(ctx.deps, [{ role: 'platform_admin' }], { totp: false });
    const session = await login(ctx.app, admin);
    const blocked = await session.request({
      method: 'POST',
      url: '/api/organizations',
      payload: { name: '甲', type: 'enterprise', regionCode: '320700' },
    });
    expect(blocked.json().error.code).toBe('TOTP_ENROLMENT_REQUIRED');
    const me = await session.request({ method: 'GET', url: '/api/auth/me' });
    expect(me.json().totpEnrolmentRequired).toBe(true);

    const begin = await session.request({ method: 'POST', url: '/api/auth/totp/begin' });
    const { secret } = begin.json() as { secret: string };
    expect((await session.request({ method: 'POST', url: '/api/auth/totp/confirm', payload: { code: '000000' } })).json().error.code).toBe(
      'TOTP_INVALID',
    );
    expect(
      (await session.request({ method: 'POST', url: '/api/auth/totp/confirm', payload: { code: currentTotpCode(secret) } })).statusCode,
    ).toBe(200);
    const allowed = await session.request({
      method: 'POST',
      url: '/api/organizations',
      payload: { name: '甲公司', type: 'enterprise', regionCode: '320700' },
    });
    expect(allowed.statusCode).toBe(201);
  });

  it('changes the password, ending the other sessions but not this one', async () => {
    const user = await createTestUser(ctx.deps, [], { totp: false });
    const other = await login(ctx.app, user);
    const session = await login(ctx.app, user);
    const weak = await session.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'short' },
    });
    expect(weak.json().error.code).toBe('PASSWORD_WEAK');
    const changed = await session.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'Xin-mima-2026q' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await session.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    expect((await other.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await attempt(user.username, 'Xin-mima-2026q')).statusCode).toBe(200);
  });

  it('refuses common passwords and ones built from the username, and administrators’ passwords under 12 characters, saying why', async () => {
    const user = await createTestUser(ctx.deps, [], { totp: false });
    const admin = await createTestUser(ctx.deps, [{ role: 'security_admin' }], { totp: false });
    const change = async (who: { username: string }, newPassword: string, language = 'zh-CN') => {
      const session = await login(ctx.app, who);
      return session.request({
        method: 'POST',
        url: '/api/auth/password',
        payload: { currentPassword: TEST_PASSWORD, newPassword },
        headers: { 'accept-language': language },
      });
    };

    const common = await change(user, 'password1234');
    expect(common.statusCode).toBe(400);
    expect(common.json().error).toMatchObject({
      code: 'PASSWORD_WEAK',
      message: '该密码不能使用：这是常用密码或与常用密码相近，容易被猜中',
    });
    expect((await change(user, 'Password1234', 'en-US')).json().error.message).toBe(
      'This password cannot be used: it is a common password or close to one, and easy to guess',
    );
    expect((await change(user, `${user.username.toUpperCase()}-2026`)).json().error.message).toBe('该密码不能使用：不能由用户名或姓名构成');

    // Twelve characters hard to guess are enough for an administrator; eleven only for everyone else.
    expect((await change(admin, 'Vq7-Lotus-Rb')).statusCode).toBe(200);
    const other = await createTestUser(ctx.deps, [{ role: 'audit_admin' }], { totp: false });
    const short = await change(other, 'Vq7-Lotus-R');
    expect(short.json().error).toMatchObject({ code: 'PASSWORD_WEAK', message: '该密码不能使用：长度至少 12 个字符', params: { min: 12 } });
    expect((await change(user, 'Vq7-Lotus-R')).statusCode).toBe(200);
  });

  it('applies a withdrawn role and a disabled account on the very next request (grants are read with the session)', async () => {
    const db = ctx.deps.database.db;
    const user = await createTestUser(ctx.deps, [{ role: 'platform_admin' }], { totp: false });
    const session = await login(ctx.app, user);
    const list = () => session.request({ method: 'GET', url: '/api/organizations' });
    expect((await list()).statusCode).toBe(200);

    await db.delete(userRoles).where(eq(userRoles.userId, user.id));
    const withoutRole = await list();
    expect(withoutRole.statusCode).toBe(403);
    expect(withoutRole.json().error.code).toBe('FORBIDDEN');

    await db.insert(userRoles).values({ userId: user.id, role: 'platform_admin', scopeType: 'system' });
    expect((await list()).statusCode).toBe(200);
    // Disabled behind the application's back, its sessions left open: the session check alone must refuse it.
    await updateUser(db, user.id, { disabledAt: new Date() });
    expect((await session.request({ method: 'GET', url: '/api/auth/me' })).json().error.code).toBe('SESSION_EXPIRED');
  });

  it('answers in English when asked, with the field named', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: '' },
      headers: { 'accept-language': 'en-US' },
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['username', 'password']));
    expect(error.fields.find((f: { path: string }) => f.path === 'password').message).toContain('Password');
  });
});
