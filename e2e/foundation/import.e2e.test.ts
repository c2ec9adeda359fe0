/**
 * Journey 3 — bulk registration from Excel: the administrator downloads the template, fills it in with one
 * wrong row, is shown that row's problem and that nothing was registered, corrects the error report the
 * platform hands back (as the page suggests), uploads it, and finds the organisations in the directory.
 */
import fs from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../../apps/server/src/testing/xlsx-upload.js';
import { launchBrowser, newUserPage } from '../support/browser.js';
import { DEMO_PASSWORD, login } from '../support/login.js';
import { screenshotFailures } from '../support/screenshots.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FILENAME = '启航组织名单.xlsx';
/** Both names share a word nothing in the demo data has, so one search shows exactly these two. */
const GOOD_ROW = { 名称: '苏州相城启航智造有限公司', 类型: '企业', 所在地区: '江苏省 苏州市 相城区', 法定代表人: '周启航' };
const BAD_ROW = { 名称: '昆山启航模具有限公司', 类型: '公司', 所在地区代码: '320583' };

async function workbookOf(download: Download): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await fs.readFile(await download.path())) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Column number of the header that reads `text` (a required column's header ends in *). */
function columnOf(sheet: ExcelJS.Worksheet, text: string): number {
  let found = 0;
  sheet.getRow(1).eachCell((cell, column) => {
    if (String(cell.value).replace(/\*$/, '') === text) found = column;
  });
  if (!found) throw new Error(`sheet ${sheet.name} has no column ${text}`);
  return found;
}

describe('journey 3: import organisations from the Excel template, all or nothing', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let template: Buffer;
  let errorReport: Download;

  const downloadBy = async (button: Locator): Promise<Download> => {
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    return download;
  };
  const upload = (name: string, buffer: Buffer) => page.locator('input[type="file"]').setInputFiles({ name, mimeType: XLSX, buffer });
  const resultCard = () => page.locator('.ant-card', { hasText: '3. 查看结果' });

  screenshotFailures(() => page);

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await newUserPage(browser));
    await login(page, 'admin', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('downloads the template from the import page', async () => {
    await page.goto('/orgs');
    await page.getByRole('button', { name: '批量导入' }).click();
    await page.getByRole('heading', { name: '批量导入组织' }).waitFor();
    const download = await downloadBy(page.getByRole('button', { name: '下载导入模板' }));
    expect(download.suggestedFilename()).toBe('组织批量导入模板.xlsx');
    const workbook = await workbookOf(download);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('填写说明');
    expect(columnOf(workbook.getWorksheet('组织')!, '名称')).toBe(1);
    template = await fs.readFile(await download.path());
  });

  it('shows the wrong row and its problem, and registers nothing', async () => {
    await upload(FILENAME, await fillTemplate(template, '组织', [GOOD_ROW, BAD_ROW]));
    const card = resultCard();
    await card.getByText('未导入任何数据', { exact: true }).waitFor();
    await expect.poll(() => card.getByText('共 1 行有错误，未导入任何数据。请下载错误报告，修改后重新上传').isVisible()).toBe(true);
    const problems = card.locator('.ant-table-row');
    await expect.poll(() => problems.count()).toBe(1);
    const [row, column, message] = await problems.first().locator('td').allInnerTexts();
    expect([row, column]).toEqual(['4', '类型']);
    expect(message).toMatch(/^第4行『类型』“公司”不是可选项，请从下拉列表中选择：/);

    errorReport = await downloadBy(card.getByRole('button', { name: '下载错误报告' }));
    expect(errorReport.suggestedFilename()).toBe('启航组织名单-错误报告.xlsx');

    await page.goto('/orgs?q=启航');
    await page.getByText('没有符合条件的组织').waitFor();
  });

  it('imports every row once the error report is corrected and uploaded', async () => {
    const workbook = await workbookOf(errorReport);
    const sheet = workbook.getWorksheet('组织')!;
    const explanation = columnOf(sheet, '错误说明');
    let corrected = 0;
    sheet.eachRow((row, number) => {
      if (number > 1 && row.getCell(explanation).value) {
        row.getCell(columnOf(sheet, '类型')).value = '企业';
        corrected++;
      }
    });
    expect(corrected).toBe(1);

    await page.goto('/orgs/import');
    await page.getByRole('heading', { name: '批量导入组织' }).waitFor();
    await upload(FILENAME, Buffer.from(await workbook.xlsx.writeBuffer()));
    const card = resultCard();
    await card.getByText('已导入 2 个组织', { exact: true }).waitFor();
    await expect.poll(() => card.getByText(`文件“${FILENAME}”中的全部数据均已登记。`).isVisible()).toBe(true);
  });

  it('lists the imported organisations in the directory', async () => {
    await resultCard().getByRole('button', { name: '查看组织列表' }).click();
    await page.waitForURL(/\/orgs$/);
    const search = page.getByLabel('搜索名称、简称或统一社会信用代码');
    await search.fill('启航');
    await search.press('Enter');
    await page.getByText('共 2 个组织').waitFor();
    const rows = page.locator('.ant-table-row');
    expect((await rows.locator('a').allInnerTexts()).sort()).toEqual([BAD_ROW.名称, GOOD_ROW.名称].sort());
    const good = rows.filter({ hasText: GOOD_ROW.名称 });
    await expect.poll(() => good.innerText()).toContain('企业');
    await expect.poll(() => good.innerText()).toContain('相城区');
    await expect.poll(() => rows.filter({ hasText: BAD_ROW.名称 }).innerText()).toContain('企业');
  });
});
