/**
 * 会议通知 (issue 14): 曹杨's representative gives an address for e-mails, where meeting notices go out at once;
 * the secretariat of 沿沪宁 schedules a joint meeting with its agenda and sends the notice; the representative
 * sees the unread count on the header's bell, opens the inbox and the message and lands on the meeting; the
 * e-mail reaches the mail server of this run, addressed to the representative, with a plain-text and an HTML part
 * that both link to the meeting. The inbox reads on a phone without sideways scrolling.
 * Pictures of the inbox (laptop and phone) and of the meeting opened from it go to the screenshot folder.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiSession, apiSession } from '../support/api.js';
import { baseUrl, launchBrowser, PHONE_VIEWPORT } from '../support/browser.js';
import { mailCaught, NO_MAIL_SERVER, waitForMail } from '../support/mail.js';
import { saveScreenshot, screenshotFailures } from '../support/screenshots.js';
import { shanghaiDay } from '../support/shanghai-date.js';
import { openGovernancePage, type Person, pickOption, signedIn, toast, typeDate } from './governance-steps.js';

const BODY = '沿沪宁产业创新带职业院校联盟';
const MEETING = '2027年第一次校长联席会议';
const NOTICE_TITLE = `${BODY}召开${MEETING}`;
const ITEM = '审议2027年联盟工作计划';
const LOCATION = '常州市高级职业技术学校';
const ADDRESS = 'caoyang-rep@example.com';

let browser: Browser;
let secretariat: Person;
let representative: Person;
let phone: Person | undefined;
let current: Page | undefined;
/** The meeting's address in the web, path and query, as the secretariat's browser shows it. */
let meetingPath: string;
let heldOn: string;
/** The representative's message settings as the journey found them, and a session to put them back with. */
let settingsBefore: { email: string | null; emailLocale: string } | undefined;
let representativeApi: ApiSession | undefined;

screenshotFailures(() => current);

beforeAll(async () => {
  browser = await launchBrowser();
  secretariat = await signedIn(browser, 'yhn_secretariat');
  representative = await signedIn(browser, 'caoyang_rep');
  representativeApi = await apiSession('caoyang_rep');
  settingsBefore = await representativeApi.get('/api/notifications/settings');
});
afterAll(async () => {
  // The other journeys share this platform and 曹杨's representative: with the address left in place, every
  // message they send the representative (a vote opened, for one) would also go out by e-mail during their steps.
  if (representativeApi && settingsBefore) {
    await representativeApi.put('/api/notifications/settings', { email: settingsBefore.email, emailLocale: settingsBefore.emailLocale });
  }
  await secretariat?.context.close();
  await representative?.context.close();
  await phone?.context.close();
  await browser?.close();
});

/** The header's bell, named by its unread count. */
const bell = (page: Page) => page.getByRole('button', { name: /^站内消息（\d+ 条未读）$/ });

async function unreadOnBell(page: Page): Promise<number> {
  const name = (await bell(page).getAttribute('aria-label')) ?? '';
  return Number(/（(\d+) 条未读）/.exec(name)?.[1] ?? Number.NaN);
}

/** Comes back to the page later: the bell shows the count the platform gives then. */
async function unreadAfterReload(page: Page): Promise<number> {
  const counted = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/notifications/unread-count');
  await page.reload();
  const { unread } = (await (await counted).json()) as { unread: number };
  await page.getByRole('button', { name: `站内消息（${unread} 条未读）`, exact: true }).waitFor();
  return unread;
}

describe('会议通知: the notice reaches the member unit in the inbox and by e-mail', () => {
  it('the representative gives an address for e-mails; meeting notices go out by e-mail at once', async () => {
    const page = (current = representative.page);
    await bell(page).click();
    await page.getByRole('link', { name: '消息设置' }).click();
    await page.getByRole('heading', { name: '消息设置' }).waitFor();
    // The platform of the journeys has a mail server, so the choices are open.
    await page
      .getByRole('radio', { name: /即时邮件/ })
      .first()
      .waitFor();
    await expect.poll(() => page.getByText('邮件通知未开启').count()).toBe(0);

    await page.getByLabel('接收邮件的地址').fill(ADDRESS);
    const meetingNotices = page.locator('.ant-table-row', { hasText: '会议通知' });
    await meetingNotices.getByRole('radio', { name: '即时邮件（默认）' }).check();
    await expect.poll(() => meetingNotices.getByRole('radio', { name: '即时邮件（默认）' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: /^保\s?存$/ }).click();
    await toast(page, '消息设置已保存').waitFor();

    // What was saved comes back from the platform: the form is filled once the settings have arrived.
    const loaded = page.waitForResponse(
      (response) => new URL(response.url()).pathname === '/api/notifications/settings' && response.request().method() === 'GET',
    );
    await page.reload();
    await loaded;
    await expect.poll(() => page.getByLabel('接收邮件的地址').inputValue(), { timeout: 10_000 }).toBe(ADDRESS);
    await expect.poll(() => meetingNotices.getByRole('radio', { name: '即时邮件（默认）' }).isChecked()).toBe(true);
  });

  it('the representative reads what is waiting, so the bell shows no unread message', async () => {
    const page = (current = representative.page);
    await page.goto('/notifications');
    await page.getByRole('heading', { name: '站内消息' }).waitFor();
    await page.getByRole('button', { name: '全部标为已读' }).click();
    await toast(page, /已将 \d+ 条消息标为已读/).waitFor();
    await expect.poll(() => unreadOnBell(page)).toBe(0);
  });

  it('the secretariat schedules a joint meeting with its agenda and sends the notice', async () => {
    const page = (current = secretariat.page);
    heldOn = shanghaiDay(14);
    await openGovernancePage(page, '校长联席会议');
    await page.getByLabel('会议名称', { exact: true }).fill(MEETING);
    await page.getByLabel('地点', { exact: true }).fill(LOCATION);
    // The date last: confirming it with Enter sends the form (安排会议), as it does for a user.
    await typeDate(page.getByLabel('会议日期', { exact: true }), heldOn);
    await page.getByRole('link', { name: MEETING }).click();
    await page.getByRole('heading', { name: MEETING }).waitFor();
    meetingPath = new URL(page.url()).pathname + new URL(page.url()).search;

    // A notice without an agenda is refused: the item first.
    const form = page.locator('.ant-card', { has: page.getByText('增加议题', { exact: true }) }).last();
    await pickOption(page, form.getByLabel('议题类型'), '一般议题');
    await form.getByLabel('议题', { exact: true }).fill(ITEM);
    await form.getByRole('button', { name: '增加议题' }).click();
    await page.locator('.ant-collapse-item', { hasText: ITEM }).waitFor();

    await page.getByRole('button', { name: '发出会议通知' }).click();
    await page
      .locator('.ant-popconfirm:not(.ant-popover-hidden)')
      .getByRole('button', { name: /确\s?定|OK/ })
      .last()
      .click();
    await toast(page, '会议通知已发出').waitFor();
  });

  it('the representative sees the unread count on the bell and the notice under it', async () => {
    const page = (current = representative.page);
    // The notice reaches each inbox through a background job; coming back to the page shows what has arrived.
    await expect.poll(() => unreadAfterReload(page), { timeout: 30_000, interval: 1_000 }).toBeGreaterThan(0);
    const unread = await unreadOnBell(page);
    await expect.poll(() => bell(page).locator('.ant-badge-count').getAttribute('title')).toBe(String(unread));

    await bell(page).click();
    const latest = page.locator('.ant-popover:not(.ant-popover-hidden)');
    await latest.getByText(NOTICE_TITLE, { exact: true }).waitFor();
    await latest.getByRole('link', { name: '查看全部消息' }).click();
    await page.getByRole('heading', { name: '站内消息' }).waitFor();
  });

  it('opens the notice from the unread messages and lands on the meeting, which is then read', async () => {
    const page = (current = representative.page);
    const before = await unreadOnBell(page);
    await page.getByText('未读', { exact: true }).click();
    const notice = page.locator('.ant-list-item', { hasText: NOTICE_TITLE });
    await notice.waitFor();
    await expect.poll(() => notice.innerText()).toContain(`会议定于 ${heldOn} 在${LOCATION}举行。议题：1. ${ITEM}。`);
    await page.mouse.move(0, 0);
    await saveScreenshot(page, 'notifications-inbox');

    await notice.getByText(NOTICE_TITLE, { exact: true }).click();
    await page.waitForURL((url) => url.pathname + url.search === meetingPath);
    await page.getByRole('heading', { name: MEETING }).waitFor();
    await page.getByText(`${heldOn} ${LOCATION}`).waitFor();
    await page.locator('.ant-collapse-item', { hasText: ITEM }).waitFor();
    await expect.poll(() => unreadOnBell(page)).toBe(before - 1);
    await saveScreenshot(page, 'notifications-meeting-from-inbox');
  });

  it('the inbox reads on a phone without sideways scrolling', async () => {
    phone = await signedIn(browser, 'caoyang_rep', PHONE_VIEWPORT);
    const page = (current = phone.page);
    await page.goto('/notifications');
    await page.locator('.ant-list-item', { hasText: NOTICE_TITLE }).waitFor();
    await expect
      .poll(() => page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth))
      .toBe(0);
    await saveScreenshot(page, 'notifications-inbox-phone');
  });

  it('the e-mail reaches the representative with a plain-text and an HTML part, both linking to the meeting', async ({ skip }) => {
    if (!mailCaught()) skip(NO_MAIL_SERVER);
    const mail = await waitForMail((received) => received.to.includes(ADDRESS) && received.subject.includes(MEETING));
    expect(mail.to).toEqual([ADDRESS]);
    expect(mail.subject).toBe(`[产教协同平台] ${NOTICE_TITLE}`);
    expect(mail.from).toContain('noreply@chanjiao.test');
    expect(mail.text).toContain(`会议定于 ${heldOn} 在${LOCATION}举行。`);
    expect(mail.html).toContain(MEETING);

    const inText = /https?:\/\/\S+\/governance\/meetings\/\S+/.exec(mail.text)?.[0];
    expect(inText, 'the plain-text part links to the meeting').toBeDefined();
    const link = new URL(inText!);
    expect(link.pathname + link.search).toBe(meetingPath);
    expect(link.origin).toBe(baseUrl());
    expect(mail.html).toContain(`href="${link.href}"`);
  });
});
