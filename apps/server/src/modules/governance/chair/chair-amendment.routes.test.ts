import { DEFAULT_CHARTER_PARAMETERS } from '@chanjiao/contracts';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../kernel/audit/audit.table.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { registerSeedCharter } from '../charter/charter.test-support.js';
import { type Founders, makeAlliance } from '../governance-b.test-support.js';

describe('the chair schedule follows the charter’s rotation rule (章程第六条, 第二十六条)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  async function alliance() {
    const { bodyId, founders } = await makeAlliance(ctx.deps);
    await registerSeedCharter(ctx.deps, bodyId);
    const secretariat = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'body_secretariat', scopeId: bodyId }]));
    const schedule = `/api/bodies/${bodyId}/chair-schedule`;
    const planned = await secretariat.request({ method: 'PUT', url: `${schedule}/plan`, payload: { firstYear: 2026, years: 4, firstOrgId: founders.caoyang!.id } });
    expect(planned.statusCode, planned.body).toBe(200);
    return { bodyId, founders, secretariat, schedule };
  }

  /** Every founder present and voting 同意 on an amendment that sets the given rotation rule. */
  async function adoptRotation(secretariat: Session, bodyId: string, founders: Founders, chairRotation: object) {
    const meetings = `/api/bodies/${bodyId}/meetings`;
    const meetingId = (await secretariat.request({ method: 'POST', url: meetings, payload: { title: '一届二次会议', heldOn: '2026-06-20', location: '南京' } })).json().id;
    const items = await secretariat.request({
      method: 'POST',
      url: `${meetings}/${meetingId}/items`,
      payload: { kind: 'charter_amendment', title: '修改章程第六条：轮值主席任期两年', amendment: { parameters: DEFAULT_CHARTER_PARAMETERS, chairRotation } },
    });
    expect(items.statusCode, items.body).toBe(201);
    const item = `${meetings}/${meetingId}/items/${items.json().items.at(-1).id}`;
    const ids = Object.values(founders).map((founder) => founder.id);
    await secretariat.request({ method: 'PUT', url: `${meetings}/${meetingId}/attendance`, payload: { entries: ids.map((orgId) => ({ orgId, status: 'present' })) } });
    await secretariat.request({ method: 'POST', url: `${item}/open` });
    for (const orgId of ids) await secretariat.request({ method: 'POST', url: `${item}/paper-ballots`, payload: { orgId, choice: 'yes' } });
    const closed = await secretariat.request({ method: 'POST', url: `${item}/close` });
    expect(closed.statusCode, closed.body).toBe(200);
  }

  it('states the rule in force, and an adopted amendment to two-year terms re-plans the stored schedule', async () => {
    const { bodyId, founders, secretariat, schedule } = await alliance();
    const before = (await secretariat.request({ method: 'GET', url: schedule })).json();
    expect(before.rule).toEqual({ termYears: 1, differentCityEachTerm: true, source: 'charter' });
    expect(before.years.map((year: { org: { id: string } }) => year.org.id)).toEqual(
      [founders.caoyang, founders.pukou, founders.yangzhou, founders.zhenjiang].map((founder) => founder!.id),
    );

    await adoptRotation(secretariat, bodyId, founders, { termYears: 2, differentCityEachTerm: true });

    const after = (await secretariat.request({ method: 'GET', url: schedule })).json();
    expect(after.rule).toEqual({ termYears: 2, differentCityEachTerm: true, source: 'charter' });
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
    const { bodyId, founders } = await makeAlliance(ctx.deps);
    const secretariat = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'body_secretariat', scopeId: bodyId }]));
    const planned = await secretariat.request({
      method: 'PUT',
      url: `/api/bodies/${bodyId}/chair-schedule/plan`,
      payload: { firstYear: 2026, years: 2, firstOrgId: founders.caoyang!.id },
    });
    expect(planned.json().rule).toEqual({ termYears: 1, differentCityEachTerm: true, source: 'default' });
  });
});
