import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../testing/test-app.js';
import { makeBody, makeOrg } from './bodies.test-support.js';

describe('member units through the API', () => {
  let ctx: TestContext;
  let admin: Session;
  beforeAll(async () => {
    ctx = await createTestContext();
    admin = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'platform_admin' }]));
  });
  afterAll(async () => ctx.close());

  const addMember = (session: Session, bodyId: string, payload: Record<string, unknown>) =>
    session.request({ method: 'POST', url: `/api/bodies/${bodyId}/members`, payload });

  it('adds a founding unit, refuses it a second time with the date it joined, and counts it once', async () => {
    const body = await makeBody(ctx.deps, '沿沪宁联盟');
    const school = await makeOrg(ctx.deps, '江苏省常州技师学院', 'higher_vocational', '320400');
    const added = await addMember(admin, body.id, {
      orgId: school.id,
      joinedOn: '2025-11-28',
      reason: '发起单位',
      memberRole: 'founding',
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({
      org: { id: school.id, name: school.name, type: 'higher_vocational', regionName: '常州市' },
      memberRole: 'founding',
      isFounding: true,
      joinedOn: '2025-11-28',
      leftOn: null,
      liaisonCount: 0,
    });

    const again = await addMember(admin, body.id, { orgId: school.id, joinedOn: '2026-01-05', reason: '重复申请' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'BODY_MEMBER_EXISTS', params: { since: '2025-11-28' } });

    const detail = await admin.request({ method: 'GET', url: `/api/bodies/${body.id}` });
    expect(detail.json().memberCount).toBe(1);
  });

  it('keeps one current membership when the same unit is added several times at once', async () => {
    const body = await makeBody(ctx.deps, '并发联盟');
    const org = await makeOrg(ctx.deps, '并发测试企业', 'enterprise');
    const payload = { orgId: org.id, joinedOn: '2025-06-01', reason: '同时提交' };
    // Enough at once that on PostgreSQL some pass the duplicate check together and meet the unique index.
    const responses = await Promise.all(Array.from({ length: 6 }, () => addMember(admin, body.id, payload)));
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    const refusals = responses.filter((r) => r.statusCode === 409).map((r) => r.json().error.code);
    expect(new Set(refusals)).toEqual(new Set(['BODY_MEMBER_EXISTS']));
    const members = await admin.request({ method: 'GET', url: `/api/bodies/${body.id}/members?includeFormer=true` });
    expect(members.json()).toHaveLength(1);
  });

  it('records a departure with its reason, keeps the history, and lets the unit rejoin', async () => {
    const body = await makeBody(ctx.deps, '历史联盟');
    const org = await makeOrg(ctx.deps, '上海市商业学校');
    const first = (await addMember(admin, body.id, { orgId: org.id, joinedOn: '2024-03-01', reason: '申请加入' })).json();

    const early = await admin.request({
      method: 'POST',
      url: `/api/bodies/${body.id}/members/${first.id}/remove`,
      payload: { leftOn: '2024-02-28', reason: '书面申请退出' },
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error).toMatchObject({ code: 'MEMBER_LEFT_BEFORE_JOINED', params: { leftOn: '2024-02-28', joinedOn: '2024-03-01' } });

    const left = await admin.request({
      method: 'POST',
      url: `/api/bodies/${body.id}/members/${first.id}/remove`,
      payload: { leftOn: '2025-04-30', reason: '书面申请退出' },
    });
    expect(left.statusCode, left.body).toBe(200);
    expect(left.json()).toMatchObject({ leftOn: '2025-04-30', leaveReason: '书面申请退出', joinReason: '申请加入' });

    const twice = await admin.request({
      method: 'POST',
      url: `/api/bodies/${body.id}/members/${first.id}/remove`,
      payload: { leftOn: '2025-05-30', reason: '再次退出' },
    });
    expect(twice.json().error).toMatchObject({ code: 'BODY_MEMBER_ALREADY_LEFT', params: { leftOn: '2025-04-30' } });

    const rejoined = await addMember(admin, body.id, { orgId: org.id, joinedOn: '2026-01-10', reason: '重新加入' });
    expect(rejoined.statusCode).toBe(201);
    const current = await admin.request({ method: 'GET', url: `/api/bodies/${body.id}/members` });
    expect(current.json().map((m: { joinedOn: string }) => m.joinedOn)).toEqual(['2026-01-10']);
    const all = await admin.request({ method: 'GET', url: `/api/bodies/${body.id}/members?includeFormer=true` });
    expect(all.json().map((m: { joinedOn: string; leftOn: string | null }) => [m.joinedOn, m.leftOn])).toEqual([
      ['2026-01-10', null],
      ['2024-03-01', '2025-04-30'],
    ]);

    const memberships = await admin.request({ method: 'GET', url: `/api/organizations/${org.id}/memberships` });
    expect(memberships.json()).toEqual([
      { bodyId: body.id, bodyName: body.name, kind: 'alliance', memberRole: 'member', joinedOn: '2026-01-10', leftOn: null },
      { bodyId: body.id, bodyName: body.name, kind: 'alliance', memberRole: 'member', joinedOn: '2024-03-01', leftOn: '2025-04-30' },
    ]);
  });

  it('lets a secretariat manage the members of its own body only', async () => {
    const bodyA = await makeBody(ctx.deps, '甲联盟');
    const bodyB = await makeBody(ctx.deps, '乙联盟');
    const org = await makeOrg(ctx.deps, '上海市信息管理学校');
    const secretariatOfA = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'body_secretariat', scopeId: bodyA.id }]));
    const payload = { orgId: org.id, joinedOn: '2025-09-01', reason: '理事会同意' };

    expect((await addMember(secretariatOfA, bodyA.id, payload)).statusCode).toBe(201);
    const denied = await addMember(secretariatOfA, bodyB.id, payload);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('FORBIDDEN');
    const membersOfB = await admin.request({ method: 'GET', url: `/api/bodies/${bodyB.id}/members` });
    expect(membersOfB.json()).toEqual([]);

    const memberOfB = (await addMember(admin, bodyB.id, payload)).json();
    const removal = await secretariatOfA.request({
      method: 'POST',
      url: `/api/bodies/${bodyB.id}/members/${memberOfB.id}/remove`,
      payload: { leftOn: '2025-12-31', reason: '越权操作' },
    });
    expect(removal.statusCode).toBe(403);
    // The record belongs to body B: naming it under body A finds nothing rather than acting on B.
    const crossed = await secretariatOfA.request({
      method: 'POST',
      url: `/api/bodies/${bodyA.id}/members/${memberOfB.id}/remove`,
      payload: { leftOn: '2025-12-31', reason: '越权操作' },
    });
    expect(crossed.statusCode).toBe(404);
  });
});
