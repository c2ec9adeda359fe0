import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { makeOpenCall, makeSelectionOrg } from '../applications/applications.test-support.js';
import { makeExpert, submittedApplication } from './review.test-support.js';

/**
 * The 推荐书 an expert scores: the assigned expert reads it — content, Word export — beside the score sheet;
 * once conflicted (回避) they may read none of it, and another expert's assignment does not exist for them.
 */
describe('an expert reading the application under review', () => {
  let ctx: TestContext;
  let authority: Session;
  let callId: string;
  let applicationId: string;
  const experts: { id: string; session: Session }[] = [];
  const reviewOf: Record<number, string> = {};

  beforeAll(async () => {
    ctx = await createTestContext();
    const bureau = await makeSelectionOrg(ctx.deps, '连云港市教育局', 'education_authority', '320700');
    const school = await makeSelectionOrg(ctx.deps, '连云港职业技术学院', 'higher_vocational');
    authority = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'authority_admin', scopeId: bureau.id }], { totp: false }));
    callId = (await makeOpenCall(ctx.deps, bureau.id)).id;
    applicationId = (
      await submittedApplication(ctx.deps, callId, school.id, '石化产业联合体', '连云港石化产业基地', {
        school: '连云港职业技术学院',
        enterprise: '盛虹炼化（连云港）有限公司',
        other: '连云港市化工研究所',
      })
    ).id;
    for (let i = 0; i < 2; i += 1) {
      const user = await makeExpert(ctx.deps);
      experts.push({ id: user.id, session: await login(ctx.app, user) });
    }
    const panel = await authority.request({
      method: 'PUT',
      url: `/api/selection/calls/${callId}/review/panel`,
      payload: { expertIds: experts.map((e) => e.id) },
    });
    expect(panel.statusCode, panel.body).toBe(200);
    for (const [index, expert] of experts.entries()) {
      const assigned = await authority.request({
        method: 'POST',
        url: `/api/selection/calls/${callId}/review/assignments`,
        payload: { expertId: expert.id, applicationId },
      });
      expect(assigned.statusCode, assigned.body).toBe(201);
      const mine = (await expert.session.request({ method: 'GET', url: '/api/selection/my/reviews' })).json();
      reviewOf[index] = mine.items[0].id;
    }
  });
  afterAll(async () => ctx.close());

  const sheet = (expert: number) =>
    experts[expert]!.session.request({ method: 'GET', url: `/api/selection/my/reviews/${reviewOf[expert]}` });
  const docx = (expert: number, review = reviewOf[expert]) =>
    experts[expert]!.session.request({ method: 'GET', url: `/api/selection/my/reviews/${review}/recommendation.docx` });

  it('shows the assigned expert the 推荐书 with the limits its fields display, and gives its Word export', async () => {
    const review = (await sheet(0)).json();
    expect(review.application.content.cover.leadEnterprise.name).toBe('盛虹炼化（连云港）有限公司');
    expect(review.application.content.members.others[0].unit.name).toBe('连云港市化工研究所');
    expect(review.application.textLimits.constructionPlan).toBe(2500);
    expect(review.application.material).toBeNull();
    const word = await docx(0);
    expect(word.statusCode).toBe(200);
    expect(word.headers['content-type']).toContain('wordprocessingml');
    const material = await experts[0]!.session.request({ method: 'GET', url: `/api/selection/my/reviews/${reviewOf[0]}/material` });
    expect(material.statusCode).toBe(404);
  });

  it('does not let an expert open another expert’s assignment', async () => {
    expect((await docx(1, reviewOf[0])).statusCode).toBe(404);
  });

  it('closes the application to an expert once they are conflicted', async () => {
    const declared = await experts[1]!.session.request({
      method: 'POST',
      url: `/api/selection/my/reviews/${reviewOf[1]}/conflict`,
      payload: { reason: '本人曾任该联合体牵头企业技术顾问' },
    });
    expect(declared.statusCode, declared.body).toBe(200);
    const review = (await sheet(1)).json();
    expect(review.conflicted).toBe(true);
    expect(review.application).toBeNull();
    expect(JSON.stringify(review)).not.toContain('连云港市化工研究所');
    const word = await docx(1);
    expect(word.statusCode).toBe(403);
    expect(word.json().error.message).toBe('您与推荐书“石化产业联合体”存在利益冲突，须回避，不能查阅其内容和材料');
    const material = await experts[1]!.session.request({ method: 'GET', url: `/api/selection/my/reviews/${reviewOf[1]}/material` });
    expect(material.json().error.code).toBe('REVIEW_APPLICATION_HIDDEN');
  });
});
