import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import { movableClock } from '../../../kernel/time/clock.js';
import { makeBody, makeOrganisation } from '../../../testing/factories.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { completeAgreement, confirmAgreement, createAgreement, createPost } from '../../resources/index.js';
import { createCycle, openCycle } from '../index.js';

// docs/sources.md §9 R5: the exchange totals of a member and year feed its quality report's 教师队伍 and 社会服务 figures;
// the collector adopts them, a typed figure stays as typed.
const clock = movableClock('2027-01-10T02:00:00Z');

describe('exchange figures offered on the quality report’s form', () => {
  let ctx: TestContext;
  let collector: Session;
  let otherCollector: Session;
  let reportId: string;
  let agreementIds: string[];

  beforeAll(async () => {
    ctx = await createTestContext({}, { clock });
    const db = ctx.deps.database.db;
    const bureau = await makeOrganisation(ctx.deps, { name: '测试区教育局', type: 'education_authority' });
    const alliance = await makeBody(ctx.deps, { members: [{ name: '上海市曹杨职业技术学校' }, { name: '南京浦口中等专业学校', regionCode: '320111' }] });
    const [caoyang, pukou] = [alliance.members[0]!, alliance.members[1]!];
    const post = (orgId: string, input: object) => createPost(db, SYSTEM_ACTOR, alliance.bodyId, orgId, input as never);
    const offer = await post(caoyang.id, {
      kind: 'teacher_offer',
      title: '数控技术骨干教师赴校指导',
      classCode: '6601',
      fields: '数控加工',
      days: 10,
      startsOn: '2026-04-01',
      endsOn: '2026-06-30',
    });
    const request = await post(pukou.id, {
      kind: 'teacher_request',
      title: '需要数控加工实训指导教师',
      classCode: '6601',
      fields: '数控',
      days: 5,
      startsOn: '2026-04-01',
      endsOn: '2026-06-30',
    });
    const teacher = await createAgreement(db, SYSTEM_ACTOR, alliance.bodyId, pukou.id, {
      offerId: offer.id,
      requestId: request.id,
      teacherName: '王建国',
      place: '南京浦口中等专业学校数控实训中心',
      startsOn: '2026-04-13',
      endsOn: '2026-04-17',
      plannedHours: 30,
    } as never);
    await confirmAgreement(db, SYSTEM_ACTOR, { bodyId: alliance.bodyId, orgId: caoyang.id, agreementId: teacher.id });
    await completeAgreement(db, SYSTEM_ACTOR, { bodyId: alliance.bodyId, orgId: caoyang.id, agreementId: teacher.id }, { actualDays: 5, actualHours: 32 });
    const day = await post(caoyang.id, {
      kind: 'experience',
      title: '走进智能制造职业体验日',
      classCode: '6601',
      fields: '数控加工',
      capacity: 40,
      startsOn: '2026-05-16',
      endsOn: '2026-05-16',
    });
    const visit = await createAgreement(db, SYSTEM_ACTOR, alliance.bodyId, caoyang.id, {
      offerId: day.id,
      visitorName: '上海市普陀区某初级中学',
      place: '曹杨职校智能制造开放实训中心',
      startsOn: '2026-05-16',
      endsOn: '2026-05-16',
      plannedHours: 4,
      plannedParticipants: 40,
    } as never);
    await completeAgreement(
      db,
      SYSTEM_ACTOR,
      { bodyId: alliance.bodyId, orgId: caoyang.id, agreementId: visit.id },
      { actualDays: 1, actualHours: 4, actualParticipants: 38 },
    );
    agreementIds = [teacher.id, visit.id];
    const cycle = await createCycle(db, SYSTEM_ACTOR, {
      authorityOrgId: bureau.id,
      reportYear: 2026,
      title: '测试区中等职业教育质量年度报告（2026年度）',
      levels: ['school_secondary'],
      reportingUnits: [
        { orgId: caoyang.id, level: 'school_secondary' },
        { orgId: pukou.id, level: 'school_secondary' },
      ],
      deadlines: { submit: '2027-03-10', review: '2027-03-20', approve: '2027-03-31', publish: '2027-04-30' },
      outline: ['1. 基本情况'],
    } as never);
    await openCycle(db, SYSTEM_ACTOR, cycle.id, 1, clock.now());
    collector = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'data_collector', scopeId: caoyang.id }], { totp: false }));
    otherCollector = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'data_collector', scopeId: pukou.id }], { totp: false }));
    reportId = (await collector.request({ method: 'GET', url: '/api/reports/mine' })).json().items[0].id;
  });
  afterAll(async () => ctx.close());

  it('offers each unit its own year’s figures with the agreements behind them', async () => {
    const mine = await collector.request({ method: 'GET', url: `/api/reports/${reportId}/suggestions` });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toEqual({
      year: 2026,
      items: [
        { path: 'teachers.exchangeDaysSent', value: 5, sources: [expect.objectContaining({ agreementId: agreementIds[0], role: 'sent', counterpart: '南京浦口中等专业学校' })] },
        { path: 'teachers.exchangeHoursSent', value: 32, sources: [expect.objectContaining({ agreementId: agreementIds[0] })] },
        { path: 'service.experienceActivities', value: 1, sources: [expect.objectContaining({ agreementId: agreementIds[1], role: 'hosted', counterpart: '上海市普陀区某初级中学', participants: 38 })] },
        { path: 'service.experienceParticipants', value: 38, sources: [expect.objectContaining({ agreementId: agreementIds[1] })] },
      ],
    });
    const theirs = (await otherCollector.request({ method: 'GET', url: '/api/reports/mine' })).json().items[0].id;
    const received = (await otherCollector.request({ method: 'GET', url: `/api/reports/${theirs}/suggestions` })).json();
    expect(received.items.map((i: { path: string; value: number }) => [i.path, i.value])).toEqual([
      ['teachers.exchangeDaysReceived', 5],
      ['teachers.exchangeHoursReceived', 32],
    ]);
  });

  it('answers only the unit’s collector, and an unknown report with 404', async () => {
    expect((await otherCollector.request({ method: 'GET', url: `/api/reports/${reportId}/suggestions` })).statusCode).toBe(403);
    expect((await collector.request({ method: 'GET', url: `/api/reports/${crypto.randomUUID()}/suggestions` })).statusCode).toBe(404);
  });

  it('never puts a figure into the form by itself: a typed value stays as typed beside the suggestion', async () => {
    // A report saved before these fields existed reads them as not entered.
    await ctx.deps.database.db.execute(
      sql`update quality_reports set data = data #- '{teachers,exchangeDaysSent}' #- '{service,experienceParticipants}' where id = ${reportId}`,
    );
    const report = (await collector.request({ method: 'GET', url: `/api/reports/${reportId}` })).json();
    expect(report.data.teachers.exchangeDaysSent).toBeNull();
    expect(report.data.service.experienceParticipants).toBeNull();
    const data = { ...report.data, teachers: { ...report.data.teachers, exchangeDaysSent: 3 } };
    const saved = await collector.request({ method: 'PUT', url: `/api/reports/${reportId}/data`, payload: { data, version: report.version } });
    expect(saved.statusCode, saved.body).toBe(200);
    const after = (await collector.request({ method: 'GET', url: `/api/reports/${reportId}` })).json();
    expect(after.data.teachers.exchangeDaysSent).toBe(3);
    const offered = (await collector.request({ method: 'GET', url: `/api/reports/${reportId}/suggestions` })).json();
    expect(offered.items[0]).toMatchObject({ path: 'teachers.exchangeDaysSent', value: 5 });
  });
});
