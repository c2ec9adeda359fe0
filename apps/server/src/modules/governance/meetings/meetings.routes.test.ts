import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { registerSeedCharter } from '../charter/charter.test-support.js';
import { type Founders, makeAlliance } from '../testing/alliance.test-support.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';

describe('meetings: charter view, minutes, conclusion and the dashboard', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  let bodyId: string;
  let founders: Founders;
  let secretariat: Session;
  let rep: Session;

  beforeAll(async () => {
    ctx = await createTestContext();
    ({ bodyId, founders } = await makeAlliance(ctx.deps));
    secretariat = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'body_secretariat', scopeId: bodyId }]));
    rep = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'member_representative', scopeId: founders.xishan!.id }]));
  });
  afterAll(async () => ctx.close());

  it('asks for the charter before the first meeting, then states every rule with its denominator', async () => {
    const early = await secretariat.request({
      method: 'POST',
      url: `/api/bodies/${bodyId}/meetings`,
      payload: { title: '一届二次会议', heldOn: '2026-12-20' },
    });
    expect(early.json().error.code).toBe('CHARTER_MISSING');
    const before = (await secretariat.request({ method: 'GET', url: `/api/bodies/${bodyId}/charter` })).json();
    expect(before).toMatchObject({ current: null, abilities: { register: true, proposeAmendment: false } });

    await registerSeedCharter(ctx.deps, bodyId);
    const view = (await rep.request({ method: 'GET', url: `/api/bodies/${bodyId}/charter` })).json();
    expect(view.ruleTexts).toEqual({
      resolution: '到会成员二分之一以上（≥1/2）同意',
      expulsion: '到会成员二分之一以上（≥1/2）同意',
      charterAmendment: '到会成员三分之二以上（≥2/3）同意',
      termination: '到会成员三分之二以上（≥2/3）同意',
    });
    expect(view.abilities).toEqual({ register: false, proposeAmendment: false });
  });

  it('drafts, approves and publishes the minutes in that order, then concludes the meeting once no vote is open', async () => {
    const meetingId = (
      await secretariat.request({
        method: 'POST',
        url: `/api/bodies/${bodyId}/meetings`,
        payload: { title: '一届二次会议', heldOn: '2026-12-20' },
      })
    ).json().id;
    const url = `/api/bodies/${bodyId}/meetings/${meetingId}`;
    const publishEarly = await secretariat.request({ method: 'POST', url: `${url}/minutes/publish`, payload: { version: 1 } });
    expect(publishEarly.json().error.code).toBe('MINUTES_STATE');

    const drafted = await secretariat.request({
      method: 'PUT',
      url: `${url}/minutes`,
      payload: { text: '会议审议通过了年度工作计划。', version: 1 },
    });
    expect(drafted.json()).toMatchObject({ minutesStatus: 'draft', version: 2 });
    const stale = await secretariat.request({ method: 'POST', url: `${url}/minutes/approve`, payload: { version: 1 } });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const approved = await secretariat.request({ method: 'POST', url: `${url}/minutes/approve`, payload: { version: 2 } });
    expect(approved.json()).toMatchObject({ minutesStatus: 'approved' });
    const published = await secretariat.request({ method: 'POST', url: `${url}/minutes/publish`, payload: { version: 3 } });
    expect(published.json()).toMatchObject({ minutesStatus: 'published', minutesText: '会议审议通过了年度工作计划。' });

    const withItem = await secretariat.request({
      method: 'POST',
      url: `${url}/items`,
      payload: { kind: 'motion', title: '设立专项工作组' },
    });
    const itemId = withItem.json().items[0].id;
    await secretariat.request({
      method: 'PUT',
      url: `${url}/attendance`,
      payload: { entries: [{ orgId: founders.xishan!.id, status: 'present' }] },
    });
    await secretariat.request({ method: 'POST', url: `${url}/items/${itemId}/open` });

    const dashboard = (await rep.request({ method: 'GET', url: '/api/dashboard' })).json();
    expect(dashboard.items.find((i: { key: string }) => i.key === 'governance.open_votes')).toMatchObject({
      count: 1,
      link: `/governance/meetings/${meetingId}?body=${bodyId}`,
    });

    const blocked = await secretariat.request({ method: 'POST', url: `${url}/conclude`, payload: { version: 4 } });
    expect(blocked.json().error).toMatchObject({ code: 'MEETING_HAS_OPEN_VOTES', params: { count: 1 } });
    await rep.request({ method: 'POST', url: `${url}/items/${itemId}/ballots`, payload: { orgId: founders.xishan!.id, choice: 'yes' } });
    const after = (await rep.request({ method: 'GET', url: '/api/dashboard' })).json();
    expect(after.items.find((i: { key: string }) => i.key === 'governance.open_votes')).toBeUndefined();
    await secretariat.request({ method: 'POST', url: `${url}/items/${itemId}/close` });
    const concluded = await secretariat.request({ method: 'POST', url: `${url}/conclude`, payload: { version: 4 } });
    expect(concluded.json()).toMatchObject({ status: 'concluded' });
    const more = await secretariat.request({ method: 'POST', url: `${url}/items`, payload: { kind: 'motion', title: '会后补充' } });
    expect(more.json().error.code).toBe('MEETING_CONCLUDED');
  });

  it('shows the secretariat a withdrawal waiting for its written receipt', async () => {
    const other = founders.pukou!.id;
    const applicantRep = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'member_representative', scopeId: other }]));
    const withdrawal = await applicantRep.request({
      method: 'POST',
      url: `/api/bodies/${bodyId}/withdrawals`,
      payload: { orgId: other, letter: '申请退出', intendedOn: '2027-03-01' },
    });
    expect(withdrawal.statusCode, withdrawal.body).toBe(201);
    const dashboard = (await secretariat.request({ method: 'GET', url: '/api/dashboard' })).json();
    expect(dashboard.items.find((i: { key: string }) => i.key === `governance.withdrawal_receipts:${bodyId}`)).toMatchObject({
      count: 1,
      link: `/governance/membership?body=${bodyId}`,
    });
  });
});
