/**
 * Reads how many pages a PDF has (通知 三.2: 支撑材料不超过100页). The page tree is walked by pdf-lib, which
 * copes with incremental updates, object streams and encrypted files (whose page tree is not encrypted).
 */
import type { PDFDocument as PdfDocumentType } from 'pdf-lib';

/** A PDF starts with "%PDF-"; some producers put a few bytes before it, which readers accept within 1 KB. */
export function looksLikePdf(content: Buffer): boolean {
  const head = content.subarray(0, 1024).toString('latin1');
  return head.includes('%PDF-');
}

/** The number of pages, or null when the file cannot be read as a PDF. */
export async function countPdfPages(content: Buffer): Promise<number | null> {
  const { PDFDocument } = await import('pdf-lib'); // loads on first upload, not at start-up
  try {
    const document: PdfDocumentType = await PDFDocument.load(content, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
    });
    return document.getPageCount();
  } catch {
    return null;
  }
}
