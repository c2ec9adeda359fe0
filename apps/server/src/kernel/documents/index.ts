/**
 * pdfkit, fontkit and docx together take over a second of CPU to load, and only document downloads need
 * them, so the renderers load on first use: start-up and every other request go without them.
 */
import type { DocBlock, DocOptions } from './document-model.js';
import type { LoadedCjkFonts } from './cjk-font-loader.js';

export type { CellText, DocBlock, DocOptions } from './document-model.js';

export async function renderPdf(blocks: DocBlock[], options: DocOptions): Promise<Buffer> {
  const renderer = await import('./pdf-renderer.js');
  return renderer.renderPdf(blocks, options);
}

export async function renderDocx(blocks: DocBlock[], options: DocOptions): Promise<Buffer> {
  const renderer = await import('./docx-renderer.js');
  return renderer.renderDocx(blocks, options);
}

export async function loadCjkFonts(): Promise<LoadedCjkFonts> {
  const loader = await import('./cjk-font-loader.js');
  return loader.loadCjkFonts();
}
