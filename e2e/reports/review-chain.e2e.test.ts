/**
 * The three-level review of a quality report (上海年报 6.4: 采集员、审核员、校长进行三级数据和年报核准; 责任声明),
 * walked by 曹杨职校's demo accounts in a cycle 普陀区教育局 opens for it through the API:
 * (a) the 采集员 fills in 曹杨职校's 2022 figures of 普陀区年报, meets the “双师型 ≤ 专业教师” check under its field,
 *     corrects it and submits;
 * (b) the 审核员 returns one field (兼职教师数) with a comment;
 * (c) the 采集员 sees the comment under that field, corrects it and submits again; the 审核员 passes it;
 * (d) the 校长, on a phone, approves with the 责任声明, and the report shows it signed and locked;
 * (e) the 校长 opens the generated school report (表1 from the approved data) and downloads it as PDF, read back.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonName, toast } from '../support/antd.js';
import { apiSession } from '../support/api.js';
import { launchBrowser, newUserPage, PHONE_VIEWPORT } from '../support/browser.js';
import { saveDownload } from '../support/downloads.js';
import { DEMO_PASSWORD, login } from '../support/login.js';
import { screenshotFailures } from '../support/screenshots.js';
import { type Person, signedIn } from '../governance/governance-steps.js';

const RUN = randomBytes(2).toString('hex');
// A year of its own per run, so that the journey can run again on the same platform (one cycle per authority and year).
const YEAR = 2100 - (parseInt(RUN, 16) % 60);
const TITLE = `曹杨职校质量年报演练（${RUN}）`;

let browser: Browser;
let collector: Person;
let reviewer: Person;
let principal: Person;
let current: Page | undefined;
let reportId = '';
let cycleId = '';

screenshotFailures(() => current);

beforeAll(async () => {
  browser = await launchBrowser();
  const authority = await apiSession('putuo_authority');
  const orgs = await authority.get<{ items: { id: string; name: string }[] }>(
    `/api/organizations?q=${encodeURIComponent('曹杨')}&pageSize=20`,
  );
  const bureau = await authority.get<{ items: { id: string; name: string }[] }>(
    `/api/organizations?q=${encodeURIComponent('普陀区教育局')}&pageSize=20`,
  );
  const created = await authority.post<{ id: string }>('/api/reports/cycles', {
    authorityOrgId: bureau.items.find((o) => o.name === '普陀区教育局')!.id,
    reportYear: YEAR,
    title: TITLE,
    levels: ['school_secondary'],
    reportingUnits: [{ orgId: orgs.items.find((o) => o.name === '上海市曹杨职业技术学校')!.id, level: 'school_secondary' }],
    deadlines: { submit: `${YEAR}-03-10`, review: `${YEAR}-03-20`, approve: `${YEAR}-03-31`, publish: `${YEAR}-04-30` },
    outline: ['1. 基本情况', '2. 学生发展'],
  });
  await authority.post(`/api/reports/cycles/${created.id}/open`, { version: 1 });
  cycleId = created.id;
  collector = await signedIn(browser, 'collector');
  reviewer = await signedIn(browser, 'reviewer');
}, 120_000);
afterAll(async () => {
  for (const person of [collector, reviewer, principal]) await person?.context.close();
  await browser?.close();
});

const field = (page: Page, path: string) => page.locator(`#data_${path.replace(/\./g, '_')}`);
const fieldItem = (page: Page, path: string) => page.locator('.ant-form-item', { has: field(page, path) });

async function openReport(page: Page, entry: string, path: string) {
  await page.goto('/');
  const item = page.getByRole('menuitem', { name: entry, exact: true });
  if (!(await item.isVisible())) await page.getByRole('menuitem', { name: '质量年报' }).click();
  await item.click();
  await page.waitForURL(`**${path}`);
  await page
    .locator('.ant-table-row', { hasText: TITLE })
    .getByRole('button', { name: buttonName('办理') })
    .click();
  await page.getByRole('heading', { name: /上海市曹杨职业技术学校/ }).waitFor();
  reportId = page.url().split('/').pop()!;
}

describe('质量年报: 采集员 → 审核员 → 校长 with the 责任声明', () => {
  it('(a) the collector fills in the figures, corrects the one the form refuses, and submits', async () => {
    const page = (current = collector.page);
    await openReport(page, '年报填报', '/reports/work/collect');
    // 普陀区年报 表1 and 3.3, with 双师型 mistyped as 60 of 59 专业教师
    const figures: [string, string][] = [
      ['structure.studentsTotal', '1282'],
      ['structure.staffInPost', '141'],
      ['structure.majorsSecondary', '8'],
      ['teachers.fullTimeTeachers', '118'],
      ['teachers.professionalTeachers', '59'],
      ['teachers.foundationTeachers', '59'],
      ['teachers.dualQualifiedTeachers', '60'],
      ['teachers.partTimeTeachers', '4'],
      ['outcomes.graduates', '331'],
      ['outcomes.matchedEmployment', '321'],
    ];
    for (const [path, value] of figures) await field(page, path).fill(value);
    await page.getByRole('button', { name: buttonName('保存') }).click();
    await toast(page, '已保存').waitFor();
    await fieldItem(page, 'teachers.dualQualifiedTeachers').getByText('『双师型教师数』（60）不能多于『专业教师数』（59）').waitFor();
    // The rates are computed, never typed: 4 of 118 专任 is 3.4 %.
    await page.locator('.ant-table-row', { hasText: '兼职教师占专任教师比例' }).getByText('3.4%').waitFor();

    await field(page, 'teachers.dualQualifiedTeachers').fill('48');
    await page.getByRole('button', { name: buttonName('提交审核') }).click();
    await toast(page, '已提交，等待审核员审核').waitFor();
    await page.locator('.ant-tag', { hasText: '待审核' }).waitFor();
  });

  it('(b) the reviewer returns one field with a comment', async () => {
    const page = (current = reviewer.page);
    await openReport(page, '年报审核', '/reports/work/review');
    await page.getByRole('button', { name: '对此项提意见：兼职教师数' }).click();
    await page.getByRole('textbox', { name: '意见：兼职教师数' }).fill('兼职教师数与人事台账（5 人）不符，请核对');
    await page.getByRole('button', { name: buttonName('退回') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('兼职教师数与人事台账（5 人）不符，请核对').waitFor();
    await dialog.getByRole('button', { name: buttonName('确定') }).click();
    await toast(page, '已退回').waitFor();
    await page.locator('.ant-tag', { hasText: '已退回' }).waitFor();
  });

  it('(c) the collector sees the comment under the field, corrects it and submits; the reviewer passes it', async () => {
    let page = (current = collector.page);
    await page.goto(`/reports/${reportId}`);
    await fieldItem(page, 'teachers.partTimeTeachers').getByText('退回意见：兼职教师数与人事台账（5 人）不符，请核对').waitFor();
    await field(page, 'teachers.partTimeTeachers').fill('5');
    await page.getByRole('button', { name: buttonName('提交审核') }).click();
    await toast(page, '已提交，等待审核员审核').waitFor();

    page = current = reviewer.page;
    await page.goto(`/reports/${reportId}`);
    await expect.poll(() => field(page, 'teachers.partTimeTeachers').inputValue()).toBe('5');
    await page.getByRole('button', { name: buttonName('审核通过') }).click();
    await toast(page, '已审核通过，等待校长审定').waitFor();
  });

  it('(d) the principal, on a phone, approves with the responsibility statement', async () => {
    principal = await newUserPage(browser, PHONE_VIEWPORT);
    const page = (current = principal.page);
    await login(page, 'principal', DEMO_PASSWORD);
    await page.goto(`/reports/${reportId}`);
    await page.locator('.ant-tag', { hasText: '待校长审定' }).waitFor();
    await page.getByRole('button', { name: buttonName('审定并签署责任声明') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('学校年度质量报告须经学校法定代表人签字并加盖公章', { exact: false }).waitFor();
    // Without accepting the statement the platform refuses, naming it.
    await page.getByLabel('签署人（法定代表人）姓名').fill('曹杨职校校长（演示）');
    await dialog.getByRole('button', { name: buttonName('审定并签署责任声明') }).click();
    await dialog.getByText('请阅读并确认责任声明').waitFor();
    await dialog.getByRole('checkbox').check();
    await dialog.getByRole('button', { name: buttonName('审定并签署责任声明') }).click();
    await toast(page, '已审定，数据已锁定').waitFor();
    await page.locator('.ant-tag', { hasText: '已审定' }).waitFor();
    await page.getByText('已签署责任声明：曹杨职校校长（演示）').waitFor();
    // The phone shows the page without sideways scrolling.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
    await expect.poll(() => field(page, 'teachers.partTimeTeachers').isDisabled()).toBe(true);
  });

  it('(e) the principal opens the generated report and downloads it as PDF', async () => {
    const page = (current = principal.page);
    await page.getByRole('button', { name: buttonName('生成年报') }).click();
    await page.getByRole('heading', { name: '上海市曹杨职业技术学校' + YEAR + '年度质量报告' }).waitFor();
    await page.getByText(`表1 ${YEAR}年办学情况表`).waitFor();
    await page.getByText('上海市曹杨职业技术学校在校学生1,282人，在编在岗教职工141人。').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 PDF' }).click()]);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', await saveDownload(download), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(`表1${YEAR}年办学情况表`);
    expect(text).toContain('对口就业率97.0%');
  });

  it('(f) the authority finds the cycle’s deadline reminders under its coverage, and may change them', async () => {
    const authority = await signedIn(browser, 'putuo_authority');
    const page = (current = authority.page);
    try {
      await page.goto(`/reports/cycles/${cycleId}`);
      const card = page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: '截止提醒设置' }) });
      await card.getByText('质量年报环节截止提醒').waitFor();
      await card.getByRole('button', { name: '修改提醒时间' }).waitFor();
    } finally {
      await authority.context.close();
    }
  });
});
