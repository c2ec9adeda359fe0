/**
 * The two-person rule end to end: a change that touches an administrator is refused on the direct route, filed
 * by one duty, and carried out only when another duty approves; one person never holds two duties, not even one
 * after the other. (等保2.0 三级 特权用户权限分离; admin-requests.rules.ts)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '../../../kernel/jobs/index.js';
import { notificationJobs } from '../../notifications/index.js';
import {
  createTestContext,
  createTestUser,
  currentTotpCode,
  login,
  type Session,
  type TestContext,
  TEST_PASSWORD,
} from '../../../testing/test-app.js';

let ctx: TestContext;
let platform: Session;
let security: Session;
let audit: Session;
let secondPlatform: Session;

const TEMPORARY = 'Linshi-mima-2026x';

async function auditActions(entityId: string): Promise<string[]> {
  const response = await audit.request({ method: 'GET', url: `/api/audit?entityId=${entityId}&pageSize=50` });
  return (response.json() as { items: { action: string }[] }).items.map((item) => item.action);
}

beforeAll(async () => {
  ctx = await createTestContext();
  platform = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'platform_admin' }]));
  secondPlatform = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'platform_admin' }]));
  security = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'security_admin' }]));
  audit = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'audit_admin' }]));
});
afterAll(async () => ctx.close());

describe('granting an administrator role', () => {
  it('is refused on the direct route, filed by the platform administrator and carried out on the security administrator’s approval', async () => {
    const person = await createTestUser(ctx.deps, []);
    const direct = await platform.request({
      method: 'POST',
      url: `/api/users/${person.id}/roles`,
      payload: { role: 'audit_admin', scopeId: null },
    });
    expect(direct.statusCode).toBe(409);
    expect(direct.json().error.code).toBe('TWO_PERSON_REQUIRED');

    const filed = await platform.request({
      method: 'POST',
      url: '/api/admin-requests/role-grant',
      payload: { userId: person.id, role: 'audit_admin', reason: '新任审计员' },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const request = filed.json();
    expect(request).toMatchObject({
      status: 'pending',
      kind: 'role_grant',
      role: 'audit_admin',
      requesterDuty: 'system',
      canDecide: false,
      canCancel: true,
    });

    const own = await platform.request({ method: 'POST', url: `/api/admin-requests/${request.id}/approve`, payload: {} });
    expect(own.json().error.code).toBe('ADMIN_REQUEST_DECIDER');
    const sameDuty = await secondPlatform.request({ method: 'POST', url: `/api/admin-requests/${request.id}/approve`, payload: {} });
    expect(sameDuty.json().error.code).toBe('ADMIN_REQUEST_DECIDER');
    await runDueJobs(ctx.deps, notificationJobs([]), new Date());
    const inbox = await security.request({ method: 'GET', url: '/api/notifications' });
    expect(JSON.stringify(inbox.json())).toContain('授予管理员角色');
    const queue = await security.request({ method: 'GET', url: '/api/admin-requests?status=pending' });
    expect(queue.json().items.find((item: { id: string }) => item.id === request.id)).toMatchObject({ canDecide: true });

    const approved = await security.request({
      method: 'POST',
      url: `/api/admin-requests/${request.id}/approve`,
      payload: { note: '已核实任命文件' },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', decisionNote: '已核实任命文件' });
    const user = await platform.request({ method: 'GET', url: `/api/users/${person.id}` });
    expect(user.json().roles.map((role: { role: string }) => role.role)).toEqual(['audit_admin']);
    expect(await auditActions(request.id)).toEqual(expect.arrayContaining(['admin_request.file', 'admin_request.approve']));

    const again = await audit.request({ method: 'POST', url: `/api/admin-requests/${request.id}/approve`, payload: {} });
    expect(again.json().error.code).toBe('ADMIN_REQUEST_CLOSED');
  });

  it('never gives an account a second duty, not even after the first was withdrawn', async () => {
    const person = await createTestUser(ctx.deps, [{ role: 'audit_admin' }]);
    const assignment = (await platform.request({ method: 'GET', url: `/api/users/${person.id}` })).json().roles[0].id;
    const revoke = await platform.request({
      method: 'POST',
      url: '/api/admin-requests/role-revoke',
      payload: { userId: person.id, assignmentId: assignment, reason: '岗位调整' },
    });
    expect(revoke.statusCode, revoke.body).toBe(201);
    expect(
      (await security.request({ method: 'POST', url: `/api/admin-requests/${revoke.json().id}/approve`, payload: {} })).statusCode,
    ).toBe(200);
    expect((await platform.request({ method: 'GET', url: `/api/users/${person.id}` })).json().roles).toEqual([]);

    const grant = await platform.request({
      method: 'POST',
      url: '/api/admin-requests/role-grant',
      payload: { userId: person.id, role: 'security_admin', reason: '改任安全员' },
    });
    expect(grant.statusCode).toBe(409);
    expect(grant.json().error.code).toBe('ADMIN_DUTY_HISTORY');
  });

  it('needs no request for a business role, and says so', async () => {
    const person = await createTestUser(ctx.deps, []);
    const filed = await platform.request({
      method: 'POST',
      url: '/api/admin-requests/role-grant',
      payload: { userId: person.id, role: 'expert', reason: '评审专家' },
    });
    expect(filed.json().error.code).toBe('ADMIN_REQUEST_NOT_NEEDED');
    const direct = await platform.request({
      method: 'POST',
      url: `/api/users/${person.id}/roles`,
      payload: { role: 'expert', scopeId: null },
    });
    expect(direct.statusCode, direct.body).toBe(200);
  });
});

describe('resetting an administrator’s password or second factor', () => {
  it('the security administrator files, the account itself cannot approve, another duty does — and then the temporary password works', async () => {
    const admin = await createTestUser(ctx.deps, [{ role: 'audit_admin' }]);
    const adminSession = await login(ctx.app, admin);
    const direct = await security.request({
      method: 'POST',
      url: `/api/security/accounts/${admin.id}/reset-password`,
      payload: { temporaryPassword: TEMPORARY },
    });
    expect(direct.json().error.code).toBe('TWO_PERSON_REQUIRED');

    const filed = await security.request({
      method: 'POST',
      url: '/api/admin-requests/password-reset',
      payload: { userId: admin.id, temporaryPassword: TEMPORARY, reason: '本人遗忘密码，当面核验身份' },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const byTarget = await adminSession.request({ method: 'POST', url: `/api/admin-requests/${filed.json().id}/approve`, payload: {} });
    expect(byTarget.json().error.code).toBe('ADMIN_REQUEST_DECIDER');
    // Each sign-in uses a later time step of the authenticator: a code is accepted once (replay protection).
    const signIn = (step: number) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: {
          username: admin.username,
          password: TEMPORARY,
          totpCode: currentTotpCode(admin.totpSecret!, new Date(Date.now() + step * 30_000)),
        },
      });
    expect((await signIn(1)).json().error.code).toBe('LOGIN_FAILED');

    const approved = await platform.request({ method: 'POST', url: `/api/admin-requests/${filed.json().id}/approve`, payload: {} });
    expect(approved.statusCode, approved.body).toBe(200);
    const signedIn = await signIn(1);
    expect(signedIn.statusCode, signedIn.body).toBe(200);
    expect(JSON.stringify(signedIn.json())).toContain('"mustChangePassword":true');
  });

  it('a rejected second-factor reset changes nothing and cannot be approved afterwards', async () => {
    const admin = await createTestUser(ctx.deps, [{ role: 'platform_admin' }]);
    const filed = await security.request({
      method: 'POST',
      url: '/api/admin-requests/totp-reset',
      payload: { userId: admin.id, reason: '手机丢失' },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const duplicate = await security.request({
      method: 'POST',
      url: '/api/admin-requests/totp-reset',
      payload: { userId: admin.id, reason: '再次申请' },
    });
    expect(duplicate.json().error.code).toBe('ADMIN_REQUEST_PENDING_EXISTS');
    const noNote = await audit.request({ method: 'POST', url: `/api/admin-requests/${filed.json().id}/reject`, payload: {} });
    expect(noNote.statusCode).toBe(400);
    const rejected = await audit.request({
      method: 'POST',
      url: `/api/admin-requests/${filed.json().id}/reject`,
      payload: { note: '未见本人书面申请' },
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected' });
    await login(ctx.app, { username: admin.username, totpSecret: admin.totpSecret });
    const late = await platform.request({ method: 'POST', url: `/api/admin-requests/${filed.json().id}/approve`, payload: {} });
    expect(late.json().error.code).toBe('ADMIN_REQUEST_CLOSED');
  });
});

describe('disabling an administrator', () => {
  it('goes through a request; an ordinary account is disabled directly', async () => {
    const admin = await createTestUser(ctx.deps, [{ role: 'security_admin' }]);
    const direct = await platform.request({ method: 'POST', url: `/api/users/${admin.id}/disable`, payload: { reason: '离职' } });
    expect(direct.json().error.code).toBe('TWO_PERSON_REQUIRED');
    const filed = await platform.request({
      method: 'POST',
      url: '/api/admin-requests/account-disable',
      payload: { userId: admin.id, reason: '离职' },
    });
    const withdrawn = await security.request({ method: 'POST', url: `/api/admin-requests/${filed.json().id}/cancel` });
    expect(withdrawn.json().error.code).toBe('ADMIN_REQUEST_DECIDER');
    const approved = await audit.request({ method: 'POST', url: `/api/admin-requests/${filed.json().id}/approve`, payload: {} });
    expect(approved.statusCode, approved.body).toBe(200);
    expect((await platform.request({ method: 'GET', url: `/api/users/${admin.id}` })).json().disabled).toBe(true);

    const ordinary = await createTestUser(ctx.deps, [{ role: 'expert' }]);
    const plain = await platform.request({ method: 'POST', url: `/api/users/${ordinary.id}/disable`, payload: { reason: '离职' } });
    expect(plain.statusCode, plain.body).toBe(200);
  });
});

describe('the forced password change', () => {
  it('refuses the current password as the new one', async () => {
    const person = await createTestUser(ctx.deps, []);
    const session = await login(ctx.app, person);
    const same = await session.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD },
    });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.code).toBe('PASSWORD_REUSED');
  });
});
