/**
 * Debian's chromium driven by playwright-core (no browser download). Pages open as a user in Shanghai would
 * see them: Chinese browser, Shanghai time, a laptop-sized window.
 */
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterEach, inject } from 'vitest';

export const VIEWPORT = { width: 1440, height: 900 };
/** A common phone (iPhone 12–15 class): below antd's `md` breakpoint, where the frame turns compact. */
export const PHONE_VIEWPORT = { width: 390, height: 844 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** The platform started by the global setup. */
export function baseUrl(): string {
  return inject('baseUrl');
}

/**
 * What the platform's Content-Security-Policy blocked in any page of this file: each step of a journey fails if
 * something it showed was refused, so the policy can never quietly break a page.
 */
const policyViolations: string[] = [];
afterEach(() => {
  const seen = policyViolations.splice(0);
  if (seen.length > 0) throw new Error(`Content-Security-Policy violations:\n${seen.join('\n')}`);
});

async function reportPolicyViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(
        `[csp] ${event.effectiveDirective} refused ${event.blockedURI || 'inline code'} at ${event.sourceFile}:${event.lineNumber}`,
      ),
    ),
  );
  context.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && (text.startsWith('[csp]') || text.includes('Content Security Policy'))) {
      policyViolations.push(`${message.page()?.url() ?? ''} ${text}`);
    }
  });
}

/** A fresh profile (no cookies, no stored language): what a first visit looks like. */
export async function newUserPage(
  browser: Browser,
  viewport: { width: number; height: number } = VIEWPORT,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  await reportPolicyViolations(context);
  return { context, page: await context.newPage() };
}
