import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import { createApplication } from '../applications/applications.service.js';
import { makeOpenCall, makeSelectionOrg } from '../applications/applications.test-support.js';
import { makeExpert, submittedApplication, validUscc } from './review.test-support.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';

interface BoardReview {
  id: string;
  expertId: string;
  status: string;
  conflicted: boolean;
}
interface Board {
  version: number;
  applications: { id: string; consortiumName: string; reviews: BoardReview[]; validCount: number }[];
  conflicts: { expertId: string; applicationId: string; summary: string; evidence: { kind: string; statedId?: string }[] }[];
  panel: { id: string; load: number }[];
}

const ENTERPRISE_USCC = validUscc('91320706MA1M9B7K2');

describe('expert review and results through the API', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  let authority: Session;
  let applicant: Session;
  let callId: string;
  const apps: { id: string; name: string }[] = [];
  /** A 推荐书 the school started and never submitted: it is not ranked and has no result. */
  let draftId: string;
  const experts: { id: string; session: Session }[] = [];

  beforeAll(async () => {
    ctx = await createTestContext();
    const bureau = await makeSelectionOrg(ctx.deps, '连云港市教育局', 'education_authority', '320700');
    const school = await makeSelectionOrg(ctx.deps, '连云港职业技术学院', 'higher_vocational');
    authority = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'authority_admin', scopeId: bureau.id }], { totp: false }));
    applicant = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'org_admin', scopeId: school.id }], { totp: false }));
    callId = (await makeOpenCall(ctx.deps, bureau.id)).id;
    const specs = [
      {
        name: '石化产业联合体',
        park: '连云港石化产业基地',
        units: {
          school: '连云港职业技术学院',
          enterprise: '盛虹炼化（连云港）有限公司',
          enterpriseUscc: ENTERPRISE_USCC,
          other: '连云港市化工研究所',
        },
      },
      {
        name: '医药产业联合体',
        park: '连云港经济技术开发区',
        units: { school: '江苏财会职业学院', enterprise: '恒瑞医药股份有限公司', other: '连云港市药检所' },
      },
      {
        name: '装备制造联合体',
        park: '赣榆经济开发区',
        units: { school: '连云港工贸高等职业技术学校', enterprise: '天明装备有限公司', other: '赣榆区职教中心' },
      },
    ];
    for (const spec of specs) {
      const created = await submittedApplication(ctx.deps, callId, school.id, spec.name, spec.park, spec.units);
      apps.push({ id: created.id, name: spec.name });
    }
    const draft = await createApplication(
      ctx.deps.database.db,
      SYSTEM_ACTOR,
      {
        callId,
        applicantOrgId: school.id,
        consortiumName: '港口物流联合体（未提交）',
        park: { orgId: null, name: '连云港港口物流园', uscc: null },
      },
      new Date('2026-05-01T00:00:00Z'),
    );
    draftId = draft.id;
    for (let i = 0; i < 5; i += 1) {
      const user = await makeExpert(ctx.deps);
      experts.push({ id: user.id, session: await login(ctx.app, user) });
      // The bureau adds the expert to its pool (专家库); only then may it correct their affiliations.
      await authority.request({ method: 'PUT', url: `/api/selection/experts/${user.id}/pool`, payload: { authorityOrgId: bureau.id } });
    }
  });
  afterAll(async () => ctx.close());

  /** The board lists applications in submission order; the fixtures were submitted at the same instant. */
  const appOf = (current: Board, index: number) => current.applications.find((application) => application.id === apps[index]!.id)!;
  const board = async (): Promise<Board> => {
    const response = await authority.request({ method: 'GET', url: `/api/selection/calls/${callId}/review` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const setAffiliations = (expert: number, affiliations: unknown[]) =>
    authority.request({ method: 'PUT', url: `/api/selection/experts/${experts[expert]!.id}/affiliations`, payload: { affiliations } });
  const setPanel = (count: number) =>
    authority.request({
      method: 'PUT',
      url: `/api/selection/calls/${callId}/review/panel`,
      payload: { expertIds: experts.slice(0, count).map((e) => e.id) },
    });
  const settings = async (limits: { reviewsPerApplication: number; maxPerExpert: number | null }, commentsVisibleToApplicants = false) => {
    const { version } = await board();
    const response = await authority.request({
      method: 'PUT',
      url: `/api/selection/calls/${callId}/review/settings`,
      payload: { version, scoringRule: { method: 'trimmed_mean', tieBreakIndicators: ['4', '5'] }, limits, commentsVisibleToApplicants },
    });
    expect(response.statusCode, response.body).toBe(200);
  };
  const autoAssign = () =>
    authority.request({ method: 'POST', url: `/api/selection/calls/${callId}/review/assignments/automatic`, payload: {} });

  it('derives conflicts from the data — by 统一社会信用代码 and by name — and recomputes them when affiliations change', async () => {
    expect((await setAffiliations(0, [{ name: '盛虹石化集团', uscc: ENTERPRISE_USCC.toLowerCase() }])).statusCode).toBe(200);
    expect((await setAffiliations(1, [{ name: '江苏财会职业学院' }])).statusCode).toBe(200);
    expect((await setPanel(5)).statusCode).toBe(200);

    let conflicts = (await board()).conflicts;
    expect(conflicts).toHaveLength(2);
    const byUscc = conflicts.find((c) => c.expertId === experts[0]!.id)!;
    expect(byUscc.applicationId).toBe(apps[0]!.id);
    expect(byUscc.summary).toContain('牵头企业');
    expect(byUscc.summary).toContain('联合体企业第 1 行（统一社会信用代码相同）');
    const byName = conflicts.find((c) => c.expertId === experts[1]!.id)!;
    expect(byName.applicationId).toBe(apps[1]!.id);
    expect(byName.summary).toContain('牵头学校');

    const refused = await authority.request({
      method: 'POST',
      url: `/api/selection/calls/${callId}/review/assignments`,
      payload: { expertId: experts[0]!.id, applicationId: apps[0]!.id },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('REVIEW_CONFLICTED');
    expect(refused.json().error.message).toContain('统一社会信用代码相同');

    await setAffiliations(1, [{ name: '连云港开放大学' }]);
    conflicts = (await board()).conflicts;
    expect(conflicts.map((c) => c.expertId)).toEqual([experts[0]!.id]);
  });

  it('lets the authority pin a conflict and remove it again', async () => {
    const pinned = await authority.request({
      method: 'POST',
      url: `/api/selection/calls/${callId}/review/conflicts`,
      payload: { expertId: experts[2]!.id, applicationId: apps[2]!.id, reason: '近三年曾在该园区管委会任职' },
    });
    expect(pinned.statusCode, pinned.body).toBe(201);
    const conflict = (pinned.json() as Board).conflicts.find((c) => c.expertId === experts[2]!.id)!;
    expect(conflict.summary).toBe('主管部门登记：近三年曾在该园区管委会任职');
    const removed = await authority.request({ method: 'DELETE', url: `/api/selection/conflicts/${conflict.evidence[0]!.statedId}` });
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await board()).conflicts).toHaveLength(1);
  });

  it('reports why an automatic assignment is impossible, and writes nothing', async () => {
    await setPanel(3);
    const short = await autoAssign();
    expect(short.statusCode).toBe(409);
    expect(short.json().error.code).toBe('REVIEW_ASSIGNMENT_IMPOSSIBLE');
    expect(short.json().error.message).toContain('“石化产业联合体”还需 3 位评审专家，但只有 2 位可选');

    await setPanel(5);
    await settings({ reviewsPerApplication: 3, maxPerExpert: 1 });
    const capacity = await autoAssign();
    expect(capacity.statusCode).toBe(409);
    expect(capacity.json().error.message).toContain('5 位专家每人至多 1 份，只能再承担 5 份');
    expect((await board()).applications.every((a) => a.reviews.length === 0)).toBe(true);
  });

  it('assigns K reviews per application automatically, balanced and never to a conflicted expert', async () => {
    await settings({ reviewsPerApplication: 3, maxPerExpert: 2 });
    const response = await autoAssign();
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().added).toBe(9);
    const current = await board();
    for (const application of current.applications) {
      expect(application.reviews).toHaveLength(3);
      expect(application.reviews.some((review) => review.conflicted)).toBe(false);
    }
    const loads = current.panel.map((expert) => expert.load).sort();
    expect(loads).toEqual([1, 2, 2, 2, 2]);
    expect(appOf(current, 0).reviews.map((review) => review.expertId)).not.toContain(experts[0]!.id);
  });

  const sessionOf = (expertId: string) => experts.find((expert) => expert.id === expertId)!.session;
  const scoreAll = async (session: Session, reviewId: string, value: number, extra: Record<string, unknown> = {}) => {
    const review = (await session.request({ method: 'GET', url: `/api/selection/my/reviews/${reviewId}` })).json();
    const scores = Object.fromEntries(Object.keys(review.scores).map((code) => [code, value]));
    return session.request({
      method: 'PUT',
      url: `/api/selection/my/reviews/${reviewId}/scores`,
      payload: {
        version: review.version,
        scores,
        indicatorComments: { '4': '人才培养举措具体' },
        overallComment: '基础扎实',
        deduction: 0,
        ...extra,
      },
    });
  };
  const submit = async (session: Session, reviewId: string) => {
    const review = (await session.request({ method: 'GET', url: `/api/selection/my/reviews/${reviewId}` })).json();
    return session.request({ method: 'POST', url: `/api/selection/my/reviews/${reviewId}/submit`, payload: { version: review.version } });
  };

  it('keeps scores within each point’s maximum and the sheet complete before submission', async () => {
    const [first] = appOf(await board(), 1).reviews;
    const session = sessionOf(first!.expertId);
    const todo = (await session.request({ method: 'GET', url: '/api/dashboard' })).json();
    expect(JSON.stringify(todo)).toContain('selection.reviews_pending');
    const above = await scoreAll(session, first!.id, 3.5);
    expect(above.statusCode).toBe(400);
    expect(above.json().error.fields.find((f: { path: string }) => f.path === 'scores.1.1').message).toContain('超过最高分 3');

    const review = (await session.request({ method: 'GET', url: `/api/selection/my/reviews/${first!.id}` })).json();
    const partial = await session.request({
      method: 'PUT',
      url: `/api/selection/my/reviews/${first!.id}/scores`,
      payload: { version: review.version, scores: { '1.1': 2 } },
    });
    expect(partial.statusCode, partial.body).toBe(200);
    const incomplete = await submit(session, first!.id);
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.code).toBe('REVIEW_INCOMPLETE');
  });

  it('hides the other experts’ scores and the average until the expert has submitted', async () => {
    const [first, second] = appOf(await board(), 1).reviews;
    expect((await scoreAll(sessionOf(first!.expertId), first!.id, 2)).statusCode).toBe(200);
    expect((await submit(sessionOf(first!.expertId), first!.id)).statusCode).toBe(200);

    const other = sessionOf(second!.expertId);
    expect((await scoreAll(other, second!.id, 2.5)).statusCode).toBe(200);
    const before = (await other.request({ method: 'GET', url: `/api/selection/my/reviews/${second!.id}` })).json();
    expect(before.panel).toBeNull();
    expect(JSON.stringify(before)).not.toContain('54.00');

    const after = (await submit(other, second!.id)).json();
    expect(after.panel.scores.map((s: { total: string | null }) => s.total)).toEqual(['54.00', '67.50', null]);
    expect(after.panel.scores.map((s: { label: string }) => s.label)).toEqual(['专家A', '专家B', '专家C']);
    expect(after.panel.average).toBe('60.75');
    const others = await sessionOf(second!.expertId).request({ method: 'GET', url: `/api/selection/my/reviews/${first!.id}` });
    expect(others.statusCode).toBe(404);
  });

  it('keeps every change of a submitted score: who, when, from → to, why', async () => {
    const [first] = appOf(await board(), 1).reviews;
    const session = sessionOf(first!.expertId);
    const review = (await session.request({ method: 'GET', url: `/api/selection/my/reviews/${first!.id}` })).json();
    const changed = { ...review.scores, '4.1': 3 };
    const payload = { version: review.version, scores: changed, overallComment: review.overallComment, deduction: 0 };
    const silent = await session.request({ method: 'PUT', url: `/api/selection/my/reviews/${first!.id}/scores`, payload });
    expect(silent.statusCode).toBe(400);
    expect(silent.json().error.code).toBe('SCORE_CHANGE_REASON_REQUIRED');
    const saved = await session.request({
      method: 'PUT',
      url: `/api/selection/my/reviews/${first!.id}/scores`,
      payload: { ...payload, changeReason: '复核支撑材料第 12 页后上调' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().history).toEqual([
      expect.objectContaining({
        field: '4.1',
        from: '2.00',
        to: '3.00',
        reason: '复核支撑材料第 12 页后上调',
        changedBy: expect.stringContaining('测试用户'),
      }),
    ]);
    expect(saved.json().total).toBe('55.00');
  });

  it('refuses a conflicted expert’s draft scores, and takes them again once the conflict is removed', async () => {
    const draft = appOf(await board(), 0).reviews.find((review) => review.status !== 'submitted')!;
    const session = sessionOf(draft.expertId);
    expect((await scoreAll(session, draft.id, 2)).statusCode).toBe(200);
    const pinned = await authority.request({
      method: 'POST',
      url: `/api/selection/calls/${callId}/review/conflicts`,
      payload: { expertId: draft.expertId, applicationId: apps[0]!.id, reason: '系该联合体牵头企业的技术顾问' },
    });
    expect(pinned.statusCode, pinned.body).toBe(201);
    const refused = await scoreAll(session, draft.id, 3);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'SCORES_CONFLICTED' });
    expect(refused.json().error.message).toContain('须回避：不能保存评分');

    const statedId = (pinned.json() as Board).conflicts.find((c) => c.expertId === draft.expertId && c.applicationId === apps[0]!.id)!
      .evidence[0]!.statedId;
    await authority.request({ method: 'DELETE', url: `/api/selection/conflicts/${statedId}` });
    expect((await scoreAll(session, draft.id, 2)).statusCode).toBe(200);
  });

  it('refuses to rank while an application has fewer than K valid reviews, naming it', async () => {
    const response = await authority.request({ method: 'GET', url: `/api/selection/calls/${callId}/results` });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('RANKING_NOT_READY');
    expect(response.json().error.message).toContain('“石化产业联合体”（有效 0 份）');
    expect(response.json().error.message).toContain('“医药产业联合体”（有效 2 份）');
  });

  it('excludes and flags the score of a conflicted expert', async () => {
    const current = await board();
    const base = [2.5, 2, 3];
    for (const index of apps.keys()) {
      const application = appOf(current, index);
      for (const review of application.reviews.filter((r) => r.status !== 'submitted')) {
        expect((await scoreAll(sessionOf(review.expertId), review.id, base[index]!)).statusCode).toBe(200);
        expect((await submit(sessionOf(review.expertId), review.id)).statusCode).toBe(200);
      }
    }
    const flagged = appOf(current, 2).reviews[0]!;
    const pinned = await authority.request({
      method: 'POST',
      url: `/api/selection/calls/${callId}/review/conflicts`,
      payload: { expertId: flagged.expertId, applicationId: apps[2]!.id, reason: '评审后发现系该联合体成员单位兼职顾问' },
    });
    const after = appOf(pinned.json() as Board, 2);
    expect(after.reviews.find((r) => r.id === flagged.id)!.conflicted).toBe(true);
    expect(after.validCount).toBe(2);
    const refused = await authority.request({ method: 'GET', url: `/api/selection/calls/${callId}/results` });
    expect(refused.json().error.message).toContain('“装备制造联合体”（有效 2 份）');

    const statedId = (pinned.json() as Board).conflicts.find((c) => c.expertId === flagged.expertId && c.applicationId === apps[2]!.id)!
      .evidence[0]!.statedId;
    await authority.request({ method: 'DELETE', url: `/api/selection/conflicts/${statedId}` });
  });

  const NOTICE = {
    documentNumber: '连教职函〔2026〕18号',
    signatory: '连云港市教育局',
    issuedOn: '2026-06-25',
    publicityFrom: '2026-06-25',
    publicityTo: '2099-06-30',
    objectionContact: '高职处 王用楼，0518-85822213',
  };

  it('ranks by the published rule, records the decisions, publishes with the 公示, and shows the applicant its result', async () => {
    const before = await applicant.request({ method: 'GET', url: `/api/selection/applications/${apps[0]!.id}/result` });
    expect(before.statusCode).toBe(409);
    expect(before.json().error.code).toBe('RESULT_NOT_PUBLISHED');

    const results = (await authority.request({ method: 'GET', url: `/api/selection/calls/${callId}/results` })).json();
    expect(
      results.rows.map((row: { consortiumName: string; rank: number; total: string }) => [row.rank, row.consortiumName, row.total]),
    ).toEqual([
      [1, '装备制造联合体', '81.00'],
      [2, '石化产业联合体', '67.50'],
      [3, '医药产业联合体', '55.00'],
    ]);
    expect(results.rows[2].explanation).toContain('去掉一个最高分');

    const decide = (decisions: unknown[], version: number) =>
      authority.request({ method: 'PUT', url: `/api/selection/calls/${callId}/results/decisions`, payload: { version, decisions } });
    const wrong = await decide([{ applicationId: apps[1]!.id, shortlisted: false, recommended: true }], results.version);
    expect(wrong.json().error.code).toBe('RECOMMENDED_NOT_SHORTLISTED');
    const decided = await decide(
      [
        { applicationId: apps[2]!.id, shortlisted: true, recommended: true },
        { applicationId: apps[0]!.id, shortlisted: true, recommended: false },
      ],
      results.version,
    );
    expect(decided.statusCode, decided.body).toBe(200);
    await settings({ reviewsPerApplication: 3, maxPerExpert: 2 }, true);
    const version = (await board()).version;
    const hidden = await ctx.app.inject({ method: 'GET', url: `/api/public/selection/calls/${callId}/results` });
    expect(hidden.statusCode).toBe(404);
    const publish = (notice: Record<string, string>) =>
      authority.request({ method: 'POST', url: `/api/selection/calls/${callId}/results/publish`, payload: { version, notice } });
    const backwards = await publish({ ...NOTICE, publicityFrom: '2026-06-29', publicityTo: '2026-06-25' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error).toMatchObject({ code: 'PUBLICITY_PERIOD_INVALID', fields: [{ path: 'notice.publicityTo' }] });
    const unnamed = await publish({ ...NOTICE, documentNumber: '' });
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().error.fields[0].message).toContain('文号');
    const published = await publish(NOTICE);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().publishedAt).not.toBeNull();
    expect(published.json().notice).toEqual(NOTICE);

    const publicity = await ctx.app.inject({ method: 'GET', url: `/api/public/selection/calls/${callId}/results` });
    expect(publicity.statusCode, publicity.body).toBe(200);
    expect(publicity.json()).toMatchObject({ notice: NOTICE, publicityOver: false });
    // The 培育名单 only, in rank order: the third-ranked application was not shortlisted.
    expect(
      publicity
        .json()
        .entries.map((entry: { rank: number; consortiumName: string; recommended: boolean }) => [
          entry.rank,
          entry.consortiumName,
          entry.recommended,
        ]),
    ).toEqual([
      [1, '装备制造联合体', true],
      [2, '石化产业联合体', false],
    ]);

    const dashboard = (await applicant.request({ method: 'GET', url: '/api/dashboard' })).json();
    expect(JSON.stringify(dashboard)).toContain(`/selection/applications/${apps[0]!.id}/result`);
    // The draft was never ranked: no "结果已发布" card, no result, and its page offers no link to one.
    expect(JSON.stringify(dashboard)).not.toContain(draftId);
    expect((await applicant.request({ method: 'GET', url: `/api/selection/applications/${draftId}/result` })).json().error.code).toBe(
      'RESULT_NOT_PUBLISHED',
    );
    const own = (await applicant.request({ method: 'GET', url: '/api/selection/applications?pageSize=100' })).json();
    const flags = Object.fromEntries(
      own.items.map((item: { id: string; resultPublished: boolean; callPhase: string }) => [
        item.id,
        [item.resultPublished, item.callPhase],
      ]),
    );
    expect(flags[apps[0]!.id]).toEqual([true, 'published']);
    expect(flags[draftId]).toEqual([false, 'published']);
    const notices = await applicant.request({ method: 'GET', url: '/api/notifications?pageSize=100' });
    expect(notices.body).not.toContain(draftId);
    const mine = await applicant.request({ method: 'GET', url: `/api/selection/applications/${apps[0]!.id}/result` });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toMatchObject({ rank: 2, rankedCount: 3, total: '67.50', shortlisted: true, recommended: false });
    expect(mine.json().comments).toHaveLength(3);
    expect(mine.json().comments[0]).toMatchObject({ label: '专家A', overall: '基础扎实', byIndicator: { '4': '人才培养举措具体' } });

    const [review] = appOf(await board(), 0).reviews;
    const late = await scoreAll(sessionOf(review!.expertId), review!.id, 1, { changeReason: '发布后修改' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('RESULTS_PUBLISHED');
  });

  it('exports the ranking and a score sheet as XLSX and the published list as PDF', async () => {
    const ranking = await authority.request({ method: 'GET', url: `/api/selection/calls/${callId}/results/ranking.xlsx` });
    expect(ranking.statusCode).toBe(200);
    expect(ranking.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const sheet = await authority.request({
      method: 'GET',
      url: `/api/selection/calls/${callId}/review/applications/${apps[1]!.id}/score-sheet.xlsx`,
    });
    expect(sheet.statusCode).toBe(200);
    expect(sheet.headers['content-disposition']).toContain('xlsx');
    const pdf = await authority.request({ method: 'GET', url: `/api/selection/calls/${callId}/results/published.pdf` });
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
