import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { movableClock } from '../../../kernel/time/clock.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { type Alliance, alliance } from '../testing/alliance.test-support.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';

// 倡议书 三: "推动区域课程互选、学分互认、师资互派、职业体验互动"; docs/sources.md §9 R5.
const clock = movableClock('2026-03-02T02:00:00Z');
const zh = { 'accept-language': 'zh-CN' };

describe('teacher exchange and vocational experience through the API', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  let a: Alliance;
  /** 曹杨's 单位管理员; the alliance's 曹杨 user is a 采集员, who does not take part in the exchange. */
  let caoyang: Session;
  let base: string;
  const org = (orgId: string) => `${base}/orgs/${orgId}`;
  let offerId: string;
  let requestId: string;
  let agreementId: string;

  beforeAll(async () => {
    ctx = await createTestContext({}, { clock });
    a = await alliance(ctx);
    caoyang = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'org_admin', scopeId: a.caoyangId }], { totp: false }));
    base = `/api/bodies/${a.bodyId}/resources/exchange`;
  });
  afterAll(async () => ctx.close());

  const offer = {
    kind: 'teacher_offer',
    title: '数控技术骨干教师赴校指导',
    classCode: '6601',
    fields: '数控加工、工业机器人',
    days: 10,
    startsOn: '2026-04-01',
    endsOn: '2026-06-30',
  };
  const request = { ...offer, kind: 'teacher_request', title: '需要数控加工实训指导教师', fields: '数控', days: 5 };

  it('a member publishes an offer, another a request; the request shows the offer with the reasons', async () => {
    const published = await caoyang.request({ method: 'POST', url: `${org(a.caoyangId)}/posts`, payload: offer });
    expect(published.statusCode, published.body).toBe(201);
    offerId = published.json().id;
    const asked = await a.pukou.request({ method: 'POST', url: `${org(a.pukouId)}/posts`, payload: request });
    expect(asked.statusCode, asked.body).toBe(201);
    requestId = asked.json().id;
    const mine = (await a.pukou.request({ method: 'GET', url: `${org(a.pukouId)}/posts` })).json();
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0].matches).toEqual([
      expect.objectContaining({
        post: expect.objectContaining({ id: offerId, org: { id: a.caoyangId, name: '上海市曹杨职业技术学校' } }),
        reasons: expect.arrayContaining([expect.objectContaining({ 'zh-CN': '领域相同：数控' })]),
      }),
    ]);
    const board = (await a.secretariat.request({ method: 'GET', url: `${base}/posts?kind=teacher_offer` })).json();
    expect(board.items.map((p: { id: string }) => p.id)).toEqual([offerId]);
  });

  it('refuses bad input with a Chinese message', async () => {
    const late = await caoyang.request({
      method: 'POST',
      url: `${org(a.caoyangId)}/posts`,
      payload: { ...offer, endsOn: '2026-03-01' },
      headers: zh,
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.message).toBe('结束日期 2026-03-01 早于开始日期 2026-04-01，请检查日期');
    const noDays = await caoyang.request({
      method: 'POST',
      url: `${org(a.caoyangId)}/posts`,
      payload: { ...offer, days: undefined },
      headers: zh,
    });
    expect(noDays.statusCode).toBe(400);
    expect(noDays.json().error.message).toBe('师资派出或需求须填写天数');
    const badClass = await caoyang.request({
      method: 'POST',
      url: `${org(a.caoyangId)}/posts`,
      payload: { ...offer, classCode: '66' },
      headers: zh,
    });
    expect(badClass.statusCode).toBe(400);
    expect(badClass.json().error.fields).toEqual([{ path: 'classCode', message: expect.stringMatching(/4 位专业类代码/) }]);
    const badScore = await caoyang.request({
      method: 'POST',
      url: `${org(a.caoyangId)}/agreements/${offerId}/evaluate`,
      payload: { score: 6, comment: '很好' },
      headers: zh,
    });
    expect(badScore.statusCode).toBe(400);
  });

  it('refuses another unit’s ids and a user without the permission', async () => {
    expect((await caoyang.request({ method: 'POST', url: `${org(a.pukouId)}/posts`, payload: offer })).statusCode).toBe(403);
    expect((await a.caoyang.request({ method: 'POST', url: `${org(a.caoyangId)}/posts`, payload: offer })).statusCode).toBe(403);
    expect((await a.secretariat.request({ method: 'POST', url: `${org(a.caoyangId)}/posts`, payload: offer })).statusCode).toBe(403);
    expect((await a.pukou.request({ method: 'POST', url: `${org(a.pukouId)}/posts/${offerId}/close` })).statusCode).toBe(404);
    const outsider = await a.outsider.request({ method: 'POST', url: `${org(a.outsiderId)}/posts`, payload: offer, headers: zh });
    expect(outsider.statusCode).toBe(409);
    expect((await a.outsider.request({ method: 'GET', url: `${base}/posts` })).statusCode).toBe(403);
  });

  it('the requesting unit proposes the agreement, the offering unit confirms, both complete and evaluate', async () => {
    const proposed = await a.pukou.request({
      method: 'POST',
      url: `${org(a.pukouId)}/agreements`,
      payload: {
        offerId,
        requestId,
        teacherName: '王建国',
        teacherPhone: '13812345678',
        place: '南京浦口中等专业学校数控实训中心',
        startsOn: '2026-04-13',
        endsOn: '2026-04-17',
        plannedHours: 30,
      },
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    agreementId = proposed.json().id;
    const path = (orgId: string) => `${org(orgId)}/agreements/${agreementId}`;
    const own = await a.pukou.request({ method: 'POST', url: `${path(a.pukouId)}/confirm`, headers: zh });
    expect(own.statusCode).toBe(409);
    expect(own.json().error.message).toBe('协议当前为“待对方确认”，本单位不能确认');
    expect((await caoyang.request({ method: 'POST', url: `${path(a.caoyangId)}/confirm` })).statusCode).toBe(200);
    const completion = { actualDays: 5, actualHours: 32 };
    expect((await caoyang.request({ method: 'POST', url: `${path(a.caoyangId)}/complete`, payload: completion })).statusCode).toBe(200);
    const evaluation = { score: 5, comment: '指导细致，学生实训操作明显规范' };
    expect((await a.pukou.request({ method: 'POST', url: `${path(a.pukouId)}/evaluate`, payload: evaluation })).statusCode).toBe(200);
    const half = (await caoyang.request({ method: 'GET', url: path(a.caoyangId) })).json();
    expect(half).toMatchObject({ status: 'carried_out', teacherPhone: '138****5678', mayEvaluate: true, side: 'sender' });
    const again = await a.pukou.request({ method: 'POST', url: `${path(a.pukouId)}/evaluate`, payload: evaluation });
    expect(again.statusCode).toBe(409);
    const senderEvaluation = { score: 4, comment: '接待周到，实训条件良好' };
    expect((await caoyang.request({ method: 'POST', url: `${path(a.caoyangId)}/evaluate`, payload: senderEvaluation })).statusCode).toBe(
      200,
    );
    const done = (await a.pukou.request({ method: 'GET', url: path(a.pukouId) })).json();
    expect(done).toMatchObject({
      status: 'completed',
      actualHours: 32,
      senderEvaluation: { score: 4 },
      receiverEvaluation: { score: 5 },
      mayEvaluate: false,
    });
    expect((await a.outsider.request({ method: 'GET', url: path(a.outsiderId) })).statusCode).toBe(404);
    expect((await caoyang.request({ method: 'GET', url: path(a.pukouId) })).statusCode).toBe(403);
  });

  it('a host records a vocational-experience activity and both evaluations', async () => {
    const activity = await caoyang.request({
      method: 'POST',
      url: `${org(a.caoyangId)}/posts`,
      payload: {
        kind: 'experience',
        title: '走进智能制造职业体验日',
        classCode: '6601',
        fields: '数控加工',
        capacity: 40,
        startsOn: '2026-05-16',
        endsOn: '2026-05-16',
      },
    });
    expect(activity.statusCode, activity.body).toBe(201);
    const made = await caoyang.request({
      method: 'POST',
      url: `${org(a.caoyangId)}/agreements`,
      payload: {
        offerId: activity.json().id,
        visitorName: '上海市普陀区某初级中学',
        place: '曹杨职校智能制造开放实训中心',
        startsOn: '2026-05-16',
        endsOn: '2026-05-16',
        plannedHours: 4,
        plannedParticipants: 40,
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    const path = `${org(a.caoyangId)}/agreements/${made.json().id}`;
    expect(
      (
        await caoyang.request({
          method: 'POST',
          url: `${path}/complete`,
          payload: { actualDays: 1, actualHours: 4, actualParticipants: 38 },
        })
      ).statusCode,
    ).toBe(200);
    for (const comment of ['学生参与积极', '来访学校：孩子们第一次操作数控设备，收获很大']) {
      expect((await caoyang.request({ method: 'POST', url: `${path}/evaluate`, payload: { score: 5, comment } })).statusCode).toBe(200);
    }
    expect((await caoyang.request({ method: 'GET', url: path })).json()).toMatchObject({ status: 'completed', receiver: null });
  });

  it('counts the year per member: the secretariat sees all, a unit its own', async () => {
    const all = (await a.secretariat.request({ method: 'GET', url: `${base}/totals?year=2026` })).json();
    expect(all.rows).toEqual([
      expect.objectContaining({
        org: expect.objectContaining({ id: a.caoyangId }),
        teacherDaysSent: 5,
        teacherHoursSent: 32,
        experienceActivities: 1,
        experienceParticipants: 38,
      }),
      expect.objectContaining({ org: expect.objectContaining({ id: a.pukouId }), teacherDaysReceived: 5, teacherHoursReceived: 32 }),
    ]);
    const own = (await a.pukou.request({ method: 'GET', url: `${base}/totals?year=2026` })).json();
    expect(own.rows.map((r: { org: { id: string } }) => r.org.id)).toEqual([a.pukouId]);
    const bad = await a.pukou.request({ method: 'GET', url: `${base}/totals?year=abc`, headers: zh });
    expect(bad.statusCode).toBe(400);
  });
});
