import { sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../../kernel/db/database.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { insertOrgs, orgValues } from '../../organizations/index.js';
import { caoyang2022 } from '../data/report-data.test-support.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';

// 普陀区年报: 普陀区教育局 collects the 2022 reports of its 中职 schools; 上海年报 6.4: 采集员 → 审核员 → 校长 with 责任声明.
const clock = new Date('2023-03-15T02:00:00Z');

describe('a report cycle through the API', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  let authority: Session;
  let collector: Session;
  let reviewer: Session;
  let principal: Session;
  let otherSchoolCollector: Session;
  let bureauId: string;
  let schoolId: string;
  let otherId: string;
  let cycleId: string;
  let reportId: string;

  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => clock });
    const [bureau, school, other, firm] = await insertOrgs(ctx.deps.database.db, [
      orgValues({ name: '测试区教育局', type: 'education_authority', regionCode: '310107' }),
      orgValues({ name: '测试职业技术学校', type: 'secondary_vocational', regionCode: '310107' }),
      orgValues({ name: '测试信息技术学校', type: 'secondary_vocational', regionCode: '310107' }),
      orgValues({ name: '测试汽车服务有限公司', type: 'enterprise', regionCode: '310107' }),
    ]);
    bureauId = bureau!.id;
    schoolId = school!.id;
    otherId = other!.id;
    void firm;
    const as = async (role: 'authority_admin' | 'data_collector' | 'reviewer' | 'principal', scopeId: string) =>
      login(ctx.app, await createTestUser(ctx.deps, [{ role, scopeId }], { totp: false }));
    authority = await as('authority_admin', bureauId);
    collector = await as('data_collector', schoolId);
    reviewer = await as('reviewer', schoolId);
    principal = await as('principal', schoolId);
    otherSchoolCollector = await as('data_collector', otherId);
  });
  afterAll(async () => ctx.close());

  const cycleInput = () => ({
    authorityOrgId: bureauId,
    reportYear: 2022,
    title: '普陀区中等职业教育质量年度报告（2022年度）',
    noticeNumber: '普教〔2023〕1号',
    levels: ['school_secondary'],
    reportingUnits: [
      { orgId: schoolId, level: 'school_secondary' },
      { orgId: otherId, level: 'school_secondary' },
    ],
    deadlines: { submit: '2023-03-10', review: '2023-03-20', approve: '2023-03-31', publish: '2023-04-30' },
    outline: ['1. 基本情况', '2. 学生发展'],
  });
  const get = async (session: Session, url: string) => session.request({ method: 'GET', url });
  const report = async (session = collector) => (await get(session, `/api/reports/${reportId}`)).json();

  it('refuses an enterprise as a school participant and deadlines out of order, naming the field', async () => {
    const wrongUnit = await authority.request({
      method: 'POST',
      url: '/api/reports/cycles',
      payload: { ...cycleInput(), levels: ['school_secondary', 'district'], reportingUnits: [{ orgId: schoolId, level: 'district' }] },
    });
    expect(wrongUnit.statusCode).toBe(400);
    expect(wrongUnit.json().error.message).toContain('不能作为“区级年报”的填报单位');
    const order = await authority.request({
      method: 'POST',
      url: '/api/reports/cycles',
      payload: { ...cycleInput(), deadlines: { submit: '2023-03-10', review: '2023-03-01', approve: '2023-03-31', publish: '2023-04-30' } },
    });
    expect(order.statusCode).toBe(400);
    expect(JSON.stringify(order.json())).toContain('不能早于前一阶段的截止日期');
  });

  it('opens a cycle and shows coverage with who is late', async () => {
    const created = await authority.request({ method: 'POST', url: '/api/reports/cycles', payload: cycleInput() });
    expect(created.statusCode, created.body).toBe(201);
    cycleId = created.json().id;
    const again = await authority.request({ method: 'POST', url: '/api/reports/cycles', payload: cycleInput() });
    expect(again.statusCode).toBe(409);

    const mine = (await get(collector, '/api/reports/mine')).json();
    expect(mine.items).toEqual([]);
    const opened = await authority.request({ method: 'POST', url: `/api/reports/cycles/${cycleId}/open`, payload: { version: 1 } });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({ status: 'open', indicatorSetVersion: '2023-core-1', participantCount: 2 });

    const items = (await get(collector, '/api/reports/mine')).json().items;
    expect(items).toHaveLength(1);
    reportId = items[0].id;

    const coverage = (await get(authority, `/api/reports/cycles/${cycleId}/coverage`)).json();
    expect(coverage.levels).toEqual([{ level: 'school_secondary', participants: 2, submitted: 0, approved: 0, published: 0, late: 2 }]);
    expect(coverage.participants.map((p: { lateStage: string }) => p.lateStage)).toEqual(['submit', 'submit']);
    // A school's collector has no access to the authority's coverage, nor to another school's report.
    expect((await get(collector, `/api/reports/cycles/${cycleId}/coverage`)).statusCode).toBe(403);
    expect((await get(otherSchoolCollector, `/api/reports/${reportId}`)).statusCode).toBe(404);
  });

  it('walks the chain: fill, submit, return one field, fix, pass, approve with the statement', async () => {
    const data = caoyang2022();
    data.teachers.dualQualifiedTeachers = 60;
    data.statedRates = { partTimeShare: 3.3 };
    expect(
      (await collector.request({ method: 'PUT', url: `/api/reports/${reportId}/data`, payload: { data, version: 1 } })).statusCode,
    ).toBe(200);
    let r = await report();
    expect(r.problems[0]).toMatchObject({ path: ['teachers', 'dualQualifiedTeachers'] });
    expect(r.rates.find((x: { key: string }) => x.key === 'partTimeShare')).toMatchObject({ display: '3.4%', stated: 3.3, differs: true });

    const refused = await collector.request({ method: 'POST', url: `/api/reports/${reportId}/submit`, payload: { version: 2 } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0]).toMatchObject({ path: 'data.teachers.dualQualifiedTeachers' });
    expect(refused.body).toContain('双师型教师数');

    data.teachers.dualQualifiedTeachers = 48;
    await collector.request({ method: 'PUT', url: `/api/reports/${reportId}/data`, payload: { data, version: 2 } });
    expect((await collector.request({ method: 'POST', url: `/api/reports/${reportId}/submit`, payload: { version: 3 } })).statusCode).toBe(
      200,
    );
    // The reviewer finds it waiting on the dashboard; the collector has nothing left there.
    const waiting = (await get(reviewer, '/api/dashboard')).json().items.filter((i: { key: string }) => i.key.startsWith('reports.'));
    expect(waiting).toEqual([expect.objectContaining({ key: 'reports.review', count: 1, link: '/reports/work/review' })]);
    expect((await get(collector, '/api/dashboard')).json().items.filter((i: { key: string }) => i.key.startsWith('reports.'))).toEqual([]);
    // Submitted data is no longer the collector's to change.
    expect(
      (await collector.request({ method: 'PUT', url: `/api/reports/${reportId}/data`, payload: { data, version: 4 } })).statusCode,
    ).toBe(409);

    const returned = await reviewer.request({
      method: 'POST',
      url: `/api/reports/${reportId}/reviewer-return`,
      payload: { version: 4, fieldComments: [{ path: 'teachers.partTimeTeachers', comment: '兼职教师数与人事台账不符，请核对' }] },
    });
    expect(returned.statusCode, returned.body).toBe(200);
    r = await report();
    expect(r).toMatchObject({
      status: 'returned',
      fieldComments: [{ path: 'teachers.partTimeTeachers', comment: '兼职教师数与人事台账不符，请核对' }],
      abilities: { edit: true, submit: true },
    });

    data.teachers.partTimeTeachers = 5;
    await collector.request({ method: 'PUT', url: `/api/reports/${reportId}/data`, payload: { data, version: 5 } });
    await collector.request({ method: 'POST', url: `/api/reports/${reportId}/submit`, payload: { version: 6 } });
    expect((await reviewer.request({ method: 'POST', url: `/api/reports/${reportId}/pass`, payload: { version: 7 } })).statusCode).toBe(
      200,
    );

    const unsigned = await principal.request({
      method: 'POST',
      url: `/api/reports/${reportId}/approve`,
      payload: { version: 8, signatoryName: '张校长', statementAccepted: false },
    });
    expect(unsigned.statusCode).toBe(400);
    expect(unsigned.body).toContain('请阅读并确认责任声明');
    const approved = await principal.request({
      method: 'POST',
      url: `/api/reports/${reportId}/approve`,
      payload: { version: 8, signatoryName: '张校长', statementAccepted: true },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    r = await report(principal);
    expect(r.status).toBe('approved');
    expect(r.statement).toMatchObject({ signatoryName: '张校长' });
    expect(r.statement.text).toContain('学校年度质量报告须经学校法定代表人签字并加盖公章');
    expect(r.history.map((h: { action: string }) => h.action)).toEqual(['submit', 'reviewer_return', 'submit', 'pass', 'approve']);

    // Approved data is locked for the collector.
    expect(
      (await collector.request({ method: 'PUT', url: `/api/reports/${reportId}/data`, payload: { data, version: 9 } })).statusCode,
    ).toBe(409);
    const audit = rowsOf<{ action: string }>(
      await ctx.deps.database.db.execute(sql`select action from audit_log where entity_id = ${reportId} order by id`),
    );
    expect(audit.map((a) => a.action)).toEqual([
      'reports.report.save',
      'reports.report.save',
      'reports.report.submit',
      'reports.report.reviewer_return',
      'reports.report.save',
      'reports.report.submit',
      'reports.report.pass',
      'reports.report.approve',
    ]);
  });

  it('lets the authority return an approved report, which the collector may then correct', async () => {
    const coverage = (await get(authority, `/api/reports/cycles/${cycleId}/coverage`)).json();
    expect(coverage.levels[0]).toMatchObject({ submitted: 1, approved: 1, late: 1 });
    // Submitted and approved at the test's clock, answered as ISO instants; the other school has done neither.
    expect(
      coverage.participants.map((p: { org: { name: string }; submittedAt: string | null; approvedAt: string | null }) => [
        p.org.name,
        p.submittedAt,
        p.approvedAt,
      ]),
    ).toEqual([
      ['测试信息技术学校', null, null],
      ['测试职业技术学校', '2023-03-15T02:00:00.000Z', '2023-03-15T02:00:00.000Z'],
    ]);
    const back = await authority.request({
      method: 'POST',
      url: `/api/reports/${reportId}/authority-return`,
      payload: { version: 9, comment: '表1 学生人数与学籍系统不一致' },
    });
    expect(back.statusCode, back.body).toBe(200);
    const r = await report();
    expect(r).toMatchObject({
      status: 'returned',
      returnComment: '表1 学生人数与学籍系统不一致',
      statement: null,
      abilities: { edit: true },
    });
    // The reviewer cannot return on the authority's behalf.
    expect(
      (await reviewer.request({ method: 'POST', url: `/api/reports/${reportId}/authority-return`, payload: { version: 10, comment: 'x' } }))
        .statusCode,
    ).toBe(403);
  });

  it('generates the school’s report and the authority’s, with 表1 and its 合计, as a model and as DOCX and PDF', async () => {
    // The school's report, as its principal reads it.
    const school = (await get(principal, `/api/reports/${reportId}/generated`)).json();
    expect(school.title).toBe('测试职业技术学校2022年度质量报告');
    expect(school.chapters.map((c: { heading: string }) => c.heading)).toEqual(['1. 基本情况', '2. 学生发展']);
    expect(school.chapters[0].blocks[0]).toEqual({ kind: 'text', text: '测试职业技术学校在校学生1,282人，在编在岗教职工141人。' });
    expect(school.chapters[1].blocks[0].text).toContain('对口就业率97.0%');

    // The authority's report: approved data only (none now: the report was returned), or a preview of all.
    const approvedOnly = (await get(authority, `/api/reports/cycles/${cycleId}/generated`)).json();
    expect(approvedOnly).toMatchObject({ basis: 'approved', leftOut: ['测试信息技术学校', '测试职业技术学校'] });
    const preview = (await get(authority, `/api/reports/cycles/${cycleId}/generated?basis=all`)).json();
    // The preview includes the unapproved data and names whose it is.
    expect(preview.leftOut).toEqual(['测试信息技术学校', '测试职业技术学校']);
    const table = preview.chapters[0].blocks[1];
    expect(table.caption).toBe('表1 2022年办学情况表');
    expect(table.totals).toEqual(['合计', '', '8', '3', '0', '1,282', '141']);

    const docx = await authority.request({ method: 'GET', url: `/api/reports/cycles/${cycleId}/generated.docx?basis=all` });
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const text = (await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('表1 2022年办学情况表');
    expect(text).toContain('合计');
    expect(text).toContain('草稿预览：含尚未审定的数据（测试信息技术学校、测试职业技术学校）');
    const pdf = await principal.request({ method: 'GET', url: `/api/reports/${reportId}/generated.pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // The school's staff cannot generate the authority's report.
    expect((await get(collector, `/api/reports/cycles/${cycleId}/generated`)).statusCode).toBe(403);
  });
});
