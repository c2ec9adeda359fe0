/**
 * The annual work plan (2026 工作计划 附件3 二) changed by the secretariat: it adds a task, moves its window,
 * then retires it with a reason; the task stays listed, struck through, and the plan's history shows each
 * change as a version (the window before and after, the reason). The same page on a phone (390 px) scrolls
 * its table inside the card, never the page. Pictures at 1440 px and 390 px go to the screenshot folder.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, PHONE_VIEWPORT } from '../support/browser.js';
import { saveScreenshot, screenshotFailures } from '../support/screenshots.js';
import { buttonName, openGovernancePage, type Person, signedIn, toast } from './governance-steps.js';

const YEAR = new Date().getFullYear();
/** A title no other run or journey uses: the plan refuses two tasks of the same title. */
const TITLE = `联盟课程互选试点${Date.now().toString(36)}`;
const REASON = '并入“学生成长计划”统一推进';

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
const historyDrawer = (page: Page): Locator => page.getByRole('dialog').filter({ hasText: '年度工作计划修订记录' });
const taskRow = (page: Page): Locator => page.locator('.ant-table-row', { hasText: TITLE });
const field = (page: Page, label: string): Locator => modal(page).getByLabel(label, { exact: true });

/** How far the page itself scrolls sideways (0 when only a table scrolls inside its card). */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);

describe('the secretariat adds, edits and retires a work-plan task, each a version of the plan', () => {
  let versionBefore: number;

  it('adds a task to this year’s plan from the work plan page', async () => {
    const page = (current = secretariat.page);
    await openGovernancePage(page, '年度工作计划');
    const history = page.getByRole('button', { name: /修订记录（第 \d+ 版）/ });
    versionBefore = Number(/第 (\d+) 版/.exec(await history.innerText())![1]);

    await page.getByRole('button', { name: buttonName('新增任务') }).click();
    await field(page, '任务类别').fill('三、人才培养');
    await field(page, '工作任务').fill(TITLE);
    await field(page, '时间').fill(`${YEAR}年9-10月`);
    await field(page, '主要内容').fill('选取 3 所成员学校试点跨校课程互选，互认学分');
    await field(page, '预期成果/成效').fill('形成课程互选与学分互认办法');
    await field(page, '牵头/负责部门').fill('轮值主席单位 全体成员单位');
    await modal(page)
      .getByRole('button', { name: buttonName('确定') })
      .click();
    await toast(page, '已保存，计划更新为新版本').waitFor();
    await taskRow(page).waitFor();
    await expect.poll(() => taskRow(page).innerText()).toContain(`${YEAR}年9-10月`);
    await page.getByRole('button', { name: `修订记录（第 ${versionBefore + 1} 版）` }).waitFor();
  });

  it('moves its window, and the page shows the new one', async () => {
    const page = (current = secretariat.page);
    await taskRow(page)
      .getByRole('button', { name: buttonName('编辑') })
      .click();
    await expect.poll(() => field(page, '工作任务').inputValue()).toBe(TITLE);
    await field(page, '时间').fill(`${YEAR}年9-12月`);
    await modal(page)
      .getByRole('button', { name: buttonName('确定') })
      .click();
    await toast(page, '已保存，计划更新为新版本').last().waitFor();
    await expect.poll(() => taskRow(page).innerText()).toContain(`${YEAR}年9-12月`);
  });

  it('retires it with a reason: it stays in the plan, struck through with the reason, and can no longer be changed', async () => {
    const page = (current = secretariat.page);
    await taskRow(page)
      .getByRole('button', { name: buttonName('撤销') })
      .click();
    await modal(page).getByText('不会删除').waitFor();
    await field(page, '撤销原因').fill(REASON);
    await modal(page)
      .getByRole('button', { name: buttonName('撤销') })
      .click();
    await expect.poll(() => taskRow(page).innerText()).toContain(REASON);
    await taskRow(page).getByText('已撤销', { exact: true }).waitFor();
    await expect
      .poll(() =>
        taskRow(page)
          .getByRole('button', { name: buttonName('编辑') })
          .count(),
      )
      .toBe(0);
    await saveScreenshot(page, 'governance-workplan-retired');
  });

  it('the plan’s history shows the three versions: added, the window before and after, retired with the reason', async () => {
    const page = (current = secretariat.page);
    await page.getByRole('button', { name: `修订记录（第 ${versionBefore + 3} 版）` }).click();
    const drawer = historyDrawer(page);
    await drawer.getByText(`第 ${versionBefore + 3} 版`).waitFor();
    const items = drawer.locator('.ant-list-item');
    await expect.poll(() => items.nth(0).innerText()).toContain('撤销任务');
    await expect.poll(() => items.nth(0).innerText()).toContain(REASON);
    const edit = await items.nth(1).innerText();
    expect(edit).toContain('修改任务');
    expect(edit).toContain(`原为：${YEAR}年9-10月`);
    expect(edit).toContain(`改为：${YEAR}年9-12月`);
    await expect.poll(() => items.nth(2).innerText()).toContain('新增任务');
    await saveScreenshot(page, 'governance-workplan-history');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
  });

  it('on a phone the plan and its history fit the window; the table scrolls inside its card', async () => {
    const page = (current = secretariat.page);
    await page.setViewportSize(PHONE_VIEWPORT);
    await page.reload();
    await taskRow(page).waitFor();
    await expect.poll(() => sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'governance-workplan-phone');
    await page.getByRole('button', { name: /修订记录（第 \d+ 版）/ }).click();
    await historyDrawer(page)
      .getByText(`第 ${versionBefore + 3} 版`)
      .waitFor();
    await expect.poll(() => sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'governance-workplan-history-phone');
  });
});
