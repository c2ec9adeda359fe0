/** Signing in through the sign-in page, the way a user does. */
import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'Chanjiao2026';

/**
 * Fills the form by field name, so it works in either language, and waits until the platform has let the
 * user in (or held them on a page of their account, such as the forced password change).
 */
export async function login(page: Page, username: string, password: string): Promise<void> {
  if (!page.url().includes('/login')) await page.goto('/login');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
