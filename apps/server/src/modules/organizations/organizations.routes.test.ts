import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createTestUser, login, type TestContext } from '../../testing/test-app.js';

describe('organisations through the API', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  it('lets the platform administrator create an organisation and finds it by a Chinese word', async () => {
    const admin = await createTestUser(ctx.deps, [{ role: 'platform_admin' }]);
    const session = await login(ctx.app, admin);
    const created = await session.request({
      method: 'POST',
      url: '/api/organizations',
      payload: { name: '上海市曹杨职业技术学校', type: 'secondary_vocational', regionCode: '310107', uscc: '91350100M000100Y43' },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ regionName: '上海市普陀区', version: 1 });

    const found = await session.request({ method: 'GET', url: '/api/organizations?q=曹杨&region=310000' });
    expect(found.json().items.map((o: { name: string }) => o.name)).toContain('上海市曹杨职业技术学校');
  });

  it('refuses a code whose check character is wrong, naming the field in Chinese', async () => {
    const admin = await createTestUser(ctx.deps, [{ role: 'platform_admin' }]);
    const session = await login(ctx.app, admin);
    const response = await session.request({
      method: 'POST',
      url: '/api/organizations',
      payload: { name: '某企业', type: 'enterprise', regionCode: '320700', uscc: '91350100M000100Y44' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].message).toContain('统一社会信用代码');
  });
});

describe('editing organisations', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  async function newOrg(session: Awaited<ReturnType<typeof login>>, name: string) {
    const response = await session.request({
      method: 'POST',
      url: '/api/organizations',
      payload: { name, type: 'higher_vocational', regionCode: '320500' },
    });
    return response.json() as { id: string; version: number };
  }

  it('gives the second of two edits made from the same version a conflict instead of overwriting', async () => {
    const admin = await createTestUser(ctx.deps, [{ role: 'platform_admin' }]);
    const session = await login(ctx.app, admin);
    const org = await newOrg(session, '苏州工业职业技术学院');
    const first = session.request({
      method: 'PATCH',
      url: `/api/organizations/${org.id}`,
      payload: { version: org.version, address: '苏州市吴中区' },
    });
    const second = session.request({
      method: 'PATCH',
      url: `/api/organizations/${org.id}`,
      payload: { version: org.version, address: '苏州市相城区' },
    });
    const statuses = (await Promise.all([first, second])).map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 409]);
    const stored = await session.request({ method: 'GET', url: `/api/organizations/${org.id}` });
    expect(stored.json().version).toBe(2);
  });

  it('lets an organisation administrator edit their own organisation only', async () => {
    const admin = await createTestUser(ctx.deps, [{ role: 'platform_admin' }]);
    const adminSession = await login(ctx.app, admin);
    const own = await newOrg(adminSession, '常州机电职业技术学院');
    const other = await newOrg(adminSession, '常州信息职业技术学院');
    const orgAdmin = await createTestUser(ctx.deps, [{ role: 'org_admin', scopeId: own.id }], { totp: false });
    const session = await login(ctx.app, orgAdmin);
    const mine = await session.request({
      method: 'PATCH',
      url: `/api/organizations/${own.id}`,
      payload: { version: 1, website: 'https://example.edu.cn' },
    });
    expect(mine.statusCode).toBe(200);
    const theirs = await session.request({
      method: 'PATCH',
      url: `/api/organizations/${other.id}`,
      payload: { version: 1, website: 'https://example.edu.cn' },
    });
    expect(theirs.statusCode).toBe(403);
    const view = await session.request({ method: 'GET', url: `/api/organizations/${own.id}` });
    expect(view.json().abilities).toEqual({ update: true });
  });

  it('refuses a second organisation with the same code, naming the first', async () => {
    const admin = await createTestUser(ctx.deps, [{ role: 'platform_admin' }]);
    const session = await login(ctx.app, admin);
    const payload = { type: 'enterprise', regionCode: '320700', uscc: '91350100M000100Y43' };
    expect((await session.request({ method: 'POST', url: '/api/organizations', payload: { ...payload, name: '甲公司' } })).statusCode).toBe(
      201,
    );
    const duplicate = await session.request({ method: 'POST', url: '/api/organizations', payload: { ...payload, name: '乙公司' } });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.message).toContain('甲公司');
  });
});
