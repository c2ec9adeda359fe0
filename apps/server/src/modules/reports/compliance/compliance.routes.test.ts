import {
  ZComplianceOverview,
  ZComplianceSheet,
  ZGeneratedReport,
  ZMyEvaluations,
  ZOk,
  ZReportDetail,
  type TComplianceSheet,
} from '@chanjiao/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { rowsOf } from '../../../kernel/db/database.js';
import { makeExpert } from '../../../testing/factories.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { asUser, type TestClient } from '../../../testing/test-client.js';
import { insertOrgs, orgValues } from '../../organizations/index.js';
import { caoyang2022 } from '../data/report-data.test-support.js';

// 上海年报 6.4: “五是实施‘合规性评价’制度，组织专家开展年报的质量评价”; the reports are those the chain approved with the
// 责任声明 (“学校年度质量报告须经学校法定代表人签字并加盖公章”), published by “2023-04-30” in these cycles.
const now = new Date('2023-05-06T02:00:00Z');
const deadlines = { submit: '2023-03-10', review: '2023-03-20', approve: '2023-03-31', publish: '2023-04-30' };

describe('the compliance evaluation through the API', () => {
  let ctx: TestContext;
  let bureauId: string;
  let authority: TestClient;
  let otherAuthority: TestClient;
  let expert: TestClient;
  let expertId: string;
  let secondExpert: TestClient;
  let secondExpertId: string;
  let year = 2000;

  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => now });
    const [bureau, otherBureau] = await insertOrgs(ctx.deps.database.db, [
      orgValues({ name: '合规测试区教育局', type: 'education_authority', regionCode: '310107' }),
      orgValues({ name: '合规测试另一区教育局', type: 'education_authority', regionCode: '310104' }),
    ]);
    bureauId = bureau!.id;
    const admin = async (orgId: string) =>
      asUser(ctx, await createTestUser(ctx.deps, [{ role: 'authority_admin', scopeId: orgId }], { totp: false }));
    authority = await admin(bureauId);
    otherAuthority = await admin(otherBureau!.id);
    const first = await makeExpert(ctx.deps, bureauId);
    const second = await makeExpert(ctx.deps, null);
    // The shared pool is chosen on purpose (selection's expert pool).
    await ctx.deps.database.db.execute(sql`insert into selection_expert_pools (expert_id, authority_org_id) values (${second.id}, null)`);
    expertId = first.id;
    secondExpertId = second.id;
    expert = await asUser(ctx, first);
    secondExpert = await asUser(ctx, second);
  });
  afterAll(async () => ctx.close());

  /**
   * A cycle of the bureau with one school whose report the chain approved (and published, unless told otherwise) and,
   * when asked, a second school whose report stays a draft; each test gets its own year and schools.
   */
  async function approvedReport(authorityOrgId = bureauId, admin = () => authority, options = { publish: true, companion: false }) {
    year += 1;
    const [school, companion] = await insertOrgs(ctx.deps.database.db, [
      orgValues({ name: `合规测试职业学校${year}`, type: 'secondary_vocational', regionCode: '310107' }),
      ...(options.companion ? [orgValues({ name: `合规测试职业学校${year}乙`, type: 'secondary_vocational', regionCode: '310107' })] : []),
    ]);
    const as = async (role: 'data_collector' | 'reviewer' | 'principal'): Promise<Session> =>
      login(ctx.app, await createTestUser(ctx.deps, [{ role, scopeId: school!.id }], { totp: false }));
    const [collector, reviewer, principal] = [await as('data_collector'), await as('reviewer'), await as('principal')];
    const created = await admin().session.request({
      method: 'POST',
      url: '/api/reports/cycles',
      payload: {
        authorityOrgId,
        reportYear: year,
        title: `合规测试区中等职业教育质量年度报告（${year}年度）`,
        levels: ['school_secondary'],
        reportingUnits: [school!, ...(companion ? [companion] : [])].map((unit) => ({ orgId: unit.id, level: 'school_secondary' })),
        deadlines,
        outline: ['1. 基本情况', '7. 面临挑战'],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const cycleId = created.json().id as string;
    await admin().session.request({ method: 'POST', url: `/api/reports/cycles/${cycleId}/open`, payload: { version: 1 } });
    const coverage = (await admin().session.request({ method: 'GET', url: `/api/reports/cycles/${cycleId}/coverage` })).json();
    const idOf = (orgId: string) => (coverage.participants as { id: string; org: { id: string } }[]).find((p) => p.org.id === orgId)!.id;
    const reportId = idOf(school!.id);
    const data = { ...caoyang2022(), statedRates: { partTimeShare: 3.3 } };
    const step = async (session: Session, method: 'PUT' | 'POST', path: string, payload: object) => {
      const response = await session.request({ method, url: `/api/reports/${reportId}${path}`, payload });
      expect(response.statusCode, response.body).toBe(200);
    };
    const walk = async (from: number) => {
      await step(collector, 'PUT', '/data', { data, version: from });
      await step(collector, 'POST', '/submit', { version: from + 1 });
      await step(reviewer, 'POST', '/pass', { version: from + 2 });
      await step(principal, 'POST', '/approve', { version: from + 3, signatoryName: '张校长', statementAccepted: true });
    };
    await walk(1);
    if (options.publish) {
      await step(principal, 'POST', '/publication', {
        form: 'school_website',
        publishedOn: '2023-04-20',
        url: 'https://www.example-school.sh.cn/ndbg.html',
      });
    }
    const companionReportId = companion ? idOf(companion.id) : null;
    return { cycleId, reportId, companionReportId, schoolId: school!.id, schoolName: school!.name, walk };
  }

  const ZCreated = z.object({ id: z.string() });
  const assign = (client: TestClient, cycleId: string, reportId: string, expert = expertId) =>
    client.post(`/api/reports/cycles/${cycleId}/compliance/assignments`, ZCreated, { reportId, expertId: expert }, { status: 201 });

  const sheetPayload = (sheet: TComplianceSheet, finding: string) => ({
    version: sheet.version,
    items: sheet.items.map((item) =>
      item.key === 'figures'
        ? { key: item.key, verdict: 'finding', finding }
        : { key: item.key, verdict: item.preassessment.verdict ?? 'met' },
    ),
  });

  it('gives the assigned expert a sheet pre-assessed with its evidence; the expert confirms, flags one finding and submits', async () => {
    const { cycleId, reportId } = await approvedReport();
    const { id } = await assign(authority, cycleId, reportId);
    const mine = await expert.get('/api/reports/compliance/mine', ZMyEvaluations);
    expect(mine.items.map((i) => i.id)).toContain(id);

    const sheet = await expert.get(`/api/reports/compliance/evaluations/${id}`, ZComplianceSheet);
    const pre = Object.fromEntries(sheet.items.map((i) => [i.key, i.preassessment]));
    expect(pre.data!.verdict).toBe('met');
    expect(pre.statement!.verdict).toBe('met');
    expect(pre.statement!.evidence[0]!['zh-CN']).toContain('张校长');
    // 兼职教师 4 of 118 专任 is 3.4 %; the report states 3.3 % (普陀区年报 3.3).
    expect(pre.figures!.verdict).toBe('finding');
    expect(pre.figures!.evidence[0]!['zh-CN']).toContain('3.4%');
    // Published on 2023-04-20, before the deadline 2023-04-30.
    expect(pre.timeliness!.verdict).toBe('met');
    expect(pre.timeliness!.evidence[0]!['zh-CN']).toBe('公开时间 2023-04-20，截止日期 2023-04-30');
    expect(pre.chapters!.verdict).toBeNull();

    await expert.post(`/api/reports/compliance/evaluations/${id}/submit`, ZOk, sheetPayload(sheet, '兼职教师占比应为 3.4%'));
    const overview = await authority.get(`/api/reports/cycles/${cycleId}/compliance`, ZComplianceOverview);
    const row = overview.reports.find((r) => r.id === reportId)!;
    expect(row.result).toBe('findings');
    expect(row.items.find((i) => i.key === 'figures')!.verdict).toBe('finding');
    expect(row.findings.map((f) => f.text)).toEqual(['兼职教师占比应为 3.4%']);
    expect(overview.summary).toEqual([
      { level: 'school_secondary', participants: 1, evaluated: 1, passed: 0, findings: 1, failed: 0, pending: 0 },
    ]);
    const audit = rowsOf<{ action: string }>(
      await ctx.deps.database.db.execute(sql`select action from audit_log where entity_id = ${id} order by id`),
    ).map((r) => r.action);
    expect(audit).toEqual(['reports.compliance.assign', 'reports.compliance.submit']);
  });

  it('refuses an expert who is not assigned (403), whatever they try', async () => {
    const { cycleId, reportId } = await approvedReport();
    const { id } = await assign(authority, cycleId, reportId);
    const sheet = await expert.get(`/api/reports/compliance/evaluations/${id}`, ZComplianceSheet);
    const url = `/api/reports/compliance/evaluations/${id}`;
    expect((await secondExpert.refused('GET', url, 'COMPLIANCE_NOT_ASSIGNED')).status).toBe(403);
    expect((await secondExpert.refused('PUT', url, 'COMPLIANCE_NOT_ASSIGNED', sheetPayload(sheet, '无'))).status).toBe(403);
    expect((await secondExpert.refused('POST', `${url}/submit`, 'COMPLIANCE_NOT_ASSIGNED', sheetPayload(sheet, '无'))).status).toBe(403);
    // An authority is no expert, and an expert is no authority.
    expect((await authority.refused('GET', url, 'FORBIDDEN')).status).toBe(403);
    expect((await expert.refused('GET', `/api/reports/cycles/${cycleId}/compliance`, 'FORBIDDEN')).status).toBe(403);
  });

  it('lets the assigned expert read the report before it is published: that report only, and only while assigned', async () => {
    const { cycleId, reportId, companionReportId, schoolName } = await approvedReport(bureauId, () => authority, {
      publish: false,
      companion: true,
    });
    const generated = `/api/reports/${reportId}/generated`;
    // Before the assignment the approved, unpublished report is nobody's to read but its unit's and the bureau's.
    expect((await expert.refused('GET', generated, 'NOT_FOUND')).status).toBe(404);
    const { id } = await assign(authority, cycleId, reportId);
    const sheet = await expert.get(`/api/reports/compliance/evaluations/${id}`, ZComplianceSheet);
    expect(sheet.publicPath).toBeNull();

    const report = await expert.get(generated, ZGeneratedReport);
    expect(report.title).toBe(`${schoolName}${year}年度质量报告`);
    expect(report.basis).toBe('approved');
    for (const format of ['docx', 'pdf']) {
      const download = await expert.session.request({ method: 'GET', url: `${generated}.${format}` });
      expect(download.statusCode, download.body).toBe(200);
    }
    // Not the cycle's other report, not the form behind it, not the report to an expert who is not assigned.
    expect((await expert.refused('GET', `/api/reports/${companionReportId}/generated`, 'NOT_FOUND')).status).toBe(404);
    expect((await expert.refused('GET', `/api/reports/${reportId}`, 'NOT_FOUND')).status).toBe(404);
    expect((await secondExpert.refused('GET', generated, 'NOT_FOUND')).status).toBe(404);

    // Withdrawn, the assignment no longer opens the report.
    await authority.delete(`/api/reports/compliance/evaluations/${id}`, ZOk);
    expect((await expert.refused('GET', generated, 'NOT_FOUND')).status).toBe(404);
    expect((await expert.refused('GET', `${generated}.pdf`, 'NOT_FOUND')).status).toBe(404);
  });

  it('keeps every cycle to its own authority and its own reports', async () => {
    const mine = await approvedReport();
    const other = await approvedReport();
    const refused = await authority.refused(
      'POST',
      `/api/reports/cycles/${mine.cycleId}/compliance/assignments`,
      'COMPLIANCE_REPORT_NOT_IN_CYCLE',
      { reportId: other.reportId, expertId },
    );
    expect(refused.error.message).toBe('所选年报不属于本周期，请从本周期的填报单位中选择');
    expect((await otherAuthority.refused('GET', `/api/reports/cycles/${mine.cycleId}/compliance`, 'FORBIDDEN')).status).toBe(403);
    expect(
      (
        await otherAuthority.refused('POST', `/api/reports/cycles/${mine.cycleId}/compliance/assignments`, 'FORBIDDEN', {
          reportId: mine.reportId,
          expertId,
        })
      ).status,
    ).toBe(403);
    // An expert of another authority's pool is not the bureau's to assign.
    const foreign = await makeExpert(
      ctx.deps,
      (
        await insertOrgs(ctx.deps.database.db, [
          orgValues({ name: `合规测试外区教育局${year}`, type: 'education_authority', regionCode: '310104' }),
        ])
      )[0]!.id,
    );
    await authority.refused('POST', `/api/reports/cycles/${mine.cycleId}/compliance/assignments`, 'COMPLIANCE_EXPERT_NOT_IN_POOL', {
      reportId: mine.reportId,
      expertId: foreign.id,
    });
  });

  it('never assigns an expert of the school’s own organisation or one who declared a conflict', async () => {
    const { cycleId, reportId, schoolId, schoolName } = await approvedReport();
    const affiliated = await makeExpert(ctx.deps, bureauId);
    const own = await asUser(ctx, affiliated);
    const declared = await own.session.request({
      method: 'PUT',
      url: '/api/selection/my/affiliations',
      payload: { affiliations: [{ orgId: schoolId, name: schoolName }] },
    });
    expect(declared.statusCode, declared.body).toBe(200);
    const overview = await authority.get(`/api/reports/cycles/${cycleId}/compliance`, ZComplianceOverview);
    expect(overview.reports[0]!.conflicts.map((c) => c.expertId)).toEqual([affiliated.id]);
    const refused = await authority.refused(
      'POST',
      `/api/reports/cycles/${cycleId}/compliance/assignments`,
      'COMPLIANCE_EXPERT_CONFLICTED',
      {
        reportId,
        expertId: affiliated.id,
      },
    );
    expect(refused.error.message).toContain('所在单位即被评价单位');

    const { id } = await assign(authority, cycleId, reportId, secondExpertId);
    await secondExpert.post(`/api/reports/compliance/evaluations/${id}/conflict`, ZOk, {
      reason: '曾在该校兼职任教',
    });
    const again = await authority.refused('POST', `/api/reports/cycles/${cycleId}/compliance/assignments`, 'COMPLIANCE_EXPERT_CONFLICTED', {
      reportId,
      expertId: secondExpertId,
    });
    expect(again.error.message).toContain('曾在该校兼职任教');
  });

  it('refuses a second submission and answers bad input in Chinese, naming the field', async () => {
    const { cycleId, reportId } = await approvedReport();
    const { id } = await assign(authority, cycleId, reportId);
    await authority.refused('POST', `/api/reports/cycles/${cycleId}/compliance/assignments`, 'COMPLIANCE_ALREADY_ASSIGNED', {
      reportId,
      expertId,
    });
    const url = `/api/reports/compliance/evaluations/${id}`;
    const sheet = await expert.get(url, ZComplianceSheet);

    const bad = await expert.refused('PUT', url, 'VALIDATION_FAILED', {
      version: sheet.version,
      items: [{ key: 'figures', verdict: 'maybe' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.error.fields!.map((f) => f.message).join(' ')).toContain('评价结论');
    const incomplete = await expert.refused('POST', `${url}/submit`, 'COMPLIANCE_SHEET_INCOMPLETE', {
      version: sheet.version,
      items: [{ key: 'figures', verdict: 'finding' }],
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.error.message).toContain('『报告章节齐全』请给出评价结论');
    await expert.refused('PUT', url, 'COMPLIANCE_UNKNOWN_ITEM', { version: sheet.version, items: [{ key: 'colour', verdict: 'met' }] });

    await expert.post(`${url}/submit`, ZOk, sheetPayload(sheet, '兼职教师占比应为 3.4%'));
    const twice = await expert.refused('POST', `${url}/submit`, 'COMPLIANCE_ALREADY_SUBMITTED', sheetPayload(sheet, '再次提交'));
    expect(twice.status).toBe(409);
    expect(twice.error.message).toContain('不能再修改或重复提交');
    await authority.refused('DELETE', url, 'COMPLIANCE_NOT_UNASSIGNABLE');
  });

  it('sends a report with findings back to its school through the chain, keeping its versions, and evaluates it afresh', async () => {
    const { cycleId, reportId, walk } = await approvedReport();
    const { id } = await assign(authority, cycleId, reportId);
    const sheet = await expert.get(`/api/reports/compliance/evaluations/${id}`, ZComplianceSheet);
    await expert.post(`/api/reports/compliance/evaluations/${id}/submit`, ZOk, sheetPayload(sheet, '兼职教师占比应为 3.4%'));
    const before = await authority.get(`/api/reports/${reportId}`, ZReportDetail);

    await authority.post(`/api/reports/${reportId}/compliance/send-back`, ZOk, {
      version: before.version,
      remark: '请于两周内更正后重新审定',
    });
    const returned = await authority.get(`/api/reports/${reportId}`, ZReportDetail);
    expect(returned.status).toBe('returned');
    expect(returned.returnComment).toContain('『数据前后一致』');
    expect(returned.returnComment).toContain('兼职教师占比应为 3.4%');
    expect(returned.returnComment).toContain('说明：请于两周内更正后重新审定');
    expect(returned.history.at(-1)!.action).toBe('authority_return');
    // Sent back once; nothing is left to send back until it is evaluated again.
    await authority.refused('POST', `/api/reports/${reportId}/compliance/send-back`, 'COMPLIANCE_NOTHING_TO_SEND_BACK', {
      version: returned.version,
    });

    await walk(returned.version);
    const reapproved = await authority.get(`/api/reports/${reportId}`, ZReportDetail);
    expect(reapproved.history.filter((h) => h.action === 'approve')).toHaveLength(2);
    const overview = await authority.get(`/api/reports/cycles/${cycleId}/compliance`, ZComplianceOverview);
    const row = overview.reports[0]!;
    expect(row.result).toBe('pending');
    expect(row.evaluations).toEqual([]);
    expect(row.sentBack).toHaveLength(1);
    // The same expert evaluates the corrected report in the new round.
    await assign(authority, cycleId, reportId);
    const audit = rowsOf<{ action: string }>(
      await ctx.deps.database.db.execute(
        sql`select action from audit_log where entity_id = ${reportId} and action like 'reports.compliance.%'`,
      ),
    ).map((r) => r.action);
    expect(audit).toEqual(['reports.compliance.send_back']);
  });
});
