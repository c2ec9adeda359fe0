import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { makeSelectionOrg } from '../applications/applications.test-support.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';

describe('calls and their indicator system through the API', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  let authority: Session;
  let authorityOrgId: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    const bureau = await makeSelectionOrg(ctx.deps, '连云港市教育局', 'education_authority', '320700');
    authorityOrgId = bureau.id;
    authority = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'authority_admin', scopeId: bureau.id }]));
  });
  afterAll(async () => ctx.close());

  async function createCall(extra: Record<string, unknown> = {}) {
    const response = await authority.request({
      method: 'POST',
      url: '/api/selection/calls',
      payload: {
        authorityOrgId,
        title: '2026年市级市域产教联合体遴选',
        documentNumber: '连教职函〔2026〕6号',
        deadline: '2026-05-28T23:59:59',
        ...extra,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  it('starts a call from 附件1 with its 28 observation points, and opens it only once every point has its scores', async () => {
    const call = await createCall();
    expect(call).toMatchObject({ status: 'draft', deadline: '2026-05-28T23:59:59', deadlineAt: '2026-05-28T15:59:59.000Z' });
    expect(call.limits).toMatchObject({ applicationsPerPark: 1, supportingMaterialPages: 100, mainServedIndustries: 2 });
    const system = (await authority.request({ method: 'GET', url: `/api/selection/indicator-systems/${call.indicatorSystem.id}` })).json();
    expect(system.points).toHaveLength(28);
    expect(system.points.map((p: { code: string }) => p.code).slice(0, 5)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1']);
    expect(system.points.at(-1)).toMatchObject({ code: '7', indicatorName: '其他', kind: 'deduction' });

    const early = await authority.request({
      method: 'POST',
      url: `/api/selection/calls/${call.id}/open`,
      payload: { version: call.version },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'INDICATOR_SYSTEM_INCOMPLETE', params: { count: 28 } });

    const points = system.points.map((p: { id: string; kind: string }) => ({
      id: p.id,
      maxScore: p.kind === 'deduction' ? 10 : 3.5,
      weight: p.kind === 'deduction' ? null : 1,
    }));
    const scored = await authority.request({
      method: 'PUT',
      url: `/api/selection/indicator-systems/${system.id}/points`,
      payload: { version: system.version, points },
    });
    expect(scored.statusCode, scored.body).toBe(200);
    expect(scored.json()).toMatchObject({ totalMaxScore: 94.5, maxDeduction: 10 });

    const opened = await authority.request({
      method: 'POST',
      url: `/api/selection/calls/${call.id}/open`,
      payload: { version: call.version },
    });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json().status).toBe('open');
    expect(opened.json().indicatorSystem.frozenAt).not.toBeNull();

    const frozen = await authority.request({
      method: 'PUT',
      url: `/api/selection/indicator-systems/${system.id}/points`,
      payload: { version: scored.json().version, points },
    });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().error.code).toBe('INDICATOR_SYSTEM_FROZEN');
    expect(frozen.json().error.message).toContain('新建一个版本');

    const limits = await authority.request({
      method: 'PATCH',
      url: `/api/selection/calls/${call.id}`,
      payload: { version: opened.json().version, limits: { applicationsPerPark: 2 } },
    });
    expect(limits.json().error.code).toBe('CALL_FROZEN');
    const moved = await authority.request({
      method: 'PATCH',
      url: `/api/selection/calls/${call.id}`,
      payload: { version: opened.json().version, deadline: '2026-06-05T17:00' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().deadline).toBe('2026-06-05T17:00:00');

    const next = await authority.request({
      method: 'POST',
      url: '/api/selection/indicator-systems',
      payload: { authorityOrgId, name: '任意', basedOnId: system.id },
    });
    expect(next.statusCode, next.body).toBe(201);
    expect(next.json()).toMatchObject({ name: system.name, versionNo: system.versionNo + 1, frozenAt: null, totalMaxScore: 94.5 });
  });

  it('shows the public the issued calls with their phase, never a draft', async () => {
    const draft = await createCall({ title: '尚未发布的遴选' });
    const list = await ctx.app.inject({ method: 'GET', url: '/api/public/selection/calls' });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.length).toBeGreaterThan(0);
    expect(list.json().items.every((c: { status: string; phase: string }) => c.status !== 'draft' && c.phase !== 'draft')).toBe(true);
    expect(list.json().items.map((c: { id: string }) => c.id)).not.toContain(draft.id);
    expect((await ctx.app.inject({ method: 'GET', url: `/api/public/selection/calls/${draft.id}` })).statusCode).toBe(404);
  });

  it('names the field of an impossible deadline and refuses another authority', async () => {
    const wrong = await authority.request({
      method: 'POST',
      url: '/api/selection/calls',
      payload: { authorityOrgId, title: '遴选', deadline: '2026-05-28 23:59' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0]).toMatchObject({ path: 'deadline' });
    expect(wrong.json().error.fields[0].message).toContain('截止时间');
    const impossible = await authority.request({
      method: 'POST',
      url: '/api/selection/calls',
      payload: { authorityOrgId, title: '遴选', deadline: '2026-02-30T17:00:00' },
    });
    expect(impossible.json().error.code).toBe('DEADLINE_INVALID');

    const call = await createCall();
    const other = await makeSelectionOrg(ctx.deps, '上海市教育委员会', 'education_authority', '310000');
    const stranger = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'authority_admin', scopeId: other.id }]));
    expect((await stranger.request({ method: 'GET', url: `/api/selection/calls/${call.id}` })).statusCode).toBe(403);
    const own = (await stranger.request({ method: 'GET', url: '/api/selection/calls' })).json();
    expect(own.total).toBe(0);
  });
});
