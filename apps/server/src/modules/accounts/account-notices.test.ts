/** What people are told about their own account: a sign-in from a new device, a reset password, roles. */
import type { TInboxPage } from '@chanjiao/contracts';
import { afterAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '../../jobs.js';
import { createTestContext, createTestUser, login, TEST_PASSWORD } from '../../testing/test-app.js';

const ctx = await createTestContext();
afterAll(() => ctx.close());

const signIn = (username: string, userAgent: string, ip = '203.0.113.7') =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: TEST_PASSWORD },
    headers: { 'user-agent': userAgent },
    remoteAddress: ip,
  });

/** The titles of one's account messages, read from the device the user always uses. */
async function accountTitles(username: string, password = TEST_PASSWORD) {
  await runDueJobs(ctx.deps, new Date());
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    headers: { 'user-agent': 'Chrome / Windows' },
    remoteAddress: '203.0.113.7',
  });
  const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const page = (
    await ctx.app.inject({ method: 'GET', url: '/api/notifications?module=accounts', headers: { cookie } })
  ).json() as TInboxPage;
  return page.items.map((item) => item.title);
}

describe('sign-in from a new device', () => {
  it('is told when the address and browser pair is new, not on the first sign-in nor on a known device', async () => {
    const user = await createTestUser(ctx.deps, [], { totp: false });
    expect((await signIn(user.username, 'Chrome / Windows')).statusCode).toBe(200);
    expect((await signIn(user.username, 'Chrome / Windows')).statusCode).toBe(200);
    await runDueJobs(ctx.deps, new Date());
    expect((await accountTitles(user.username)).filter((title) => title.includes('新设备'))).toEqual([]);
    expect((await signIn(user.username, 'Safari / iPhone', '198.51.100.9')).statusCode).toBe(200);
    expect((await accountTitles(user.username)).filter((title) => title.includes('新设备'))).toEqual(['您的账号在新设备上登录']);
  });
});

describe('password reset and roles', () => {
  it('tells the person whose password the security administrator reset', async () => {
    const user = await createTestUser(ctx.deps, [], { totp: false });
    const security = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'security_admin' }]));
    const reset = await security.request({
      method: 'POST',
      url: `/api/security/accounts/${user.id}/reset-password`,
      payload: { temporaryPassword: 'Temp0rary-pass' },
    });
    expect(reset.statusCode, reset.body).toBe(200);
    const session = await login(ctx.app, user.username, 'Temp0rary-pass');
    const changed = await session.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'Temp0rary-pass', newPassword: TEST_PASSWORD },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(await accountTitles(user.username)).toContain('您的登录密码已被重置');
  });

  it('tells the person a role was given, naming the organisation', async () => {
    const user = await createTestUser(ctx.deps, [{ role: 'expert' }], { totp: false });
    expect(await accountTitles(user.username)).toContain('您获得了角色：评审专家');
  });
});
