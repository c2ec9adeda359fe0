/**
 * 清单批量导入 on a phone (docs/sources.md §9 T1 “Excel import/export of every list with templates and row errors”): the secretariat of
 * the demo's 上海闵行经济技术开发区产教联合体, at 390 px, downloads the 学生信息清单 template, uploads it with one wrong row, reads that
 * row's problem while nothing was imported, then uploads the corrected file and finds the figures as drafts.
 */
import fs from 'node:fs/promises';
import type { Browser, BrowserContext, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate } from '../../apps/server/src/testing/xlsx-upload.js';
import { launchBrowser, newUserPage, PHONE_VIEWPORT } from '../support/browser.js';
import { DEMO_PASSWORD, login } from '../support/login.js';
import { screenshotFailures } from '../support/screenshots.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SCHOOL = '上海电子信息职业技术学院';
const GOOD = { 学校名称: SCHOOL, 专业代码: '510201', 毕业年份: 2029, 学生人数: 64, 有实习就业意向人数: 20 };
const BAD = { ...GOOD, 专业代码: '460103', 学生人数: 10, 有实习就业意向人数: 12 };

describe('the secretariat imports the student figures from the template at 390 px, all or nothing', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let template: Buffer;

  const downloadBy = async (button: Locator): Promise<Download> => {
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    return download;
  };
  const studentsTab = () => page.getByRole('tabpanel', { name: '学生信息' });
  const upload = (buffer: Buffer) =>
    studentsTab().locator('input[type="file"]').setInputFiles({ name: '学生信息清单.xlsx', mimeType: XLSX, buffer });

  screenshotFailures(() => page);

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await newUserPage(browser, PHONE_VIEWPORT));
    await login(page, 'mh_secretariat', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('(a) downloads the template of the student list', async () => {
    await page.goto('/talent/lists');
    await page.getByRole('tab', { name: '学生信息' }).click();
    const download = await downloadBy(studentsTab().getByRole('button', { name: /下载模板/ }));
    expect(download.suggestedFilename()).toBe('学生信息清单导入模板.xlsx');
    template = await fs.readFile(await download.path());
  });

  it('(b) a file with one wrong row imports nothing and shows that row’s problem', async () => {
    await upload(await fillTemplate(template, '学生信息清单', [GOOD, BAD]));
    const dialog = page.getByRole('dialog');
    await dialog.getByText('未导入任何数据', { exact: true }).waitFor();
    const problems = dialog.locator('.ant-table-row');
    await expect.poll(() => problems.count()).toBe(1);
    await expect.poll(() => problems.first().innerText()).toContain('第4行『有实习就业意向人数』12 人多于学生人数 10 人');
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
    await dialog.getByRole('button', { name: /关闭|Close/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => studentsTab().locator('.ant-table-row', { hasText: '2029' }).count()).toBe(0);
  });

  it('(c) the corrected file imports the figures as drafts', async () => {
    await upload(await fillTemplate(template, '学生信息清单', [GOOD, { ...BAD, 学生人数: 12 }]));
    await page.getByText('已导入 2 条，请核对后在清单中发布或办理').waitFor();
    const imported = studentsTab().locator('.ant-table-row', { hasText: '2029' });
    await expect.poll(() => imported.count()).toBe(2);
    await expect.poll(() => imported.first().innerText()).toContain('草稿');
  });
});
