/**
 * Running a cross-selected course and deciding its credits for a class (倡议书 三 课程互选、学分互认; docs/sources.md §9 R3,
 * R4, §5.5): 曹杨, the host of 数控车削编程与加工, uploads the syllabus, raises the seats by one, records three sessions' attendance, and is warned
 * when it records a result for a student who attended one of three; on a phone, 曹杨 as a home school applies one rule
 * to its students of 扬州's 跨境电商实务 — previewed, the decided ones skipped — and sees it applied once.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonName, pickOption, toast } from '../support/antd.js';
import { launchBrowser, newUserPage, PHONE_VIEWPORT } from '../support/browser.js';
import { DEMO_PASSWORD, login } from '../support/login.js';
import { screenshotFailures } from '../support/screenshots.js';

const ALLIANCE = '沿沪宁产业创新带职业院校联盟';
const HOSTED = '数控车削编程与加工';
const TAKEN = '跨境电商实务';
const PDF = Buffer.from('%PDF-1.4\n% 数控车削编程与加工 教学大纲\n%%EOF\n');

interface Person {
  context: Awaited<ReturnType<typeof newUserPage>>['context'];
  page: Page;
}

let browser: Browser;
let desk: Person;
let phone: Person;
let current: Page | undefined;

screenshotFailures(() => current);

async function signedIn(viewport?: { width: number; height: number }): Promise<Person> {
  const person = await newUserPage(browser, viewport);
  await login(person.page, 'caoyang_admin', DEMO_PASSWORD);
  return person;
}

async function openCourse(page: Page, name: string): Promise<void> {
  await page.goto('/resources/courses');
  await page.getByRole('heading', { name: '课程互选', exact: true }).waitFor();
  const picker = page.getByRole('combobox', { name: '联盟/联合体' });
  if (await picker.isVisible()) await pickOption(page, picker, ALLIANCE);
  await page.getByRole('link', { name, exact: true }).first().click();
  await page.locator('.ant-card-head-title', { hasText: name }).waitFor();
}

beforeAll(async () => {
  browser = await launchBrowser();
  desk = await signedIn();
  phone = await signedIn(PHONE_VIEWPORT);
});
afterAll(async () => {
  for (const person of [desk, phone]) await person?.context.close();
  await browser?.close();
});

describe('a course run by its host and decided by rule for a class', () => {
  it('the host uploads the syllabus, which the members can download', async () => {
    const page = (current = desk.page);
    await openCourse(page, HOSTED);
    const syllabus = page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: '教学大纲' }) });
    await syllabus.getByText('开课学校尚未上传教学大纲').waitFor();
    await syllabus
      .locator('input[type=file]')
      .setInputFiles({ name: '数控车削编程与加工教学大纲.pdf', mimeType: 'application/pdf', buffer: PDF });
    await toast(page, '已上传第 1 版').waitFor();
    await expect.poll(() => syllabus.innerText()).toContain('数控车削编程与加工教学大纲.pdf');
    await expect.poll(() => syllabus.innerText()).toContain('现行');
  });

  it('the host raises the seats of its open course by one, and the course shows them', async () => {
    const page = (current = desk.page);
    await page.getByRole('button', { name: buttonName('修改课程') }).click();
    const dialog = page.getByRole('dialog', { name: '修改课程' });
    const seats = dialog.getByLabel('名额');
    const before = Number(await seats.inputValue());
    await seats.fill(String(before + 1));
    await dialog.getByRole('button', { name: buttonName('确定') }).click();
    await toast(page, '课程已修改').waitFor();
    const facts = page.locator('.ant-descriptions');
    await expect.poll(() => facts.innerText()).toMatch(new RegExp(`\\d+ / ${before + 1}`));
  });

  it('the host records three sessions and is warned on a result below two thirds', async () => {
    const page = (current = desk.page);
    await openCourse(page, HOSTED);
    const attendance = page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: /^考勤$/ }) });
    await attendance.getByText('还没有课次，请先新增课次').waitFor();
    for (const day of ['2026-09-07', '2026-09-14', '2026-09-21']) {
      const date = attendance.locator('#sessionOn');
      await date.click();
      await date.fill(day);
      await date.press('Enter');
      await attendance.getByRole('button', { name: buttonName('新增课次') }).click();
      await attendance.locator('.ant-table-thead').getByText(day.slice(5)).waitFor();
    }
    for (const [index, mark] of [
      [0, '出勤'],
      [1, '缺勤'],
      [2, '请假'],
    ] as const) {
      await attendance.getByRole('button', { name: '登记考勤' }).nth(index).click();
      const dialog = page.getByRole('dialog').last();
      await dialog.locator('.ant-table-row', { hasText: '潘雨萱' }).getByText(mark, { exact: true }).click();
      await dialog.getByRole('button', { name: buttonName('确定') }).click();
      await toast(page, '考勤已保存').last().waitFor();
      await dialog.waitFor({ state: 'hidden' });
    }
    const pan = attendance.locator('.ant-table-row', { hasText: '潘雨萱' });
    await expect.poll(() => pan.innerText()).toContain('33.3%');
    await expect.poll(() => pan.innerText()).toContain('低于要求');
    await expect.poll(() => attendance.locator('.ant-table-row', { hasText: '许晨阳' }).innerText()).toContain('100.0%');

    const students = page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: '推荐学生' }) });
    await students
      .locator('.ant-table-row', { hasText: '潘雨萱' })
      .getByRole('button', { name: buttonName('登记成绩') })
      .click();
    const dialog = page.getByRole('dialog').last();
    await dialog.getByRole('spinbutton').fill('72');
    await dialog.getByRole('button', { name: buttonName('确定') }).click();
    await toast(page, '低于公布的考勤要求 66.7%').waitFor();
    await expect.poll(() => students.locator('.ant-table-row', { hasText: '潘雨萱' }).innerText()).toContain('72');
  });

  it('on a phone, the home school previews one rule for its class, applies it once and sees the decided skipped', async () => {
    const page = (current = phone.page);
    await openCourse(page, TAKEN);
    await page.getByRole('button', { name: buttonName('按规则批量认定') }).click();
    const dialog = page.getByRole('dialog').last();
    await dialog.getByText('按公布的转换表转换').click();
    await dialog.getByRole('button', { name: buttonName('预览') }).click();
    const preview = dialog.locator('.ant-list');
    await expect.poll(() => preview.locator('.ant-list-item', { hasText: '何欣悦' }).innerText()).toContain('按规则转换');
    await expect.poll(() => preview.locator('.ant-list-item', { hasText: '林嘉怡' }).innerText()).toContain('跳过');
    await expect.poll(() => preview.locator('.ant-list-item', { hasText: '林嘉怡' }).innerText()).toContain('批量规则不改变已作出的认定');
    await dialog.getByRole('button', { name: buttonName('确认认定 1 人') }).click();
    await toast(page, '已作出 1 项认定').waitFor();
    await expect.poll(() => dialog.innerText()).toContain('已作出 1 项认定（认定 0 · 转换 1 · 不予认定 0 · 跳过 2）');
    await dialog
      .locator('.ant-modal-footer')
      .getByRole('button', { name: buttonName('关闭') })
      .click();
    await page.getByRole('button', { name: buttonName('按规则批量认定') }).click();
    const again = page.getByRole('dialog').last();
    await again.getByRole('button', { name: buttonName('预览') }).click();
    await expect.poll(() => again.innerText()).toContain('跳过 3');
    await expect(again.getByRole('button', { name: buttonName('确认认定 0 人') }).isDisabled()).resolves.toBe(true);
  });
});
