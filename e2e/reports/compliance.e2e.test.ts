/**
 * The compliance evaluation of a quality report (上海年报 6.4: “五是实施‘合规性评价’制度，组织专家开展年报的质量评价”),
 * in a cycle 普陀区教育局 opens for 曹杨职校 through the API, its report approved with the 责任声明 and published by
 * the school's demo accounts through the API:
 * (a) the authority assigns the demo expert of its pool (putuo_expert) to the report;
 * (b) the expert opens the sheet, sees the platform's pre-assessment of the statement with its signatory, records one
 *     finding on the chapters and submits;
 * (c) the authority sees the report “基本合规，有整改意见” and the summary counting it for 学校年报（中职）.
 */
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonName, pickOption, toast } from '../support/antd.js';
import { apiSession } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import { screenshotFailures } from '../support/screenshots.js';
import { type Person, signedIn } from '../governance/governance-steps.js';

const RUN = randomBytes(2).toString('hex');
const YEAR = 2040 - (parseInt(RUN, 16) % 30);
const TITLE = `曹杨职校年报合规性评价演练（${RUN}）`;
const FINDING = '“5. 国际合作”一章未写明合作项目与成效，请补充';

let browser: Browser;
let authority: Person;
let expert: Person;
let current: Page | undefined;
let cycleId = '';

screenshotFailures(() => current);

beforeAll(async () => {
  browser = await launchBrowser();
  const bureau = await apiSession('putuo_authority');
  const find = async (q: string, name: string) =>
    (await bureau.get<{ items: { id: string; name: string }[] }>(`/api/organizations?q=${encodeURIComponent(q)}&pageSize=20`)).items.find(
      (o) => o.name === name,
    )!.id;
  const created = await bureau.post<{ id: string }>('/api/reports/cycles', {
    authorityOrgId: await find('普陀区教育局', '普陀区教育局'),
    reportYear: YEAR,
    title: TITLE,
    levels: ['school_secondary'],
    reportingUnits: [{ orgId: await find('曹杨', '上海市曹杨职业技术学校'), level: 'school_secondary' }],
    deadlines: { submit: '2099-03-10', review: '2099-03-20', approve: '2099-03-31', publish: '2099-04-30' },
    outline: ['1. 基本情况', '5. 国际合作'],
  });
  cycleId = created.id;
  await bureau.post(`/api/reports/cycles/${cycleId}/open`, { version: 1 });
  const coverage = await bureau.get<{ participants: { id: string }[] }>(`/api/reports/cycles/${cycleId}/coverage`);
  const reportId = coverage.participants[0]!.id;
  const [collector, reviewer, principal] = [await apiSession('collector'), await apiSession('reviewer'), await apiSession('principal')];
  const version = async () => (await collector.get<{ version: number }>(`/api/reports/${reportId}`)).version;
  const demoCycle = (await bureau.get<{ items: { id: string; reportYear: number }[] }>('/api/reports/cycles')).items.find(
    (c) => c.reportYear === 2022,
  )!;
  const demoReport = (
    await bureau.get<{ participants: { id: string; org: { name: string } }[] }>(`/api/reports/cycles/${demoCycle.id}/coverage`)
  ).participants.find((p) => p.org.name === '上海市曹杨职业技术学校')!;
  // 曹杨职校's 2022 figures of the demo cycle, as its collector would copy them.
  const figures = (await collector.get<{ data: unknown }>(`/api/reports/${demoReport.id}`)).data;
  await collector.put(`/api/reports/${reportId}/data`, { data: figures, version: await version() });
  await collector.post(`/api/reports/${reportId}/submit`, { version: await version() });
  await reviewer.post(`/api/reports/${reportId}/pass`, { version: await version() });
  await principal.post(`/api/reports/${reportId}/approve`, {
    version: await version(),
    signatoryName: '曹杨校长',
    statementAccepted: true,
  });
  await principal.post(`/api/reports/${reportId}/publication`, { form: 'school_website', url: 'https://www.caoyang.example.cn/ndbg.html' });
  authority = await signedIn(browser, 'putuo_authority');
  expert = await signedIn(browser, 'putuo_expert');
}, 180_000);
afterAll(async () => {
  for (const person of [authority, expert]) await person?.context.close();
  await browser?.close();
});

describe('the compliance evaluation of 曹杨职校’s report', () => {
  it('the authority assigns, the expert scores with one finding, the authority sees the summary', async () => {
    const page = authority.page;
    current = page;
    await page.goto(`/reports/cycles/${cycleId}/compliance`);
    const row = page.locator('.ant-table-row', { hasText: '上海市曹杨职业技术学校' });
    await row.getByRole('button', { name: buttonName('分配专家') }).click();
    const dialog = page.getByRole('dialog');
    await pickOption(page, dialog.locator('.ant-select'), /年报评价专家（演示）/);
    await dialog.getByRole('button', { name: buttonName('确定') }).click();
    await toast(page, '已分配专家').waitFor();
    await expect.poll(() => row.innerText()).toContain('待评价');

    const sheet = expert.page;
    current = sheet;
    await sheet.goto('/');
    const entry = sheet.getByRole('menuitem', { name: '年报合规性评价', exact: true });
    if (!(await entry.isVisible())) await sheet.getByRole('menuitem', { name: '质量年报' }).click();
    await entry.click();
    await sheet.locator('.ant-table-row', { hasText: TITLE }).click();
    await sheet.getByRole('heading', { name: /上海市曹杨职业技术学校/ }).waitFor();
    const statement = sheet.locator('.ant-card', { hasText: '责任声明已签署' });
    await expect.poll(() => statement.innerText()).toContain('曹杨校长');
    const chapters = sheet.locator('.ant-card', { hasText: '报告章节齐全' });
    await chapters.getByText('有问题，需整改', { exact: true }).click();
    await chapters.locator('textarea').fill(FINDING);
    // Every other item: confirm what the platform found, or “符合” where it leaves the item to the expert.
    for (const title of ['核心数据完整', '数据前后一致', '责任声明已签署', '按时公开发布']) {
      const card = sheet.locator('.ant-card', { hasText: title });
      const pre = await card.locator('.ant-tag').first().innerText();
      const verdict = ['符合', '有问题，需整改', '不符合'].includes(pre) ? pre : '符合';
      await card.getByText(verdict, { exact: true }).last().click();
      if (verdict !== '符合') await card.locator('textarea').fill(`平台核查：${title}`);
    }
    await sheet.getByRole('button', { name: buttonName('提交评价') }).click();
    await sheet
      .locator('.ant-popconfirm')
      .getByRole('button', { name: buttonName('确定') })
      .click();
    await toast(sheet, '评价已提交').waitFor();
    await expect.poll(() => sheet.locator('.ant-alert').first().innerText()).toContain('已于');

    current = page;
    await page.reload();
    await expect.poll(() => row.innerText()).toMatch(/基本合规，有整改意见|不合规/);
    const summary = page.locator('.ant-card', { hasText: '评价汇总' }).locator('.ant-table-row').first();
    await expect.poll(() => summary.innerText()).toContain('学校年报（中职）');
    await row.locator('.ant-table-row-expand-icon').click();
    await expect.poll(() => page.locator('.ant-table-expanded-row').innerText()).toContain(FINDING);
  });
});
