import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { movableClock } from '../../../kernel/time/clock.js';
import { createTestContext, type TestContext } from '../../../testing/test-app.js';
import { type Consortium, consortium } from '../testing/consortium.test-support.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';

// 连教职函〔2026〕6号 附件1 指标3.1 “制定联合体内参与企业清单，建立企业进出联合体管理制度”.
describe('the enterprise list’s entry and exit through the API', STEPS_IN_ORDER, () => {
  const clock = movableClock('2026-03-02T02:00:00Z');
  let ctx: TestContext;
  let c: Consortium;
  let url: string;

  beforeAll(async () => {
    ctx = await createTestContext({}, { clock });
    c = await consortium(ctx);
    url = `/api/bodies/${c.bodyId}/talent/enterprises`;
  });
  afterAll(async () => ctx.close());

  const mine = async () => (await c.enterprise.request({ method: 'GET', url })).json().items[0];

  it('takes an application, refuses a second one while it is open and lets the secretariat admit it', async () => {
    const applied = await c.enterprise.request({
      method: 'POST',
      url,
      payload: { orgId: c.enterpriseId, statement: '提供数控与化工操作岗位、实习岗位' },
    });
    expect(applied.statusCode, applied.body).toBe(201);
    const again = await c.enterprise.request({
      method: 'POST',
      url,
      payload: { orgId: c.enterpriseId, statement: '再次申请' },
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(again.json().error.code).toBe('TALENT_LIST_OPEN');
    expect(again.json().error.message).toBe(
      '“连云港测试石化有限公司”在“连云港测试石化产业市域产教联合体”的企业清单中当前为“申请加入”，不能重复申请',
    );
    const school = await c.college.request({ method: 'POST', url, payload: { orgId: c.collegeId, statement: '学校' } });
    expect(school.json().error.code).toBe('TALENT_NOT_ENTERPRISE');

    const entry = await mine();
    expect(entry).toMatchObject({
      status: 'applied',
      appliedOn: '2026-03-02',
      org: { name: '连云港测试石化有限公司' },
      region: { code: '320703', name: '江苏省连云港市连云区' },
    });
    const byItself = await c.enterprise.request({
      method: 'POST',
      url: `${url}/${entry.id}/decision`,
      payload: { action: 'admit', version: entry.version },
    });
    expect(byItself.statusCode).toBe(403);
    const future = await c.secretariat.request({
      method: 'POST',
      url: `${url}/${entry.id}/decision`,
      payload: { action: 'admit', stepOn: '2026-03-03', version: entry.version },
    });
    expect(future.json().error.code).toBe('TALENT_LIST_DATE_FUTURE');
    const early = await c.secretariat.request({
      method: 'POST',
      url: `${url}/${entry.id}/decision`,
      payload: { action: 'admit', stepOn: '2026-03-01', version: entry.version },
    });
    expect(early.json().error.code).toBe('TALENT_LIST_DATE_BEFORE');

    clock.advance(10 * 60_000);
    const admitted = await c.secretariat.request({
      method: 'POST',
      url: `${url}/${entry.id}/decision`,
      payload: { action: 'admit', version: entry.version },
    });
    expect(admitted.statusCode, admitted.body).toBe(200);
    const stale = await c.secretariat.request({
      method: 'POST',
      url: `${url}/${entry.id}/decision`,
      payload: { action: 'remove', reason: '测试', version: entry.version },
    });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect(await mine()).toMatchObject({ status: 'listed', listedOn: '2026-03-02', version: 2 });
  });

  it('lets the enterprise ask to leave with a reason and the secretariat approve, keeping who, when and why', async () => {
    const entry = await mine();
    const bare = await c.enterprise.request({
      method: 'POST',
      url: `${url}/${entry.id}/exit-request`,
      payload: { reason: ' ', version: entry.version },
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(bare.statusCode).toBe(400);
    const asked = await c.enterprise.request({
      method: 'POST',
      url: `${url}/${entry.id}/exit-request`,
      payload: { reason: '业务调整，不再招聘化工操作人员', version: entry.version },
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const approved = await c.secretariat.request({
      method: 'POST',
      url: `${url}/${entry.id}/decision`,
      payload: { action: 'approve_exit', version: entry.version + 1 },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const done = await mine();
    expect(done).toMatchObject({
      status: 'exited',
      listedOn: '2026-03-02',
      exitedOn: '2026-03-02',
      reason: '业务调整，不再招聘化工操作人员',
    });
    expect(
      done.history.map((h: { action: string; from: string | null; to: string; on: string }) => [h.action, h.from, h.to, h.on]),
    ).toEqual([
      ['apply', null, 'applied', '2026-03-02'],
      ['admit', 'applied', 'listed', '2026-03-02'],
      ['request_exit', 'listed', 'exit_requested', '2026-03-02'],
      ['approve_exit', 'exit_requested', 'exited', '2026-03-02'],
    ]);
    expect(done.history.every((h: { by: string | null }) => typeof h.by === 'string')).toBe(true);
  });

  it('takes a new application after the exit and requires a reason to refuse it; a school sees only the listed', async () => {
    const applied = await c.enterprise.request({ method: 'POST', url, payload: { orgId: c.enterpriseId, statement: '恢复合作' } });
    expect(applied.statusCode, applied.body).toBe(201);
    const entries = (await c.secretariat.request({ method: 'GET', url })).json().items;
    expect(entries.map((e: { status: string }) => e.status).sort()).toEqual(['applied', 'exited']);
    const open = entries.find((e: { status: string }) => e.status === 'applied');
    const bare = await c.secretariat.request({
      method: 'POST',
      url: `${url}/${open.id}/decision`,
      payload: { action: 'reject', version: open.version },
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(bare.json().error).toMatchObject({ code: 'TALENT_LIST_REASON', message: '不予准入须写明原因，请填写“原因”' });
    const rejected = await c.secretariat.request({
      method: 'POST',
      url: `${url}/${open.id}/decision`,
      payload: { action: 'reject', reason: '不属于本联合体产业链', version: open.version },
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect((await c.college.request({ method: 'GET', url })).json().items).toEqual([]);
  });
});
