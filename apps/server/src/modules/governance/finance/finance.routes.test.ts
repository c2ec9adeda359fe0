import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExcelJs } from '../../../kernel/files/exceljs.js';
import { createTestContext, createTestUser, login, type Session, type TestContext } from '../../../testing/test-app.js';
import type { Founders } from '../testing/alliance.test-support.js';
import { allianceWithCharter, decideItem, scheduleMeeting } from '../projects/projects.test-support.js';

const clock = new Date('2026-02-01T02:00:00Z');

describe('finance through the API (章程第二十二至二十五条)', () => {
  let ctx: TestContext;
  let bodyId: string;
  let founders: Founders;
  let secretariat: Session;
  let base: string;

  beforeAll(async () => {
    ctx = await createTestContext({}, { now: () => clock });
    ({ bodyId, founders } = await allianceWithCharter(ctx));
    base = `/api/bodies/${bodyId}/finance`;
    secretariat = await login(ctx.app, await createTestUser(ctx.deps, [{ role: 'body_secretariat', scopeId: bodyId }], { totp: false }));
  });
  afterAll(async () => ctx.close());

  const entry = (kind: 'income' | 'expense', category: string, occurredOn: string, amount: string, description: string) =>
    secretariat.request({ method: 'POST', url: `${base}/entries`, payload: { kind, category, occurredOn, amount, description } });

  it('keeps the ledger in 分, approves the budget by vote, and reports the year as DOCX and XLSX', async () => {
    expect((await entry('income', 'other_income', '2025-12-20', '1200', '成立大会结余')).statusCode).toBe(201);
    const income = await entry('income', 'chair_unit_support', '2026-03-01', '50000', '曹杨职校承办年度论坛经费');
    expect(income.statusCode, income.body).toBe(201);
    expect(income.json()).toMatchObject({ amountFen: 5_000_000, amount: '50,000.00' });
    await entry('expense', 'activities', '2026-07-20', '0.1', '夏令营矿泉水');
    await entry('expense', 'activities', '2026-07-21', '0.2', '夏令营矿泉水');
    const mistaken = (await entry('expense', 'secretariat_office', '2026-04-02', '999', '重复登记')).json();
    await entry('expense', 'secretariat_office', '2026-04-01', '3650.5', '秘书处办公用品');

    const wrongSide = await entry('income', 'activities', '2026-03-02', '10', '活动收入');
    expect(wrongSide.json().error).toMatchObject({ code: 'FINANCE_CATEGORY_MISMATCH' });
    expect(wrongSide.json().error.message).toContain('第二十二条');
    const floaty = await entry('expense', 'activities', '2026-03-02', '1.005', '三位小数');
    expect(floaty.statusCode).toBe(400);
    expect(floaty.json().error.fields[0].message).toContain('最多两位小数');

    const voided = await secretariat.request({
      method: 'POST',
      url: `${base}/entries/${mistaken.id}/void`,
      payload: { reason: '重复登记，冲销' },
    });
    expect(voided.json()).toMatchObject({ voided: true });
    const twice = await secretariat.request({ method: 'POST', url: `${base}/entries/${mistaken.id}/void`, payload: { reason: '再次' } });
    expect(twice.json().error.code).toBe('FINANCE_ENTRY_VOIDED');

    const ledger = (await secretariat.request({ method: 'GET', url: `${base}/entries?year=2026` })).json();
    expect(ledger).toMatchObject({ openingFen: 120_000, incomeFen: 5_000_000, expenseFen: 365_080, closingFen: 4_754_920 });
    expect(ledger.items).toHaveLength(5);

    const budget = {
      lines: [
        { kind: 'income', category: 'chair_unit_support', amount: '50000' },
        { kind: 'expense', category: 'activities', amount: '40000', note: '夏令营、技能赛事观摩' },
        { kind: 'expense', category: 'secretariat_office', amount: '3000' },
      ],
    };
    const drafted = await secretariat.request({ method: 'PUT', url: `${base}/budgets/2026`, payload: budget });
    expect(drafted.statusCode, drafted.body).toBe(200);
    expect(drafted.json()).toMatchObject({ phase: 'draft', version: 1 });
    const meetingId = await scheduleMeeting(secretariat, bodyId, '2026-02-20');
    const submitted = await secretariat.request({ method: 'POST', url: `${base}/budgets/2026/review`, payload: {} });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ phase: 'under_review', approval: { meetingId } });
    const locked = await secretariat.request({ method: 'PUT', url: `${base}/budgets/2026`, payload: { ...budget, version: 2 } });
    expect(locked.json().error.code).toBe('BUDGET_LOCKED');

    const meeting = (await secretariat.request({ method: 'GET', url: `/api/bodies/${bodyId}/meetings/${meetingId}` })).json();
    expect(meeting.items[0]).toMatchObject({ kind: 'budget_approval', title: '2026年度经费预算' });
    await decideItem(
      secretariat,
      bodyId,
      meetingId,
      meeting.items[0].id,
      Object.values(founders).map((f) => [f.id, 'yes']),
    );
    const approved = (await secretariat.request({ method: 'GET', url: `${base}/budgets/2026` })).json();
    expect(approved).toMatchObject({ phase: 'approved', approval: { resolutionNo: 1 } });
    expect(approved.execution.find((row: { category: string }) => row.category === 'secretariat_office')).toMatchObject({
      budgetFen: 300_000,
      actualFen: 365_050,
      varianceFen: 65_050,
      rate: '121.7%',
      overspent: true,
    });

    // 章程第二十五条: generated from the ledger, in under a second once the document library is loaded.
    await secretariat.request({ method: 'GET', url: `${base}/reports/2026/docx` });
    const started = performance.now();
    const docx = await secretariat.request({ method: 'GET', url: `${base}/reports/2026/docx` });
    const elapsed = performance.now() - started;
    console.info(`financial report DOCX generated in ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(1000);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-disposition']).toContain(encodeURIComponent('2026年度财务报告.docx'));
    const text = (await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    for (const expected of [
      '2026年度财务报告',
      '上年结余',
      '1,200.00 元',
      '47,549.20 元',
      '第1号决议',
      '秘书处日常办公超支 650.50 元',
      '曹杨职校承办年度论坛经费',
      '121.7%',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('重复登记');

    const xlsx = await secretariat.request({ method: 'GET', url: `${base}/reports/2026/xlsx` });
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const last = sheet.getRow(sheet.rowCount);
    expect([last.getCell(1).value, last.getCell(7).value, last.getCell(8).value]).toEqual(['合计', 50000, 3650.8]);
    expect(sheet.getRow(4).getCell(9).value).toBe('已冲销：重复登记，冲销');
  });

  it('lets members read the books of their own body only, and only the secretariat write', async () => {
    const member = await login(
      ctx.app,
      await createTestUser(ctx.deps, [{ role: 'member_representative', scopeId: founders.pukou!.id }], { totp: false }),
    );
    expect((await member.request({ method: 'GET', url: `${base}/entries?year=2026` })).statusCode).toBe(200);
    expect((await member.request({ method: 'GET', url: `${base}/reports/2026/docx` })).statusCode).toBe(200);
    const write = await member.request({
      method: 'POST',
      url: `${base}/entries`,
      payload: { kind: 'income', category: 'other_income', occurredOn: '2026-03-01', amount: '1', description: '代记' },
    });
    expect(write.statusCode).toBe(403);

    const other = await allianceWithCharter(ctx);
    const outsider = await member.request({ method: 'GET', url: `/api/bodies/${other.bodyId}/finance/entries?year=2026` });
    expect(outsider.statusCode).toBe(403);
  });
});
