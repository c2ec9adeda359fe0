/**
 * Journey 5 — a new administrator who is not a demo account: the platform administrator opens the account
 * with a generated initial password; its holder must change that password first, then cannot administer
 * anything until two-factor authentication is set up (no demo exemption), sets it up with the key shown,
 * and from then on signs in with password and code. Having forgotten the password, the holder gets a temporary
 * one from the security administrator and must replace it at once; the second factor stays. Both the
 * administrator role and the reset of an administrator's password are carried out only when an administrator
 * of another duty approves them (双人审批).
 */
import { randomInt } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newUserPage } from '../support/browser.js';
import { DEMO_PASSWORD, login } from '../support/login.js';
import { screenshotFailures } from '../support/screenshots.js';
import { totpCode, totpStepAt } from '../support/totp.js';

/** A fresh name each run, so the journey also runs against a platform that has seen it before. */
const USERNAME = `zhou.xinren${randomInt(1000, 10000)}`;
const DISPLAY_NAME = '周新任';
const NEW_PASSWORD = 'Xinmima2026pt';
const TEMPORARY_PASSWORD = 'Linshi2026mima';
const OWN_AGAIN_PASSWORD = 'Zaici2026mima';

/** An administrator of another duty opens 双人审批 and approves the pending request about the account. */
async function approveRequestFor(approver: Page, username: string, kind: string): Promise<void> {
  await approver.getByRole('menuitem', { name: '双人审批' }).click();
  await approver.getByRole('heading', { name: '双人审批' }).waitFor();
  const row = approver.getByRole('row').filter({ hasText: username }).filter({ hasText: kind });
  await row.getByRole('button', { name: '批准并执行' }).click();
  await approver
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /确\s?定/ })
    .click();
  // Either outcome ends the wait, so that a refusal fails the journey with the server's own words.
  const outcome = approver.locator('.ant-message-success, .ant-message-error').last();
  await outcome.waitFor({ timeout: 30_000 });
  await expect.poll(() => outcome.innerText()).toContain('已批准并执行');
  await row.waitFor({ state: 'detached' });
}

describe('journey 5: first sign-in of a new administrator — password change, then two-factor set-up', () => {
  let browser: Browser;
  let adminContext: BrowserContext;
  let securityContext: BrowserContext | undefined;
  let admin: Page;
  let security: Page;
  let context: BrowserContext;
  let page: Page;
  let initialPassword = '';
  let totpKey = '';
  let enrolledAtStep = 0;

  // The administrator's page until the account exists, then its holder's.
  screenshotFailures(() => (initialPassword ? page : admin));

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context: adminContext, page: admin } = await newUserPage(browser));
    ({ context, page } = await newUserPage(browser));
  });
  afterAll(async () => {
    await adminContext?.close();
    await securityContext?.close();
    await context?.close();
    await browser?.close();
  });

  it('the platform administrator opens the account with a generated password and a role', async () => {
    await login(admin, 'admin', DEMO_PASSWORD);
    await admin.getByRole('menuitem', { name: '系统管理' }).click();
    await admin.getByRole('menuitem', { name: '用户账号' }).click();
    await admin.getByRole('button', { name: '新建账号' }).click();
    await admin.getByRole('heading', { name: '新建用户账号' }).waitFor();

    await admin.getByLabel('用户名', { exact: true }).fill(USERNAME);
    await admin.getByLabel('姓名', { exact: true }).fill(DISPLAY_NAME);
    await expect.poll(() => admin.getByLabel('由系统生成（创建后显示一次）').isChecked()).toBe(true);
    await admin.getByLabel('角色', { exact: true }).click();
    // The administrator roles are the last group of a long list: scroll down to them, as a user would.
    const dropdown = admin.locator('.ant-select-dropdown');
    const choice = dropdown.getByTitle('系统管理员', { exact: true });
    await dropdown.hover();
    for (let turns = 0; turns < 10 && !(await choice.isVisible()); turns++) await admin.mouse.wheel(0, 300);
    await choice.click();
    await admin.getByText('管理员角色须由另一职责的管理员批准后才授予（双人审批）', { exact: false }).waitFor();
    await admin.getByLabel('申请理由').fill('新任系统管理员，依任命文件开设');
    await admin.getByRole('button', { name: '创建账号' }).click();

    await admin.getByText(`已开设账号“${USERNAME}”`).waitFor();
    await admin.getByText('管理员角色已提交审批', { exact: false }).waitFor();
    const shown = admin.getByText('初始密码（仅显示这一次）').locator('xpath=following-sibling::*[1]');
    initialPassword = (await shown.innerText()).trim();
    expect(initialPassword).toMatch(/^[A-Za-z0-9]{16}$/);
  });

  it('the security administrator approves the administrator role, which then takes effect', async () => {
    ({ context: securityContext, page: security } = await newUserPage(browser));
    await login(security, 'security', DEMO_PASSWORD);
    await approveRequestFor(security, USERNAME, '授予管理员角色');
  });

  it('holds the new user on the password page until the initial password is changed', async () => {
    await login(page, USERNAME, initialPassword);
    await page.waitForURL(/\/account$/);
    await page.getByText('为了账号安全，请先修改初始密码，然后才能使用其他功能。').waitFor();
    await page.goto('/orgs');
    await page.waitForURL(/\/account$/);

    await page.getByLabel('当前密码').fill(initialPassword);
    await page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('确认新密码').fill(`${NEW_PASSWORD}x`);
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('两次输入的新密码不一致').waitFor();

    await page.getByLabel('确认新密码').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('密码已修改').waitFor();
    await page.waitForURL((url) => url.pathname === '/');
  });

  it('then asks for two-factor authentication, with no demo exemption, before anything else', async () => {
    await page.getByText('请先启用双因素认证').waitFor();
    await expect.poll(() => page.getByText('演示模式：演示管理员可暂不绑定双因素认证').count()).toBe(0);
    await expect.poll(() => page.getByRole('heading', { name: '工作台' }).count()).toBe(0);
    await page.getByRole('button', { name: '去启用双因素认证' }).click();
    await page.waitForURL(/\/account\/security$/);
  });

  it('sets up the authenticator with the key shown and a code made from it', async () => {
    await page.getByRole('button', { name: '生成二维码' }).click();
    await page.getByRole('img', { name: '双因素认证二维码' }).waitFor();
    totpKey = (await page.locator('code').innerText()).trim();
    expect(totpKey).toMatch(/^[A-Z2-7]{32}$/);

    await page.getByRole('button', { name: '完成绑定' }).click();
    await page.getByText('请输入 6 位数字').waitFor();

    enrolledAtStep = totpStepAt(new Date());
    await page.getByRole('textbox').first().click();
    await page.keyboard.type(totpCode(totpKey, enrolledAtStep));
    await page.getByRole('button', { name: '完成绑定' }).click();
    await page.getByText('双因素认证已启用，下次登录时请输入动态验证码').waitFor();
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    await expect.poll(() => page.getByText(`您好，${DISPLAY_NAME}。以下是需要您关注的事项。`).isVisible()).toBe(true);
  });

  it('refuses the old initial password, and asks for the code after the new one', async () => {
    await page.getByRole('button', { name: /退\s?出$/ }).click();
    await page.waitForURL(/\/login$/);
    await page.locator('#username').fill(USERNAME);
    await page.locator('#password').fill(initialPassword);
    await page.locator('form button[type="submit"]').click();
    await page.getByRole('alert').getByText('用户名或密码错误').waitFor();

    await page.locator('#password').fill(NEW_PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.getByRole('heading', { name: '输入动态验证码' }).waitFor();
    // The code of the enrolment may not be used twice; the next step's code is still within the accepted drift.
    await page.getByRole('textbox').first().click();
    await page.keyboard.type(totpCode(totpKey, enrolledAtStep + 1));
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByRole('heading', { name: '工作台' }).waitFor();
    await expect.poll(() => page.getByText('请先启用双因素认证').count()).toBe(0);
  });

  it('after a forgotten password, the security administrator sets a temporary one, which must be replaced at sign-in', async () => {
    await page.getByRole('button', { name: /退\s?出$/ }).click();
    await page.waitForURL(/\/login$/);
    await security.getByRole('menuitem', { name: '安全管理' }).click();
    await security.getByRole('menuitem', { name: '账号安全' }).click();
    await security.getByText('全部账号', { exact: true }).click();
    await security.getByPlaceholder('搜索用户名或姓名').fill(USERNAME);
    await security.getByPlaceholder('搜索用户名或姓名').press('Enter');
    const row = security.getByRole('row').filter({ hasText: USERNAME });
    await row.getByRole('button', { name: '重置密码' }).click();
    // The account holds an administrator duty: the reset is filed for another duty to approve.
    const dialog = security.getByRole('dialog', { name: '提交审批申请：重置管理员密码' });
    await dialog.getByLabel('理由').fill('本人遗忘密码，已当面核验身份');
    await dialog.getByLabel('临时密码').fill(TEMPORARY_PASSWORD);
    await dialog.getByRole('button', { name: '提交申请' }).click();
    await security.getByText('申请已提交，待另一职责的管理员在“双人审批”中批准').waitFor();

    await approveRequestFor(admin, USERNAME, '重置管理员密码');

    await page.locator('#username').fill(USERNAME);
    await page.locator('#password').fill(TEMPORARY_PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.getByRole('heading', { name: '输入动态验证码' }).waitFor();
    await page.getByRole('textbox').first().click();
    // A code is used once: wait until a step later than the last sign-in's is accepted (one step of drift).
    while (totpStepAt(new Date()) < enrolledAtStep + 1) await page.waitForTimeout(1000);
    await page.keyboard.type(totpCode(totpKey, totpStepAt(new Date()) + 1));
    await page.waitForURL(/\/account$/);
    await page.getByText('为了账号安全，请先修改初始密码，然后才能使用其他功能。').waitFor();
    await page.getByLabel('当前密码').fill(TEMPORARY_PASSWORD);
    await page.getByLabel('新密码', { exact: true }).fill(OWN_AGAIN_PASSWORD);
    await page.getByLabel('确认新密码').fill(OWN_AGAIN_PASSWORD);
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('密码已修改').waitFor();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { name: '工作台' }).waitFor();
  });
});
