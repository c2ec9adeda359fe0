/**
 * A district alliance registers its charter from the web (章程第二十九条) and plans its rotating chair among its
 * member units (章程第六条 as charter data). 普陀区职业教育联盟 has no charter on record and all its member schools
 * sit in 上海: under the model charter's "由不同城市的成员院校轮流担任" no chair plan can be made. Its secretariat
 * records the charter its founding meeting adopted — title, date, basis, articles (previewed as the charter
 * page prints them), rotation among the member units — after which the form is gone (changes need an amendment
 * vote) and the chair plan is accepted: no unit chairs two years running. The form and the registered charter
 * are checked on a phone (390 px) and a laptop (1440 px) for sideways scrolling.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, PHONE_VIEWPORT } from '../support/browser.js';
import { saveScreenshot, screenshotFailures } from '../support/screenshots.js';
import { buttonName, openGovernancePage, type Person, pickOption, signedIn, toast } from './governance-steps.js';

const TITLE = '普陀区职业教育联盟章程';
const CHARTER_TEXT = [
  '为推进普陀区职业教育集团化办学，特制定本章程。',
  '第一章 总则',
  '第一条 本联盟名称为普陀区职业教育联盟。',
  '第二条 联盟由普陀区教育局牵头，区内职业院校、合作企业和科研机构自愿组成。',
  '第二章 组织机构',
  '第六条 联盟设轮值主席单位一名，每年轮换一次，由成员单位轮流担任，同一单位不连任。',
  '第七条 轮值主席单位负责：',
  '（一）牵头组织本年度联盟活动；',
  '（二）向理事会报告年度工作。',
].join('\n');
const BASIS = '2013年普陀区职业教育联盟成立大会审议通过（成立大会纪要）';
const MEMBER_ROTATION = '在成员单位之间轮流，同一单位不连任';
const CAOYANG = '上海市曹杨职业技术学校';

let browser: Browser;
let laptop: Person;
let phone: Person;
let current: Page | undefined;

screenshotFailures(() => current);

beforeAll(async () => {
  browser = await launchBrowser();
  laptop = await signedIn(browser, 'putuo_secretariat');
  phone = await signedIn(browser, 'putuo_secretariat', PHONE_VIEWPORT);
});
afterAll(async () => {
  await laptop?.context.close();
  await phone?.context.close();
  await browser?.close();
});

/** How far the page itself scrolls sideways (0 when nothing sticks out). */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);
const registration = (page: Page): Locator => page.getByRole('form', { name: '登记章程' });
const field = (page: Page, label: string): Locator => registration(page).getByLabel(label, { exact: true });

async function planFiveYears(page: Page): Promise<void> {
  await openGovernancePage(page, '轮值主席单位');
  await page.getByLabel('首届年份', { exact: true }).fill('2026');
  await page.getByLabel('排定年数', { exact: true }).fill('5');
  await pickOption(page, page.getByLabel('首届轮值主席单位', { exact: true }), `${CAOYANG}（上海市）`);
  await page.getByRole('button', { name: buttonName('生成排班表') }).click();
}

describe('普陀区职教联盟 registers its charter and plans a chair among its member units', () => {
  it('without a charter, the model charter’s different-city rule refuses a one-city alliance’s plan', async () => {
    const page = (current = laptop.page);
    await planFiveYears(page);
    await toast(page, /无法排定 2027 年的轮值主席单位：除上一年的上海市外没有其他城市的成员院校/).waitFor();
    await page.getByText('章程尚未登记，按示范章程默认值').waitFor();
  });

  it('offers the registration form on a phone without sideways scrolling', async () => {
    const page = (current = phone.page);
    await page.goto('/governance/charter');
    await registration(page).waitFor();
    await field(page, '章程条文').fill(CHARTER_TEXT);
    await page.getByTestId('charter-preview').getByText('第一章\u3000总则').waitFor();
    await expect.poll(() => sidewaysScroll(page)).toBe(0);
    await saveScreenshot(page, 'governance-charter-registration-phone');
  });

  it('the secretariat records the charter its founding meeting adopted, rotating among member units', async () => {
    const page = (current = laptop.page);
    await openGovernancePage(page, '章程');
    await registration(page).waitFor();
    await expect.poll(() => field(page, '章程名称').inputValue()).toBe(TITLE);
    await expect.poll(() => sidewaysScroll(page)).toBe(0);

    // Sending without a basis or articles names what is missing, under the field.
    await registration(page)
      .getByRole('button', { name: buttonName('登记章程') })
      .click();
    await registration(page).getByText('『登记依据（通过章程的会议及文件）』不能为空').waitFor();

    await field(page, '通过（生效）日期').fill('2013-06-18');
    await field(page, '登记依据（通过章程的会议及文件）').fill(BASIS);
    await field(page, '章程条文').fill('本联盟由区内职业院校组成。');
    await registration(page)
      .getByText(/未识别到条文/)
      .waitFor();
    await field(page, '章程条文').fill(CHARTER_TEXT);
    await page.getByText('排版预览（4 条）').waitFor();
    await registration(page).getByRole('radio', { name: MEMBER_ROTATION }).check();
    await saveScreenshot(page, 'governance-charter-registration');
    await registration(page)
      .getByRole('button', { name: buttonName('登记章程') })
      .click();
    await toast(page, '章程已登记（第 1 版）').waitFor();

    // The form is gone: from now on the charter changes only by an amendment vote.
    await page.getByText(/章程参数只能通过校长联席会议的“章程修改”议题表决通过后变更/).waitFor();
    await expect.poll(() => registration(page).count()).toBe(0);
    await page.getByText(`每 1 年轮换一次；${MEMBER_ROTATION}`).waitFor();
    const text = page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: `《${TITLE}》章程全文` }) });
    await text.getByRole('heading', { name: '第二章\u3000组织机构' }).waitFor();
    await text.getByText('（一）牵头组织本年度联盟活动；').waitFor();
    await page.getByRole('cell', { name: BASIS }).waitFor();
  });

  it('the registered charter reads on a phone without sideways scrolling', async () => {
    const page = (current = phone.page);
    await page.reload();
    await page.getByText(`每 1 年轮换一次；${MEMBER_ROTATION}`).waitFor();
    await expect.poll(() => registration(page).count()).toBe(0);
    await expect.poll(() => sidewaysScroll(page)).toBe(0);
  });

  it('the chair plan is accepted: the member units take turns and none chairs two years running', async () => {
    const page = (current = laptop.page);
    await planFiveYears(page);
    await toast(page, '已生成 2026–2030 年排班表').waitFor();
    await page.getByText(`轮值规则（现行章程）：每届任期 1 年；${MEMBER_ROTATION}。`).waitFor();
    const units = await page
      .locator('.ant-table')
      .first()
      .locator('.ant-table-row')
      .evaluateAll((rows) => rows.map((row) => (row.querySelectorAll('td')[1]?.textContent ?? '').trim()).filter(Boolean));
    const years = units;
    expect(years).toHaveLength(5);
    expect(years[0]).toBe(CAOYANG);
    for (let index = 1; index < years.length; index++) expect(years[index]).not.toBe(years[index - 1]);
    expect(new Set(years).size).toBeGreaterThanOrEqual(4);
    await page
      .getByText(/成员单位依次轮流担任/)
      .first()
      .waitFor();
    await expect.poll(() => sidewaysScroll(page)).toBe(0);
  });
});
