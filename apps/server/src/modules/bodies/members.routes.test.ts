import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../testing/test-app.js';
import { join, makeBody, makeOrg } from './bodies.test-support.js';

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
      org: { id: school.id, name: school.name, type: 'higher_vocational', regionName: '江苏省常州市' },
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
    const members = await admin.request({ method: 'GET', url: `/api/bodies/${body.id}/members?status=all` });
    expect(members.json().total).toBe(1);
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
    expect(early.json().error).toMatchObject({
      code: 'MEMBER_LEFT_BEFORE_JOINED',
      params: { leftOn: '2024-02-28', joinedOn: '2024-03-01' },
    });

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
    expect(current.json().items.map((m: { joinedOn: string }) => m.joinedOn)).toEqual(['2026-01-10']);
    const all = await admin.request({ method: 'GET', url: `/api/bodies/${body.id}/members?status=all` });
    expect(all.json().items.map((m: { joinedOn: string; leftOn: string | null }) => [m.joinedOn, m.leftOn])).toEqual([
      ['2026-01-10', null],
      ['2024-03-01', '2025-04-30'],
    ]);

    const memberships = await admin.request({ method: 'GET', url: `/api/organizations/${org.id}/memberships` });
    expect(memberships.json()).toEqual([
      { bodyId: body.id, bodyName: body.name, kind: 'alliance', memberRole: 'member', joinedOn: '2026-01-10', leftOn: null },
      { bodyId: body.id, bodyName: body.name, kind: 'alliance', memberRole: 'member', joinedOn: '2024-03-01', leftOn: '2025-04-30' },
    ]);
  });

  it('pages the roster in joining order with the total, finds units by name, and lists former members apart', async () => {
    const body = await makeBody(ctx.deps, '分页联盟');
    const names = [
      '常州刘国钧高等职业技术学校',
      '无锡机电高等职业技术学校',
      '苏州工业园区工业技术学校',
      '南京浦口中等专业学校',
      '镇江高等职业技术学校',
    ];
    const memberships = [];
    for (const [index, name] of names.entries()) {
      const org = await makeOrg(ctx.deps, name);
      memberships.push(await join(ctx.deps, body.id, org.id, `2025-0${index + 1}-01`));
    }
    await admin.request({
      method: 'POST',
      url: `/api/bodies/${body.id}/members/${memberships[1]!.id}/remove`,
      payload: { leftOn: '2026-01-31', reason: '书面申请退出' },
    });
    const list = async (query: string) => {
      const response = await admin.request({ method: 'GET', url: `/api/bodies/${body.id}/members?${query}` });
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as { items: { org: { name: string }; joinedOn: string }[]; total: number; page: number; pageSize: number };
    };

    const first = await list('pageSize=3');
    expect(first).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(first.items.map((m) => m.joinedOn)).toEqual(['2025-01-01', '2025-03-01', '2025-04-01']);
    const second = await list('pageSize=3&page=2');
    expect(second.items.map((m) => m.joinedOn)).toEqual(['2025-05-01']);
    expect((await list('pageSize=3&page=3')).items).toEqual([]);

    const found = await list('q=浦口');
    expect(found.total).toBe(1);
    expect(found.items[0]!.org.name).toContain('南京浦口中等专业学校');
    // A search text is matched as typed: % is a character, not "anything".
    expect((await list('q=%25')).total).toBe(0);

    const former = await list('status=former');
    expect(former.total).toBe(1);
    expect(former.items[0]!.org.name).toContain('无锡机电高等职业技术学校');
    expect((await list('status=all&pageSize=5')).items.map((m) => m.joinedOn)).toEqual([
      '2025-01-01',
      '2025-03-01',
      '2025-04-01',
      '2025-05-01',
      '2025-02-01',
    ]);
  });

  it('refuses a page size above 200, naming the field in Chinese and in English', async () => {
    const body = await makeBody(ctx.deps, '上限联盟');
    const url = `/api/bodies/${body.id}/members?pageSize=500`;
    const chinese = await admin.request({ method: 'GET', url, headers: { 'accept-language': 'zh-CN' } });
    expect(chinese.statusCode).toBe(400);
    expect(chinese.json().error.code).toBe('VALIDATION_FAILED');
    expect(chinese.json().error.fields[0]).toMatchObject({ path: 'pageSize' });
    expect(chinese.json().error.fields[0].message).toContain('每页条数');
    expect(chinese.json().error.fields[0].message).toContain('200');
    const english = await admin.request({ method: 'GET', url, headers: { 'accept-language': 'en-US' } });
    expect(english.json().error.fields[0].message).toContain('Page size');
    expect(english.json().error.fields[0].message).toContain('200');
    const pageZero = await admin.request({ method: 'GET', url: `/api/bodies/${body.id}/members?page=0` });
    expect(pageZero.json().error.fields[0]).toMatchObject({ path: 'page' });
  });

  it('offers every current member unit, id and name only, to pickers', async () => {
    const body = await makeBody(ctx.deps, '选择联盟');
    const staying = await makeOrg(ctx.deps, '上海市南湖职业学校');
    const leaving = await makeOrg(ctx.deps, '上海市医药学校');
    await join(ctx.deps, body.id, staying.id);
    const left = await join(ctx.deps, body.id, leaving.id);
    await admin.request({
      method: 'POST',
      url: `/api/bodies/${body.id}/members/${left.id}/remove`,
      payload: { leftOn: '2026-01-31', reason: '书面申请退出' },
    });
    const units = await admin.request({ method: 'GET', url: `/api/bodies/${body.id}/member-units` });
    expect(units.statusCode, units.body).toBe(200);
    expect(units.json()).toEqual([{ id: staying.id, name: staying.name }]);

    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await admin.request({ method: 'GET', url: `/api/bodies/${unknown}/member-units` })).statusCode).toBe(404);
    expect((await admin.request({ method: 'GET', url: `/api/bodies/${unknown}/members` })).statusCode).toBe(404);
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
    expect(membersOfB.json()).toMatchObject({ items: [], total: 0 });

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
