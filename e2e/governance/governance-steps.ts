/**
 * Steps the governance journeys share: a signed-in window per person (the secretariat and a member's
 * representative act side by side), the one-month notice period, date pickers and the governance menu.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { newUserPage } from '../support/browser.js';
import { DEMO_PASSWORD, login } from '../support/login.js';

export { buttonName, pickOption, toast } from '../support/antd.js';
export { todayInShanghai } from '../support/shanghai-date.js';

export interface Person {
  context: BrowserContext;
  page: Page;
}

/** Signed in on a laptop-sized window, or on the one given (e.g. PHONE_VIEWPORT). */
export async function signedIn(browser: Browser, username: string, viewport?: { width: number; height: number }): Promise<Person> {
  const person = await newUserPage(browser, viewport);
  await login(person.page, username, DEMO_PASSWORD);
  return person;
}

/**
 * A one-month period counted from the day after `from` (民法典第二百零一、二百零二条): it ends on the same day
 * of the next month, or on that month's last day when it has no such day. Written here independently of the
 * server's rules so that the journey checks them rather than repeating them.
 */
export function oneMonthAfter(from: string): string {
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonth = month === 12 ? 1 : month + 1;
  const lastDay = new Date(Date.UTC(nextYear, nextMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${nextYear}-${pad(nextMonth)}-${pad(Math.min(day, lastDay))}`;
}

/** Types a date into an antd date picker the way a user who knows it does, and confirms it. */
export async function typeDate(picker: Locator, date: string): Promise<void> {
  await picker.click();
  await picker.fill(date);
  await picker.press('Enter');
}

/** Opens a page of the 联盟治理 menu group, unfolding the group first when it is closed. */
export async function openGovernancePage(page: Page, entry: string): Promise<void> {
  const item = page.getByRole('menuitem', { name: entry, exact: true });
  if (!(await item.isVisible())) await page.getByRole('menuitem', { name: '联盟治理' }).click();
  await item.click();
  await page.getByRole('heading', { name: entry, exact: true }).waitFor();
}
