import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../../kernel/audit/audit.service.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import { loadWorkbook } from '../../../testing/xlsx-upload.js';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit/audit.table.js';
import { createApplication, submitApplication } from '../applications/applications.service.js';
import { completeContent, makeOpenCall, makeSelectionOrg } from '../applications/applications.test-support.js';

describe('exports of a call: the 推荐书 as DOCX and the 附件3 汇总表 as XLSX', () => {
  let ctx: TestContext;
  let authority: Session;
  let callId: string;
  let applicationId: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    const db = ctx.deps.database.db;
    const bureau = await makeSelectionOrg(ctx.deps, '连云港市教育局', 'education_authority', '320700');
    const school = await makeSelectionOrg(ctx.deps, '连云港职业技术学院', 'higher_vocational');
    authority = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'authority_admin', scopeId: bureau.id }]));
    callId = (await makeOpenCall(ctx.deps, bureau.id, '2099-05-28T23:59:59')).id;
    const now = new Date();
    const first = completeContent({ orgId: null, name: '连云港石化产业基地' });
    const created = await createApplication(
      db,
      SYSTEM_ACTOR,
      { callId, applicantOrgId: school.id, consortiumName: first.cover.consortiumName!, park: first.cover.park },
      now,
      {
        content: first,
      },
    );
    applicationId = created.id;
    await submitApplication(db, SYSTEM_ACTOR, created.id, created.version, now);
    const second = completeContent({ orgId: null, name: '连云港经济技术开发区' });
    second.summary.leadSchoolLevel = 'secondary';
    second.summary.leadEnterpriseIsIntegrationEnterprise = false;
    const formula = await createApplication(
      db,
      SYSTEM_ACTOR,
      { callId, applicantOrgId: school.id, consortiumName: '=HYPERLINK("http://example.invalid")', park: second.cover.park },
      now,
      { content: second },
    );
    await submitApplication(db, SYSTEM_ACTOR, formula.id, formula.version, now);
    // A draft never sent to the authority: it does not belong in the table.
    const third = completeContent({ orgId: null, name: '连云港徐圩新区' });
    await createApplication(
      db,
      SYSTEM_ACTOR,
      { callId, applicantOrgId: school.id, consortiumName: '连云港港口物流市域产教联合体（草稿）', park: third.cover.park },
      now,
      {
        content: third,
      },
    );
  });
  afterAll(async () => ctx.close());

  it('lists the submitted applications (never a draft) under the seed’s grouped columns, neutralising formulas, with the mobiles in full for the authority', async () => {
    const response = await authority.request({ method: 'GET', url: `/api/selection/calls/${callId}/summary.xlsx` });
    expect(response.statusCode, response.body).toBe(200);
    const sheet = (await loadWorkbook(response.rawPayload)).getWorksheet('申报汇总表')!;
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(3)).toEqual([
      '序号',
      '联合体名称',
      '主要服务产业',
      '依托园区',
      '依托园区',
      '牵头学校',
      '牵头学校',
      '牵头企业',
      '牵头企业',
      '联系人',
      '联系人',
      '联系人',
    ]);
    expect(values(4)).toEqual([
      '序号',
      '联合体名称',
      '主要服务产业',
      '园区名称',
      '主导产业',
      '学校名称',
      '教育层次',
      '企业名称',
      '是否省市级产教融合型企业',
      '姓名',
      '职务',
      '手机号码',
    ]);
    expect(values(5)).toEqual([
      1,
      '连云港石化产业市域产教联合体',
      '石化产业、新材料',
      '连云港石化产业基地',
      '石化产业',
      '连云港职业技术学院',
      '高职专科',
      '盛虹炼化（连云港）有限公司',
      '是',
      '王老师',
      '教务处处长',
      '13800000000',
    ]);
    expect(values(6).slice(0, 2)).toEqual([2, `'=HYPERLINK("http://example.invalid")`]);
    expect(values(6)[6]).toBe('中职');
    expect(values(6)[8]).toBe('否');
    // Row 7 is the blank line before the notes: the draft is not listed.
    expect(values(7)).toEqual([]);
    expect(JSON.stringify(sheet.getSheetValues())).not.toContain('（草稿）');
    const reads = await ctx.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'selection.summary.export'), eq(auditLog.entityId, callId)));
    expect(reads).toHaveLength(1);
    expect(reads[0]!.details).toMatchObject({ personalData: ['summary.contactMobile'] });
  });

  it('renders the 推荐书 in the form’s layout with its tables', async () => {
    const response = await authority.request({
      method: 'GET',
      url: `/api/selection/calls/${callId}/applications/${applicationId}/recommendation.docx`,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('连云港石化产业市域产教联合体推荐书.docx'));
    const xml = await (await JSZip.loadAsync(response.rawPayload)).file('word/document.xml')!.async('string');
    const plain = xml.replace(/<[^>]+>/g, '');
    for (const expected of [
      '市域产教联合体推荐书',
      '1. 联合体概况',
      '秘书处所在单位',
      '联合体企业情况',
      '盛虹炼化（连云港）有限公司',
      '应用化工技术、药品生产技术',
      '共建产业学院（个）',
      '97.2',
      '6. 申报承诺',
      '2026 年 5 月 20 日',
    ]) {
      expect(plain, expected).toContain(expected);
    }
  });
});
