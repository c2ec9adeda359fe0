/**
 * Journey 1 — signing in and out, and the interface language: the demo administrator signs in, sees the
 * dashboard and the demo-mode notice about two-factor authentication, reads the platform in English after
 * a reload too, comes back to Chinese, and signs out.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newUserPage } from '../support/browser.js';
import { DEMO_PASSWORD, login } from '../support/login.js';
import { saveScreenshot, screenshotFailures } from '../support/screenshots.js';

describe('journey 1: sign-in, dashboard, language, sign-out', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  screenshotFailures(() => page);

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await newUserPage(browser));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('sends a visitor who is not signed in to the sign-in page, in Chinese', async () => {
    await page.goto('/orgs');
    await page.waitForURL(/\/login\?next=%2Forgs$/);
    await page.getByRole('heading', { name: '产教协同平台' }).waitFor();
    // antd spaces out two-character Chinese button labels.
    await page.getByRole('button', { name: /^登\s?录$/ }).waitFor();
  });

  it('refuses a wrong password without letting the user in', async () => {
    await page.locator('#username').fill('admin');
    await page.locator('#password').fill('wrong-password-1');
    await page.locator('form button[type="submit"]').click();
    const problem = page.getByRole('alert');
    await problem.waitFor();
    await expect.poll(() => problem.innerText()).toMatch(/用户名或密码/);
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('lets the demo administrator in, onto the page first asked for, under the demo notice', async () => {
    await login(page, 'admin', DEMO_PASSWORD);
    expect(new URL(page.url()).pathname).toBe('/orgs');
    await page.getByRole('menuitem', { name: '工作台' }).click();
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    await expect.poll(() => page.getByText('您好，平台管理员（演示）。以下是需要您关注的事项。').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('演示模式：演示管理员可暂不绑定双因素认证').isVisible()).toBe(true);
    await page.getByText('组织缺少统一社会信用代码').waitFor();
    await expect.poll(() => page.getByText('系统管理员', { exact: true }).isVisible()).toBe(true);
  });

  it('switches to English — menus, notices and the server-made dashboard — and keeps it after a reload', async () => {
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await expect
      .poll(() => page.getByText('Demo mode: demo administrators may skip two-factor authentication for now').isVisible())
      .toBe(true);
    await page.getByText('Organisations without a credit code').waitFor();
    await expect.poll(() => page.getByRole('menuitem', { name: 'Organisations' }).isVisible()).toBe(true);

    await page.reload();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.getByText('Organisations without a credit code').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
  });

  it('switches back to Chinese, which also survives a reload (the picture of the dashboard in the README)', async () => {
    await page.getByText('中文', { exact: true }).click();
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    await page.getByText('组织缺少统一社会信用代码').waitFor();
    await saveScreenshot(page, 'dashboard');
  });

  it('signs out: the sign-in page says so, and the platform is closed again', async () => {
    await page.getByRole('button', { name: /退\s?出$/ }).click();
    await page.waitForURL(/\/login$/);
    await page.getByText('您已安全退出').waitFor();
    await page.goto('/');
    await page.waitForURL(/\/login/);
    await page.locator('#username').waitFor();
  });

  it('signs out from a page deep inside: the sign-in page does not offer the next user that page', async () => {
    await login(page, 'admin', DEMO_PASSWORD);
    await page.goto('/orgs');
    await page.getByRole('heading', { name: '组织' }).waitFor();
    await page.getByRole('button', { name: /退\s?出$/ }).click();
    await page.getByText('您已安全退出').waitFor();
    await page.locator('#username').waitFor();
    const url = new URL(page.url());
    expect(url.pathname + url.search).toBe('/login');
    // Whoever signs in next on this browser lands on the dashboard, not on the previous user's page.
    await login(page, 'admin', DEMO_PASSWORD);
    expect(new URL(page.url()).pathname).toBe('/');
  });
});
