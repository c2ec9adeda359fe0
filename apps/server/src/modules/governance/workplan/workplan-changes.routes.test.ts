import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../kernel/audit/audit.table.js';
import { createTestContext, createTestUser, login, type TestContext } from '../../../testing/test-app.js';
import { makeAlliance } from '../testing/alliance.test-support.js';

/** 2026-06-10 in Shanghai. */
const NOW = new Date('2026-06-10T02:00:00Z');

const SURVEY = {
  year: 2026,
  section: '一、资源共享',
  title: '启动“八市一区”职业教育资源调研',
  windowText: '2026年1-6月',
  content: '摸清各校专业、师资与实训资源',
  expectedOutcome: '形成资源数据库',
  unitsText: '轮值主席单位 全体成员单位',
};

describe('the secretariat adds, edits and retires work-plan tasks, each a new version of the plan (附件3 二)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => NOW });
  });
  afterAll(async () => ctx.close());

  async function plan() {
    const { bodyId, founders } = await makeAlliance(ctx.deps);
    const secretariat = await login(
      ctx.app,
      await createTestUser(ctx.deps, [{ role: 'body_secretariat', scopeId: bodyId }], { totp: false }),
    );
    return { bodyId, founders, secretariat, url: `/api/bodies/${bodyId}/workplan` };
  }

  it('keeps every change in the plan’s history, with a retired task still listed but no longer counted', async () => {
    const { bodyId, secretariat, url } = await plan();
    const added = await secretariat.request({ method: 'POST', url: `${url}/tasks`, payload: SURVEY });
    expect(added.statusCode, added.body).toBe(201);
    const second = await secretariat.request({
      method: 'POST',
      url: `${url}/tasks`,
      payload: { ...SURVEY, title: '学生成长计划', windowText: '2026年7-8月' },
    });
    expect(second.statusCode, second.body).toBe(201);
    const taskUrl = `${url}/tasks/${added.json().id}`;

    const edited = await secretariat.request({
      method: 'PUT',
      url: taskUrl,
      payload: { ...SURVEY, year: undefined, windowText: '2026年1-9月', unitsText: '师资培养委员会 全体成员单位', version: 1 },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    let listed = (await secretariat.request({ method: 'GET', url: `${url}?year=2026` })).json();
    expect(listed.items[0]).toMatchObject({
      windowText: '2026年1-9月',
      endsOn: '2026-09-30',
      version: 2,
      units: [{ role: 'lead', kind: 'committee', name: '师资培养委员会' }, { kind: 'all_members' }],
    });
    expect(listed).toMatchObject({ planVersion: 3, abilities: { manage: true } });

    const stale = await secretariat.request({
      method: 'POST',
      url: `${taskUrl}/retire`,
      payload: { reason: '并入学生成长计划', version: 1 },
    });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const retired = await secretariat.request({
      method: 'POST',
      url: `${taskUrl}/retire`,
      payload: { reason: '并入学生成长计划', version: 2 },
    });
    expect(retired.statusCode, retired.body).toBe(200);

    listed = (await secretariat.request({ method: 'GET', url: `${url}?year=2026` })).json();
    expect(listed.items[0]).toMatchObject({
      title: SURVEY.title,
      retired: { on: '2026-06-10', reason: '并入学生成长计划' },
      abilities: { report: false, manage: false },
    });
    expect(listed.counts.total).toBe(1);
    expect(listed.planVersion).toBe(4);
    const attention = (await secretariat.request({ method: 'GET', url: `${url}?year=2026&view=attention` })).json();
    expect(attention.items).toEqual([]);

    const history = (await secretariat.request({ method: 'GET', url: `${url}/history?year=2026` })).json();
    expect(history.planVersion).toBe(4);
    expect(history.items.map((revision: { planVersion: number; change: string }) => [revision.planVersion, revision.change])).toEqual([
      [4, 'retire'],
      [3, 'edit'],
      [2, 'add'],
      [1, 'add'],
    ]);
    expect(history.items[0]).toMatchObject({ reason: '并入学生成长计划', fields: [], task: { title: SURVEY.title } });
    expect(history.items[1].fields).toEqual([
      { field: 'windowText', before: '2026年1-6月', after: '2026年1-9月' },
      { field: 'unitsText', before: '轮值主席单位 全体成员单位', after: '师资培养委员会 全体成员单位' },
    ]);

    const again = await secretariat.request({ method: 'PUT', url: taskUrl, payload: { ...SURVEY, year: undefined, version: 3 } });
    expect(again.json().error.code).toBe('WORKPLAN_TASK_RETIRED');
    const report = await secretariat.request({
      method: 'POST',
      url: `${taskUrl}/progress`,
      payload: { reportedOn: '2026-06-10', note: '已撤销的任务', progressPercent: 10, status: 'in_progress' },
    });
    expect(report.json().error.code).toBe('WORKPLAN_TASK_RETIRED');

    const entries = await ctx.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'workplan_task'), eq(auditLog.entityId, added.json().id)));
    expect(entries.map((entry) => entry.action).sort()).toEqual(['workplan.task.create', 'workplan.task.edit', 'workplan.task.retire']);
    expect(entries.find((entry) => entry.action === 'workplan.task.retire')!.details).toMatchObject({
      bodyId,
      planVersion: 4,
      reason: '并入学生成长计划',
    });
  });

  it('refuses a window it cannot read, a title the plan already has, and an edit made on a version someone changed', async () => {
    const { secretariat, url } = await plan();
    const added = (await secretariat.request({ method: 'POST', url: `${url}/tasks`, payload: SURVEY })).json();
    await secretariat.request({ method: 'POST', url: `${url}/tasks`, payload: { ...SURVEY, title: '学生成长计划' } });
    const taskUrl = `${url}/tasks/${added.id}`;
    const unreadable = await secretariat.request({
      method: 'PUT',
      url: taskUrl,
      payload: { ...SURVEY, year: undefined, windowText: '全年', version: 1 },
    });
    expect(unreadable.statusCode).toBe(400);
    expect(unreadable.json().error.fields[0].path).toBe('windowText');
    const duplicate = await secretariat.request({
      method: 'PUT',
      url: taskUrl,
      payload: { ...SURVEY, year: undefined, title: '学生成长计划', version: 1 },
    });
    expect(duplicate.json().error.code).toBe('DUPLICATE_SUBMISSION');
    await secretariat.request({ method: 'PUT', url: taskUrl, payload: { ...SURVEY, year: undefined, content: '摸清资源', version: 1 } });
    const lost = await secretariat.request({
      method: 'PUT',
      url: taskUrl,
      payload: { ...SURVEY, year: undefined, content: '另一人的修改', version: 1 },
    });
    expect(lost.json().error.code).toBe('VERSION_CONFLICT');
    const unchanged = await secretariat.request({
      method: 'PUT',
      url: taskUrl,
      payload: { ...SURVEY, year: undefined, content: '摸清资源', version: 2 },
    });
    expect(unchanged.statusCode).toBe(200);
    expect((await secretariat.request({ method: 'GET', url: `${url}/history?year=2026` })).json().planVersion).toBe(3);
  });

  it('lets only the body’s own secretariat change its plan', async () => {
    const { founders, secretariat, url } = await plan();
    const added = (await secretariat.request({ method: 'POST', url: `${url}/tasks`, payload: SURVEY })).json();
    const other = await plan();
    const taskUrl = `${url}/tasks/${added.id}`;
    const member = await login(
      ctx.app,
      await createTestUser(ctx.deps, [{ role: 'member_representative', scopeId: founders.caoyang!.id }], { totp: false }),
    );
    for (const session of [other.secretariat, member]) {
      expect(
        (await session.request({ method: 'POST', url: `${url}/tasks`, payload: { ...SURVEY, title: '外单位的任务' } })).statusCode,
      ).toBe(403);
      expect((await session.request({ method: 'PUT', url: taskUrl, payload: { ...SURVEY, year: undefined, version: 1 } })).statusCode).toBe(
        403,
      );
      expect(
        (await session.request({ method: 'POST', url: `${taskUrl}/retire`, payload: { reason: '越权撤销', version: 1 } })).statusCode,
      ).toBe(403);
    }
    const seen = (await member.request({ method: 'GET', url: `${url}?year=2026` })).json();
    expect(seen.abilities.manage).toBe(false);
    expect(seen.items[0].abilities.manage).toBe(false);
  });
});
