/**
 * 提醒设置 (issue 14: reminder offsets are data per body or call): the alliance's secretariat opens the body's
 * 提醒设置 tab, adds a reminder 60 days before a committee term ends, finds it saved after a reload and restores
 * the default (30 days); a member unit's liaison sees the same days without the buttons; the authority of a call
 * sees its 申报截止提醒. At 390 px neither page scrolls sideways. Pictures go to the screenshot folder.
 */
import type { TCallSummary } from '@chanjiao/contracts/selection/index';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession } from '../support/api.js';
import { launchBrowser, PHONE_VIEWPORT } from '../support/browser.js';
import { saveScreenshot, screenshotFailures } from '../support/screenshots.js';
import { buttonName, type Person, signedIn, toast } from './governance-steps.js';

const ALLIANCE = '沿沪宁产业创新带职业院校联盟';
const TERM_ENDING = '委员会任期届满提醒';

let browser: Browser;
let current: Page | undefined;
const people: Person[] = [];
let bodyPath: string;

screenshotFailures(() => current);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const person of people) await person.context.close();
  await browser?.close();
});

async function person(username: string, viewport?: { width: number; height: number }): Promise<Page> {
  const someone = await signedIn(browser, username, viewport);
  people.push(someone);
  return (current = someone.page);
}

/** How far the page reaches beyond the window's right edge; 0 on a page that fits. */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);

/** The reminder's entry in the list. */
const reminder = (page: Page, label: string): Locator => page.locator('.ant-list-item', { has: page.getByText(label, { exact: true }) });
/** The days a reminder is sent now, without the line's label. */
async function daysInForce(entry: Locator): Promise<string> {
  const line = await entry.locator('div.ant-typography', { hasText: '现行提醒时间：' }).innerText();
  return line.replace(/^现行提醒时间：/, '');
}
const modal = (page: Page): Locator => page.getByRole('dialog').last();

async function toastGone(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached' });
}

describe('提醒设置: a body’s secretariat sets when its deadlines are reminded', () => {
  it('the secretariat finds 提醒设置 on the alliance’s page, with each reminder’s days and the defaults', async () => {
    const page = await person('yhn_secretariat');
    await page.goto('/bodies');
    await page.getByPlaceholder('搜索名称或简称').fill('沿沪宁');
    await page.getByPlaceholder('搜索名称或简称').press('Enter');
    await page.getByRole('link', { name: ALLIANCE }).first().click();
    await page.getByRole('heading', { name: ALLIANCE }).waitFor();
    await page.getByRole('tab', { name: '提醒设置' }).click();
    bodyPath = new URL(page.url()).pathname;

    const task = reminder(page, '工作计划任务到期提醒');
    await expect.poll(() => daysInForce(task)).toBe('截止前 7 天、1 天；逾期 1 天');
    const term = reminder(page, TERM_ENDING);
    await term.getByText('默认', { exact: true }).waitFor();
    await expect.poll(() => daysInForce(term)).toBe('截止前 30 天');
  });

  it('adds a reminder 60 days before a term ends: an empty row is named under it, the summary reads the new days', async () => {
    const page = (current = people[0]!.page);
    const term = reminder(page, TERM_ENDING);
    await term.getByRole('button', { name: '修改提醒时间' }).click();
    const form = modal(page);
    await form.getByText(`修改提醒时间：${TERM_ENDING}`).waitFor();
    // A committee term cannot be reminded after it has ended.
    await form.getByText('此类提醒只在截止之前或当天发送。').waitFor();
    await form.getByRole('button', { name: '添加截止前提醒' }).click();
    await form.getByRole('button', { name: buttonName('确定') }).click();
    await form.getByText('『截止前天数』必填，请填写').waitFor();

    await form.getByLabel('截止前天数 2').fill('60');
    await form.getByText('将于截止前 60 天、30 天提醒').waitFor();
    await form.getByText('必填，请填写').waitFor({ state: 'detached' });
    await saveScreenshot(page, 'reminder-settings-edit');
    await form.getByRole('button', { name: buttonName('确定') }).click();
    await toast(page, `「${TERM_ENDING}」的提醒时间已保存`).waitFor();
    await term.getByText('已自定义', { exact: true }).waitFor();
    await expect.poll(() => daysInForce(term)).toBe('截止前 60 天、30 天');
  });

  it('finds the new days saved after a reload', async () => {
    const page = (current = people[0]!.page);
    await page.reload();
    const term = reminder(page, TERM_ENDING);
    await term.getByText('已自定义', { exact: true }).waitFor();
    await expect.poll(() => daysInForce(term)).toBe('截止前 60 天、30 天');
    await toastGone(page);
    await saveScreenshot(page, 'reminder-settings');
  });

  it('a member unit’s liaison sees the same days, without a way to change them', async () => {
    const page = await person('caoyang_liaison');
    await page.goto(`${bodyPath}?tab=reminders`);
    await page.getByText('您可以查看提醒时间，但无权修改。').waitFor();
    await expect.poll(() => daysInForce(reminder(page, TERM_ENDING))).toBe('截止前 60 天、30 天');
    await expect.poll(() => page.getByRole('button', { name: '修改提醒时间' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: '恢复默认' }).count()).toBe(0);
  });

  it('the secretariat restores the default, and it stays after a reload', async () => {
    const page = (current = people[0]!.page);
    const term = reminder(page, TERM_ENDING);
    await term.getByRole('button', { name: '恢复默认' }).click();
    const confirm = page.locator('.ant-popconfirm:not(.ant-popover-hidden)').last();
    await confirm.getByText('恢复为平台默认：截止前 30 天？').waitFor();
    await confirm.getByRole('button', { name: buttonName('确定') }).click();
    await toast(page, `「${TERM_ENDING}」已恢复默认提醒时间`).waitFor();
    await term.getByText('默认', { exact: true }).waitFor();
    await page.reload();
    await reminder(page, TERM_ENDING).getByText('默认', { exact: true }).waitFor();
    await expect.poll(() => daysInForce(reminder(page, TERM_ENDING))).toBe('截止前 30 天');
    await expect.poll(() => reminder(page, TERM_ENDING).getByRole('button', { name: '恢复默认' }).count()).toBe(0);
  });

  it('at 390 px the tab and its form fit the screen', async () => {
    const page = await person('yhn_secretariat', PHONE_VIEWPORT);
    await page.goto(`${bodyPath}?tab=reminders`);
    await reminder(page, TERM_ENDING).waitFor();
    await expect.poll(() => sidewaysOverflow(page)).toBe(0);
    await saveScreenshot(page, 'phone-reminder-settings');
    await reminder(page, '工作计划任务到期提醒').getByRole('button', { name: '修改提醒时间' }).click();
    await modal(page).getByLabel('逾期天数 1').waitFor();
    await expect.poll(() => sidewaysOverflow(page)).toBe(0);
    await saveScreenshot(page, 'phone-reminder-settings-edit');
    await modal(page)
      .getByRole('button', { name: buttonName('取消') })
      .click();
  });

  it('the authority of a call finds its 申报截止提醒 on the call’s page, also at 390 px', async () => {
    const authority = await apiSession('lyg_authority');
    const { items } = await authority.get<{ items: TCallSummary[] }>('/api/selection/calls?pageSize=1');
    const call = items[0]!;
    for (const viewport of [undefined, PHONE_VIEWPORT]) {
      const page = await person('lyg_authority', viewport);
      await page.goto(`/selection/calls/${call.id}`);
      const closing = reminder(page, '申报截止提醒');
      await expect.poll(() => daysInForce(closing)).toBe('截止前 7 天、1 天');
      await closing.getByRole('button', { name: '修改提醒时间' }).waitFor();
      await expect.poll(() => sidewaysOverflow(page)).toBe(0);
      if (viewport) {
        await closing.scrollIntoViewIfNeeded();
        await saveScreenshot(page, 'phone-call-reminder-settings');
      }
    }
  });
});
