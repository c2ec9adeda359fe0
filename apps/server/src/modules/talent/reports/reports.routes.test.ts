import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZPublicTalentReports, ZTalentReport, ZTalentReportList } from '@chanjiao/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../testing/test-app.js';
import { clientOf } from '../../../testing/test-client.js';
import { demandReportCounts } from '../index.js';
import { type Consortium, consortium } from '../testing/consortium.test-support.js';

// 普陀区年报 (docs/sources.md §7, §9 T4): “按季度发布研究报告 … 季度趋势研究专报 4 份、年度总报告 1 份” — numbered, archived, public.
const clock = new Date('2026-10-12T02:00:00Z');
const workDir = mkdtempSync(join(tmpdir(), 'talent-report-'));

/** The PDF's text as pdftotext reads it, without white space (it drops or adds spaces between CJK glyphs). */
function pdfText(pdf: Buffer): string {
  const file = join(workDir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

describe('the supply–demand reports through the API', () => {
  let ctx: TestContext;
  let c: Consortium;
  let other: Consortium;
  let url: string;

  const addDemand = async (target: Consortium, position: string, majorCode: string, headcounts: number[]) => {
    const response = await target.secretariat.request({
      method: 'POST',
      url: `/api/bodies/${target.bodyId}/talent/demands`,
      payload: {
        orgId: target.enterpriseId,
        position,
        occupation: position,
        majorCodes: [majorCode],
        educationLevel: 'higher_associate',
        startYear: 2027,
        headcounts,
        locationRegionCode: '320703',
      },
    });
    expect(response.statusCode, response.body).toBe(201);
  };
  const draft = async (target: Consortium, payload: object) => {
    const response = await target.secretariat.request({ method: 'POST', url: `/api/bodies/${target.bodyId}/talent/reports`, payload });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  const read = (target: Consortium, id: string) =>
    clientOf(target.secretariat).get(`/api/bodies/${target.bodyId}/talent/reports/${id}`, ZTalentReport);
  const publish = (target: Consortium, id: string, version: number) =>
    clientOf(target.secretariat).post(`/api/bodies/${target.bodyId}/talent/reports/${id}/publish`, ZTalentReport, { version });

  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => clock });
    c = await consortium(ctx);
    other = await consortium(ctx, '另一');
    url = `/api/bodies/${c.bodyId}/talent/reports`;
    await addDemand(c, '化工总控操作员', '470201', [10, 15, 15]);
    const supply = await c.college.request({
      method: 'POST',
      url: `/api/bodies/${c.bodyId}/talent/supplies`,
      payload: {
        orgId: c.collegeId,
        majorCode: '470201',
        mode: 'full_time',
        startYear: 2027,
        plannedEnrolment: [40, 40, 40],
        expectedGraduates: [5, 5, 5],
        placementsOffered: 0,
      },
    });
    expect(supply.statusCode, supply.body).toBe(201);
  });
  afterAll(async () => ctx.close());

  it('drafts the quarterly report from the figures, edits its text by version, renders it and publishes it frozen as 2026年第1期', async () => {
    const id = await draft(c, { kind: 'quarterly', year: 2026, quarter: 4 });
    const report = await read(c, id);
    expect(report).toMatchObject({
      status: 'draft',
      numberLabel: null,
      periodLabel: '2026年第四季度',
      firstDay: '2026-10-01',
      lastDay: '2026-12-31',
      abilities: { edit: true, publish: true, withdraw: false },
    });
    expect(report.figures.years).toEqual([2027, 2028, 2029]);
    expect(report.figures.gaps).toEqual([{ code: '470201', name: '应用化工技术', level: '高职专科', demand: 40, supply: 15, gap: 25 }]);
    expect(report.figures.byIndustry[0]).toMatchObject({ name: '生物与化工', total: 40 });
    expect(report.sections.intro).toContain('1家企业共需求40人，学校预计毕业生15人，缺口25人。');

    const sections = { intro: report.sections.intro, analysis: '应用化工技术缺口最大，建议扩大招生。', advice: report.sections.advice };
    const edited = await clientOf(c.secretariat).put(`${url}/${id}/sections`, ZTalentReport, { ...sections, version: report.version });
    expect(edited.sections.analysis).toBe('应用化工技术缺口最大，建议扩大招生。');
    const stale = await clientOf(c.secretariat).refused('PUT', `${url}/${id}/sections`, 'VERSION_CONFLICT', {
      ...sections,
      version: report.version,
    });
    expect(stale.status).toBe(409);

    const docx = await c.secretariat.request({ method: 'GET', url: `${url}/${id}/document.docx` });
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const pdf = await c.secretariat.request({ method: 'GET', url: `${url}/${id}/document.pdf` });
    expect(pdf.statusCode).toBe(200);
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('表3各专业供需缺口（2027—2029年合计，人）');
    expect(text).toContain('应用化工技术缺口最大，建议扩大招生。');
    expect(text).toContain('（未发布稿）');

    const published = await publish(c, id, edited.version);
    expect(published).toMatchObject({ status: 'published', numberLabel: '2026年第1期', publishedOn: '2026-10-12' });
    expect(published.abilities).toEqual({ edit: false, publish: false, withdraw: true });

    // Later demand does not change what was published.
    await addDemand(c, '化工仪表维护员', '470201', [5, 5, 10]);
    const archived = await read(c, id);
    expect(archived.figures.totals).toEqual({ demand: 40, supply: 15, gap: 25, enterprises: 1, majors: 1 });
    const refused = await clientOf(c.secretariat).refused('PUT', `${url}/${id}/sections`, 'TALENT_REPORT_STATUS', {
      ...sections,
      version: archived.version,
    });
    expect(refused.error.message).toContain('不能修改');
    const published2 = pdfText((await ctx.app.inject({ method: 'GET', url: `/api/public/talent/reports/${id}/document.pdf` })).rawPayload);
    expect(published2).toContain('2026年第1期');
    expect(published2).not.toContain('（未发布稿）');
  });

  it('numbers each series in the order of publication without gaps, also when two are published at once; a withdrawn number is not given again', async () => {
    const ids = [
      await draft(other, { kind: 'quarterly', year: 2026, quarter: 1 }),
      await draft(other, { kind: 'quarterly', year: 2026, quarter: 2 }),
    ];
    const reports = await Promise.all(ids.map((id) => read(other, id)));
    const published = await Promise.all(reports.map((r) => publish(other, r.id, r.version)));
    expect(published.map((r) => r.numberLabel).sort()).toEqual(['2026年第1期', '2026年第2期']);

    const withdrawUrl = `/api/bodies/${other.bodyId}/talent/reports/${ids[0]}/withdraw`;
    const blank = await other.secretariat.request({
      method: 'POST',
      url: withdrawUrl,
      payload: { reason: '  ', version: published[0]!.version },
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.fields[0].message).toContain('原因');
    const withdrawn = await clientOf(other.secretariat).post(withdrawUrl, ZTalentReport, {
      reason: '数据填报有误，更正后重新发布',
      version: published[0]!.version,
    });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawnOn: '2026-10-12', withdrawnReason: '数据填报有误，更正后重新发布' });

    // The quarter may be written again; the new edition takes the next number and its trend reads the second quarter's report.
    const again = await read(other, await draft(other, { kind: 'quarterly', year: 2026, quarter: 3 }));
    const third = await publish(other, again.id, again.version);
    expect(third.numberLabel).toBe('2026年第3期');
    expect(third.figures.trend.map((p) => [p.quarter, p.source, p.numberLabel])).toEqual([
      [1, 'none', null],
      [2, 'report', published.find((r) => r.quarter === 2)!.numberLabel],
      [3, 'this', null],
    ]);
    const yearly = await read(other, await draft(other, { kind: 'yearly', year: 2026 }));
    expect((await publish(other, yearly.id, yearly.version)).numberLabel).toBe('2026年第1期');
    expect(await demandReportCounts(ctx.deps.database.db, other.bodyId, [2025, 2026])).toEqual(new Map([[2026, 1]]));
  });

  it('keeps one live report per period and none before the period begins', async () => {
    await draft(c, { kind: 'yearly', year: 2026 });
    const twice = await clientOf(c.secretariat).refused('POST', url, 'TALENT_REPORT_EXISTS', { kind: 'yearly', year: 2026 });
    expect(twice.error.message).toContain('已有2026年度的年度人才需求报告（草稿）');
    const early = await clientOf(c.secretariat).refused('POST', url, 'TALENT_REPORT_PERIOD', { kind: 'quarterly', year: 2027, quarter: 1 });
    expect(early.error.message).toBe(
      '2027年第一季度自 2027-01-01 开始，今天（2026-10-12）尚未开始，不能编制该期报告；请选择已经开始的季度或年度',
    );
  });

  it('refuses bad input in Chinese, naming the field', async () => {
    const response = await c.secretariat.request({ method: 'POST', url, payload: { kind: 'quarterly', year: 2026 } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      expect.objectContaining({ path: 'quarter', message: expect.stringContaining('季度趋势研究专报须选择季度') }),
    ]);
    const year = await c.secretariat.request({ method: 'POST', url, payload: { kind: 'yearly', year: 1999 } });
    expect(year.statusCode).toBe(400);
  });

  it('lets only the body’s secretariat write, and finds no report of another body under this one', async () => {
    const enterprise = await c.enterprise.request({ method: 'POST', url, payload: { kind: 'yearly', year: 2025 } });
    expect(enterprise.statusCode).toBe(403);
    const stranger = await other.secretariat.request({ method: 'POST', url, payload: { kind: 'yearly', year: 2025 } });
    expect(stranger.statusCode).toBe(403);
    const theirs = await draft(other, { kind: 'quarterly', year: 2026, quarter: 4 });
    const crossed = await c.secretariat.request({ method: 'GET', url: `${url}/${theirs}` });
    expect(crossed.statusCode).toBe(404);
    // Drafts are the secretariat's: a member reads the published reports only.
    const seen = await clientOf(c.enterprise).get(url, ZTalentReportList);
    expect(seen.abilities.create).toBe(false);
    expect(seen.items.every((item) => item.status !== 'draft')).toBe(true);
  });

  it('lists the published reports without sign-in, with their documents; a draft is not there', async () => {
    const third = await consortium(ctx, '公开');
    const shown = await read(third, await draft(third, { kind: 'quarterly', year: 2026, quarter: 2 }));
    await publish(third, shown.id, shown.version);
    const id = await draft(third, { kind: 'quarterly', year: 2026, quarter: 1 });
    const view = await ctx.app.inject({ method: 'GET', url: `/api/public/bodies/${third.bodyId}/talent/reports` });
    expect(view.statusCode).toBe(200);
    const list = ZPublicTalentReports.parse(view.json());
    expect(list.items.find((item) => item.id === shown.id)).toMatchObject({ periodLabel: '2026年第二季度', publishedOn: '2026-10-12' });
    expect(list.items.map((item) => item.id)).not.toContain(id);
    const docx = await ctx.app.inject({ method: 'GET', url: `/api/public/talent/reports/${shown.id}/document.docx` });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-disposition']).toContain('.docx');
    const hidden = await ctx.app.inject({ method: 'GET', url: `/api/public/talent/reports/${id}/document.docx` });
    expect(hidden.statusCode).toBe(404);
  });
});
