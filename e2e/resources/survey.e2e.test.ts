/**
 * The resource survey (2026年重点工作项目计划 一(一): 资源调研 → 动态资源数据库; 章程第十八条(三)): the alliance's secretariat
 * opens next year's round; 曹杨's administrator, on a phone, finds last year's answers filled in, adds a course open to
 * the other members and submits; the secretariat sees 曹杨 submitted, accepts the answers, and the new course is found
 * in the resource database; the secretariat then asks which members can train for 数控 and sees why.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonName, pickOption, toast } from '../support/antd.js';
import { launchBrowser, newUserPage, PHONE_VIEWPORT } from '../support/browser.js';
import { DEMO_PASSWORD, login } from '../support/login.js';
import { screenshotFailures } from '../support/screenshots.js';

const ALLIANCE = '沿沪宁产业创新带职业院校联盟';
const CAOYANG = '上海市曹杨职业技术学校';
const COURSE = '工业机器人离线编程';

interface Person {
  context: Awaited<ReturnType<typeof newUserPage>>['context'];
  page: Page;
}

let browser: Browser;
let secretariat: Person;
let member: Person;
let current: Page | undefined;

screenshotFailures(() => current);

async function signedIn(username: string, viewport?: { width: number; height: number }): Promise<Person> {
  const person = await newUserPage(browser, viewport);
  await login(person.page, username, DEMO_PASSWORD);
  return person;
}

/** Opens a resources page for the alliance; a unit in several bodies picks the alliance first. */
async function openForAlliance(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { name: heading, exact: true }).waitFor();
  const picker = page.getByRole('combobox', { name: '联盟/联合体' });
  if (await picker.isVisible()) await pickOption(page, picker, ALLIANCE);
}

const confirm = (page: Page): Locator =>
  page
    .locator('.ant-popconfirm')
    .filter({ visible: true })
    .getByRole('button', { name: buttonName('确定') });

beforeAll(async () => {
  browser = await launchBrowser();
  secretariat = await signedIn('yhn_secretariat');
  member = await signedIn('caoyang_admin', PHONE_VIEWPORT);
});
afterAll(async () => {
  for (const person of [secretariat, member]) await person?.context.close();
  await browser?.close();
});

describe('the resource survey: opened, answered, accepted, found', () => {
  let year: number;

  it('the secretariat opens next year’s round', async () => {
    const page = (current = secretariat.page);
    await openForAlliance(page, '/resources/survey', '资源调研');
    await page.locator('.ant-table-row', { hasText: '2026' }).first().waitFor();
    await page.getByRole('button', { name: buttonName('发起调研') }).click();
    const dialog = page.getByRole('dialog').last();
    year = Number(await dialog.locator('#year').inputValue());
    expect(year).toBe(2027);
    await dialog.getByRole('button', { name: buttonName('确定') }).click();
    await toast(page, '发起调研').waitFor();
    await page.locator('.ant-table-row', { hasText: `${year}-06-30` }).waitFor();
    // The reminders of the survey's deadline are the secretariat's to set, beside its rounds.
    const reminders = page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: '调研截止提醒设置' }) });
    await reminders.getByText('资源调研截止提醒').waitFor();
  });

  it('曹杨 finds last year’s answers filled in, adds an open course and submits', async () => {
    const page = (current = member.page);
    await openForAlliance(page, '/resources/survey', '资源调研');
    await page
      .locator('.ant-table-row', { hasText: `${year}-06-30` })
      .getByRole('link', { name: `填报：${CAOYANG}` })
      .click();
    await page.getByText('已按 2026 年的填报预先填入').waitFor();
    const courses = page.locator('[data-section="courses"]');
    await expect(courses.locator('#content_courses_0_name').inputValue()).resolves.toBe('工业机器人编程基础');
    await courses.getByRole('button', { name: '添加一行' }).click();
    await courses.locator('#content_courses_1_name').fill(COURSE);
    await page.getByRole('button', { name: buttonName('提交') }).click();
    await confirm(page).click();
    await toast(page, '已提交').waitFor();
    await page.getByText('填报已提交或已采纳，不能修改').waitFor();
  });

  it('the secretariat sees 曹杨 submitted and accepts the answers', async () => {
    const page = (current = secretariat.page);
    await openForAlliance(page, '/resources/survey', '资源调研');
    const row = page.locator('.ant-table-row', { hasText: CAOYANG });
    await row.filter({ hasText: '已提交' }).waitFor();
    await row.getByRole('link', { name: CAOYANG }).click();
    await page.getByRole('heading', { name: `${year}年资源调研：${CAOYANG}` }).waitFor();
    await page.getByRole('button', { name: buttonName('采纳') }).click();
    await confirm(page).click();
    await toast(page, '已采纳，已发布到资源数据库').waitFor();
  });

  it('the new course is found in the resource database, with 曹杨’s city counted', async () => {
    const page = (current = member.page);
    await openForAlliance(page, '/resources/search', '资源数据库');
    await page.getByPlaceholder(/搜索专业、基地、企业或课程/).fill('离线编程');
    const hit = page.locator('.ant-table-row', { hasText: COURSE });
    await hit.waitFor();
    await expect(hit.innerText()).resolves.toContain(CAOYANG);
    await page.locator('.ant-table-row', { hasText: '上海市' }).first().waitFor();
  });

  it('the secretariat asks who can train for 数控 and sees each school with its evidence and points', async () => {
    const page = (current = secretariat.page);
    await openForAlliance(page, '/resources/who-can-train', '谁能培养');
    await page.getByText('按关键词', { exact: true }).click();
    await page.getByPlaceholder('输入关键词，如“数控”').fill('数控');
    await page.getByPlaceholder('输入关键词，如“数控”').press('Enter');
    const first = page.locator('.ant-card', { hasText: '第 1 名' }).first();
    await expect.poll(() => first.innerText()).toContain('开设该专业');
    await expect.poll(() => first.innerText()).toContain('匹配：数控');
    await expect.poll(() => first.innerText()).toMatch(/\+40/);
    await expect.poll(() => page.getByText('排序规则').count()).toBe(1);
  });
});
