/**
 * The quarterly trend report (普陀区年报 “季度趋势研究专报”, docs/sources.md §9 T4): the secretariat of the demo's
 * 上海闵行经济技术开发区产教联合体 drafts the report of 2026's third quarter, rewrites its 分析, downloads it as Word and
 * PDF (read back), publishes it as 2026年第1期; anyone, without signing in, finds it on the body's public report page —
 * also on a phone — with its documents.
 */
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonName, pickOption } from '../support/antd.js';
import { launchBrowser, newUserPage, PHONE_VIEWPORT, VIEWPORT } from '../support/browser.js';
import { docxText, saveDownload } from '../support/downloads.js';
import { DEMO_PASSWORD, login } from '../support/login.js';
import { saveScreenshot, screenshotFailures } from '../support/screenshots.js';

const TITLE = /人才供需季度趋势研究专报（2026年第三季度）/;
const ANALYSIS = '本季度闵行开发区智能装备企业的工业机器人运维岗位需求增长最快，建议成员学校扩大相关专业招生。';

let browser: Browser;
let secretariat: Awaited<ReturnType<typeof newUserPage>>;
let current: Page | undefined;
let publicPath = '';

screenshotFailures(() => current);

beforeAll(async () => {
  browser = await launchBrowser();
  secretariat = await newUserPage(browser);
  await login(secretariat.page, 'mh_secretariat', DEMO_PASSWORD);
});
afterAll(async () => {
  await secretariat?.context.close();
  await browser?.close();
});

const confirm = (page: Page) =>
  page
    .locator('.ant-popconfirm:not(.ant-popover-hidden)')
    .getByRole('button', { name: /确\s?定|OK/ })
    .last();

describe('T4: the secretariat drafts, edits, downloads and publishes the quarterly report; the public reads it', () => {
  it('the secretariat drafts the report of the third quarter of 2026 and rewrites its analysis', async () => {
    const page = (current = secretariat.page);
    await page.goto('/talent/reports');
    await page.getByRole('heading', { name: '人才供需报告', exact: true }).waitFor();
    await page.getByRole('button', { name: '编制报告' }).click();
    const form = page.getByRole('dialog', { name: '编制报告' });
    await form.getByRole('spinbutton', { name: /年度/ }).fill('2026');
    await pickOption(page, form.getByRole('combobox', { name: /季度/ }), '第3季度');
    await form.getByRole('button', { name: buttonName('确定') }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByTestId('report-number').getByText('未发布稿').waitFor();
    await page.getByText('表3 各专业供需缺口').waitFor();

    await page.getByRole('button', { name: '编辑文字' }).click();
    await page.getByLabel('分析').fill(ANALYSIS);
    await page.getByRole('button', { name: '保存文字' }).click();
    await page.getByText(ANALYSIS).waitFor();
    await saveScreenshot(page, 'talent-report-draft');
  });

  it('downloads the draft as Word and as PDF, and both carry the tables and the new analysis', async () => {
    const page = (current = secretariat.page);
    const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word' }).click()]);
    const docx = docxText(await saveDownload(word));
    expect(docx).toContain(ANALYSIS);
    expect(docx).toContain('表3 各专业供需缺口');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 PDF' }).click()]);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', await saveDownload(pdf), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('表3各专业供需缺口');
    // The paragraph may run across a page, whose footer (— 1 —) then sits inside it: its opening is enough.
    expect(text).toContain(ANALYSIS.slice(0, 24));
    expect(text).toContain('（未发布稿）');
  });

  it('publishes it: the report takes its number and its text can no longer be edited', async () => {
    const page = (current = secretariat.page);
    await page.getByRole('button', { name: buttonName('发布') }).click();
    await confirm(page).click();
    await page.getByTestId('report-number').getByText('2026年第1期').waitFor();
    await expect.poll(() => page.getByRole('button', { name: '编辑文字' }).count()).toBe(0);
    publicPath = (await page.getByRole('link', { name: '公开页面' }).getAttribute('href')) ?? '';
    expect(publicPath).toMatch(/^\/public\/talent\/[0-9a-f-]{36}\/reports$/);
  });

  it('anyone, without signing in, finds it with its documents on the public page, on a phone too', async () => {
    for (const viewport of [VIEWPORT, PHONE_VIEWPORT]) {
      const visitor = await newUserPage(browser, viewport);
      const page = (current = visitor.page);
      await page.goto(publicPath);
      await page.getByRole('heading', { name: /人才供需报告/ }).waitFor();
      const item = page.locator('.ant-list-item', { hasText: TITLE });
      await item.getByText('2026年第1期').waitFor();
      await item.getByRole('link', { name: '下载 PDF' }).waitFor();
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      const [pdf] = await Promise.all([page.waitForEvent('download'), item.getByRole('link', { name: '下载 PDF' }).click()]);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', await saveDownload(pdf), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(text).toContain('2026年第1期');
      await saveScreenshot(page, `talent-report-public-${viewport.width}`);
      await visitor.context.close();
    }
  });
});
