/**
 * On a phone (390×844): the pages people open away from a desk — the dashboard, the 推荐书 being filled in,
 * the expert's score sheet, a meeting's vote and an alliance's member list — fit the screen. The page itself
 * never scrolls sideways (a wide table scrolls inside its card), the menu opens as a drawer, and the header
 * keeps the user's name out of the title.
 */
import type { TApplicationSummary } from '@chanjiao/contracts/selection/index';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiSession } from '../support/api.js';
import { launchBrowser, newUserPage, PHONE_VIEWPORT } from '../support/browser.js';
import { DEMO_PASSWORD, login } from '../support/login.js';
import { saveScreenshot, screenshotFailures } from '../support/screenshots.js';

const ALLIANCE = '沿沪宁产业创新带职业院校联盟';

/** How far the page reaches beyond the window's right edge; 0 on a page that fits. */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);
}

describe('on a phone: the pages fit the screen', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  screenshotFailures(() => page);

  async function signInOnPhone(username: string): Promise<Page> {
    await context?.close();
    ({ context, page } = await newUserPage(browser, PHONE_VIEWPORT));
    await login(page, username, DEMO_PASSWORD);
    return page;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    const shown = page;
    if (shown) await expect.poll(() => sidewaysOverflow(shown)).toBe(0);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('shows the dashboard with the menu folded into a drawer and a one-line header', async () => {
    const page = await signInOnPhone('yhn_secretariat');
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    // The side menu is not on the page until asked for; the user's name is behind the user button.
    await expect.poll(() => page.getByRole('menuitem', { name: '组织' }).isVisible()).toBe(false);
    await expect.poll(() => page.getByText('沿沪宁联盟秘书处（演示）', { exact: true }).isVisible()).toBe(false);
    const header = await page.locator('.ant-layout-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(64);

    await page.getByRole('button', { name: '打开导航菜单' }).click();
    await page.getByRole('menuitem', { name: '联盟与联合体' }).click();
    await page.getByRole('heading', { name: '联盟与联合体' }).waitFor();
    // Choosing a page closes the drawer.
    await page.locator('.ant-drawer-content').waitFor({ state: 'hidden' });
    await saveScreenshot(page, 'phone-bodies');
  });

  it('lists an alliance’s member units; the table scrolls inside its card', async () => {
    const page = await signInOnPhone('yhn_secretariat');
    await page.goto('/bodies');
    await page.getByPlaceholder('搜索名称或简称').fill('沿沪宁');
    await page.getByPlaceholder('搜索名称或简称').press('Enter');
    await page.getByRole('link', { name: ALLIANCE }).first().click();
    await page.getByRole('heading', { name: ALLIANCE }).waitFor();
    await page.getByRole('tab', { name: '成员单位' }).click();
    const table = page.locator('.ant-table-wrapper').filter({ hasText: '上海市曹杨职业技术学校' }).first();
    await table.waitFor();
    const box = await table.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
  });

  it('shows a concluded meeting’s vote: the count, the outcome and each unit’s ballot', async () => {
    const page = await signInOnPhone('yhn_secretariat');
    await page.goto('/governance/meetings');
    await page.getByText('联盟一届一次会议').first().click();
    await page.getByRole('heading', { name: '联盟一届一次会议' }).waitFor();
    await page.locator('.ant-collapse-header').first().click();
    const result = page.locator('.ant-collapse-item-active .ant-descriptions').first();
    await result.getByText('通过', { exact: true }).waitFor();
    const box = await result.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
    await saveScreenshot(page, 'phone-meeting-vote');
  });

  it('lets the applicant fill in the 推荐书: the sections stand above the form, which has the whole width', async () => {
    const applicant = await apiSession('lyg_school');
    const { items } = await applicant.get<{ items: TApplicationSummary[] }>('/api/selection/applications?pageSize=100');
    const draft = items.find((application) => application.status === 'draft')!;
    const page = await signInOnPhone('lyg_school');
    await page.goto(`/selection/applications/${draft.id}`);
    await page.getByRole('tab', { name: '推荐书' }).waitFor();
    const name = page.getByLabel('联合体名称');
    await name.waitFor();
    const steps = await page.locator('.ant-steps').boundingBox();
    const input = await name.boundingBox();
    expect(input!.y).toBeGreaterThan(steps!.y + steps!.height);
    // The input takes (nearly) the whole width of the card instead of a sliver beside the steps.
    expect(input!.width).toBeGreaterThan(PHONE_VIEWPORT.width * 0.6);
    await saveScreenshot(page, 'phone-application');
  });

  it('lets the expert score on a phone: each observation with its maximum and the score input under it', async () => {
    const page = await signInOnPhone('expert1');
    await page.goto('/selection/reviews');
    await page
      .getByRole('link', { name: /连云港演示石化产业市域产教联合体/ })
      .first()
      .click();
    const score = page.getByLabel('观测点 1.1 得分');
    await score.waitFor();
    const box = await score.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
    await expect.poll(() => page.getByText('满分 3 分，得分').first().isVisible()).toBe(true);
    await saveScreenshot(page, 'phone-score-sheet');
  });
});
