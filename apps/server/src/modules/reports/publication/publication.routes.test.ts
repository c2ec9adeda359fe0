import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../../kernel/db/database.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { insertOrgs, orgValues } from '../../organizations/index.js';
import { caoyang2022 } from '../data/report-data.test-support.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';

// 上海年报 6.4: “实施‘市、区、校’三级公示制度，市教委、区教育局、中职学校都要设置专栏公示年报”; its first page prints
// 公开形式 “上海市教育委员会官方网站专栏发布”, 公开时间 2025 年 3 月 13 日, 公开网址 http://edu.sh.gov.cn/zyjy/.
const now = new Date('2023-05-06T02:00:00Z');

describe('publishing quality reports and the three-level public display', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  let cityAdmin: Session;
  let districtAdmin: Session;
  let collector: Session;
  let reviewer: Session;
  let principal: Session;
  let otherPrincipal: Session;
  let anonymous: Session;
  let cityId: string;
  let districtId: string;
  let schoolId: string;
  let districtCycleId: string;
  let cityCycleId: string;
  let schoolReportId: string;
  let otherReportId: string;
  let districtReportId: string;

  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => now });
    const [city, district, school, other] = await insertOrgs(ctx.deps.database.db, [
      orgValues({ name: '测试市教育委员会', type: 'education_authority', regionCode: '310000' }),
      orgValues({ name: '测试区教育局', type: 'education_authority', regionCode: '310107' }),
      orgValues({ name: '测试职业技术学校', type: 'secondary_vocational', regionCode: '310107' }),
      orgValues({ name: '测试信息技术学校', type: 'secondary_vocational', regionCode: '310107' }),
    ]);
    cityId = city!.id;
    districtId = district!.id;
    schoolId = school!.id;
    const as = async (role: 'authority_admin' | 'data_collector' | 'reviewer' | 'principal', scopeId: string) =>
      login(ctx.app, await createTestUser(ctx.deps, [{ role, scopeId }], { totp: false }));
    cityAdmin = await as('authority_admin', cityId);
    districtAdmin = await as('authority_admin', districtId);
    collector = await as('data_collector', schoolId);
    reviewer = await as('reviewer', schoolId);
    principal = await as('principal', schoolId);
    otherPrincipal = await as('principal', other!.id);
    anonymous = { request: (options) => ctx.app.inject(options) } as Session;

    const deadlines = { submit: '2023-03-10', review: '2023-03-20', approve: '2023-03-31', publish: '2023-04-30' };
    const openCycle = async (admin: Session, payload: object) => {
      const created = await admin.request({ method: 'POST', url: '/api/reports/cycles', payload });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().id as string;
      expect((await admin.request({ method: 'POST', url: `/api/reports/cycles/${id}/open`, payload: { version: 1 } })).statusCode).toBe(
        200,
      );
      return id;
    };
    districtCycleId = await openCycle(districtAdmin, {
      authorityOrgId: districtId,
      reportYear: 2022,
      title: '测试区中等职业教育质量年度报告（2022年度）',
      levels: ['school_secondary'],
      reportingUnits: [
        { orgId: schoolId, level: 'school_secondary' },
        { orgId: other!.id, level: 'school_secondary' },
      ],
      deadlines,
      outline: ['1. 基本情况'],
    });
    cityCycleId = await openCycle(cityAdmin, {
      authorityOrgId: cityId,
      reportYear: 2022,
      title: '测试市职业教育质量报告（2022年度）',
      levels: ['district'],
      reportingUnits: [{ orgId: districtId, level: 'district' }],
      deadlines,
      outline: ['1. 基本情况'],
    });
    const coverage = (await districtAdmin.request({ method: 'GET', url: `/api/reports/cycles/${districtCycleId}/coverage` })).json();
    schoolReportId = coverage.participants.find((p: { org: { id: string } }) => p.org.id === schoolId).id;
    otherReportId = coverage.participants.find((p: { org: { id: string } }) => p.org.id !== schoolId).id;
    const cityCoverage = (await cityAdmin.request({ method: 'GET', url: `/api/reports/cycles/${cityCycleId}/coverage` })).json();
    districtReportId = cityCoverage.participants[0].id;
  });
  afterAll(async () => ctx.close());

  const get = (session: Session, url: string) => session.request({ method: 'GET', url });
  const post = (session: Session, url: string, payload: object) => session.request({ method: 'POST', url, payload });
  const schoolPublication = { form: 'school_website', url: 'https://www.example-school.sh.cn/ndbg/2022.html' };

  async function approveSchoolReport() {
    const saved = await collector.request({
      method: 'PUT',
      url: `/api/reports/${schoolReportId}/data`,
      payload: { data: caoyang2022(), version: 1 },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await post(collector, `/api/reports/${schoolReportId}/submit`, { version: 2 })).statusCode).toBe(200);
    expect((await post(reviewer, `/api/reports/${schoolReportId}/pass`, { version: 3 })).statusCode).toBe(200);
    const approved = await post(principal, `/api/reports/${schoolReportId}/approve`, {
      version: 4,
      signatoryName: '张校长',
      statementAccepted: true,
    });
    expect(approved.statusCode, approved.body).toBe(200);
  }

  async function approveDistrictReport() {
    const as = async (role: 'data_collector' | 'reviewer' | 'principal') =>
      login(ctx.app, await createTestUser(ctx.deps, [{ role, scopeId: districtId }], { totp: false }));
    const [districtCollector, districtReviewer, districtHead] = [await as('data_collector'), await as('reviewer'), await as('principal')];
    const url = `/api/reports/${districtReportId}`;
    expect(
      (await districtCollector.request({ method: 'PUT', url: `${url}/data`, payload: { data: caoyang2022(), version: 1 } })).statusCode,
    ).toBe(200);
    expect((await post(districtCollector, `${url}/submit`, { version: 2 })).statusCode).toBe(200);
    expect((await post(districtReviewer, `${url}/pass`, { version: 3 })).statusCode).toBe(200);
    expect((await post(districtHead, `${url}/approve`, { version: 4, signatoryName: '李局长', statementAccepted: true })).statusCode).toBe(
      200,
    );
  }

  it('refuses to publish a report the principal has not approved, saying why', async () => {
    const state = (await get(principal, `/api/reports/${schoolReportId}/publication`)).json();
    expect(state).toMatchObject({ publication: null, mayPublish: false, suggestedForm: 'school_website', publishDeadline: '2023-04-30' });
    expect(state.blockedReason).toContain('审定');
    const refused = await post(principal, `/api/reports/${schoolReportId}/publication`, schoolPublication);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('不能公开发布');
  });

  it('refuses the wrong role, another school and bad input', async () => {
    await approveSchoolReport();
    // The school's reviewer sees the report but may not publish it; another school's principal does not see it.
    expect((await post(reviewer, `/api/reports/${schoolReportId}/publication`, schoolPublication)).statusCode).toBe(403);
    expect((await post(otherPrincipal, `/api/reports/${schoolReportId}/publication`, schoolPublication)).statusCode).toBe(404);
    expect((await get(otherPrincipal, `/api/reports/${schoolReportId}/publication`)).statusCode).toBe(404);
    // A school's principal does not publish the district's report, nor another authority's.
    expect((await post(principal, `/api/reports/cycles/${districtCycleId}/publication`, schoolPublication)).statusCode).toBe(403);
    expect((await post(cityAdmin, `/api/reports/cycles/${districtCycleId}/publication`, schoolPublication)).statusCode).toBe(403);

    const badUrl = await post(principal, `/api/reports/${schoolReportId}/publication`, { form: 'school_website', url: 'www.school' });
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.body).toContain('http:// 或 https://');
    const badDate = await post(principal, `/api/reports/${schoolReportId}/publication`, {
      ...schoolPublication,
      publishedOn: '2023-13-01',
    });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.body).toContain('YYYY-MM-DD');
    const future = await post(principal, `/api/reports/${schoolReportId}/publication`, { ...schoolPublication, publishedOn: '2023-05-07' });
    expect(future.statusCode).toBe(409);
    expect(future.json().error.message).toContain('公开时间不能晚于今天');
  });

  it('publishes the approved report with the date it went on the school’s website, and counts it in the coverage', async () => {
    const published = await post(principal, `/api/reports/${schoolReportId}/publication`, {
      ...schoolPublication,
      publishedOn: '2023-04-20',
    });
    expect(published.statusCode, published.body).toBe(200);
    expect((await post(principal, `/api/reports/${schoolReportId}/publication`, schoolPublication)).statusCode).toBe(409);
    const state = (await get(principal, `/api/reports/${schoolReportId}/publication`)).json();
    expect(state).toMatchObject({ mayPublish: false, mayWithdraw: true });
    expect((await get(reviewer, `/api/reports/${schoolReportId}/publication`)).json()).toMatchObject({ mayWithdraw: false });
    expect(state.publication).toEqual({
      ...schoolPublication,
      publishedOn: '2023-04-20',
      publicPath: `/public/reports/${schoolReportId}`,
      onTime: true,
    });
    const coverage = (await get(districtAdmin, `/api/reports/cycles/${districtCycleId}/coverage`)).json();
    expect(coverage.levels[0]).toMatchObject({ participants: 2, approved: 1, published: 1, late: 1 });
  });

  it('withdraws only with a reason, audited, and the public page is gone until it is published again', async () => {
    const noReason = await post(principal, `/api/reports/${schoolReportId}/publication/withdraw`, { reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect((await post(reviewer, `/api/reports/${schoolReportId}/publication/withdraw`, { reason: '网址有误' })).statusCode).toBe(403);
    const withdrawn = await post(principal, `/api/reports/${schoolReportId}/publication/withdraw`, {
      reason: '公开网址有误，更正后重新发布',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await post(principal, `/api/reports/${schoolReportId}/publication/withdraw`, { reason: '再撤' })).statusCode).toBe(409);
    expect((await get(anonymous, `/api/public/reports/${schoolReportId}`)).statusCode).toBe(404);
    const state = (await get(principal, `/api/reports/${schoolReportId}/publication`)).json();
    expect(state).toMatchObject({ publication: null, mayPublish: true });
    expect(state.withdrawals[0]).toMatchObject({ reason: '公开网址有误，更正后重新发布' });

    // Republished without a date: the platform's today, after the deadline, so late.
    expect((await post(principal, `/api/reports/${schoolReportId}/publication`, schoolPublication)).statusCode).toBe(200);
    expect((await get(principal, `/api/reports/${schoolReportId}/publication`)).json().publication).toMatchObject({
      publishedOn: '2023-05-06',
      onTime: false,
    });
    const audit = rowsOf<{ action: string; details: { reason?: string } }>(
      await ctx.deps.database.db.execute(
        sql`select action, details from audit_log where entity_id = ${schoolReportId} and (action like '%publish' or action like '%withdraw') order by id`,
      ),
    );
    expect(audit.map((a) => a.action)).toEqual(['reports.report.publish', 'reports.report.withdraw', 'reports.report.publish']);
    expect(audit[1]!.details.reason).toBe('公开网址有误，更正后重新发布');
  });

  it('publishes the district’s report and the city’s, and shows the three levels to anyone', async () => {
    const districtPublication = { form: 'district_website', publishedOn: '2023-04-25', url: 'http://www.ptq.sh.gov.cn/jyj/ndbg/' };
    expect((await post(districtAdmin, `/api/reports/cycles/${districtCycleId}/publication`, districtPublication)).statusCode).toBe(200);
    // The district's report in the city's cycle has not been through the chain yet, so neither it nor the city's own
    // report (built from approved district reports only) can be published.
    const cityPublication = { form: 'city_website', publishedOn: '2023-04-25', url: 'http://edu.sh.gov.cn/zyjy/' };
    expect((await post(cityAdmin, `/api/reports/${districtReportId}/publication`, districtPublication)).statusCode).toBe(409);
    const early = await post(cityAdmin, `/api/reports/cycles/${cityCycleId}/publication`, cityPublication);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('还没有审定的单位年报');
    expect((await post(districtAdmin, `/api/reports/${districtReportId}/publication`, districtPublication)).statusCode).toBe(409);

    const onlyDistrict = (await get(anonymous, '/api/public/reports/columns')).json();
    expect(onlyDistrict.items).toEqual([{ org: { id: districtId, name: '测试区教育局' }, kind: 'district', published: 2 }]);

    await approveDistrictReport();
    // The district authority publishes its own 区级年报 of the city's cycle.
    expect((await post(districtAdmin, `/api/reports/${districtReportId}/publication`, districtPublication)).statusCode).toBe(200);
    expect((await post(cityAdmin, `/api/reports/cycles/${cityCycleId}/publication`, cityPublication)).statusCode).toBe(200);

    const columns = (await get(anonymous, '/api/public/reports/columns')).json();
    expect(columns.items).toEqual([
      { org: { id: cityId, name: '测试市教育委员会' }, kind: 'city', published: 2 },
      { org: { id: districtId, name: '测试区教育局' }, kind: 'district', published: 2 },
    ]);
    const city = (await get(anonymous, `/api/public/reports/columns/${cityId}`)).json();
    expect(city).toMatchObject({ kind: 'city', years: [{ reportYear: 2022, own: { level: 'authority' } }] });
    // The city's column links the district's report and the district's own column, where its schools are.
    expect(city.years[0].districts).toEqual([
      expect.objectContaining({ org: { id: districtId, name: '测试区教育局' }, level: 'district', columnOrgId: districtId }),
    ]);
    const column = (await get(anonymous, `/api/public/reports/columns/${districtId}`)).json();
    expect(column.years).toHaveLength(1);
    expect(column.years[0].own).toMatchObject({
      level: 'authority',
      title: '测试区中等职业教育质量年度报告（2022年度）',
      publication: {
        form: 'district_website',
        publishedOn: '2023-04-25',
        onTime: true,
        publicPath: `/public/reports/cycles/${districtCycleId}`,
      },
    });
    expect(column.years[0].schools).toEqual([
      expect.objectContaining({ org: { id: schoolId, name: '测试职业技术学校' }, title: '测试职业技术学校2022年度质量报告' }),
    ]);

    const page = await get(anonymous, `/api/public/reports/${schoolReportId}`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({ org: { name: '测试职业技术学校' }, column: { id: districtId }, report: { basis: 'approved' } });
    // Nothing personal: the signatory of the statement is not on the public page.
    expect(page.body).not.toContain('张校长');
    const districtPage = (await get(anonymous, `/api/public/reports/cycles/${districtCycleId}`)).json();
    expect(districtPage.report.leftOut).toEqual(['测试信息技术学校']);
    // Unpublished reports and unknown ids are not found.
    expect((await get(anonymous, `/api/public/reports/${otherReportId}`)).statusCode).toBe(404);
    expect((await get(anonymous, `/api/public/reports/columns/${schoolId}`)).statusCode).toBe(404);
    expect((await get(anonymous, '/api/public/reports/not-a-uuid')).statusCode).toBe(400);
  });
});
