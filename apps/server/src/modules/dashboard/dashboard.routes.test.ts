import type { TDashboardItem } from '@chanjiao/contracts';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../kernel/audit/audit.service.js';
import { auditLog } from '../../kernel/audit/audit.table.js';
import { users } from '../../kernel/auth/auth.table.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../testing/test-app.js';
import { addMember, createBody, createLiaison } from '../bodies/index.js';
import { insertOrgs, orgValues, type OrgRow } from '../organizations/index.js';
import { STEPS_IN_ORDER } from '../../testing/steps-in-order.js';

describe('the dashboard, by role', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  let schoolA: OrgRow;
  let schoolB: OrgRow;
  let bodyId: string;

  const dashboardOf = async (session: Session, locale = 'zh-CN') => {
    const response = await session.request({ method: 'GET', url: '/api/dashboard', headers: { 'accept-language': locale } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items as TDashboardItem[];
  };
  const item = (items: TDashboardItem[], key: string) => items.find((entry) => entry.key === key);
  const sessionFor = async (roles: Parameters<typeof createTestUser>[1]) => login(ctx.app, await createTestUser(ctx.deps, roles));

  beforeAll(async () => {
    ctx = await createTestContext();
    const db = ctx.deps.database.db;
    [schoolA, schoolB] = (await insertOrgs(db, [
      orgValues({ name: '上海市曹杨职业技术学校', type: 'secondary_vocational', regionCode: '310107', uscc: '91350100M000100Y43' }),
      orgValues({ name: '上海市工业技术学校', type: 'secondary_vocational', regionCode: '310107' }),
    ])) as [OrgRow, OrgRow];
    const body = await createBody(db, SYSTEM_ACTOR, { name: '沿沪宁产业创新带职业院校联盟', kind: 'alliance' });
    bodyId = body.id;
    for (const org of [schoolA, schoolB]) {
      await addMember(db, SYSTEM_ACTOR, bodyId, { orgId: org.id, joinedOn: '2025-06-01', reason: '发起单位' });
    }
    await createLiaison(db, SYSTEM_ACTOR, bodyId, { orgId: schoolA.id, name: '张老师', title: '教务处副处长' });
  });
  afterAll(async () => ctx.close());

  it('shows a member of no administrative role nothing to do', async () => {
    expect(await dashboardOf(await sessionFor([{ role: 'expert' }]))).toEqual([]);
  });

  it('tells the platform administrator about new accounts, organisations without a code and bodies without a secretariat', async () => {
    const newcomer = await createTestUser(ctx.deps, []);
    await ctx.deps.database.db.update(users).set({ mustChangePassword: true }).where(eq(users.id, newcomer.id));
    const items = await dashboardOf(await sessionFor([{ role: 'platform_admin' }]));
    expect(item(items, 'accounts.must_change_password')).toMatchObject({ count: 1, severity: 'info', link: '/admin/users' });
    expect(item(items, 'orgs.without_uscc')).toMatchObject({ count: 1, severity: 'warning' });
    expect(item(items, 'bodies.without_secretariat')).toMatchObject({ count: 1, title: '联盟/联合体未设秘书处' });
  });

  it('tells the security administrator about administrators without a second factor and locked accounts, most urgent first', async () => {
    const session = await sessionFor([{ role: 'security_admin' }]);
    const demoAdmin = await createTestUser(ctx.deps, [{ role: 'audit_admin' }], { totp: false });
    // Outside demo mode a demo account is held to the second factor like any other.
    await ctx.deps.database.db.update(users).set({ isDemo: true }).where(eq(users.id, demoAdmin.id));
    const locked = await createTestUser(ctx.deps, []);
    for (let attempt = 0; attempt < ctx.deps.config.lockout.maxFailures; attempt++) {
      await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: locked.username, password: 'wrong-1' } });
    }
    const items = await dashboardOf(session, 'en-US');
    expect(items[0]).toMatchObject({ key: 'security.admins_without_totp', severity: 'danger', count: 1 });
    expect(items[0]!.title).toBe('Administrators without a second factor');
    expect(item(items, 'security.locked_accounts')).toMatchObject({ count: 1, link: '/security/accounts?status=locked' });
    expect(item(items, 'security.demo_admins_without_totp')).toBeUndefined();
  });

  it('tells the audit administrator about refused accesses, failed sign-ins and the state of the chain', async () => {
    const auditor = await sessionFor([{ role: 'audit_admin' }]);
    const intruder = await sessionFor([{ role: 'liaison', scopeId: schoolA.id }]);
    await intruder.request({ method: 'GET', url: '/api/users' });

    const before = await dashboardOf(auditor);
    expect(item(before, 'audit.denied_24h')?.count).toBeGreaterThanOrEqual(1);
    expect(item(before, 'audit.failed_logins_24h')?.count).toBeGreaterThanOrEqual(5);
    const [entries] = await ctx.deps.database.db.select({ n: count() }).from(auditLog);
    const due = item(before, 'audit.chain')!;
    expect(due).toMatchObject({ severity: 'warning', title: '审计链需要完整校验', count: entries!.n });
    expect(due.description).toBe(`审计链从未完整校验过，现有 ${entries!.n} 条记录均未经完整校验；请执行一次完整校验`);

    await auditor.request({ method: 'POST', url: '/api/audit/verify' });
    const intact = item(await dashboardOf(auditor), 'audit.chain')!;
    expect(intact).toMatchObject({ severity: 'info', title: '审计链完整', count: entries!.n });
    // The verification's own entry is the one written since.
    expect(intact.description).toMatch(new RegExp(`完整校验 ${entries!.n} 条记录，未发现改动；此后新增 1 条记录未经完整校验$`));
  });

  it('tells a secretariat which members of its body have named no liaison', async () => {
    const items = await dashboardOf(await sessionFor([{ role: 'body_secretariat', scopeId: bodyId }]));
    expect(items).toEqual([
      expect.objectContaining({ key: `body.members_without_liaison:${bodyId}`, count: 1, link: `/bodies/${bodyId}` }),
    ]);
    expect(items[0]!.description).toContain('上海市工业技术学校');
    expect(items[0]!.description).not.toContain('曹杨');
    // The body's name comes from the lookup the providers share.
    expect(items[0]!.description).toMatch(/^沿沪宁产业创新带职业院校联盟：/);
  });

  it('tells an organisation administrator what its record lacks and where it has no liaison', async () => {
    const items = await dashboardOf(await sessionFor([{ role: 'org_admin', scopeId: schoolB.id }]));
    const missing = item(items, `org.missing_fields:${schoolB.id}`)!;
    expect(missing.description).toContain('统一社会信用代码');
    expect(missing.description).toContain('办学层次');
    const liaisonsOfB = item(items, `org.liaisons:${schoolB.id}`)!;
    expect(liaisonsOfB).toMatchObject({ count: 0, severity: 'warning' });
    expect(liaisonsOfB.description).toContain('沿沪宁产业创新带职业院校联盟');

    const named = await dashboardOf(await sessionFor([{ role: 'member_representative', scopeId: schoolA.id }]));
    expect(item(named, `org.liaisons:${schoolA.id}`)).toMatchObject({ count: 1, severity: 'info' });
  });

  it('shows the audit administrator at once when a recent entry no longer matches the chain', async () => {
    const auditor = await sessionFor([{ role: 'audit_admin' }]);
    const db = ctx.deps.database.db;
    const [latest] = await db
      .select({ id: auditLog.id })
      .from(auditLog)
      .orderBy(sql`${auditLog.id} desc`)
      .limit(1);
    await db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await db.execute(sql`update audit_log set entity_type = 'forged' where id = ${latest!.id}`);
    await db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    const items = await dashboardOf(auditor);
    expect(items[0]).toMatchObject({ key: 'audit.chain', severity: 'danger' });
    expect(items[0]!.description).toContain(String(latest!.id));
  });
});

describe('the security dashboard in demo mode', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ demo: true });
  });
  afterAll(async () => ctx.close());

  it('counts the demo administrators without a second factor as able to work, and the others as refused', async () => {
    const db = ctx.deps.database.db;
    const session = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'security_admin' }]));
    const demoAuditor = await createTestUser(ctx.deps, [{ role: 'audit_admin' }], { totp: false });
    await db.update(users).set({ isDemo: true }).where(eq(users.id, demoAuditor.id));
    await createTestUser(ctx.deps, [{ role: 'platform_admin' }], { totp: false });

    // What the card says is what the server does: the demo auditor may open the audit log, the other may not.
    const demoLogin = await login(ctx.app, demoAuditor);
    expect((await demoLogin.request({ method: 'GET', url: '/api/audit' })).statusCode).toBe(200);

    const response = await session.request({ method: 'GET', url: '/api/dashboard', headers: { 'accept-language': 'zh-CN' } });
    const items = response.json().items as TDashboardItem[];
    expect(items.find((entry) => entry.key === 'security.admins_without_totp')).toMatchObject({ severity: 'danger', count: 1 });
    const demo = items.find((entry) => entry.key === 'security.demo_admins_without_totp');
    expect(demo).toMatchObject({ severity: 'info', count: 1, title: '演示管理员账号未绑定动态验证码' });
    expect(demo!.description).toBe('1 个演示管理员账号未绑定动态验证码；演示模式下可直接使用管理功能，关闭演示模式后须先绑定');
  });
});
