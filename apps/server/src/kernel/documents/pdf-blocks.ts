/** Paints each kind of block onto the PDF page, flowing top to bottom and breaking pages as needed. */
import type { DocBlock } from './document-model.js';
import { HEADING_SIZE, inkOf, LINE_GAP, paragraphSize, RULE_WIDTH, TEXT_SIZE, TITLE_SIZE } from './document-layout.js';
import { ensureRoom, type PdfCanvas, startNewPage, useFace } from './pdf-canvas.js';
import { drawTable } from './pdf-table.js';
import { fieldsAsTable } from './table-grid.js';

export function drawBlock(canvas: PdfCanvas, block: DocBlock): void {
  switch (block.kind) {
    case 'title':
      return drawText(canvas, block.text, 'strong', TITLE_SIZE, {
        align: 'center',
        color: inkOf(block.color),
        after: 0.6,
      });
    case 'heading': {
      const size = HEADING_SIZE[block.level ?? 1];
      ensureRoom(canvas, size * 3);
      canvas.doc.y += canvas.doc.y > canvas.top ? size * 0.4 : 0;
      return drawText(canvas, block.text, 'strong', size, { align: 'left', after: 0.4 });
    }
    case 'paragraph': {
      const size = paragraphSize(block);
      return drawText(canvas, block.text, block.bold ? 'strong' : 'body', size, {
        align: block.align ?? 'left',
        indent: block.indent ? size * 2 : 0,
        after: 0.3,
      });
    }
    case 'fields': {
      const table = fieldsAsTable(block);
      return drawTable(canvas, table, table.columnWidths);
    }
    case 'table':
      return drawTable(canvas, { header: block.header ?? [], rows: block.rows }, block.columnWidths);
    case 'rule':
      return drawRule(canvas, inkOf(block.color));
    case 'image':
      return drawImage(canvas, block);
    case 'spacer': {
      const height = (block.lines ?? 1) * TEXT_SIZE.normal * (1.45 + LINE_GAP);
      canvas.doc.y = Math.min(canvas.doc.y + height, canvas.bottom);
      return;
    }
    case 'pageBreak':
      return startNewPage(canvas);
  }
}

interface TextLayout {
  align: 'left' | 'center' | 'right' | 'justify';
  color?: string;
  indent?: number;
  /** Space after the block, in multiples of its font size. */
  after: number;
}

function drawText(canvas: PdfCanvas, text: string, face: 'body' | 'strong', size: number, layout: TextLayout): void {
  const { doc } = canvas;
  const options = useFace(canvas, face, size, `#${layout.color ?? '000000'}`);
  doc.x = canvas.left;
  doc.text(text, { ...options, width: canvas.width, align: layout.align, indent: layout.indent ?? 0 });
  doc.y += size * layout.after;
}

function drawRule(canvas: PdfCanvas, color: string): void {
  const { doc } = canvas;
  ensureRoom(canvas, 12);
  const y = doc.y + 3;
  doc
    .moveTo(canvas.left, y)
    .lineTo(canvas.left + canvas.width, y)
    .lineWidth(RULE_WIDTH)
    .strokeColor(`#${color}`)
    .stroke();
  doc.y = y + 9;
}

function drawImage(canvas: PdfCanvas, block: Extract<DocBlock, { kind: 'image' }>): void {
  const { doc } = canvas;
  // A picture wider than the text column, or taller than a page, is scaled down keeping its proportions.
  const scale = Math.min(1, canvas.width / block.width, (canvas.bottom - canvas.top) / block.height);
  const width = block.width * scale;
  const height = block.height * scale;
  ensureRoom(canvas, height);
  const align = block.align ?? 'center';
  const free = canvas.width - width;
  const x = canvas.left + (align === 'left' ? 0 : align === 'right' ? free : free / 2);
  doc.image(block.data, x, doc.y, { width, height });
  doc.x = canvas.left;
  doc.y += height + 6;
}
