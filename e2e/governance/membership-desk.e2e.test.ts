/**
 * The secretariat's membership desk (成员事务): it proposes by hand to expel 江苏省靖江中等专业学校 on ground (三)
 * of 章程第二十一条 with the facts, and the proposal waits in 除名提议 beside the automatic ones, to be put to a
 * meeting; then it issues the founding units (members by right, no application) their 《联盟成员证书》 all at
 * once, numbered like the admission certificates.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { saveScreenshot, screenshotFailures } from '../support/screenshots.js';
import { buttonName, openGovernancePage, type Person, pickOption, signedIn, toast } from './governance-steps.js';

const UNIT = '江苏省靖江中等专业学校';
const FACTS = '2026 年度两次未按期报送资源调研数据，经秘书处书面催告后仍未报送';

let browser: Browser;
let secretariat: Person;
let current: Page | undefined;

screenshotFailures(() => current);

beforeAll(async () => {
  browser = await launchBrowser();
  secretariat = await signedIn(browser, 'yhn_secretariat');
});
afterAll(async () => {
  await secretariat?.context.close();
  await browser?.close();
});

const modal = (page: Page): Locator => page.getByRole('dialog').last();
const card = (page: Page, title: string): Locator =>
  page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: title }) });

describe('the secretariat proposes a 除名 by hand and issues the founding units their certificates', () => {
  it('proposes to expel a member unit on a ground of 第二十一条 with the facts', async () => {
    const page = (current = secretariat.page);
    await openGovernancePage(page, '成员事务');
    await card(page, '除名提议')
      .getByRole('button', { name: buttonName('提议除名') })
      .click();
    await modal(page).getByText('有权在会议表决前陈述意见').waitFor();
    // The member list is long and drawn as it scrolls: the secretariat types part of the name, as users do.
    await modal(page).getByLabel('成员单位', { exact: true }).fill('靖江');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: UNIT }).click();
    await pickOption(page, modal(page).getByLabel('除名事由（章程第二十一条）', { exact: true }), /^（三）不履行成员义务$/);
    await modal(page).getByLabel('事实与依据', { exact: true }).fill(FACTS);
    await modal(page)
      .getByRole('button', { name: buttonName('确定') })
      .click();
    await toast(page, '已提议除名并通知该单位').waitFor();
    const row = card(page, '除名提议').locator('.ant-table-row', { hasText: UNIT });
    await expect.poll(() => row.innerText()).toContain(FACTS);
    await expect.poll(() => row.innerText()).toContain('已提议');
    await row.getByRole('button', { name: buttonName('提交下次会议') }).waitFor();
  });

  it('issues every founding unit still without a certificate its numbered certificate at once', async () => {
    const page = (current = secretariat.page);
    const founding = card(page, '发起单位待颁发成员证书');
    const issueAll = founding.getByRole('button', { name: /全部颁发（\d+ 家）/ });
    const waiting = Number(/（(\d+) 家）/.exec(await issueAll.innerText())![1]);
    expect(waiting).toBeGreaterThan(0);
    const certificates = card(page, '成员证书').locator('.ant-table-row');
    const before = await certificates.count();
    await saveScreenshot(page, 'governance-membership-desk');
    await issueAll.click();
    await toast(page, `已颁发 ${waiting} 份成员证书`).waitFor();
    await founding.waitFor({ state: 'detached' });
    await expect.poll(() => certificates.count()).toBe(before + waiting);
    const numbers = await certificates.locator('td:first-child').allInnerTexts();
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.every((number) => /成员证〔\d{4}〕第\d{3}号$/.test(number))).toBe(true);
  });
});
