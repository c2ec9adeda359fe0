import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import { makeBody, uniqueTag } from '../../../testing/factories.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import {
  applyToList,
  changeJobStatus,
  createJob,
  createPlacementOffer,
  createTalentReport,
  decideOnEnterprise,
  publishTalentReport,
  recordTeacherPractice,
  takeUpPlacement,
} from '../../talent/index.js';
import { makeOpenCall, makeSelectionOrg } from './applications.test-support.js';

// 推荐书 三（连教职函〔2026〕6号 附件1）: “教师企业实践 人月”“联合体内企业设立学徒岗位占岗位总量的比例 (%)”“联合体内企业为学生提供
// 实习实训量（人月）” — offered from the consortium's placement records, never written into the form.
describe('section 3 suggestions from the consortium’s placement records', () => {
  const now = new Date('2026-04-10T02:00:00Z');
  const at = { now, today: '2026-04-10' };
  let ctx: TestContext;
  let applicant: Session;
  let stranger: Session;
  let callId: string;
  let collegeId: string;
  const consortiumName = `连云港建议测试石化产业市域产教联合体${uniqueTag()}`;

  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => now });
    const db = ctx.deps.database.db;
    const bureau = await makeSelectionOrg(ctx.deps, '连云港市教育局', 'education_authority', '320700');
    callId = (await makeOpenCall(ctx.deps, bureau.id)).id;
    const { bodyId, members } = await makeBody(ctx.deps, {
      name: consortiumName,
      kind: 'consortium',
      regionCode: '320700',
      joinedOn: '2026-01-10',
      members: [
        { name: `连云港建议测试石化有限公司${uniqueTag()}`, type: 'enterprise', regionCode: '320703', reason: '发起单位' },
        { name: `连云港建议测试职业技术学院${uniqueTag()}`, type: 'higher_vocational', regionCode: '320706', reason: '发起单位' },
      ],
    });
    const [enterprise, college] = members;
    collegeId = college!.id;
    const entry = await applyToList(db, SYSTEM_ACTOR, bodyId, { orgId: enterprise!.id, statement: '提供岗位' }, at);
    await decideOnEnterprise(db, SYSTEM_ACTOR, bodyId, entry.id, { action: 'admit', version: entry.version }, at);
    const job = await createJob(
      db,
      SYSTEM_ACTOR,
      bodyId,
      {
        orgId: enterprise!.id,
        position: '化工总控工',
        occupation: '化工总控工',
        majorCodes: ['470201'],
        educationLevel: 'higher_associate',
        headcount: 40,
      },
      now,
    );
    await changeJobStatus(db, SYSTEM_ACTOR, bodyId, job.id, { action: 'publish', version: job.version }, at);
    const offer = await createPlacementOffer(
      db,
      SYSTEM_ACTOR,
      bodyId,
      {
        orgId: enterprise!.id,
        kind: 'apprenticeship',
        position: '化工总控工学徒',
        places: 6,
        startsOn: '2025-09-01',
        endsOn: '2026-06-30',
      },
      now,
    );
    await takeUpPlacement(db, SYSTEM_ACTOR, bodyId, offer.id, { schoolOrgId: collegeId, students: 6, months: 10 }, now);
    await recordTeacherPractice(
      db,
      SYSTEM_ACTOR,
      bodyId,
      { schoolOrgId: collegeId, enterpriseOrgId: enterprise!.id, teachers: 5, months: 1.5, startsOn: '2025-07-01' },
      now,
    );
    // 发布人才需求报告（个）: the consortium's yearly report of 2025, published in 2026, counts in 2026.
    const report = await createTalentReport(db, SYSTEM_ACTOR, bodyId, { kind: 'yearly', year: 2025 }, at);
    await publishTalentReport(db, SYSTEM_ACTOR, bodyId, report.id, { version: report.version }, at);
    applicant = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'data_collector', scopeId: collegeId }], { totp: false }));
    const other = await makeSelectionOrg(ctx.deps, '连云港另一职业技术学院', 'higher_vocational');
    stranger = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'data_collector', scopeId: other.id }], { totp: false }));
  });
  afterAll(async () => ctx.close());

  async function start(name: string) {
    const response = await applicant.request({
      method: 'POST',
      url: '/api/selection/applications',
      payload: { callId, applicantOrgId: collegeId, consortiumName: name, park: { name: `连云港石化产业基地${uniqueTag()}` } },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  }

  it('computes the figures of the form’s years for the consortium the application names', async () => {
    const id = await start(consortiumName);
    const response = await applicant.request({ method: 'GET', url: `/api/selection/applications/${id}/placement-suggestions` });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.body.name).toBe(consortiumName);
    expect(body.figures).toEqual([
      {
        year: 2025,
        internshipPersonMonths: 60,
        teacherPersonMonths: 7.5,
        apprenticePlaces: 6,
        jobHeadcount: 40,
        apprenticeRatio: 15,
        talentDemandReports: 0,
      },
      {
        year: 2026,
        internshipPersonMonths: 0,
        teacherPersonMonths: 0,
        apprenticePlaces: 0,
        jobHeadcount: 40,
        apprenticeRatio: 0,
        talentDemandReports: 1,
      },
    ]);
    expect(body.formulas.internship).toContain('人月');
    expect(body.formulas.reports).toContain('年度人才需求报告');

    const forbidden = await stranger.request({ method: 'GET', url: `/api/selection/applications/${id}/placement-suggestions` });
    expect(forbidden.statusCode).toBe(403);
  });

  it('suggests nothing for a consortium the platform does not keep', async () => {
    const id = await start(`尚未建立的联合体${uniqueTag()}`);
    const response = await applicant.request({ method: 'GET', url: `/api/selection/applications/${id}/placement-suggestions` });
    expect(response.json()).toEqual({ body: null, figures: [], formulas: null });
  });
});
