/**
 * After the deadline (连教职函〔2026〕6号: 2026年5月28日前; the demo platform runs on today's clock, later than that):
 * the public page lists the demo call under 已截止 only — not under 正在征集 and without 登录后填报 — and the
 * school's draft says 已截止 and can no longer be edited or submitted. At 1440 px and at 390 px.
 */
import type { TApplicationSummary } from '@chanjiao/contracts/selection/index';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession } from '../support/api.js';
import { launchBrowser, newUserPage, PHONE_VIEWPORT, VIEWPORT } from '../support/browser.js';
import { DEMO_PASSWORD, login } from '../support/login.js';
import { saveScreenshot, screenshotFailures } from '../support/screenshots.js';

/** The demo call's full title, matched exactly: other journeys open calls whose titles begin with it. */
const CALL = '2026年市级市域产教联合体遴选建设';
const DRAFT = '连云港演示港口物流市域产教联合体';

function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);
}

describe('遴选 after its deadline: 已截止 everywhere', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  screenshotFailures(() => page);

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it.each([
    ['desktop', VIEWPORT],
    ['phone', PHONE_VIEWPORT],
  ])('the public page separates open, closed and published calls (%s)', async (name, viewport) => {
    await context?.close();
    ({ context, page } = await newUserPage(browser, viewport));
    await page.goto('/public/selection');
    const section = (title: string) => page!.locator('.ant-card', { has: page!.locator('.ant-card-head-title', { hasText: title }) });
    await section('已截止').getByText(CALL, { exact: true }).first().waitFor();
    await expect.poll(() => section('正在征集').getByText(CALL, { exact: true }).count()).toBe(0);
    await expect.poll(() => section('结果公示').getByText(CALL, { exact: true }).count()).toBe(0);
    await expect.poll(() => section('已截止').locator('.ant-tag', { hasText: '已截止' }).count()).toBeGreaterThan(0);
    // Other journeys may have opened calls of their own: the closed section alone must never offer one as open.
    await expect.poll(() => section('已截止').locator('.ant-tag', { hasText: '征集中' }).count()).toBe(0);
    await expect.poll(() => section('已截止').getByRole('button', { name: '登录后填报' }).count()).toBe(0);
    await expect.poll(() => sidewaysOverflow(page!)).toBe(0);
    await saveScreenshot(page, `public-selection-${name}`);
  });

  it.each([
    ['desktop', VIEWPORT],
    ['phone', PHONE_VIEWPORT],
  ])('the school’s draft is 已截止 and read-only (%s)', async (name, viewport) => {
    const applicant = await apiSession('lyg_school');
    const { items } = await applicant.get<{ items: TApplicationSummary[] }>('/api/selection/applications?pageSize=100');
    // The consortium applies again in the demo's open second round; the draft of the seed call is the closed one.
    const draft = items.find((application) => application.consortiumName === DRAFT && application.callTitle === CALL)!;
    expect(draft.callPhase).toBe('closed');
    await context?.close();
    ({ context, page } = await newUserPage(browser, viewport));
    await login(page, 'lyg_school', DEMO_PASSWORD);
    await page.goto(`/selection/applications/${draft.id}`);
    await page.locator('.ant-alert', { hasText: '截止，未提交的推荐书不能再修改或提交' }).waitFor();
    await expect.poll(() => page!.getByText('已全部填写，可以提交').count()).toBe(0);
    await expect.poll(() => page!.getByRole('button', { name: '提交', exact: true }).count()).toBe(0);
    await expect.poll(() => page!.getByLabel('联合体名称').isDisabled()).toBe(true);
    await expect.poll(() => sidewaysOverflow(page!)).toBe(0);
    await saveScreenshot(page, `selection-draft-closed-${name}`);

    await page.goto('/selection');
    await page.getByRole('tab', { name: '本单位的推荐书' }).click();
    const row = page.locator('tr', { hasText: DRAFT }).filter({ hasText: '已截止' });
    await row.locator('.ant-tag', { hasText: '已截止' }).waitFor();
    // A draft is never ranked: no link to a result.
    await expect.poll(() => row.getByRole('link', { name: '查看遴选结果' }).count()).toBe(0);
    await saveScreenshot(page, `selection-mine-${name}`);
  });
});
