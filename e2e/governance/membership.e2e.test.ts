/**
 * Joining (章程第十六、十九条): 连云港演示职业技术学院, not a member of the 沿沪宁 alliance,
 * applies through its unit administrator; the secretariat reviews it (初审) onto the agenda of a meeting it
 * schedules; the meeting votes; the unit becomes a member and downloads its numbered 《联盟成员证书》.
 * Withdrawal (章程第二十条): the same unit applies in writing to withdraw; the secretariat
 * confirms receipt; both see the earliest day it may take effect, one month after the receipt.
 */
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { screenshotFailures } from '../support/screenshots.js';
import {
  buttonName,
  oneMonthAfter,
  openGovernancePage,
  type Person,
  pickOption,
  signedIn,
  toast,
  todayInShanghai,
  typeDate,
} from './governance-steps.js';

const APPLICANT = '连云港演示职业技术学院';
const MEETING = '一届二次校长联席会议（入会审议）';
const today = todayInShanghai();

let browser: Browser;
let secretariat: Person;
let applicant: Person;
/** The page that failed last, for the failure picture. */
let current: Page | undefined;

screenshotFailures(() => current);

beforeAll(async () => {
  browser = await launchBrowser();
  secretariat = await signedIn(browser, 'yhn_secretariat');
  applicant = await signedIn(browser, 'lyg_school');
});
afterAll(async () => {
  await secretariat?.context.close();
  await applicant?.context.close();
  await browser?.close();
});

/** The row of the applicant in a table of the page. */
const unitRow = (page: Page) => page.locator('.ant-table-row', { hasText: APPLICANT });

describe('workflow 1: a school applies, the secretariat reviews, the meeting admits, the certificate is issued', () => {
  it('the secretariat schedules the meeting that will decide', async () => {
    const page = (current = secretariat.page);
    await openGovernancePage(page, '校长联席会议');
    await page.getByLabel('会议名称', { exact: true }).fill(MEETING);
    await page.getByLabel('地点', { exact: true }).fill('上海市曹杨职业技术学校');
    // The date last: confirming it with Enter sends the form (安排会议), as it does for a user.
    await typeDate(page.getByLabel('会议日期', { exact: true }), today);
    await page.locator('.ant-table-row', { hasText: MEETING }).waitFor();
  });

  it('the school applies with the form of 第十六条', async () => {
    const page = (current = applicant.page);
    await openGovernancePage(page, '成员事务');
    await page.getByText(`本单位：${APPLICANT}`).waitFor();
    await page.getByRole('button', { name: '申请加入' }).click();
    const form = page.getByRole('dialog', { name: '申请加入' });
    await form.getByLabel('法人资格', { exact: true }).fill('事业单位法人（演示）');
    for (const condition of ['（一）', '（二）', '（三）', '（四）']) {
      await form.getByRole('checkbox', { name: new RegExp(condition) }).check();
    }
    await form.getByLabel('办学规模与专业基础（或行业影响力）说明').fill('在校生 8000 人，省级高水平专业群 2 个');
    await form.getByLabel('申请理由').fill('参与沿沪宁产业创新带职业教育协同发展');
    await form.getByLabel('联系人', { exact: true }).fill('王老师');
    await form.getByLabel('联系电话').fill('13800138000');
    await form.getByRole('button', { name: buttonName('提交') }).click();
    await form.waitFor({ state: 'detached' });
    const row = page.locator('.ant-table-row', { hasText: '申请加入' });
    await row.getByText('待初审').waitFor();
  });

  it('the secretariat approves the review, which puts the application on the meeting’s agenda', async () => {
    const page = (current = secretariat.page);
    await openGovernancePage(page, '成员事务');
    const row = unitRow(page);
    await row.getByText('待初审').waitFor();
    await row.getByRole('button', { name: '初审通过，提交会议' }).click();
    await row.getByText('待会议表决').waitFor();
    await expect.poll(() => row.innerText()).toContain(MEETING);
  });

  it('the meeting records attendance and votes the admission, by the rule of 第八条', async () => {
    const page = (current = secretariat.page);
    await openGovernancePage(page, '校长联席会议');
    await page.getByRole('link', { name: MEETING }).click();
    await page.getByRole('heading', { name: MEETING }).waitFor();

    const voters = ['上海市曹杨职业技术学校', '南京浦口中等专业学校', '常州市高级职业技术学校'];
    const attendance = page.locator('.ant-card', { hasText: '出席登记' });
    for (const unit of voters) {
      await pickOption(page, attendance.locator('.ant-table-row', { hasText: unit }).locator('.ant-select').first(), '出席');
    }
    await attendance.getByRole('button', { name: '保存出席登记' }).click();
    await toast(page, '出席登记已保存').waitFor();

    const item = page.locator('.ant-collapse-item', { hasText: APPLICANT });
    await item.locator('.ant-collapse-header').click();
    await item.getByRole('button', { name: '开启表决' }).click();
    await item.getByText('表决中').waitFor();
    for (const [unit, choice] of [
      [voters[0]!, '同意'],
      [voters[1]!, '同意'],
      [voters[2]!, '反对'],
    ] as const) {
      await pickOption(page, item.locator('.ant-select'), unit);
      await item.getByRole('button', { name: buttonName(choice) }).click();
      await toast(page, '已投票').last().waitFor();
    }
    await item.getByText('已投票 3 / 应投票').waitFor();
    await item.getByRole('button', { name: '结束表决并计票' }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /确\s?定|OK/ })
      .click();
    await item.getByText('通过', { exact: true }).waitFor();
    // Numbered in the register's order, which depends on what other journeys decided first.
    await expect.poll(() => item.innerText()).toMatch(/第 \d+ 号决议/);
  });

  it('the school is a member and downloads its numbered certificate, which names it', async () => {
    const page = (current = applicant.page);
    await page.reload();
    await page.getByText(`本单位：${APPLICANT}`).waitFor();
    await page.locator('.ant-table-row', { hasText: '申请加入' }).getByText('已加入').waitFor();
    const certificate = page.getByText(/《联盟成员证书》\S+（\d{4}-\d{2}-\d{2} 颁发）/);
    await certificate.waitFor();
    const number = /《联盟成员证书》(\S+)（/.exec(await certificate.innerText())![1]!;
    await page.getByRole('button', { name: '申请退会' }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: '申请加入' }).count()).toBe(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载证书' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = await download.path();
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('联盟成员证书');
    expect(text).toContain(APPLICANT);
    expect(text).toContain(number);
  });
});

describe('workflow 2: the member applies to withdraw, the secretariat confirms receipt, the earliest date shows', () => {
  const earliest = oneMonthAfter(today);

  it('the member applies in writing', async () => {
    const page = (current = applicant.page);
    await page.getByRole('button', { name: '申请退会' }).click();
    const form = page.getByRole('dialog', { name: '申请退会' });
    await form.getByText('章程第二十条').waitFor();
    await form.getByLabel('书面退会申请').fill('因办学定位调整，申请退出联盟。');
    await typeDate(form.getByLabel('拟退会日期'), today);
    await form.getByRole('button', { name: buttonName('提交') }).click();
    await form.waitFor({ state: 'detached' });
    await page.locator('.ant-table-row', { hasText: '申请退会' }).getByText('待确认收到').waitFor();
  });

  it('the secretariat confirms receipt in writing, and sees when the notice period ends', async () => {
    const page = (current = secretariat.page);
    await openGovernancePage(page, '成员事务');
    const withdrawals = page.locator('.ant-card', { hasText: '退会申请' });
    const row = withdrawals.locator('.ant-table-row', { hasText: APPLICANT });
    await row.getByRole('button', { name: '书面确认收到' }).click();
    const prompt = page.getByRole('dialog', { name: '书面确认收到日期' });
    await typeDate(prompt.locator('input'), today);
    await prompt.getByRole('button', { name: /确\s?定|OK/ }).click();
    await row.getByText('已确认收到，待审核').waitFor();
    await expect.poll(() => row.innerText()).toContain(`至 ${earliest} 届满`);
  });

  it('the member sees the same earliest date', async () => {
    const page = (current = applicant.page);
    await page.reload();
    const row = page.locator('.ant-table-row', { hasText: '申请退会' });
    await row.getByText('已确认收到，待审核').waitFor();
    await expect.poll(() => row.innerText()).toContain(`秘书处于 ${today} 书面确认收到申请`);
    await expect.poll(() => row.innerText()).toContain(`最早于该日退会`);
    await expect.poll(() => row.innerText()).toContain(earliest);
  });
});
