/** Finding Ant Design's controls the way the journeys need them: exact option texts, button names, toasts. */
import type { Locator, Page } from 'playwright-core';

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches the whole text only: 校长 is not 分管副校长. */
export function exactly(text: string): RegExp {
  return new RegExp(`^${escapeRegExp(text)}$`);
}

/** A button's accessible name: antd puts a space between two Chinese characters of a label (“同 意”, “创 建”). */
export function buttonName(text: string): RegExp {
  return new RegExp(`^${[...text].map(escapeRegExp).join('\\s?')}$`);
}

/** The toast that confirms a step, or the one that refuses it. */
export function toast(page: Page, text: string | RegExp): Locator {
  return page.locator('.ant-message-notice', { hasText: text });
}

/**
 * Opens an antd select and clicks the option with that text, in the dropdown this select owns (closed dropdowns
 * stay in the page, some still fading out). A select found by its label is its combobox already; one found in a
 * table row or form item is its wrapper. Without a list id, the dropdown shown last is the one just opened.
 */
export async function pickOption(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  await select.click();
  const text = typeof option === 'string' ? exactly(option) : option;
  const inner = select.getByRole('combobox');
  const combobox = (await select.getAttribute('role')) === 'combobox' ? select : (await inner.count()) > 0 ? inner.first() : undefined;
  const listId = combobox ? await combobox.getAttribute('aria-controls') : null;
  const dropdown = listId
    ? page.locator('.ant-select-dropdown', { has: page.locator(`[id="${listId}"]`) })
    : page.locator('.ant-select-dropdown').filter({ visible: true }).last();
  await dropdown.locator('.ant-select-item-option', { hasText: text }).filter({ visible: true }).last().click();
}
