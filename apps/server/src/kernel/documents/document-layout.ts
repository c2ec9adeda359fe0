/**
 * Page and type measurements both renderers share, so a document looks the same in PDF and in Word.
 * Sizes follow the Chinese type scale (二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt);
 * margins are Word's defaults for A4 in Chinese (2.54 cm top and bottom, 3.17 cm left and right).
 */
import type { DocBlock, DocOptions } from './document-model.js';

export const A4 = { width: 595.28, height: 841.89 } as const;
export const MARGINS = { top: 72, bottom: 72, left: 90, right: 90 } as const;

export const TITLE_SIZE = 22;
export const HEADING_SIZE = { 1: 16, 2: 14 } as const;
export const TEXT_SIZE = { small: 10.5, normal: 12, large: 14 } as const;
export const TABLE_TEXT_SIZE = 10.5;

/** Extra space between lines, as a share of the font size. */
export const LINE_GAP = 0.3;

export const INK = { red: 'C00000', black: '000000', shade: 'F2F2F2' } as const;
export const RULE_WIDTH = 1.5;

export function pageSize(options: DocOptions): { width: number; height: number } {
  return options.landscape ? { width: A4.height, height: A4.width } : { ...A4 };
}

export function contentWidth(options: DocOptions): number {
  return pageSize(options).width - MARGINS.left - MARGINS.right;
}

export function inkOf(color: 'red' | 'black' | undefined): string {
  return color === 'red' ? INK.red : INK.black;
}

export function paragraphSize(block: Extract<DocBlock, { kind: 'paragraph' }>): number {
  return TEXT_SIZE[block.size ?? 'normal'];
}

/** Relative widths → absolute ones summing to `total`; missing or unusable entries count as the average. */
export function columnWidthsFor(columnCount: number, relative: number[] | undefined, total: number): number[] {
  const given = (relative ?? []).slice(0, columnCount).filter((width) => Number.isFinite(width) && width > 0);
  const average = given.length > 0 ? given.reduce((sum, width) => sum + width, 0) / given.length : 1;
  const weights = Array.from({ length: columnCount }, (_, index) => {
    const width = relative?.[index];
    return width !== undefined && Number.isFinite(width) && width > 0 ? width : average;
  });
  const sum = weights.reduce((acc, width) => acc + width, 0);
  return weights.map((width) => (width / sum) * total);
}
