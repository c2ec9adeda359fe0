import { count, eq, inArray } from 'drizzle-orm';
import { isValidUscc, ROLE_NAMES } from '@chanjiao/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../kernel/auth/auth.table.js';
import { auditLog } from '../kernel/audit/audit.table.js';
import { userRoles } from '../kernel/rbac/rbac.table.js';
import { bodies, bodyMembers, liaisons } from '../modules/bodies/bodies.table.js';
import { activeMembersWithoutLiaison } from '../modules/bodies/index.js';
import { organizations } from '../modules/organizations/organizations.table.js';
import { createTestContext, login, type TestContext } from '../testing/test-app.js';
import { DEMO_ACCOUNTS } from './accounts.js';
import { ALLIANCE_NAME, CAOYANG_SCHOOL } from './dataset/alliance.js';
import { GENERATED_ORGS } from './dataset/generated.js';
import { DEMO_DATASET } from './dataset/index.js';
import { PUTUO_ALLIANCE_NAME } from './dataset/putuo.js';
import { DEMO_PASSWORD, seedDemo } from './index.js';
import { userIdsByUsername } from './demo.repository.js';
import { seedDemoRecords } from './seed-records.js';
import { LYG_DEMO_DRAFT } from './dataset/lianyungang-2026-applications.js';

describe('demo data', () => {
  let ctx: TestContext;
  const db = () => ctx.deps.database.db;

  async function tableCounts() {
    const tables = { organizations, bodies, bodyMembers, liaisons, users, userRoles, auditLog };
    const entries = await Promise.all(
      Object.entries(tables).map(async ([name, table]) => [name, Number((await db().select({ n: count() }).from(table))[0]!.n)] as const),
    );
    return Object.fromEntries(entries);
  }

  async function bodyNamed(name: string) {
    const [body] = await db().select().from(bodies).where(eq(bodies.name, name));
    return body!;
  }

  async function membersOf(bodyName: string) {
    const body = await bodyNamed(bodyName);
    return db()
      .select({
        name: organizations.name,
        memberRole: bodyMembers.memberRole,
        isFounding: bodyMembers.isFounding,
        joinedOn: bodyMembers.joinedOn,
      })
      .from(bodyMembers)
      .innerJoin(organizations, eq(organizations.id, bodyMembers.orgId))
      .where(eq(bodyMembers.bodyId, body.id));
  }

  /** Body name → the member roles its units hold, sorted. */
  async function memberRolesOfKind(kind: string) {
    const rows = await db()
      .select({ name: bodies.name, memberRole: bodyMembers.memberRole })
      .from(bodyMembers)
      .innerJoin(bodies, eq(bodies.id, bodyMembers.bodyId))
      .where(eq(bodies.kind, kind));
    const roles = new Map<string, string[]>();
    for (const row of rows) roles.set(row.name, [...(roles.get(row.name) ?? []), row.memberRole].sort());
    return roles;
  }

  let firstCounts: Record<string, number>;
  let secondCounts: Record<string, number>;
  beforeAll(async () => {
    ctx = await createTestContext({ demo: true });
    await seedDemo(ctx.deps);
    firstCounts = await tableCounts();
    await seedDemo(ctx.deps);
    secondCounts = await tableCounts();
  }, 120_000);
  afterAll(async () => ctx.close());

  it('changes nothing when loaded a second time, audit log included', () => {
    expect(secondCounts).toEqual(firstCounts);
    // two alliances, 表19's consortia and 表20's communities, and the generated consortium of the 推荐书 draft
    expect(firstCounts.bodies).toBe(2 + 14 + 15 + 1);
  });

  it('skips every existing record when the full load runs again over a complete demo', async () => {
    const userIds = await userIdsByUsername(
      db(),
      DEMO_ACCOUNTS.map((a) => a.username),
    );
    const { added } = await seedDemoRecords(db(), DEMO_DATASET, userIds);
    expect(added).toEqual({ organizations: 0, bodies: 0, memberships: 0, liaisons: 0 });
    expect(await tableCounts()).toEqual(firstCounts);
  });

  it('records the nine founding schools of the alliance, with 曹杨 hosting the secretariat', async () => {
    const alliance = await bodyNamed(ALLIANCE_NAME);
    const members = await membersOf(ALLIANCE_NAME);
    const founders = members.filter((m) => m.memberRole === 'founding');
    expect(founders).toHaveLength(9);
    expect(founders.every((m) => m.isFounding && m.joinedOn === '2025-12-12')).toBe(true);
    expect(members.some((m) => m.memberRole === 'chair')).toBe(false);
    const [caoyang] = await db().select().from(organizations).where(eq(organizations.name, CAOYANG_SCHOOL));
    expect(alliance.secretariatOrgId).toBe(caoyang!.id);
    expect(alliance.foundedOn).toBe('2025-12-12');
    expect(alliance.description).toContain('轮值主席单位：上海市曹杨职业技术学校');
  });

  it('records the six Putuo schools in the district alliance, led by 普陀区教育局', async () => {
    const putuo = await bodyNamed(PUTUO_ALLIANCE_NAME);
    expect(putuo.kind).toBe('district_alliance');
    const schools = (await membersOf(PUTUO_ALLIANCE_NAME)).filter((m) => !m.name.includes('演示'));
    expect(schools.map((m) => m.name).sort()).toEqual(
      [
        '上海信息技术学校',
        '上海商业会计学校',
        '上海市曹杨职业技术学校',
        '上海市经济管理学校',
        '上海市贸易学校',
        '上海电气职业技术学校',
      ].sort(),
    );
    const [bureau] = await db().select().from(organizations).where(eq(organizations.id, putuo.secretariatOrgId!));
    expect(bureau!.name).toBe('普陀区教育局');
  });

  it('gives each of the 14 consortia (表19) a park, a lead school and a lead enterprise', async () => {
    const roles = await memberRolesOfKind('consortium');
    // the consortium the selection demo's draft 推荐书 names is generated (placements-demo.ts), not one of 表19's
    expect(roles.delete(LYG_DEMO_DRAFT.consortiumName)).toBe(true);
    expect(roles.size).toBe(14);
    for (const [name, held] of roles) expect(held, name).toEqual(['lead_enterprise', 'lead_park', 'lead_school']);
    const minhang = (await membersOf('上海闵行经济技术开发区产教联合体')).map((m) => m.name).sort();
    expect(minhang).toEqual(['上海三菱电梯有限公司', '上海电子信息职业技术学院', '上海闵行经济技术开发区'].sort());
  });

  it('gives each of the 15 communities (表20) a lead enterprise and two lead schools', async () => {
    const roles = await memberRolesOfKind('community');
    expect(roles.size).toBe(15);
    for (const [name, held] of roles) expect(held, name).toEqual(['lead_enterprise', 'lead_school', 'lead_school']);
    expect((await bodyNamed('泛酒店业产教融合共同体')).sourceNote).toContain('牵头高校 上海商学院');
  });

  it('gives real organisations no credit code and every generated one a valid code', async () => {
    const all = await db().select().from(organizations);
    const generatedNames = new Set(GENERATED_ORGS.map((o) => o.name));
    const real = all.filter((o) => !o.isGenerated);
    const generated = all.filter((o) => o.isGenerated);
    expect(real.filter((o) => generatedNames.has(o.name))).toEqual([]);
    expect(generated.filter((o) => generatedNames.has(o.name))).toHaveLength(GENERATED_ORGS.length);
    expect(real.every((o) => o.uscc === null)).toBe(true);
    expect(generated.every((o) => o.uscc === null || isValidUscc(o.uscc))).toBe(true);
    expect(generated.filter((o) => generatedNames.has(o.name)).every((o) => o.uscc !== null)).toBe(true);
    expect(real.map((o) => o.name)).toEqual(expect.arrayContaining(['上海市教育委员会', '普陀区教育局', '连云港市教育局']));
  });

  it('marks generated people: demo accounts and liaisons with made-up contact details', async () => {
    const demoUsers = await db()
      .select()
      .from(users)
      .where(
        inArray(
          users.username,
          DEMO_ACCOUNTS.map((a) => a.username),
        ),
      );
    expect(demoUsers).toHaveLength(DEMO_ACCOUNTS.length);
    expect(demoUsers.every((u) => u.isDemo && u.isGenerated)).toBe(true);
    const all = await db().select().from(liaisons);
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((l) => l.name.includes('演示') && l.phone!.startsWith('1380000') && l.email!.endsWith('@example.com'))).toBe(true);
    const caoyangLiaison = demoUsers.find((u) => u.username === 'caoyang_liaison')!;
    expect(all.filter((l) => l.userId === caoyangLiaison.id)).toHaveLength(1);
  });

  it('leaves some alliance members without a liaison (章程第十一条) and names one for others', async () => {
    const alliance = await bodyNamed(ALLIANCE_NAME);
    const without = await activeMembersWithoutLiaison(db(), alliance.id);
    const members = await membersOf(ALLIANCE_NAME);
    expect(without.length).toBeGreaterThan(0);
    expect(without.length).toBeLessThan(members.length);
    expect(without.map((m) => m.orgName)).not.toContain(CAOYANG_SCHOOL);
  });

  it('holds at least one demo account for every role, scoped to the right unit or body', async () => {
    const rows = await db()
      .select({ username: users.username, role: userRoles.role, scopeId: userRoles.scopeId })
      .from(userRoles)
      .innerJoin(users, eq(users.id, userRoles.userId))
      .where(eq(users.isDemo, true));
    expect(new Set(rows.map((r) => r.role))).toEqual(new Set(ROLE_NAMES));
    const alliance = await bodyNamed(ALLIANCE_NAME);
    expect(rows.find((r) => r.username === 'yhn_secretariat')).toMatchObject({ role: 'body_secretariat', scopeId: alliance.id });
    const accounts = await seedDemo(ctx.deps);
    expect(accounts.find((a) => a.username === 'putuo_secretariat')!.scopeId).toBe((await bodyNamed(PUTUO_ALLIANCE_NAME)).id);
    expect(accounts.every((a) => a.description.length > 0)).toBe(true);
  });

  it('lets the demo administrator sign in with the demo password and see the consortia', async () => {
    const session = await login(ctx.app, 'admin', DEMO_PASSWORD);
    const response = await session.request({ method: 'GET', url: '/api/bodies?kind=consortium&pageSize=50' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().total).toBe(14 + 1);
  });
});
