/**
 * Steps the governance journeys share: a signed-in window per person (the secretariat and a member's
 * representative act side by side), today's date as Shanghai sees it, and the antd inputs that cannot
 * simply be filled (selects, date pickers).
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { newUserPage } from '../support/browser.js';
import { DEMO_PASSWORD, login } from '../support/login.js';

export interface Person {
  context: BrowserContext;
  page: Page;
}

export async function signedIn(browser: Browser, username: string): Promise<Person> {
  const person = await newUserPage(browser);
  await login(person.page, username, DEMO_PASSWORD);
  return person;
}

/** The calendar date in Shanghai (YYYY-MM-DD): what the platform calls "today". */
export function todayInShanghai(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
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

/**
 * Opens an antd select and clicks the option shown with that text, in the dropdown that select owns (closed
 * dropdowns stay in the page, some still fading out). The text must match whole: 校长 is not 分管副校长.
 */
export async function pickOption(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  // A select found by its label is its combobox already; one found in a table row is its wrapper.
  const combobox = (await select.getAttribute('role')) === 'combobox' ? select : select.getByRole('combobox');
  const listId = await combobox.getAttribute('aria-controls');
  if (!listId) throw new Error(`the select did not open a list for “${option}”`);
  const dropdown = page.locator('.ant-select-dropdown', { has: page.locator(`[id="${listId}"]`) });
  const exactly = new RegExp(`^${option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  await dropdown.locator('.ant-select-item-option', { hasText: exactly }).click();
}

/** Types a date into an antd date picker the way a user who knows it does, and confirms it. */
export async function typeDate(picker: Locator, date: string): Promise<void> {
  await picker.click();
  await picker.fill(date);
  await picker.press('Enter');
}

/** The toast that confirms a step, or the one that refuses it. */
export function toast(page: Page, text: string | RegExp): Locator {
  return page.locator('.ant-message-notice', { hasText: text });
}

/** Opens a page of the 联盟治理 menu group, unfolding the group first when it is closed. */
export async function openGovernancePage(page: Page, entry: string): Promise<void> {
  const item = page.getByRole('menuitem', { name: entry, exact: true });
  if (!(await item.isVisible())) await page.getByRole('menuitem', { name: '联盟治理' }).click();
  await item.click();
  await page.getByRole('heading', { name: entry, exact: true }).waitFor();
}

/** A button's accessible name: antd puts a space between the two characters of a two-character label (“同 意”). */
export function buttonName(label: string): RegExp {
  const escaped = [...label].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.length === 2 ? escaped.join('\\s?') : escaped.join('')}$`);
}
