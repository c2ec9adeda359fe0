/**
 * The registers of the demo's 2024 上海 city cycle (上海年报 表1–20), from the commission's desk to its report:
 * (a) 上海市教委 opens 项目与荣誉 of the cycle from the cycles list, downloads the import template and uploads a filled
 *     copy with one bad row: nothing is imported and the row's problem is listed; the corrected file imports both rows;
 * (b) the list, filtered by the source table and a keyword, shows the imported rows;
 * (c) the commission adds a report table of its own for them on 年报表格, seeing the two rows it will list while setting
 *     its filter;
 * (d) the generated city report lists them under 中等职业教育篇 1 人才培养 and in the new table, numbered in the report's
 *     reading order (not the stored “表3” or “表21”), with the 表目录, and the DOCX says the same;
 * (e) with the unapproved data, the district's draft comes first in the districts' table (表1 各区职业教育基本情况表) and
 *     the register tables are numbered on from it;
 * (f) the commission deletes its own table again;
 * (g) the registers page and the generated city report fit a phone.
 */
import fs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../../apps/server/src/testing/xlsx-upload.js';
import { buttonName, escapeRegExp, toast } from '../support/antd.js';
import { launchBrowser, PHONE_VIEWPORT } from '../support/browser.js';
import { docxText, saveDownload } from '../support/downloads.js';
import { saveScreenshot, screenshotFailures } from '../support/screenshots.js';
import { type Person, signedIn } from '../governance/governance-steps.js';

const CYCLE = '上海职业教育质量报告（2024年度）';
const SOURCE = '上海年报2024 表3';
const RUN = randomBytes(2).toString('hex');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FIRST = `港口物流开放实训中心（${RUN}）`;
const SECOND = `智慧康养开放实训中心（${RUN}）`;
const OWN_TITLE = `开放实训中心（${RUN}）`;
// Stored with the number the commission typed; the report numbers it by where it stands.
const OWN_TABLE = `表21 ${OWN_TITLE}`;

let browser: Browser;
let commission: Person;
let phone: Person | undefined;
let current: Page | undefined;
let template: Buffer;

screenshotFailures(() => current);

beforeAll(async () => {
  browser = await launchBrowser();
  commission = await signedIn(browser, 'sh_authority');
}, 120_000);
afterAll(async () => {
  for (const person of [commission, phone]) await person?.context.close();
  await browser?.close();
});

const compact = (text: string) => text.replace(/\s+/g, '');
const rows = (secondKind: string): Record<string, string | number>[] => [
  { 类别: '中心', 级别: '市级', 年份: 2024, 学段: '中职', 名称: FIRST, 学校: '上海市航运学校', 来源表格: SOURCE },
  {
    类别: secondKind,
    级别: '市级',
    年份: 2024,
    学段: '中职',
    名称: SECOND,
    学校: '上海市医药学校',
    其他列: '星级：五星',
    来源表格: SOURCE,
  },
];

describe('上海 2024: the commission imports a register table and its city report lists it', () => {
  it('(a) imports nothing from a file with a bad row, then the corrected file', async () => {
    const page = (current = commission.page);
    await page.goto('/reports/cycles');
    await page
      .locator('.ant-table-row', { hasText: CYCLE })
      .getByRole('button', { name: buttonName('项目与荣誉') })
      .click();
    await page.getByRole('heading', { name: '项目与荣誉 / 案例' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: buttonName('下载导入模板') }).click(),
    ]);
    template = await fs.readFile(await saveDownload(download as Download));
    const upload = (buffer: Buffer) => page.locator('input[type="file"]').setInputFiles({ name: '表3.xlsx', mimeType: XLSX, buffer });

    await upload(await fillTemplate(template, '项目与荣誉', rows('勋章')));
    await page.locator('.ant-alert-error').getByText('未导入任何数据', { exact: true }).waitFor();
    await page.getByText(/第4行『类别』“勋章”不是可选项/).waitFor();
    await saveScreenshot(page, 'reports-registers-import-refused');
    await page.getByPlaceholder('名称、学校、专业或人员').fill(RUN);
    await page.getByPlaceholder('名称、学校、专业或人员').press('Enter');
    await page.getByText('没有符合条件的登记').waitFor();

    await upload(await fillTemplate(template, '项目与荣誉', rows('中心')));
    await toast(page, '已导入 2 条').waitFor();
  });

  it('(b) the list, filtered by keyword, shows the two rows with their source table', async () => {
    const page = (current = commission.page);
    const listed = page.locator('.ant-table-row', { hasText: RUN });
    await expect.poll(() => listed.count()).toBe(2);
    await page.locator('.ant-table-row', { hasText: SECOND }).getByText('星级：五星').waitFor();
    await expect.poll(() => listed.first().innerText()).toContain(SOURCE);
    await saveScreenshot(page, 'reports-registers-list');
  });

  it('(c) a report table of the commission’s own lists the imported rows, as its filter previewed', async () => {
    const page = (current = commission.page);
    await page.getByRole('tab', { name: '年报表格' }).click();
    const tables = page.getByRole('tabpanel', { name: '年报表格' });
    await tables.locator('.ant-table-row', { hasText: '上海中职学校高水平开放实训中心' }).first().waitFor();
    await tables.getByRole('button', { name: buttonName('新增表格') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('表题').fill(OWN_TABLE);
    await dialog.getByLabel('关键词').fill(RUN);
    await dialog.getByText('符合条件的登记：2 条').waitFor();
    await saveScreenshot(page, 'reports-registers-block-form');
    await dialog.getByRole('button', { name: buttonName('确定') }).click();
    await toast(page, '年报表格已保存').waitFor();
    const row = tables.locator('.ant-table-row', { hasText: OWN_TABLE });
    await expect.poll(() => row.locator('td').nth(4).innerText()).toBe('2');
    await row.getByText(`关键词：${RUN}`).waitFor();
    await page.getByRole('tab', { name: '项目与荣誉', exact: true }).click();
  });

  it('(d) the city report lists them under its chapter, numbered in reading order, with the 表目录, in the page and the DOCX', async () => {
    const page = (current = commission.page);
    await page.getByRole('button', { name: buttonName('生成年报') }).click();
    await page.waitForURL('**/generated');
    await page.getByRole('heading', { name: '表目录' }).waitFor();
    const chapter = page.locator('section', { has: page.getByRole('heading', { name: '中等职业教育篇 1 人才培养' }) });
    await chapter.getByText(/^表\d+ 上海中职学校高水平开放实训中心立项名单$/).waitFor();
    await chapter.getByText(new RegExp(`^表\\d+ ${escapeRegExp(OWN_TITLE)}$`)).waitFor();
    await chapter.locator('.ant-table-row', { hasText: FIRST }).first().waitFor();
    await chapter.locator('.ant-table-row', { hasText: SECOND }).first().getByText('五星').waitFor();
    // The commission's own table lists the same two rows again.
    await expect.poll(() => chapter.locator('.ant-table-row', { hasText: RUN }).count()).toBe(4);
    // The directory numbers the tables 表1, 表2, … as they follow, whatever number a register's caption was stored with.
    const directory = await page
      .locator('section', { has: page.getByRole('heading', { name: '表目录' }) })
      .locator('div.ant-typography')
      .allInnerTexts();
    expect(directory.length).toBeGreaterThan(1);
    expect(directory.map((caption) => caption.match(/^表(\d+) /)?.[1])).toEqual(directory.map((_, i) => String(i + 1)));
    await saveScreenshot(page, 'reports-registers-city-report');
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 DOCX' }).click()]);
    const word = compact(docxText(await saveDownload(docx)));
    expect(word).toContain(compact(`表目录${directory.join('')}`));
    expect(word).toContain(compact(FIRST));
    expect(word).toContain('上海市医药学校');
    expect(word).toContain(compact(OWN_TITLE));
  });

  it('(e) with the unapproved data, the district comes first in the districts’ table and the register tables are numbered on', async () => {
    const page = (current = commission.page);
    await page.getByText('含未审定数据（预览）').click();
    await page.getByText('草稿预览：含尚未审定的数据（普陀区教育局）').waitFor();
    await page.locator('strong').getByText('表1 2024年各区职业教育基本情况表', { exact: true }).waitFor();
    // Its row: the district's own figures, none entered yet in the demo's draft.
    await page.locator('.ant-table-row', { hasText: '普陀区教育局' }).waitFor();
    const chapter = page.locator('section', { has: page.getByRole('heading', { name: '中等职业教育篇 1 人才培养' }) });
    // The register's tables follow, one number further on than on approved data (表3 there, as 上海年报 printed it).
    await chapter.locator('strong').getByText('表4 上海中职学校高水平开放实训中心立项名单', { exact: true }).waitFor();
    await page.locator('strong').getByText('表1 2024年各区职业教育基本情况表', { exact: true }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'reports-city-report-districts');
  });

  it('(f) the commission deletes its own table again', async () => {
    const page = (current = commission.page);
    await page.goto(page.url().replace(/\/generated.*$/, '/registers'));
    await page.getByRole('tab', { name: '年报表格' }).click();
    const own = page.getByRole('tabpanel', { name: '年报表格' }).locator('.ant-table-row', { hasText: OWN_TABLE });
    await own.getByRole('button', { name: buttonName('删除') }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: buttonName('确定') })
      .click();
    await toast(page, '年报表格已保存').waitFor();
    await expect.poll(() => own.count()).toBe(0);
  });

  it('(g) the registers page and the generated city report fit a phone', async () => {
    phone = await signedIn(browser, 'sh_authority', PHONE_VIEWPORT);
    const page = (current = phone.page);
    await page.goto('/reports/cycles');
    await page.getByRole('link', { name: CYCLE }).click();
    await page.getByRole('button', { name: buttonName('项目与荣誉 / 案例') }).click();
    await page.getByRole('heading', { name: '项目与荣誉 / 案例' }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
    await saveScreenshot(page, 'reports-registers-phone');
    await page.getByRole('tab', { name: '年报表格' }).click();
    await page.getByRole('tabpanel', { name: '年报表格' }).locator('.ant-table-row').first().waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
    await saveScreenshot(page, 'reports-registers-tables-phone');
    await page.goto(page.url().replace(/\/registers.*$/, '/generated'));
    await page.getByText('含未审定数据（预览）').click();
    await page.locator('strong').getByText('表1 2024年各区职业教育基本情况表', { exact: true }).scrollIntoViewIfNeeded();
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
    await saveScreenshot(page, 'reports-city-report-phone');
  });
});
