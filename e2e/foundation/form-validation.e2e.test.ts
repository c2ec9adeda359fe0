/**
 * Forms check what the user typed with the contracts' schema the server validates with, before anything is
 * sent: the message under a field is the one the server would answer, naming the field, on a desk-sized
 * screen and on a phone (390 px, where no field or message reaches past the window's edge).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newUserPage } from '../support/browser.js';
import { DEMO_PASSWORD, login } from '../support/login.js';
import { saveScreenshot, screenshotFailures } from '../support/screenshots.js';

const PHONE = { width: 390, height: 844 };

describe('forms refuse what the server would refuse, with its words, before sending', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  const fieldItem = (label: string) => page.locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) });
  const errorUnder = (label: string) => fieldItem(label).locator('.ant-form-item-explain-error');
  /** Whether a field or its message reaches past the right edge of the window (the page header is not the form's). */
  const formSpillsOver = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('form .ant-form-item')).some((item) => item.getBoundingClientRect().right > window.innerWidth),
    );

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

  it('an empty organisation form names each missing field and stays on the page', async () => {
    await page.goto('/orgs/new');
    await page.getByRole('heading', { name: '新建组织' }).waitFor();
    await page.getByRole('button', { name: /^创\s?建$/ }).click();
    await errorUnder('名称').filter({ hasText: '『名称』不能为空' }).waitFor();
    await errorUnder('类型').filter({ hasText: '『类型』必填，请填写' }).waitFor();
    await errorUnder('所在地区').filter({ hasText: '『所在地区』必填，请填写' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/orgs/new');
    await saveScreenshot(page, 'form-validation-organisation-1440');
  });

  it('a credit code with a wrong check character gets the server’s message as soon as the field is left', async () => {
    const field = page.getByLabel('统一社会信用代码', { exact: true });
    await field.fill('91310000MA1FL8XQ30');
    await field.blur();
    await errorUnder('统一社会信用代码').filter({ hasText: '『统一社会信用代码』校验位不正确，请核对营业执照上的代码' }).waitFor();
  });

  it('the same messages fit a phone screen', async () => {
    await page.setViewportSize(PHONE);
    await errorUnder('名称').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'form-validation-organisation-390');
    await expect.poll(() => formSpillsOver()).toBe(false);
  });

  it('an alliance name over its limit is refused with the count the server gives', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/bodies/new');
    await page.getByRole('heading', { name: '新建联盟/联合体' }).waitFor();
    await page.getByLabel('名称', { exact: true }).fill('联'.repeat(101));
    await errorUnder('名称').filter({ hasText: '『名称』最多 100 个字，当前 101 个字，请精简' }).waitFor();
    await saveScreenshot(page, 'form-validation-body-1440');
    await page.setViewportSize(PHONE);
    await saveScreenshot(page, 'form-validation-body-390');
    await expect.poll(() => formSpillsOver()).toBe(false);
  });
});
