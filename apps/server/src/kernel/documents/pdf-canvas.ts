/** The drawing state the PDF block painters share: the document, the content box and the two Chinese faces. */
import type PDFDocument from 'pdfkit';
import type { LoadedCjkFonts } from './cjk-font-loader.js';
import { LINE_GAP, MARGINS } from './document-layout.js';

export type Face = 'body' | 'strong';

export interface PdfCanvas {
  doc: PDFKit.PDFDocument;
  left: number;
  width: number;
  top: number;
  bottom: number;
  /** Titles have no bold face of their own: draw them with an outline so they still stand out. */
  emboldenStrong: boolean;
}

export function createCanvas(
  doc: InstanceType<typeof PDFDocument>,
  fonts: LoadedCjkFonts,
  pageWidth: number,
  pageHeight: number,
): PdfCanvas {
  // pdfkit ≥ 0.20 takes a parsed fontkit face; @types/pdfkit only knows paths and bytes.
  doc.registerFont('body', fonts.body as unknown as PDFKit.Mixins.PDFFontSource);
  doc.registerFont('strong', fonts.strong as unknown as PDFKit.Mixins.PDFFontSource);
  return {
    doc,
    left: MARGINS.left,
    width: pageWidth - MARGINS.left - MARGINS.right,
    top: MARGINS.top,
    bottom: pageHeight - MARGINS.bottom,
    emboldenStrong: fonts.strongIsBody,
  };
}

/** Selects face, size and colour; returns the text options that go with them. */
export function useFace(canvas: PdfCanvas, face: Face, size: number, color = '#000000'): PDFKit.Mixins.TextOptions {
  const { doc } = canvas;
  doc.font(face).fontSize(size).fillColor(color);
  const options: PDFKit.Mixins.TextOptions = { lineGap: size * LINE_GAP };
  if (face === 'strong' && canvas.emboldenStrong) {
    doc.lineWidth(size * 0.04).strokeColor(color);
    return { ...options, fill: true, stroke: true };
  }
  return options;
}

export function startNewPage(canvas: PdfCanvas): void {
  canvas.doc.addPage();
  canvas.doc.x = canvas.left;
  canvas.doc.y = canvas.top;
}

/** Moves to a new page unless `height` more points fit above the bottom margin. */
export function ensureRoom(canvas: PdfCanvas, height: number): void {
  if (canvas.doc.y + height > canvas.bottom && canvas.doc.y > canvas.top) startNewPage(canvas);
}
