/**
 * Screenshots of the journeys. Every run keeps them under e2e/test-results/screenshots (CI can publish them);
 * UPDATE_SCREENSHOTS=1 writes them into docs/screenshots instead, where the README shows them — a deliberate
 * step, so that a test run does not leave changed images in the working tree.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach } from 'vitest';
import { ROOT } from './platform.js';

export function screenshotDir(): string {
  return process.env.UPDATE_SCREENSHOTS === '1' ? path.join(ROOT, 'docs/screenshots') : path.join(ROOT, 'e2e/test-results/screenshots');
}

/** The visible window only (1440×900), as a reader of the README would see the page. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const dir = screenshotDir();
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  // Toasts and the blinking caret would make every picture slightly different.
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  return file;
}

/** After a failed step, a picture of what the user saw then; the journey's name and step name the file. */
export function screenshotFailures(page: () => Page | undefined): void {
  afterEach(async ({ task }) => {
    const current = page();
    if (!current || task.result?.state !== 'fail') return;
    const name = `${task.suite?.name ?? 'journey'} -- ${task.name}`.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 120);
    const dir = path.join(ROOT, 'e2e/test-results/failures');
    fs.mkdirSync(dir, { recursive: true });
    await current.screenshot({ path: path.join(dir, `${name}.png`) }).catch(() => undefined);
  });
}
