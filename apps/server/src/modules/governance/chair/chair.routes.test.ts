import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../kernel/audit/audit.table.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { type Founders, makeAlliance } from '../governance-b.test-support.js';

describe('the rotating chair schedule through the API (章程第六、七条)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  async function alliance() {
    const { bodyId, founders } = await makeAlliance(ctx.deps);
    const secretariat = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'body_secretariat', scopeId: bodyId }]));
    return { bodyId, founders, secretariat, url: `/api/bodies/${bodyId}/chair-schedule` };
  }

  const plan = (session: Session, url: string, founders: Founders, extra: Record<string, unknown> = {}) =>
    session.request({ method: 'PUT', url: `${url}/plan`, payload: { firstYear: 2026, years: 10, firstOrgId: founders.caoyang!.id, ...extra } });

  it('plans ten years from 曹杨 in 2026, visiting every city before 上海 chairs again', async () => {
    const { founders, secretariat, url } = await alliance();
    const response = await plan(secretariat, url, founders);
    expect(response.statusCode, response.body).toBe(200);
    const schedule = response.json();
    expect(schedule.years.map((y: { year: number; org: { id: string } }) => [y.year, y.org.id])).toEqual([
      [2026, founders.caoyang!.id],
      [2027, founders.pukou!.id],
      [2028, founders.yangzhou!.id],
      [2029, founders.zhenjiang!.id],
      [2030, founders.jingjiang!.id],
      [2031, founders.changzhou!.id],
      [2032, founders.xishan!.id],
      [2033, founders.nantong!.id],
      [2034, founders.xiangcheng!.id],
      [2035, founders.caoyang!.id],
    ]);
    expect(schedule.years.map((y: { city: string }) => y.city).slice(0, 5)).toEqual(['上海市', '南京市', '扬州市', '镇江市', '泰州市']);
    expect(schedule.years[0]).toMatchObject({ source: 'first' });
    expect(schedule.years[0].explanation).toContain('首届轮值主席单位');
    expect(schedule.plan).toMatchObject({ firstYear: 2026, years: 10, version: 1 });
    expect(schedule.abilities).toEqual({ manage: true });
  });

  it('records a year the meeting fixed with its reason and who recorded it, and plans the rest around it', async () => {
    const { bodyId, founders, secretariat, url } = await alliance();
    await plan(secretariat, url, founders);
    const fixed = await secretariat.request({
      method: 'POST',
      url: `${url}/overrides`,
      payload: { year: 2027, orgId: founders.xiangcheng!.id, reason: '一届二次会议决定：配合苏州市职教活动周', decidedOn: '2026-06-20' },
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const schedule = fixed.json();
    expect(schedule.years[1]).toMatchObject({ year: 2027, org: { id: founders.xiangcheng!.id }, source: 'override' });
    expect(schedule.years[1].explanation).toContain('一届二次会议决定');
    expect(schedule.overrides).toEqual([expect.objectContaining({ year: 2027, decidedOn: '2026-06-20', recordedBy: expect.any(String) })]);
    // 相城 has chaired for 苏州, so 苏州 does not come round again in the first round.
    const orgsOfRound = schedule.years.slice(0, 9).map((y: { org: { id: string } }) => y.org.id);
    expect(new Set(orgsOfRound).size).toBe(9);

    const entries = await ctx.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'chair.override'), eq(auditLog.entityType, 'chair_override')));
    expect(entries.some((entry) => (entry.details as { bodyId: string }).bodyId === bodyId)).toBe(true);

    const again = await secretariat.request({
      method: 'POST',
      url: `${url}/overrides`,
      payload: { year: 2027, orgId: founders.pukou!.id, reason: '重复指定', decidedOn: '2026-06-21' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CHAIR_YEAR_ALREADY_FIXED');

    const revoked = await secretariat.request({ method: 'POST', url: `${url}/overrides/${schedule.overrides[0].id}/revoke` });
    expect(revoked.json().years[1]).toMatchObject({ year: 2027, org: { id: founders.pukou!.id }, source: 'rotation' });
    expect(revoked.json().overrides).toEqual([]);
  });

  it('refuses a decision that puts the same city in two years running, and keeps the schedule as it was', async () => {
    const { founders, secretariat, url } = await alliance();
    await plan(secretariat, url, founders);
    const refused = await secretariat.request({
      method: 'POST',
      url: `${url}/overrides`,
      payload: { year: 2027, orgId: founders.caoyang!.id, reason: '连任', decidedOn: '2026-06-20' },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('CHAIR_ROTATION_IMPOSSIBLE');
    expect(refused.json().error.message).toContain('章程第六条');
    const unchanged = (await secretariat.request({ method: 'GET', url })).json();
    expect(unchanged.overrides).toEqual([]);
    expect(unchanged.years[1].org.id).toBe(founders.pukou!.id);
  });

  it('lets members read the schedule but only the secretariat plan it; plans need a member school and the current version', async () => {
    const { founders, secretariat, url } = await alliance();
    const member = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'member_representative', scopeId: founders.pukou!.id }]));
    expect((await plan(member, url, founders)).statusCode).toBe(403);
    const empty = await member.request({ method: 'GET', url });
    expect(empty.json()).toMatchObject({ plan: null, years: [], abilities: { manage: false } });
    expect(empty.json().candidates).toHaveLength(9);

    const override = await secretariat.request({
      method: 'POST',
      url: `${url}/overrides`,
      payload: { year: 2027, orgId: founders.pukou!.id, reason: '会议决定', decidedOn: '2026-06-20' },
    });
    expect(override.json().error.code).toBe('CHAIR_PLAN_MISSING');

    const outsider = await makeAlliance(ctx.deps);
    const foreign = await plan(secretariat, url, { caoyang: outsider.founders.caoyang! });
    expect(foreign.statusCode).toBe(409);
    expect(foreign.json().error.message).toContain(outsider.founders.caoyang!.name);

    expect((await plan(secretariat, url, founders)).statusCode).toBe(200);
    const stale = await plan(secretariat, url, founders, { years: 5 });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const renewed = await plan(secretariat, url, founders, { years: 5, version: 1 });
    expect(renewed.json().years).toHaveLength(5);
  });
});
