import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { movableClock } from '../../../kernel/time/clock.js';
import { createTestContext, type TestContext } from '../../../testing/test-app.js';
import { type Consortium, consortium } from '../testing/consortium.test-support.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';

// 连教职函〔2026〕6号 附件1 指标3.2 “建立联合体内企业岗位清单动态调整机制”: positions of the listed enterprises, every adjustment kept.
describe('the job list through the API', STEPS_IN_ORDER, () => {
  const clock = movableClock('2026-03-02T02:00:00Z');
  let ctx: TestContext;
  let c: Consortium;
  let jobs: string;

  beforeAll(async () => {
    ctx = await createTestContext({}, { clock });
    c = await consortium(ctx);
    jobs = `/api/bodies/${c.bodyId}/talent/jobs`;
  });
  afterAll(async () => ctx.close());

  const job = (overrides: object = {}) => ({
    orgId: c.enterpriseId,
    position: '数控机床操作工',
    occupation: '数控车工',
    occupationCode: '6-18-01-01',
    majorCodes: ['460103', '460301'],
    educationLevel: 'higher_associate',
    headcount: 12,
    ...overrides,
  });

  it('takes positions only from an enterprise the secretariat admitted to the enterprise list', async () => {
    const early = await c.enterprise.request({ method: 'POST', url: jobs, payload: job(), headers: { 'accept-language': 'zh-CN' } });
    expect(early.json().error.code).toBe('TALENT_JOB_NOT_LISTED');
    const enterprises = `/api/bodies/${c.bodyId}/talent/enterprises`;
    await c.enterprise.request({ method: 'POST', url: enterprises, payload: { orgId: c.enterpriseId, statement: '提供岗位' } });
    const [entry] = (await c.secretariat.request({ method: 'GET', url: enterprises })).json().items;
    await c.secretariat.request({
      method: 'POST',
      url: `${enterprises}/${entry.id}/decision`,
      payload: { action: 'admit', version: entry.version },
    });

    const created = await c.enterprise.request({ method: 'POST', url: jobs, payload: job() });
    expect(created.statusCode, created.body).toBe(201);
    const level = await c.enterprise.request({ method: 'POST', url: jobs, payload: job({ majorCodes: ['660103'] }) });
    expect(level.json().error.code).toBe('TALENT_MAJOR_LEVEL');
    const forSchool = await c.enterprise.request({ method: 'POST', url: jobs, payload: job({ orgId: c.collegeId }) });
    expect(forSchool.statusCode).toBe(403);
  });

  it('shows a draft to its enterprise only until it is published', async () => {
    expect((await c.college.request({ method: 'GET', url: jobs })).json().items).toEqual([]);
    const [draft] = (await c.enterprise.request({ method: 'GET', url: jobs })).json().items;
    expect(draft).toMatchObject({ status: 'draft', history: [{ action: 'create', to: 'draft' }] });
    const published = await c.enterprise.request({
      method: 'POST',
      url: `${jobs}/${draft.id}/status`,
      payload: { action: 'publish', version: draft.version },
    });
    expect(published.statusCode, published.body).toBe(200);
  });

  it('keeps every adjustment with what changed, who changed it and why; a school reads the list', async () => {
    const [listed] = (await c.college.request({ method: 'GET', url: jobs })).json().items;
    expect(listed).toMatchObject({
      position: '数控机床操作工',
      headcount: 12,
      majors: [{ code: '460103', name: '数控技术' }, { code: '460301' }],
      status: 'published',
      version: 2,
    });
    const { orgId: _, ...rest } = job();
    const same = await c.enterprise.request({
      method: 'PUT',
      url: `${jobs}/${listed.id}`,
      payload: { ...rest, reason: '无变化', version: 2 },
    });
    expect(same.json().error.code).toBe('TALENT_JOB_UNCHANGED');
    const noReason = await c.enterprise.request({
      method: 'PUT',
      url: `${jobs}/${listed.id}`,
      payload: { ...rest, headcount: 15, version: 2 },
    });
    expect(noReason.statusCode).toBe(400);

    clock.advance(10 * 60_000);
    const adjusted = await c.enterprise.request({
      method: 'PUT',
      url: `${jobs}/${listed.id}`,
      payload: { ...rest, headcount: 15, majorCodes: ['460103'], reason: '新增两条生产线', version: 2 },
    });
    expect(adjusted.statusCode, adjusted.body).toBe(200);
    const stale = await c.enterprise.request({
      method: 'PUT',
      url: `${jobs}/${listed.id}`,
      payload: { ...rest, headcount: 20, reason: '再调整', version: 2 },
    });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');

    const [after] = (await c.college.request({ method: 'GET', url: jobs })).json().items;
    expect(after).toMatchObject({ headcount: 15, version: 3, updatedAt: '2026-03-02T02:10:00.000Z' });
    expect(after.adjustments[1]).toMatchObject({
      kind: 'adjust',
      reason: '新增两条生产线',
      at: '2026-03-02T02:10:00.000Z',
      changes: [
        { field: 'majorCodes', before: '460103、460301', after: '460103' },
        { field: 'headcount', before: '12', after: '15' },
      ],
    });
    expect(after.adjustments[0]).toMatchObject({ kind: 'create', at: '2026-03-02T02:00:00.000Z' });
  });

  it('withdraws a published position only with a reason, and then no longer adjusts it', async () => {
    const [posted] = (await c.enterprise.request({ method: 'GET', url: jobs })).json().items;
    const bare = await c.enterprise.request({
      method: 'POST',
      url: `${jobs}/${posted.id}/status`,
      payload: { action: 'withdraw', version: posted.version },
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(bare.json().error).toMatchObject({ code: 'TALENT_ENTRY_WITHDRAW_REASON', message: '撤回“数控机床操作工”须写明原因' });
    const withdrawn = await c.enterprise.request({
      method: 'POST',
      url: `${jobs}/${posted.id}/status`,
      payload: { action: 'withdraw', reason: '岗位已招满', version: posted.version },
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const { orgId: _, ...rest } = job();
    const late = await c.enterprise.request({
      method: 'PUT',
      url: `${jobs}/${posted.id}`,
      payload: { ...rest, headcount: 1, reason: '补招', version: posted.version + 1 },
    });
    expect(late.json().error.code).toBe('TALENT_JOB_ENDED');
    const [after] = (await c.college.request({ method: 'GET', url: jobs })).json().items;
    expect(after.history.map((h: { action: string; to: string; reason: string | null }) => [h.action, h.to, h.reason])).toEqual([
      ['create', 'draft', null],
      ['publish', 'published', null],
      ['withdraw', 'withdrawn', '岗位已招满'],
    ]);
  });
});
