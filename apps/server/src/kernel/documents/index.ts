/**
 * pdfkit, fontkit and docx together take over a second of CPU to load, and only document downloads need
 * them, so the renderers are not loaded at start: a running server warms them up after it listens
 * (`warmUpDocuments`), and without that they load on first use.
 */
import type { DocBlock, DocOptions } from './document-model.js';

export type { CellText, DocBlock, DocOptions } from './document-model.js';

export async function renderPdf(blocks: DocBlock[], options: DocOptions): Promise<Buffer> {
  const renderer = await import('./pdf-renderer.js');
  return renderer.renderPdf(blocks, options);
}

export async function renderDocx(blocks: DocBlock[], options: DocOptions): Promise<Buffer> {
  const renderer = await import('./docx-renderer.js');
  return renderer.renderDocx(blocks, options);
}

/** Both faces (the title is set in the strong one) and the kinds of block most documents have. */
const WARM_UP_SAMPLE: DocBlock[] = [
  { kind: 'title', text: '联盟成员证书' },
  { kind: 'paragraph', text: '中文字体，。Aa1', indent: true },
  { kind: 'fields', rows: [['编号', 'No. 1']] },
];

/**
 * Loads the renderers and the CJK fonts and renders a small document of each kind, so that the first download of a
 * process does not pay for it (2–6 s for the first PDF). Each step awaits the next, so requests are served between
 * them; the server calls this after it listens, never before (start-up must not wait for it).
 */
export async function warmUpDocuments(): Promise<void> {
  await renderPdf(WARM_UP_SAMPLE, { title: 'warm-up' });
  await renderDocx(WARM_UP_SAMPLE, { title: 'warm-up' });
}
