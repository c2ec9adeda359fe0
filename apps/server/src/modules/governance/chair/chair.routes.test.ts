import { DEFAULT_CHARTER_PARAMETERS } from '@chanjiao/contracts';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../kernel/audit/audit.table.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { registerSeedCharter } from '../charter/charter.test-support.js';
import { type Founders, makeAlliance } from '../testing/alliance.test-support.js';

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
    session.request({
      method: 'PUT',
      url: `${url}/plan`,
      payload: { firstYear: 2026, years: 10, firstOrgId: founders.caoyang!.id, ...extra },
    });

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

  /** Every founder present and voting 同意 on an amendment that sets the given rotation rule. */
  async function adoptRotation(secretariat: Session, bodyId: string, founders: Founders, chairRotation: object) {
    const meetings = `/api/bodies/${bodyId}/meetings`;
    const meetingId = (
      await secretariat.request({
        method: 'POST',
        url: meetings,
        payload: { title: '一届二次会议', heldOn: '2026-06-20', location: '南京' },
      })
    ).json().id;
    const items = await secretariat.request({
      method: 'POST',
      url: `${meetings}/${meetingId}/items`,
      payload: {
        kind: 'charter_amendment',
        title: '修改章程第六条：轮值主席任期两年',
        amendment: { parameters: DEFAULT_CHARTER_PARAMETERS, chairRotation },
      },
    });
    expect(items.statusCode, items.body).toBe(201);
    const item = `${meetings}/${meetingId}/items/${items.json().items.at(-1).id}`;
    const ids = Object.values(founders).map((founder) => founder.id);
    await secretariat.request({
      method: 'PUT',
      url: `${meetings}/${meetingId}/attendance`,
      payload: { entries: ids.map((orgId) => ({ orgId, status: 'present' })) },
    });
    await secretariat.request({ method: 'POST', url: `${item}/open` });
    for (const orgId of ids) await secretariat.request({ method: 'POST', url: `${item}/paper-ballots`, payload: { orgId, choice: 'yes' } });
    const closed = await secretariat.request({ method: 'POST', url: `${item}/close` });
    expect(closed.statusCode, closed.body).toBe(200);
  }

  it('states the rule in force, and an adopted amendment to two-year terms re-plans the stored schedule', async () => {
    const { bodyId, founders, secretariat, url: schedule } = await alliance();
    await registerSeedCharter(ctx.deps, bodyId);
    expect((await plan(secretariat, schedule, founders, { years: 4 })).statusCode).toBe(200);
    const before = (await secretariat.request({ method: 'GET', url: schedule })).json();
    expect(before.rule).toEqual({ termYears: 1, basis: 'city', source: 'charter' });
    expect(before.years.map((year: { org: { id: string } }) => year.org.id)).toEqual(
      [founders.caoyang, founders.pukou, founders.yangzhou, founders.zhenjiang].map((founder) => founder!.id),
    );

    await adoptRotation(secretariat, bodyId, founders, { termYears: 2, basis: 'city' });

    const after = (await secretariat.request({ method: 'GET', url: schedule })).json();
    expect(after.rule).toEqual({ termYears: 2, basis: 'city', source: 'charter' });
    expect(after.years.map((year: { org: { id: string } }) => year.org.id)).toEqual(
      [founders.caoyang, founders.caoyang, founders.pukou, founders.pukou].map((founder) => founder!.id),
    );
    expect(after.years[2].explanation).toContain('2028–2029 年（一届）');
    const replans = await ctx.deps.database.db
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'chair.replan'), eq(auditLog.entityId, bodyId)));
    expect(replans.map((entry) => entry.details)).toEqual([{ outcome: 'replanned', trigger: 'charter_amendment' }]);
  });

  it('a body without a registered charter plans by the model charter and says so', async () => {
    const { founders, secretariat, url } = await alliance();
    const planned = await plan(secretariat, url, founders, { years: 2 });
    expect(planned.json().rule).toEqual({ termYears: 1, basis: 'city', source: 'default' });
  });
});
