/** Reading what the platform exports: a download saved to disk, an entry of an OOXML package, a DOCX's text. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Download } from 'playwright-core';

/** Saves a download under a temporary directory and returns its path. */
export async function saveDownload(download: Download): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chanjiao-e2e-download-'));
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** One entry of an OOXML package (a .docx or .xlsx is a zip), read with the system's unzip. */
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
