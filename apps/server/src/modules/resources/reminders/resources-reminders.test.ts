/**
 * The resource survey's deadline, at the Asia/Shanghai day boundaries (工作计划 一(一): the 2026 round closes on
 * 30 June). A member unit that has not handed its answers in is reminded 7 days and 1 day before, once each; a
 * unit that submitted, and a unit outside the body, are not.
 */
import type { TInboxItem, TInboxPage } from '@chanjiao/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import { runDueJobs } from '../../../kernel/jobs/index.js';
import { createTestContext, type Session, type TestContext } from '../../../testing/test-app.js';
import { notificationJobs, sendDueReminders } from '../../notifications/index.js';
import { openRound } from '../survey/survey.service.js';
import { type Alliance, alliance } from '../testing/alliance.test-support.js';
import { surveyDeadlineReminders } from './resources-reminders.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';

const DELIVERY_JOBS = notificationJobs([]).filter((job) => !job.schedule);
const shanghai = (local: string) => new Date(`${local}+08:00`);
const TITLE = '“八市一区”职业教育资源调研';
/** Only the majors are asked, and the unit has none to report: answers that may be submitted as they are. */
const NOTHING_TO_REPORT = { majors: [], teachers: [], bases: [], partners: [], courses: [], noneToReport: ['majors'] };

describe('reminders of the resource survey’s deadline', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  let a: Alliance;
  let answersOf: (orgId: string) => string;

  const remind = async (local: string) => {
    const sent = await sendDueReminders(ctx.deps, [surveyDeadlineReminders], shanghai(local));
    await runDueJobs(ctx.deps, DELIVERY_JOBS, shanghai(local));
    return sent;
  };
  const inbox = async (session: Session): Promise<TInboxItem[]> =>
    ((await session.request({ method: 'GET', url: '/api/notifications?module=resources&pageSize=50' })).json() as TInboxPage).items;

  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => shanghai('2026-03-02T10:00:00') });
    a = await alliance(ctx);
    const round = await openRound(ctx.deps.database.db, SYSTEM_ACTOR, '2026-03-02', a.bodyId, {
      year: 2026,
      title: TITLE,
      deadline: '2026-06-30',
      sections: ['majors'],
    });
    answersOf = (orgId) => `/api/bodies/${a.bodyId}/resources/rounds/${round.id}/responses/${orgId}`;
    const saved = await a.caoyang.request({
      method: 'PUT',
      url: answersOf(a.caoyangId),
      payload: { content: NOTHING_TO_REPORT, version: 0 },
    });
    expect(saved.statusCode, saved.body).toBe(200);
  });
  afterAll(async () => ctx.close());

  it('reminds nobody at 23:59:59 on 22 June in Shanghai, 8 days before the last day', async () => {
    expect(await remind('2026-06-22T23:59:59')).toBe(0);
  });

  it('reminds each unit without submitted answers from 00:00 on 23 June, once, with where its answers stand', async () => {
    expect(await remind('2026-06-23T00:00:00')).toBe(2);
    expect(await remind('2026-06-23T07:00:00')).toBe(0);
    const [draft] = await inbox(a.caoyang);
    expect(draft).toMatchObject({
      title: `${TITLE}将于 2026-06-30 截止填报`,
      body: '距截止还有 7 天，沿沪宁产业创新带职业院校联盟尚未收到上海市曹杨职业技术学校的调研答卷（当前：填报中），请填报并提交。',
      link: expect.stringMatching(new RegExp(`^/resources/survey/[0-9a-f-]+/${a.caoyangId}\\?body=${a.bodyId}$`)),
    });
    expect((await inbox(a.pukou))[0]!.body).toContain('南京浦口中等专业学校的调研答卷（当前：未填报）');
    expect(await inbox(a.outsider)).toEqual([]);
    expect(await inbox(a.secretariat)).toEqual([]);
  });

  it('reminds again 1 day before only the unit that has still not submitted', async () => {
    const submitted = await a.caoyang.request({ method: 'POST', url: `${answersOf(a.caoyangId)}/submit`, payload: { version: 1 } });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(await remind('2026-06-29T00:00:00')).toBe(1);
    expect((await inbox(a.pukou)).map((item) => item.body.slice(0, 10))).toEqual(['距截止还有 1 天，', '距截止还有 7 天，']);
    expect(await inbox(a.caoyang)).toHaveLength(1);
  });

  it('sends nothing once the last day has passed: answers are no longer taken', async () => {
    expect(await remind('2026-07-01T07:00:00')).toBe(0);
  });
});

describe('the body’s own offsets for its survey', () => {
  let ctx: TestContext;
  let a: Alliance;

  beforeAll(async () => {
    ctx = await createTestContext();
    a = await alliance(ctx);
  });
  afterAll(async () => ctx.close());

  it('are set by the secretariat, not by a member unit', async () => {
    const url = `/api/bodies/${a.bodyId}/resources/reminder-rules`;
    const change = { offsetsDays: [14, 3], version: null };
    expect((await a.pukou.request({ method: 'PUT', url: `${url}/resources.survey_deadline`, payload: change })).statusCode).toBe(403);
    const changed = await a.secretariat.request({ method: 'PUT', url: `${url}/resources.survey_deadline`, payload: change });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await a.secretariat.request({ method: 'GET', url })).json().items).toEqual([
      expect.objectContaining({ source: 'resources.survey_deadline', offsetsDays: [14, 3], defaultOffsetsDays: [7, 1], isDefault: false }),
    ]);
  });
});
