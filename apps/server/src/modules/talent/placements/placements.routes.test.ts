import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../../kernel/db/database.js';
import { movableClock } from '../../../kernel/time/clock.js';
import { createTestContext, type TestContext } from '../../../testing/test-app.js';
import { admitAndListJob, type Consortium, consortium } from '../testing/consortium.test-support.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';

// 连教职函〔2026〕6号 附件1 指标4.6 “企业按岗位总量一定比例设立岗位，接受学生来企实习实训和教师岗位实践”; 推荐书 三 的
// “教师企业实践（人月）”“联合体内企业设立学徒岗位占岗位总量的比例”“联合体内企业为学生提供实习实训量（人月）”.
describe('placements through the API', STEPS_IN_ORDER, () => {
  const clock = movableClock('2026-03-02T02:00:00Z');
  let ctx: TestContext;
  let c: Consortium;
  let other: Consortium;
  let placements: string;
  let practice: string;
  let jobId: string;
  let offerId: string;
  const zh = { 'accept-language': 'zh-CN' };

  beforeAll(async () => {
    ctx = await createTestContext({}, { clock });
    c = await consortium(ctx);
    other = await consortium(ctx, '二');
    placements = `/api/bodies/${c.bodyId}/talent/placements`;
    practice = `/api/bodies/${c.bodyId}/talent/teacher-practice`;
    jobId = await admitAndListJob(c, 16);
  });
  afterAll(async () => ctx.close());

  const offer = (overrides: object = {}) => ({
    orgId: c.enterpriseId,
    kind: 'apprenticeship',
    jobId,
    position: '化工总控工学徒',
    places: 3,
    startsOn: '2025-09-01',
    endsOn: '2026-06-30',
    ...overrides,
  });

  it('takes offers from an enterprise of the list for its own positions, and refuses bad input in Chinese', async () => {
    const created = await c.enterprise.request({ method: 'POST', url: placements, payload: offer() });
    expect(created.statusCode, created.body).toBe(201);
    offerId = created.json().id;

    const period = await c.enterprise.request({ method: 'POST', url: placements, payload: offer({ endsOn: '2025-08-01' }), headers: zh });
    expect(period.statusCode).toBe(400);
    expect(JSON.stringify(period.json().error)).toContain('结束日期不能早于开始日期');
    const noPlaces = await c.enterprise.request({ method: 'POST', url: placements, payload: offer({ places: 0 }), headers: zh });
    expect(noPlaces.statusCode).toBe(400);
    expect(noPlaces.json().error.message).toMatch(/[\u4e00-\u9fa5]/);

    const otherJob = await admitAndListJob(other, 10);
    const foreignJob = await c.enterprise.request({ method: 'POST', url: placements, payload: offer({ jobId: otherJob }), headers: zh });
    expect(foreignJob.json().error.code).toBe('TALENT_PLACEMENT_JOB');
    expect(foreignJob.json().error.message).toContain('岗位清单');
  });

  it('keeps each side to its own units: a school does not offer, an enterprise does not take up', async () => {
    const forEnterprise = await c.college.request({ method: 'POST', url: placements, payload: offer() });
    expect(forEnterprise.statusCode).toBe(403);
    const forItself = await c.college.request({
      method: 'POST',
      url: placements,
      payload: offer({ orgId: c.collegeId, jobId: undefined }),
    });
    expect(forItself.json().error.code).toBe('TALENT_JOB_NOT_LISTED');
    const forAnother = await c.enterprise.request({ method: 'POST', url: placements, payload: offer({ orgId: other.enterpriseId }) });
    expect(forAnother.statusCode).toBe(403);
    const byEnterprise = await c.enterprise.request({
      method: 'POST',
      url: `${placements}/${offerId}/take-ups`,
      payload: { schoolOrgId: c.collegeId, students: 2, months: 10 },
    });
    expect(byEnterprise.statusCode).toBe(403);
    const otherSchool = await c.college.request({
      method: 'POST',
      url: `${placements}/${offerId}/take-ups`,
      payload: { schoolOrgId: c.secondaryId, students: 2, months: 10 },
    });
    expect(otherSchool.statusCode).toBe(403);
  });

  it('counts take-ups against the places, with months in halves', async () => {
    const takeUps = `${placements}/${offerId}/take-ups`;
    const first = await c.college.request({ method: 'POST', url: takeUps, payload: { schoolOrgId: c.collegeId, students: 2, months: 10 } });
    expect(first.statusCode, first.body).toBe(201);
    const tooMany = await c.college.request({
      method: 'POST',
      url: takeUps,
      payload: { schoolOrgId: c.collegeId, students: 2, months: 10 },
      headers: zh,
    });
    expect(tooMany.json().error).toMatchObject({ code: 'TALENT_PLACEMENT_OVERTAKEN' });
    expect(tooMany.json().error.message).toContain('剩余名额 1 个');
    const oddMonths = await c.college.request({
      method: 'POST',
      url: takeUps,
      payload: { schoolOrgId: c.collegeId, students: 1, months: 0.3 },
      headers: zh,
    });
    expect(oddMonths.statusCode).toBe(400);
    expect(JSON.stringify(oddMonths.json().error)).toContain('0.5 的整数倍');

    const practiced = await c.college.request({
      method: 'POST',
      url: practice,
      payload: { schoolOrgId: c.collegeId, enterpriseOrgId: c.enterpriseId, teachers: 3, months: 1.5, startsOn: '2025-07-01' },
    });
    expect(practiced.statusCode, practiced.body).toBe(201);
    const notListed = await c.college.request({
      method: 'POST',
      url: practice,
      payload: { schoolOrgId: c.collegeId, enterpriseOrgId: other.enterpriseId, teachers: 3, months: 1, startsOn: '2025-07-01' },
    });
    expect(notListed.json().error.code).toBe('TALENT_JOB_NOT_LISTED');
  });

  it('shows the records and the three figures per enterprise and for the consortium', async () => {
    const body = (await c.enterprise.request({ method: 'GET', url: placements })).json();
    expect(body.offers[0]).toMatchObject({ kind: 'apprenticeship', job: { id: jobId }, places: 3, taken: 2, year: 2025 });
    expect(body.offers[0].takeUps[0]).toMatchObject({ students: 2, months: 10, personMonths: 20 });
    const y2025 = {
      year: 2025,
      internshipPersonMonths: 20,
      teacherPersonMonths: 4.5,
      apprenticePlaces: 3,
      jobHeadcount: 16,
      apprenticeRatio: 18.8,
    };
    expect(body.summary.consortium[0]).toEqual(y2025);
    expect(body.summary.enterprises[0]).toMatchObject({ org: { id: c.enterpriseId }, figures: [y2025, { year: 2026 }] });
    expect(body.summary.formulas.ratio).toContain('岗位清单');
  });

  it('answers 404 for another body’s records and refuses to delete an offer with take-ups', async () => {
    const theirs = await other.enterprise.request({
      method: 'POST',
      url: `/api/bodies/${other.bodyId}/talent/placements`,
      payload: offer({ orgId: other.enterpriseId, jobId: undefined }),
    });
    expect(theirs.statusCode, theirs.body).toBe(201);
    const crossed = await c.secretariat.request({ method: 'DELETE', url: `${placements}/${theirs.json().id}` });
    expect(crossed.statusCode).toBe(404);
    const crossedTakeUp = await c.college.request({
      method: 'POST',
      url: `${placements}/${theirs.json().id}/take-ups`,
      payload: { schoolOrgId: c.collegeId, students: 1, months: 1 },
    });
    expect(crossedTakeUp.statusCode).toBe(404);

    const taken = await c.enterprise.request({ method: 'DELETE', url: `${placements}/${offerId}`, headers: zh });
    expect(taken.json().error.code).toBe('TALENT_PLACEMENT_TAKEN');
    const [takeUp] = (await c.college.request({ method: 'GET', url: placements })).json().offers[0].takeUps;
    expect((await c.enterprise.request({ method: 'DELETE', url: `${placements}/${offerId}/take-ups/${takeUp.id}` })).statusCode).toBe(403);
    expect((await c.college.request({ method: 'DELETE', url: `${placements}/${offerId}/take-ups/${takeUp.id}` })).statusCode).toBe(200);
    expect((await c.enterprise.request({ method: 'DELETE', url: `${placements}/${offerId}` })).statusCode).toBe(200);

    const audit = rowsOf<{ action: string }>(
      await ctx.deps.database.db.execute(sql`select action from audit_log where action like 'talent.placement%' order by id`),
    );
    expect(audit.map((r) => r.action)).toEqual([
      'talent.placement.create',
      'talent.placement.take_up',
      'talent.placement.create',
      'talent.placement.take_up.delete',
      'talent.placement.delete',
    ]);
  });
});
