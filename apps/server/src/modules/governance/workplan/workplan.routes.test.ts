import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import { WORKPLAN_2026 } from '../../../demo/dataset/workplan-2026.js';
import { createTestContext, createTestUser, login, type TestContext } from '../../../testing/test-app.js';
import { multipartFile } from '../../../testing/xlsx-upload.js';
import { buildZip, deflatedEntry } from '../../../testing/zip-builder.js';
import { planChairSchedule } from '../chair/chair.service.js';
import { appoint, createOffice } from '../offices/offices.service.js';
import { makeAlliance } from '../testing/alliance.test-support.js';
import { createTask } from './workplan-changes.service.js';

/** 2026-06-10 in Shanghai: tasks of 1–6月 close within 30 days. */
let now = new Date('2026-06-10T02:00:00Z');
const PDF = Buffer.from('%PDF-1.4\n% 研讨会签到表\n%%EOF\n');

describe('the 2026 work plan through the API (附件3 二)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => now });
  });
  afterAll(async () => ctx.close());

  async function alliancePlan() {
    const { bodyId, founders } = await makeAlliance(ctx.deps);
    const db = ctx.deps.database.db;
    for (const [index, task] of WORKPLAN_2026.entries()) {
      const { bodyName: _body, sourceNote, ...input } = task;
      await createTask(db, SYSTEM_ACTOR, bodyId, input, { sourceNote, sortOrder: index });
    }
    await planChairSchedule(db, SYSTEM_ACTOR, bodyId, { firstYear: 2026, years: 3, firstOrgId: founders.caoyang!.id });
    return { bodyId, founders, url: `/api/bodies/${bodyId}/workplan` };
  }

  // The clock moves in these tests, so the users (none an administrator) sign in without a second factor.
  const as = async (role: 'body_secretariat' | 'member_representative' | 'liaison', scopeId: string) =>
    login(ctx.app, await createTestUser(ctx.deps, [{ role, scopeId }], { totp: false }));

  it('loads every task of 附件3 with its window and units, and tells late from due', async () => {
    now = new Date('2026-06-10T02:00:00Z');
    const { bodyId, url } = await alliancePlan();
    const secretariat = await as('body_secretariat', bodyId);
    const plan = (await secretariat.request({ method: 'GET', url: `${url}?year=2026` })).json();
    expect(plan.items.map((task: { title: string }) => task.title)).toEqual(WORKPLAN_2026.map((task) => task.title));
    expect(plan.items.map((task: { timing: string }) => task.timing)).toEqual(['due', 'due', 'in_window', 'not_started']);
    expect(plan.items[2]).toMatchObject({ startsOn: '2026-06-01', endsOn: '2026-12-31', daysLeft: 204 });
    expect(plan.items[2].units.map((unit: { name: string; role: string }) => `${unit.role}:${unit.name}`)).toEqual([
      'lead:师资培养委员会',
      'responsible:校企合作委员会',
      'responsible:全体成员单位',
    ]);
    expect(plan.items[0].units[0]).toMatchObject({ kind: 'chair_unit', resolved: expect.stringContaining('上海市曹杨职业技术学校') });
    expect(plan.counts).toEqual({ late: 0, due: 2, done: 0, total: 4 });

    now = new Date('2026-07-02T02:00:00Z');
    const later = await as('body_secretariat', bodyId);
    const attention = (await later.request({ method: 'GET', url: `${url}?year=2026&view=attention` })).json();
    expect(attention.items.map((task: { timing: string; daysLeft: number }) => [task.timing, task.daysLeft])).toEqual([
      ['late', -2],
      ['late', -2],
    ]);
  });

  it('shows the chair unit its own tasks, and lets it report progress with evidence that others can download', async () => {
    now = new Date('2026-06-10T02:00:00Z');
    const { founders, url } = await alliancePlan();
    const caoyang = await as('liaison', founders.caoyang!.id);
    const pukou = await as('member_representative', founders.pukou!.id);
    const mine = (await caoyang.request({ method: 'GET', url: `${url}?year=2026&view=mine` })).json();
    expect(mine.items.map((task: { title: string }) => task.title)).toEqual(['启动“八市一区”职业教育资源调研', '推动专项工作委员会运作']);
    expect((await pukou.request({ method: 'GET', url: `${url}?year=2026&view=mine` })).json().items).toEqual([]);

    const upload = multipartFile(PDF, '调研报告.pdf', { contentType: 'application/pdf' });
    const uploaded = await caoyang.request({ method: 'POST', url: `${url}/evidence`, payload: upload.payload, headers: upload.headers });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const task = mine.items[0];
    const reported = await caoyang.request({
      method: 'POST',
      url: `${url}/tasks/${task.id}/progress`,
      payload: {
        orgId: founders.caoyang!.id,
        reportedOn: '2026-06-09',
        note: '已完成九校资源调研，数据库上线',
        progressPercent: 100,
        status: 'done',
        evidenceIds: [uploaded.json().id],
      },
    });
    expect(reported.statusCode, reported.body).toBe(200);
    expect(reported.json().items[0]).toMatchObject({
      status: 'done',
      org: { id: founders.caoyang!.id },
      evidence: [{ filename: '调研报告.pdf', size: PDF.length }],
    });

    const download = await pukou.request({ method: 'GET', url: `${url}/evidence/${uploaded.json().id}` });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    const plan = (await pukou.request({ method: 'GET', url: `${url}?year=2026` })).json();
    expect(plan.items[0]).toMatchObject({ done: true, progressPercent: 100, timing: 'done', lastReportedOn: '2026-06-09' });

    const reused = await caoyang.request({
      method: 'POST',
      url: `${url}/tasks/${mine.items[1].id}/progress`,
      payload: {
        orgId: founders.caoyang!.id,
        reportedOn: '2026-06-09',
        note: '同一份材料',
        progressPercent: 50,
        status: 'in_progress',
        evidenceIds: [uploaded.json().id],
      },
    });
    expect(reused.json().error.code).toBe('WORKPLAN_EVIDENCE_UNKNOWN');
  });

  it('refuses progress from a unit that does not answer for the task, and files that are not documents', async () => {
    now = new Date('2026-06-10T02:00:00Z');
    const { founders, url } = await alliancePlan();
    const pukou = await as('member_representative', founders.pukou!.id);
    const tasks = (await pukou.request({ method: 'GET', url: `${url}?year=2026` })).json().items;
    // 全体成员单位 share every task of the plan, so 浦口 may report on the survey …
    const own = await pukou.request({
      method: 'POST',
      url: `${url}/tasks/${tasks[0].id}/progress`,
      payload: {
        orgId: founders.pukou!.id,
        reportedOn: '2026-06-09',
        note: '已提交本校资源数据',
        progressPercent: 40,
        status: 'in_progress',
      },
    });
    expect(own.statusCode, own.body).toBe(200);
    // … but not for another unit, nor without saying which unit reports.
    const foreign = await pukou.request({
      method: 'POST',
      url: `${url}/tasks/${tasks[0].id}/progress`,
      payload: { orgId: founders.caoyang!.id, reportedOn: '2026-06-09', note: '代报', progressPercent: 40, status: 'in_progress' },
    });
    expect(foreign.statusCode).toBe(403);
    const anonymous = await pukou.request({
      method: 'POST',
      url: `${url}/tasks/${tasks[0].id}/progress`,
      payload: { reportedOn: '2026-06-09', note: '未写单位', progressPercent: 40, status: 'in_progress' },
    });
    expect(anonymous.statusCode).toBe(403);

    const script = multipartFile(Buffer.from('#!/bin/sh\necho hi\n'), '进展.pdf', { contentType: 'application/pdf' });
    const refused = await pukou.request({ method: 'POST', url: `${url}/evidence`, payload: script.payload, headers: script.headers });
    expect(refused.statusCode).toBe(415);
    expect(refused.json().error.message).toContain('进展.pdf');
    const renamedZip = multipartFile(buildZip([deflatedEntry('notes.txt', '不是 Word 文档')]), '进展.docx');
    const notWord = await pukou.request({
      method: 'POST',
      url: `${url}/evidence`,
      payload: renamedZip.payload,
      headers: renamedZip.headers,
    });
    expect(notWord.statusCode).toBe(415);
  });

  it('shows a committee its own tasks through the posts its units hold, and the secretariat what is late', async () => {
    now = new Date('2026-07-02T02:00:00Z');
    const { bodyId, founders, url } = await alliancePlan();
    const db = ctx.deps.database.db;
    const committee = await createOffice(db, SYSTEM_ACTOR, bodyId, { kind: 'standing_committee', name: '校企合作委员会' });
    await appoint(
      db,
      SYSTEM_ACTOR,
      bodyId,
      committee.id,
      { post: 'director', holderName: '周主任', holderOrgId: founders.nantong!.id, startOn: '2026-03-01', appointedBy: '一届二次会议决议' },
      '2026-07-02',
    );
    const nantong = await as('liaison', founders.nantong!.id);
    const mine = (await nantong.request({ method: 'GET', url: `${url}?year=2026&view=mine` })).json();
    expect(mine.items.map((task: { title: string }) => task.title)).toEqual(['师资队伍建设', '学生成长计划']);

    const secretariat = await as('body_secretariat', bodyId);
    const items = (await secretariat.request({ method: 'GET', url: '/api/dashboard' })).json().items;
    const attention = items.find((item: { key: string }) => item.key === `governance.workplan_attention:${bodyId}`);
    expect(attention).toMatchObject({ severity: 'danger', count: 2, link: `/governance/workplan?body=${bodyId}` });
    expect(attention.description).toContain('逾期 2 项');
  });
});
