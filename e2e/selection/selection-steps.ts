/**
 * Steps the selection journeys share: the antd inputs of the 推荐书 found by the label the form prints, a small
 * PDF for the supporting material, a deadline in the future (the seed call's has passed), and reading what the
 * platform exports (DOCX, XLSX).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The form item labelled exactly `label`; items nested in it have no label, so the outermost comes first. */
export function formItem(page: Page, label: string, scope: Page | Locator = page): Locator {
  return scope
    .locator('.ant-form-item')
    .filter({ has: page.locator('.ant-form-item-label label', { hasText: new RegExp(`^${escaped(label)}$`) }) })
    .first();
}

/** The popconfirm's confirmation button, in either language. */
export function confirmButton(page: Page): Locator {
  // A popconfirm that is fading out is still in the page; the one just opened comes last.
  return page.locator('.ant-popconfirm:not(.ant-popover-hidden)').getByRole('button', { name: /确\s?定|OK/ }).last();
}

/** antd puts a space between two Chinese characters of a button ("创 建"). */
export function buttonName(text: string): RegExp {
  return new RegExp(`^${[...text].map(escaped).join('\\s?')}$`);
}

export function toast(page: Page, text: string | RegExp): Locator {
  return page.locator('.ant-message-notice', { hasText: text });
}

/** A calendar day in Shanghai `days` after now (YYYY-MM-DD). */
export function shanghaiDay(days: number, now = new Date()): string {
  const later = new Date(now.getTime() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(later);
}

/** Opens a select (or the picker of a select-like input) and clicks the visible option with exactly this text. */
export async function pickOption(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  await select.click();
  const text = typeof option === 'string' ? new RegExp(`^${escaped(option)}$`) : option;
  await page.locator('.ant-select-dropdown .ant-select-item-option', { hasText: text }).filter({ visible: true }).last().click();
}

/** Types part of a unit's name and picks the organisation the directory offers. */
export async function pickUnit(page: Page, input: Locator, typed: string, name: string): Promise<void> {
  await input.click();
  await input.fill(typed);
  await page
    .locator('.ant-select-dropdown .ant-select-item-option', { hasText: new RegExp(`^${escaped(name)}(（|$)`) })
    .filter({ visible: true })
    .first()
    .click();
}

/**
 * A PDF of `pages` blank A4 pages, written out with a correct cross-reference table so that any reader
 * (and the platform's page count) accepts it.
 */
export function blankPdf(pages: number): Buffer {
  const kids = Array.from({ length: pages }, (_, index) => `${index + 3} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'),
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Saves a download under a temporary directory and returns its path. */
export async function saveDownload(download: Download): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chanjiao-e2e-download-'));
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** One entry of an OOXML package (a .docx is a zip), read with the system's unzip. */
export function zipEntry(file: string, entry: string): string {
  const result = spawnSync('unzip', ['-p', file, entry], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`cannot read ${entry} of ${file}: ${result.stderr}`);
  return result.stdout;
}

/** The text of a Word document's body, runs joined, paragraphs on their own lines. */
export function docxText(file: string): string {
  return zipEntry(file, 'word/document.xml')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}
