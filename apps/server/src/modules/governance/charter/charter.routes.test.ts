import { DEFAULT_CHARTER_PARAMETERS } from '@chanjiao/contracts';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../kernel/audit/audit.table.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { makeAlliance, makeDistrictAlliance } from '../testing/alliance.test-support.js';

/** A district alliance's charter as its founding meeting adopted it, rotating the chair among member units. */
const PUTUO_CHARTER = {
  charterTitle: '普陀区职业教育联盟章程',
  text: [
    '第一章 总则',
    '第一条 本联盟名称为普陀区职业教育联盟。',
    '第二章 组织机构',
    '第六条 联盟设轮值主席单位一名，每年轮换一次，由成员单位轮流担任，同一单位不连任。',
  ].join('\n'),
  effectiveOn: '2013-06-18',
  adoptionBasis: '普陀区职业教育联盟成立大会审议通过（成立大会纪要，2013年6月18日）',
  parameters: DEFAULT_CHARTER_PARAMETERS,
  chairRotation: { termYears: 1, basis: 'member' },
};

describe('first registration of a charter from the web (章程第二十九条; 章程第六条 as data)', () => {
  let ctx: TestContext;
  let admin: Session;
  beforeAll(async () => {
    ctx = await createTestContext();
    admin = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'platform_admin' }]));
  }, 180_000);
  afterAll(async () => ctx.close());

  const register = (session: Session, bodyId: string, payload: Record<string, unknown> = PUTUO_CHARTER) =>
    session.request({ method: 'POST', url: `/api/bodies/${bodyId}/charter`, payload });
  const view = async (session: Session, bodyId: string) =>
    (await session.request({ method: 'GET', url: `/api/bodies/${bodyId}/charter` })).json();
  const secretariatOf = async (bodyId: string) =>
    login(ctx.app, await createTestUser(ctx.deps, [{ role: 'body_secretariat', scopeId: bodyId }]));

  it('the secretariat records the charter its founding meeting adopted; the form is offered only while none exists', async () => {
    const { bodyId } = await makeDistrictAlliance(ctx.deps);
    const secretariat = await secretariatOf(bodyId);
    expect(await view(secretariat, bodyId)).toMatchObject({ current: null, abilities: { register: true, proposeAmendment: false } });

    const response = await register(secretariat, bodyId);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      versionNo: 1,
      title: '普陀区职业教育联盟章程',
      effectiveOn: '2013-06-18',
      note: PUTUO_CHARTER.adoptionBasis,
      chairRotation: { termYears: 1, basis: 'member' },
      adoptedByItemId: null,
    });

    const after = await view(secretariat, bodyId);
    expect(after.current).toMatchObject({ versionNo: 1, title: '普陀区职业教育联盟章程', text: PUTUO_CHARTER.text });
    expect(after.abilities).toEqual({ register: false, proposeAmendment: true });

    const [entry] = await ctx.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'governance.charter.register'), eq(auditLog.entityId, bodyId)));
    expect(entry?.details).toMatchObject({
      versionNo: 1,
      title: '普陀区职业教育联盟章程',
      basis: PUTUO_CHARTER.adoptionBasis,
      chairRotation: { termYears: 1, basis: 'member' },
    });
  });

  it('the platform administrator may register it for any body; a body that does not exist is 404', async () => {
    const { bodyId } = await makeDistrictAlliance(ctx.deps);
    expect((await view(admin, bodyId)).abilities.register).toBe(true);
    const response = await register(admin, bodyId, {
      ...PUTUO_CHARTER,
      adoptionBasis: '平台管理员据联盟报送的章程文本登记（普教联〔2013〕1号）',
    });
    expect(response.statusCode, response.body).toBe(201);

    const missing = await register(admin, '00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
  });

  it('refuses a second registration: after the first, the charter changes only by an amendment vote', async () => {
    const { bodyId } = await makeDistrictAlliance(ctx.deps);
    const secretariat = await secretariatOf(bodyId);
    expect((await register(secretariat, bodyId)).statusCode).toBe(201);
    for (const session of [secretariat, admin]) {
      const again = await register(session, bodyId, { ...PUTUO_CHARTER, chairRotation: { termYears: 1, basis: 'none' } });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('CHARTER_ALREADY_REGISTERED');
      expect(again.json().error.message).toBe('章程已登记（现行第 1 版）；修改章程须在校长联席会议议程中提出章程修改议题并表决通过');
    }
    expect((await view(admin, bodyId)).current.chairRotation).toEqual({ termYears: 1, basis: 'member' });
  });

  it('refuses roles without the permission (403) and the secretariat of another body (403)', async () => {
    const { bodyId, schools } = await makeDistrictAlliance(ctx.deps);
    const representative = await login(
      ctx.app,
      await createTestUser(ctx.deps, [{ role: 'member_representative', scopeId: schools.caoyang!.id }]),
    );
    const refused = await register(representative, bodyId);
    expect(refused.statusCode).toBe(403);
    expect((await view(representative, bodyId)).abilities.register).toBe(false);

    const other = await makeAlliance(ctx.deps);
    const otherSecretariat = await secretariatOf(other.bodyId);
    expect((await register(otherSecretariat, bodyId)).statusCode).toBe(403);
    expect((await view(otherSecretariat, bodyId)).abilities.register).toBe(false);
    expect((await view(admin, bodyId)).current).toBeNull();
  });

  it.each([
    ['a text without articles', { text: '本联盟由区内职业院校组成。' }, 'text', '未识别到条文：请按“第一条 ……”的格式逐条填写'],
    ['no basis', { adoptionBasis: '  ' }, 'adoptionBasis', '登记依据（通过章程的会议及文件）'],
    ['no title', { charterTitle: '' }, 'charterTitle', '章程名称'],
    ['an unknown rotation basis', { chairRotation: { termYears: 1, basis: 'district' } }, 'chairRotation.basis', '轮换方式'],
    ['an impossible adoption date', { effectiveOn: '2013-02-30' }, 'effectiveOn', '通过（生效）日期'],
  ])('refuses %s (400, naming the field)', async (_case, change, field, words) => {
    const { bodyId } = await makeDistrictAlliance(ctx.deps);
    const response = await register(admin, bodyId, { ...PUTUO_CHARTER, ...change });
    expect(response.statusCode, response.body).toBe(400);
    const error = response.json().error as { fields: { path: string; message: string }[] };
    const named = error.fields.find((issue) => issue.path === field);
    expect(named?.message, JSON.stringify(error.fields)).toContain(words);
    expect((await view(admin, bodyId)).current).toBeNull();
  });

  it('a one-city body: refused a chair plan under the seed charter’s city rule, accepted once its charter rotates among members', async () => {
    const { bodyId, schools } = await makeDistrictAlliance(ctx.deps);
    const secretariat = await secretariatOf(bodyId);
    const plan = () =>
      secretariat.request({
        method: 'PUT',
        url: `/api/bodies/${bodyId}/chair-schedule/plan`,
        payload: { firstYear: 2026, years: 5, firstOrgId: schools.caoyang!.id },
      });

    const refused = await plan();
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('章程第六条要求每年由不同城市的成员院校轮流担任');

    expect((await register(secretariat, bodyId)).statusCode).toBe(201);
    const accepted = await plan();
    expect(accepted.statusCode, accepted.body).toBe(200);
    const schedule = accepted.json();
    expect(schedule.rule).toEqual({ termYears: 1, basis: 'member', source: 'charter' });
    expect(schedule.years.map((year: { org: { id: string } }) => year.org.id)).toEqual(
      ['caoyang', 'xinxi', 'jingguan', 'maoyi', 'caoyang'].map((key) => schools[key]!.id),
    );
    expect(schedule.years[1].explanation).toContain('成员单位依次轮流担任');
  });
});
