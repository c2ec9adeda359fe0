/**
 * The enterprise list and the job list (连教职函〔2026〕6号 附件1 指标3.1, 3.2): 上海三菱电梯有限公司, lead enterprise of the demo's
 * 上海闵行经济技术开发区产教联合体 but not yet on its enterprise list, applies; the secretariat admits it; the enterprise
 * adds a position and publishes it; anyone, without signing in, sees it on the body's public lists — also on a phone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonName, pickOption } from '../support/antd.js';
import { launchBrowser, newUserPage, PHONE_VIEWPORT } from '../support/browser.js';
import { DEMO_PASSWORD, login } from '../support/login.js';
import { screenshotFailures } from '../support/screenshots.js';

const ENTERPRISE = '上海三菱电梯有限公司';
const POSITION = '电梯安装维修工（学徒）';

interface Person {
  context: Awaited<ReturnType<typeof newUserPage>>['context'];
  page: Page;
}

let browser: Browser;
let enterprise: Person;
let secretariat: Person;
let current: Page | undefined;
let publicPath = '';

screenshotFailures(() => current);

async function signedIn(username: string): Promise<Person> {
  const person = await newUserPage(browser);
  await login(person.page, username, DEMO_PASSWORD);
  return person;
}

beforeAll(async () => {
  browser = await launchBrowser();
  enterprise = await signedIn('mh_enterprise');
  secretariat = await signedIn('mh_secretariat');
});
afterAll(async () => {
  await enterprise?.context.close();
  await secretariat?.context.close();
  await browser?.close();
});

const row = (page: Page, text: string) => page.locator('.ant-table-row', { hasText: text });

describe('指标3.1–3.2: an enterprise joins the list, lists a position, and the public sees it', () => {
  it('the enterprise applies to the enterprise list with its statement', async () => {
    const page = (current = enterprise.page);
    await page.goto('/talent/enterprises');
    await page.getByRole('heading', { name: '企业清单', exact: true }).waitFor();
    await page.getByRole('button', { name: '申请加入企业清单' }).click();
    const form = page.getByRole('dialog', { name: '申请加入企业清单' });
    await form.getByLabel(/申请说明/).fill('提供电梯安装维修学徒岗位与实习岗位，共建电梯工程技术专业');
    await form.getByRole('button', { name: buttonName('确定') }).click();
    await form.waitFor({ state: 'detached' });
    await row(page, ENTERPRISE).getByText('申请加入').waitFor();
  });

  it('the secretariat admits it, and the step is dated in the history', async () => {
    const page = (current = secretariat.page);
    await page.goto('/talent/enterprises');
    const entry = row(page, ENTERPRISE);
    await entry.getByRole('button', { name: buttonName('准入') }).click();
    await entry.getByText('在清单内').waitFor();
    // the generated enterprises of the demo are on the list too
    await expect.poll(() => page.locator('.ant-table-row', { hasText: '闵行演示智能装备有限公司' }).count()).toBe(1);
  });

  it('the enterprise adds a position and publishes it', async () => {
    const page = (current = enterprise.page);
    await page.goto('/talent/jobs');
    await page.getByRole('heading', { name: '岗位清单', exact: true }).waitFor();
    await page.getByRole('button', { name: '新增岗位' }).click();
    const form = page.getByRole('dialog', { name: '新增岗位' });
    await form.getByLabel('岗位名称').fill(POSITION);
    await form.getByLabel('职业（工种）').fill('电梯安装维修工');
    const majors = form.getByLabel('需求专业（按优先顺序）');
    await majors.fill('460301');
    await pickOption(page, majors, /460301/);
    await form.getByLabel('需求人数').fill('6');
    await form.getByRole('button', { name: buttonName('确定') }).click();
    await form.waitFor({ state: 'detached' });
    const job = row(page, POSITION);
    await job.getByText('草稿').waitFor();
    await job.getByRole('button', { name: buttonName('发布') }).click();
    await job.getByText('已发布').waitFor();

    await page.goto('/talent/lists');
    publicPath = (await page.getByRole('link', { name: '公开页面' }).getAttribute('href')) ?? '';
    expect(publicPath).toMatch(/^\/public\/talent\/[0-9a-f-]{36}$/);
  });

  it('anyone, without signing in, sees the enterprise and the position on the public lists, on a phone too', async () => {
    for (const viewport of [undefined, PHONE_VIEWPORT]) {
      const visitor = await newUserPage(browser, viewport);
      const page = (current = visitor.page);
      await page.goto(publicPath);
      await page.getByRole('heading', { name: /上海闵行经济技术开发区产教联合体 · 公开清单/ }).waitFor();
      await page.getByText(ENTERPRISE).first().waitFor();
      await page.getByRole('tab', { name: '岗位' }).click();
      await page.getByText(POSITION).waitFor();
      await page.getByRole('tab', { name: '应用技术创新需求' }).click();
      await page.getByText('第1期').first().waitFor();
      // contacts are masked for the public
      await expect.poll(() => page.getByText('138****8000').count()).toBeGreaterThan(0);
      await visitor.context.close();
    }
  });
});
