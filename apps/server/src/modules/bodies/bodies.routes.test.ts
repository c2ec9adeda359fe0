import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../testing/test-app.js';
import { makeBody, makeOrg } from './bodies.test-support.js';

describe('the body register through the API', () => {
  let ctx: TestContext;
  let admin: Session;
  beforeAll(async () => {
    ctx = await createTestContext();
    admin = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'platform_admin' }]));
  });
  afterAll(async () => ctx.close());

  it('creates a body with its secretariat and finds it by a Chinese word, kind and region', async () => {
    const caoyang = await makeOrg(ctx.deps, '上海市曹杨职业技术学校');
    const created = await admin.request({
      method: 'POST',
      url: '/api/bodies',
      payload: {
        name: '沿沪宁产业创新带职业院校联盟',
        shortName: '沿沪宁职教联盟',
        kind: 'alliance',
        regionCode: '310107',
        secretariatOrgId: caoyang.id,
        foundedOn: '2025-11-28',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      kind: 'alliance',
      regionName: '上海市普陀区',
      secretariatOrg: { id: caoyang.id, name: caoyang.name },
      memberCount: 0,
      version: 1,
    });
    await makeBody(ctx.deps, '连云港市现代农业产教联合体', 'consortium');

    const byWord = await admin.request({ method: 'GET', url: `/api/bodies?q=${encodeURIComponent('创新带')}` });
    expect(byWord.json().items.map((b: { name: string }) => b.name)).toEqual(['沿沪宁产业创新带职业院校联盟']);
    const byKind = await admin.request({ method: 'GET', url: '/api/bodies?kind=consortium' });
    expect(byKind.json().items.every((b: { kind: string }) => b.kind === 'consortium')).toBe(true);
    expect(byKind.json().total).toBeGreaterThan(0);
    const byCity = await admin.request({ method: 'GET', url: '/api/bodies?region=310000' });
    expect(byCity.json().items.map((b: { name: string }) => b.name)).toContain('沿沪宁产业创新带职业院校联盟');
  });

  it('lists bodies in pinyin order of their names, not by code point (上 U+4E0A, 北 U+5317, 重 U+91CD, 长 U+957F)', async () => {
    for (const city of ['上海', '北京', '重庆', '长沙']) await makeBody(ctx.deps, `${city}排序示例职教联盟`);
    const listed = await admin.request({ method: 'GET', url: `/api/bodies?q=${encodeURIComponent('排序示例')}` });
    const cities = listed.json().items.map((b: { name: string }) => b.name.slice(0, 2));
    expect(cities).toEqual(['北京', '长沙', '重庆', '上海']);
  });

  it('refuses a second body with the same name, saying which name', async () => {
    const payload = { name: '普陀区职业教育联盟', kind: 'district_alliance' };
    expect((await admin.request({ method: 'POST', url: '/api/bodies', payload })).statusCode).toBe(201);
    const again = await admin.request({ method: 'POST', url: '/api/bodies', payload });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'BODY_NAME_TAKEN' });
    expect(again.json().error.message).toContain('普陀区职业教育联盟');
  });

  it('names an unknown secretariat organisation as the field to correct', async () => {
    const response = await admin.request({
      method: 'POST',
      url: '/api/bodies',
      payload: { name: '某行业产教融合共同体', kind: 'community', secretariatOrgId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0]).toMatchObject({ path: 'secretariatOrgId' });
    expect(response.json().error.fields[0].message).toContain('秘书处所在单位');
  });

  it('lets the secretariat edit with the current version and refuses a stale one', async () => {
    const body = await makeBody(ctx.deps, '长三角职教联盟');
    const secretariat = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'body_secretariat', scopeId: body.id }]));
    const first = await secretariat.request({
      method: 'PATCH',
      url: `/api/bodies/${body.id}`,
      payload: { description: '第一次修改', version: 1 },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ description: '第一次修改', version: 2 });

    const stale = await secretariat.request({
      method: 'PATCH',
      url: `/api/bodies/${body.id}`,
      payload: { description: '基于旧版本的修改', version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'VERSION_CONFLICT', params: { current: 2 } });
    const detail = await secretariat.request({ method: 'GET', url: `/api/bodies/${body.id}` });
    expect(detail.json()).toMatchObject({
      description: '第一次修改',
      abilities: { update: true, manageMembers: true, manageLiaisons: true, unmask: true },
    });
  });

  it('lets a secretariat edit only its own body and shows others as read-only', async () => {
    const own = await makeBody(ctx.deps, '甲联盟');
    const other = await makeBody(ctx.deps, '乙联盟');
    const secretariat = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'body_secretariat', scopeId: own.id }]));
    const denied = await secretariat.request({
      method: 'PATCH',
      url: `/api/bodies/${other.id}`,
      payload: { description: '越权修改', version: 1 },
    });
    expect(denied.statusCode).toBe(403);
    const detail = await secretariat.request({ method: 'GET', url: `/api/bodies/${other.id}` });
    expect(detail.json().abilities).toEqual({ update: false, manageMembers: false, manageLiaisons: false, unmask: false });
  });
});
