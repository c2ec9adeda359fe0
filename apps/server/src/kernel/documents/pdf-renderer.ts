/**
 * PDF output. The Chinese font is embedded as a subset (only the characters used), so a one-page document
 * stays around 100 KB and opens the same on any machine.
 */
import PDFDocument from 'pdfkit';
import { loadCjkFonts } from './cjk-font-loader.js';
import type { DocBlock, DocOptions } from './document-model.js';
import { MARGINS, pageSize } from './document-layout.js';
import { imageFormat } from './image-format.js';
import { drawBlock } from './pdf-blocks.js';
import { createCanvas, type PdfCanvas, useFace } from './pdf-canvas.js';

const PAGE_NUMBER_SIZE = 10.5;

export async function renderPdf(blocks: DocBlock[], options: DocOptions): Promise<Buffer> {
  for (const block of blocks) if (block.kind === 'image') imageFormat(block.data);
  const fonts = await loadCjkFonts();
  const { width, height } = pageSize(options);
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.landscape ? 'landscape' : 'portrait',
    margins: MARGINS,
    lang: 'zh-CN',
    displayTitle: true,
    bufferPages: options.pageNumbers === true,
    info: { Title: options.title, Author: options.author ?? '', Creator: 'Chanjiao 产教协同平台' },
  });
  const output = collect(doc);
  const canvas = createCanvas(doc, fonts, width, height);
  for (const block of blocks) drawBlock(canvas, block);
  if (options.pageNumbers) numberPages(canvas, height);
  doc.end();
  return output;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** “— n —” centred in the bottom margin of every page. */
function numberPages(canvas: PdfCanvas, pageHeight: number): void {
  const { doc } = canvas;
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    // Writing inside the bottom margin would otherwise make pdfkit start a new page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const options = useFace(canvas, 'body', PAGE_NUMBER_SIZE);
    doc.text(`— ${index + 1} —`, canvas.left, pageHeight - MARGINS.bottom / 2 - PAGE_NUMBER_SIZE / 2, {
      ...options,
      width: canvas.width,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottomMargin;
  }
}
