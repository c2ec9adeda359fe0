import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../kernel/time/clock.js';
import { createTestContext, type TestContext } from '../../../testing/test-app.js';
import { fillTemplate, loadWorkbook, multipartFile } from '../../../testing/xlsx-upload.js';
import { type Consortium, consortium } from '../testing/consortium.test-support.js';
import { STEPS_IN_ORDER } from '../../../testing/steps-in-order.js';

// docs/sources.md §9 T1: “Public view of published lists per body; Excel import/export of every list with templates and row errors.”
describe('the lists’ import, export and public view', STEPS_IN_ORDER, () => {
  let ctx: TestContext;
  let c: Consortium;
  let base: string;

  beforeAll(async () => {
    ctx = await createTestContext({}, { clock: fixedClock('2026-03-10T02:00:00Z') });
    c = await consortium(ctx);
    base = `/api/bodies/${c.bodyId}/talent`;
    await c.enterprise.request({
      method: 'POST',
      url: `${base}/enterprises`,
      payload: { orgId: c.enterpriseId, statement: '提供岗位与实习' },
    });
    const [entry] = (await c.secretariat.request({ method: 'GET', url: `${base}/enterprises` })).json().items;
    await c.secretariat.request({
      method: 'POST',
      url: `${base}/enterprises/${entry.id}/decision`,
      payload: { action: 'admit', version: entry.version },
    });
  });
  afterAll(async () => ctx.close());

  const upload = (content: Buffer) =>
    c.secretariat.request({ method: 'POST', url: `${base}/lists/jobs/import`, ...multipartFile(content, '岗位清单.xlsx') });

  it('imports the job list from its template all or nothing, with an error per row', async () => {
    const template = await c.secretariat.request({ method: 'GET', url: `${base}/lists/jobs/import/template.xlsx` });
    expect(template.statusCode).toBe(200);
    expect((await c.enterprise.request({ method: 'GET', url: `${base}/lists/jobs/import/template.xlsx` })).statusCode).toBe(403);
    const good = {
      企业名称: '连云港测试石化有限公司',
      岗位名称: '化工总控工',
      职业工种: '化工总控工',
      需求专业代码: '470201',
      学历层次: '高职专科',
      需求人数: 8,
    };
    const bad = await fillTemplate(template.rawPayload, '岗位清单', [
      good,
      { ...good, 企业名称: '不存在的企业' },
      { ...good, 需求专业代码: '660103、469999' },
    ]);
    const refused = await upload(bad);
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().errors.map((e: { message: string }) => e.message)).toEqual([
      '第4行『企业名称』“不存在的企业”不在本联合体的企业清单内（或尚未准入），请核对名称',
      '第5行『需求专业代码』专业“数控技术应用”（660103）属于中职，与学历层次不一致',
      '第5行『需求专业代码』专业代码 469999 不在专业目录中',
    ]);
    expect((await c.secretariat.request({ method: 'GET', url: `${base}/jobs` })).json().items).toEqual([]);

    const fine = await fillTemplate(template.rawPayload, '岗位清单', [
      good,
      { ...good, 岗位名称: '数控机床操作工', 需求专业代码: '460103、460301', 需求人数: 12, 有效期至: '2027-12-31' },
    ]);
    const imported = await upload(fine);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ imported: 2 });
    const jobs = (await c.secretariat.request({ method: 'GET', url: `${base}/jobs` })).json().items;
    expect(
      jobs.map((j: { position: string; status: string; majors: { code: string }[] }) => [
        j.position,
        j.status,
        j.majors.map((m) => m.code),
      ]),
    ).toEqual([
      ['化工总控工', 'draft', ['470201']],
      ['数控机床操作工', 'draft', ['460103', '460301']],
    ]);
  });

  it('exports each list as a spreadsheet of what the user sees', async () => {
    const exported = await c.secretariat.request({ method: 'GET', url: `${base}/lists/jobs/export.xlsx` });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain(
      encodeURIComponent('连云港测试石化产业市域产教联合体-岗位清单-20260310.xlsx'),
    );
    const sheet = (await loadWorkbook(exported.rawPayload)).getWorksheet('岗位清单')!;
    expect([sheet.getCell('A1').value, sheet.getCell('B2').value, sheet.getCell('E3').value, sheet.getCell('K3').value]).toEqual([
      '企业名称',
      '化工总控工',
      '460103、460301',
      '草稿',
    ]);
    for (const list of ['enterprises', 'innovation', 'policy', 'training', 'service', 'students']) {
      expect((await c.college.request({ method: 'GET', url: `${base}/lists/${list}/export.xlsx` })).statusCode).toBe(200);
    }
    // a school reads no drafts: its export of the jobs has the header only
    const schools = await loadWorkbook((await c.college.request({ method: 'GET', url: `${base}/lists/jobs/export.xlsx` })).rawPayload);
    expect(schools.getWorksheet('岗位清单')!.rowCount).toBe(1);
  });

  it('shows the public, without signing in, what is published: enterprises, jobs, entries with masked contacts, student sums', async () => {
    const [job] = (await c.secretariat.request({ method: 'GET', url: `${base}/jobs` })).json().items;
    await c.secretariat.request({
      method: 'POST',
      url: `${base}/jobs/${job.id}/status`,
      payload: { action: 'publish', version: job.version },
    });
    const service = {
      kind: 'service',
      name: '化工过程安全评估',
      summary: 'HAZOP 分析与过程安全评估服务',
      provider: '连云港测试职业技术学院',
      contactName: '李老师',
      contactPhone: '13900001111',
      validUntil: '2026-12-31',
    };
    const { id } = (await c.secretariat.request({ method: 'POST', url: `${base}/items`, payload: service })).json();
    await c.secretariat.request({ method: 'POST', url: `${base}/items/${id}/status`, payload: { action: 'publish', version: 1 } });
    await c.secretariat.request({ method: 'POST', url: `${base}/items`, payload: { ...service, name: '草稿中的服务' } });
    const figures = await c.college.request({
      method: 'POST',
      url: `${base}/students`,
      payload: { orgId: c.collegeId, majorCode: '460103', graduationYear: 2027, students: 80, seekingPlacement: 30 },
    });
    await c.college.request({
      method: 'POST',
      url: `${base}/students/${figures.json().id}/status`,
      payload: { action: 'publish', version: 1 },
    });

    const view = await ctx.app.inject({ method: 'GET', url: `/api/public/bodies/${c.bodyId}/talent/lists` });
    expect(view.statusCode, view.body).toBe(200);
    const lists = view.json();
    expect(lists.body.name).toBe('连云港测试石化产业市域产教联合体');
    expect(lists.enterprises).toEqual([
      {
        org: { id: c.enterpriseId, name: '连云港测试石化有限公司' },
        region: { code: '320703', name: '江苏省连云港市连云区' },
        listedOn: '2026-03-10',
      },
    ]);
    expect(lists.jobs.map((j: { position: string }) => j.position)).toEqual(['化工总控工']);
    expect(lists.jobs[0]).not.toHaveProperty('adjustments');
    expect(lists.items).toMatchObject([{ name: '化工过程安全评估', contactPhone: '139****1111', status: 'published' }]);
    expect(lists.items[0]).not.toHaveProperty('history');
    expect(lists.students.byMajor).toEqual([{ key: '460103', name: '数控技术', students: 80, seekingPlacement: 30 }]);
    expect(lists.students.byYear).toEqual([{ key: '2027', name: '2027届', students: 80, seekingPlacement: 30 }]);
  });
});
