/**
 * Scores due, at the Asia/Shanghai day boundaries: the call's authority sets the last day of scoring in its review
 * settings (2027-01-15, not before the call closes); an expert with assigned applications not yet scored is reminded 7 days before from 00:00
 * on 8 January in Shanghai and 1 day before, once each, with how many are left; an expert who has submitted
 * every review is not.
 */
import type { TInboxItem, TInboxPage, TReviewBoard } from '@chanjiao/contracts';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '../../../kernel/jobs/index.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { notificationJobs, sendDueReminders } from '../../notifications/index.js';
import { makeOpenCall, makeSelectionOrg } from '../applications/applications.test-support.js';
import { makeExpert, submittedApplication } from '../reviews/review.test-support.js';
import { reviews } from '../reviews/reviews.table.js';
import { scoresDueReminders } from './selection-reminders.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';

const DELIVERY_JOBS = notificationJobs([]).filter((job) => !job.schedule);
const shanghai = (local: string) => new Date(`${local}+08:00`);

describe('reminders of scores due', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  let authority: Session;
  let callId: string;
  let callTitle: string;
  const experts: { id: string; session: Session }[] = [];
  const applicationIds: string[] = [];

  const remind = async (local: string) => {
    const sent = await sendDueReminders(ctx.deps, [scoresDueReminders], shanghai(local));
    await runDueJobs(ctx.deps, DELIVERY_JOBS, shanghai(local));
    return sent;
  };
  const inbox = async (expert: number): Promise<TInboxItem[]> =>
    ((await experts[expert]!.session.request({ method: 'GET', url: '/api/notifications?pageSize=50' })).json() as TInboxPage).items.filter(
      (item) => item.kind === 'selection.scores_due',
    );
  /** As the score sheet leaves a review its expert submitted. */
  const submitReview = (expert: number, application: number) =>
    ctx.deps.database.db
      .update(reviews)
      .set({ status: 'submitted', submittedAt: shanghai('2027-01-05T10:00:00') })
      .where(and(eq(reviews.expertId, experts[expert]!.id), eq(reviews.applicationId, applicationIds[application]!)));

  beforeAll(async () => {
    ctx = await createTestContext();
    const bureau = await makeSelectionOrg(ctx.deps, '连云港市教育局', 'education_authority', '320700');
    const school = await makeSelectionOrg(ctx.deps, '连云港职业技术学院', 'higher_vocational');
    authority = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'authority_admin', scopeId: bureau.id }], { totp: false }));
    const call = await makeOpenCall(ctx.deps, bureau.id);
    callId = call.id;
    callTitle = call.title;
    for (const [name, park, units] of [
      [
        '石化产业联合体',
        '连云港石化产业基地',
        { school: '连云港职业技术学院', enterprise: '盛虹炼化（连云港）有限公司', other: '连云港市化工研究所' },
      ],
      [
        '医药产业联合体',
        '连云港经济技术开发区',
        { school: '江苏财会职业学院', enterprise: '恒瑞医药股份有限公司', other: '连云港市药检所' },
      ],
    ] as const) {
      applicationIds.push((await submittedApplication(ctx.deps, callId, school.id, name, park, units)).id);
    }
    for (let i = 0; i < 3; i += 1) {
      const user = await makeExpert(ctx.deps);
      experts.push({ id: user.id, session: await login(ctx.app, user) });
      await authority.request({ method: 'PUT', url: `/api/selection/experts/${user.id}/pool`, payload: { authorityOrgId: bureau.id } });
    }
    const panel = await authority.request({
      method: 'PUT',
      url: `/api/selection/calls/${callId}/review/panel`,
      payload: { expertIds: experts.map((e) => e.id) },
    });
    expect(panel.statusCode, panel.body).toBe(200);
    // The first expert reviews both applications, the second the first, the third the second.
    for (const [expert, application] of [
      [0, 0],
      [0, 1],
      [1, 0],
      [2, 1],
    ] as const) {
      const assigned = await authority.request({
        method: 'POST',
        url: `/api/selection/calls/${callId}/review/assignments`,
        payload: { expertId: experts[expert]!.id, applicationId: applicationIds[application] },
      });
      expect(assigned.statusCode, assigned.body).toBe(201);
    }
    await submitReview(2, 1);
  });
  afterAll(async () => ctx.close());

  it('reminds nobody while the authority has set no last day of scoring', async () => {
    expect(await remind('2027-01-08T07:00:00')).toBe(0);
  });

  it('lets the authority set the last day of scoring in the review settings, not before the call closes', async () => {
    const { version } = (await authority.request({ method: 'GET', url: `/api/selection/calls/${callId}/review` })).json() as TReviewBoard;
    const save = (scoresDueOn: string) =>
      authority.request({
        method: 'PUT',
        url: `/api/selection/calls/${callId}/review/settings`,
        headers: { 'accept-language': 'zh-CN' },
        payload: {
          version,
          scoringRule: { method: 'trimmed_mean', tieBreakIndicators: ['4', '5'] },
          limits: { reviewsPerApplication: 2, maxPerExpert: null },
          commentsVisibleToApplicants: false,
          scoresDueOn,
        },
      });
    const early = await save('2026-05-27');
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields).toEqual([
      expect.objectContaining({ path: 'scoresDueOn', message: '『评分截止日期』不能早于申报截止日 2026-05-28' }),
    ]);
    const saved = await save('2027-01-15');
    expect(saved.statusCode, saved.body).toBe(200);
    const board = (await authority.request({ method: 'GET', url: `/api/selection/calls/${callId}/review` })).json() as TReviewBoard;
    expect(board.settings.scoresDueOn).toBe('2027-01-15');
  });

  it('reminds nobody at 23:59:59 on 7 January in Shanghai, 8 days before', async () => {
    expect(await remind('2027-01-07T23:59:59')).toBe(0);
  });

  it('reminds each expert with unscored applications from 00:00 on 8 January, once, with how many are left', async () => {
    expect(await remind('2027-01-08T00:00:00')).toBe(2);
    expect(await remind('2027-01-08T07:00:00')).toBe(0);
    const [reminder] = await inbox(0);
    expect(reminder).toMatchObject({
      title: '评分将于 2027-01-15 截止',
      body: `${callTitle}还有 7 天截止评分，您尚有 2 份推荐书未提交评分。`,
      link: '/selection/reviews',
    });
    expect((await inbox(1))[0]!.body).toContain('您尚有 1 份推荐书未提交评分');
    expect(await inbox(2)).toEqual([]);
  });

  it('reminds again 1 day before only the experts who have still not submitted', async () => {
    await submitReview(1, 0);
    expect(await remind('2027-01-14T00:00:00')).toBe(1);
    expect((await inbox(0)).map((item) => item.body)).toEqual([
      `${callTitle}还有 1 天截止评分，您尚有 2 份推荐书未提交评分。`,
      `${callTitle}还有 7 天截止评分，您尚有 2 份推荐书未提交评分。`,
    ]);
    expect(await inbox(1)).toHaveLength(1);
    expect(await remind('2027-01-16T07:00:00')).toBe(0);
  });
});
