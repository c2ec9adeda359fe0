/**
 * Bulletins (2026 工作计划 附件3 四, 简报第1期): 曹杨's liaison drafts a 简讯 for the unit
 * and submits it; the secretariat edits it, fills the title block (报送, 抄送, 印发单位, 核稿), numbers it (第N期)
 * and publishes it; the Word file downloads with the title block of 第1期; a reader without an account finds it on
 * the public page, where opening it counts a view and sharing it a share; the quarterly table counts it for 曹杨.
 * Pictures of the bulletin list and of the public page go to the screenshot folder.
 */
import fs from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newUserPage } from '../support/browser.js';
import { saveScreenshot, screenshotFailures } from '../support/screenshots.js';
import { docxText, saveDownload, zipEntry } from '../support/downloads.js';
import { buttonName, openGovernancePage, type Person, pickOption, signedIn, toast, todayInShanghai } from './governance-steps.js';

const ALLIANCE = '沿沪宁产业创新带职业院校联盟';
const CAOYANG = '上海市曹杨职业技术学校';
const SUBJECT = '跨校教研·同课异构|联盟首次联合教研活动在曹杨职校举行';
const HEADLINE = '九所成员学校骨干教师同上一堂课';
const DRAFTED_BY = '李演示';
const TITLE_BLOCK = {
  核稿: '殷时余',
  报送: '联盟首届轮值主席单位——上海市曹杨职业技术学校',
  抄送: '沿沪宁产业创新带职业院校联盟各成员单位',
  印发单位: '联盟秘书处',
} as const;

let browser: Browser;
let liaison: Person;
let secretariat: Person;
let reader: Person;
let current: Page | undefined;
let quarterBefore: number;
let issueNumber: number;

screenshotFailures(() => current);

beforeAll(async () => {
  browser = await launchBrowser();
  liaison = await signedIn(browser, 'caoyang_liaison');
  secretariat = await signedIn(browser, 'yhn_secretariat');
  reader = await newUserPage(browser);
});
afterAll(async () => {
  for (const person of [liaison, secretariat, reader]) await person?.context.close();
  await browser?.close();
});

/** 2026-01-05 → 2026年1月5日, as the printed 简报 writes dates. */
const printedDate = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
};
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const row = (page: Page): Locator => page.locator('.ant-table-row', { hasText: SUBJECT });
/** The dialog open now: a closing one fades out while the page goes on. */
const modal = (page: Page): Locator => page.getByRole('dialog').last();
const okButton = (page: Page): Locator => modal(page).getByRole('button', { name: buttonName('确定') });

/** 曹杨's count in this quarter's column of the quarterly table (附件3 四(一)2: 1–2 per quarter). */
async function caoyangThisQuarter(page: Page): Promise<number> {
  await page.getByRole('tab', { name: '季度报送情况' }).click();
  const month = Number(todayInShanghai().slice(5, 7));
  // The list tab stays in the page, hidden; only the shown tab panel counts.
  const table = page.getByRole('tabpanel');
  const cell = table
    .locator('.ant-table-row', { hasText: CAOYANG })
    .locator('td')
    .nth(1 + Math.floor((month - 1) / 3));
  const text = await cell.innerText();
  const count = /^(\d+) · /.exec(text);
  if (!count) throw new Error(`the quarterly table shows “${text}” for ${CAOYANG}`);
  return Number(count[1]);
}

describe('workflow 10: a member drafts a 简讯, the secretariat numbers and publishes it', () => {
  it('the secretariat’s quarterly table shows what 曹杨 has sent this quarter so far', async () => {
    const page = (current = secretariat.page);
    await openGovernancePage(page, '简讯与简报');
    quarterBefore = await caoyangThisQuarter(page);
  });

  it('曹杨’s liaison drafts a 简讯 for the unit and submits it to the secretariat', async () => {
    const page = (current = liaison.page);
    await openGovernancePage(page, '简讯与简报');
    await pickOption(page, page.getByLabel('联盟/联合体'), ALLIANCE);
    await page.getByRole('button', { name: '撰写简讯' }).click();
    const form = modal(page);
    // The liaison serves one unit, so the form has chosen it.
    await form.getByText(CAOYANG).waitFor();
    await form.getByLabel('标题', { exact: true }).fill(SUBJECT);
    await form.getByLabel('导语标题').fill(HEADLINE);
    await form.getByLabel('活动时间').fill(todayInShanghai());
    await form
      .getByLabel('正文（每段一行）')
      .fill(
        '联盟首次联合教研活动在曹杨职校举行，九所成员学校的骨干教师围绕同一课题同课异构。\n活动结束后，各校教师就课堂设计与评价开展研讨。',
      );
    const keywords = form.getByLabel('关键词');
    for (const keyword of ['联合教研', '同课异构']) {
      await keywords.fill(keyword);
      await keywords.press('Enter');
    }
    await form.getByLabel('拟稿').fill(DRAFTED_BY);
    await okButton(page).click();
    await toast(page, '已保存').waitFor();
    await row(page).getByText('草稿').waitFor();

    await row(page).getByRole('button', { name: '报送秘书处' }).click();
    await toast(page, '已报送秘书处').waitFor();
    await row(page).getByText('已报送秘书处').waitFor();
    // Once submitted it is the secretariat's to edit.
    await expect
      .poll(() =>
        row(page)
          .getByRole('button', { name: buttonName('编辑') })
          .count(),
      )
      .toBe(0);
  });

  it('the secretariat edits it, fills the title block, and publishes it as the next issue', async () => {
    const page = (current = secretariat.page);
    await page.getByRole('tab', { name: '简讯', exact: true }).click();
    await page.reload();
    await row(page).getByText('已报送秘书处').waitFor();
    await row(page)
      .getByRole('button', { name: buttonName('编辑') })
      .click();
    const form = modal(page);
    await form.getByText('版头与版记（秘书处填写）').waitFor();
    await form.getByLabel('标题', { exact: true }).fill(`${SUBJECT}！`);
    for (const [label, value] of Object.entries(TITLE_BLOCK)) await form.getByLabel(label, { exact: true }).fill(value);
    await okButton(page).click();
    await toast(page, '已保存').waitFor();
    await row(page).getByText(`${SUBJECT}！`).waitFor();

    const issues = (await page.locator('.ant-table-row td:first-child').allInnerTexts()).map((text) =>
      Number(/第(\d+)期/.exec(text)?.[1] ?? 0),
    );
    issueNumber = Math.max(0, ...issues) + 1;
    await row(page).getByRole('button', { name: '编号并发布' }).click();
    await expect.poll(() => modal(page).getByLabel('印发日期').inputValue()).toBe(todayInShanghai());
    await okButton(page).click();
    await toast(page, `已发布为第 ${issueNumber} 期`).waitFor();
    const cells = [`第${issueNumber}期`, `${SUBJECT}！`, CAOYANG, '已发布', todayInShanghai(), '0 / 0'];
    await expect.poll(() => row(page).innerText()).toMatch(new RegExp(cells.map(literally).join('\\s+')));
  });

  it('downloads the issue as a Word document with the masthead, its number and the title block of 第1期', async () => {
    const page = (current = secretariat.page);
    const [download] = await Promise.all([page.waitForEvent('download'), row(page).getByRole('button', { name: '下载 Word' }).click()]);
    expect(download.suggestedFilename()).toBe(`${ALLIANCE}简报第${issueNumber}期.docx`);
    const file = await saveDownload(download);
    expect(fs.readFileSync(file).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    // unzip reads [ ] as a wildcard class unless escaped.
    expect(zipEntry(file, '\\[Content_Types\\].xml')).toContain('wordprocessingml.document.main+xml');
    const lines = docxText(file).split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        `${ALLIANCE}简报`,
        `（第${issueNumber}期）`,
        `【${SUBJECT}！】`,
        HEADLINE,
        '关键词：联合教研 同课异构',
        `报送：${TITLE_BLOCK.报送}`,
        `抄送：${TITLE_BLOCK.抄送}`,
        TITLE_BLOCK.印发单位,
        `${printedDate(todayInShanghai())}印发`,
        // Two ideographic spaces between the signatures, as on 第1期.
        `拟稿：${DRAFTED_BY}\u3000\u3000核稿：${TITLE_BLOCK.核稿}`,
      ]),
    );
    await page.mouse.move(0, 0);
    await page.locator('.ant-message-notice').first().waitFor({ state: 'detached' });
    await saveScreenshot(page, 'governance-bulletins');
  });

  it('a reader without an account finds it on the public page; reading counts a view, sharing a share', async () => {
    const page = (current = reader.page);
    await page.goto('/public/bulletins');
    const item = page.locator('.ant-list-item', { hasText: `第${issueNumber}期 ${SUBJECT}！` });
    await expect.poll(() => item.innerText()).toContain(`${ALLIANCE} · ${CAOYANG} · ${todayInShanghai()} · 点击 0 · 转发 0`);
    await item.getByRole('button', { name: buttonName('阅读') }).click();
    const article = modal(page).locator('article');
    await article.getByRole('heading', { name: `【${SUBJECT}！】` }).waitFor();
    await expect.poll(() => article.innerText()).toContain(`（第${issueNumber}期）`);
    await expect.poll(() => article.innerText()).toContain(`报送：${TITLE_BLOCK.报送}`);
    await expect.poll(() => article.innerText()).toContain(`${printedDate(todayInShanghai())}印发`);
    // The button has an icon, whose name comes first (“share-alt 转发”).
    await modal(page).getByRole('button', { name: /转发$/ }).click();
    await toast(page, '链接已复制').waitFor();
    await page.locator('.ant-message-notice').first().waitFor({ state: 'detached' });
    await saveScreenshot(page, 'governance-public-bulletin');

    await page.keyboard.press('Escape');
    await page.reload();
    await expect.poll(() => item.innerText()).toContain('点击 1 · 转发 1');
    await saveScreenshot(page, 'governance-public-bulletins');
  });

  it('the secretariat sees the view and the share, and the quarterly table counts the 简讯 for 曹杨', async () => {
    const page = (current = secretariat.page);
    await page.reload();
    await expect.poll(() => row(page).innerText()).toMatch(/1 \/ 1/);
    await expect.poll(() => caoyangThisQuarter(page)).toBe(quarterBefore + 1);
  });
});
