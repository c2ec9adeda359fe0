/**
 * Text runs for Word. Chinese text needs its East-Asian font named explicitly (w:eastAsia): Word picks the
 * font for Chinese characters from that slot alone, and without it falls back to whatever the machine's
 * default is. 宋体 (SimSun) for body text and 黑体 (SimHei) for titles are on every Chinese Windows and are
 * substituted by WPS and Word for Mac; Latin letters and digits use Times New Roman.
 */
import { AlignmentType, type IFontAttributesProperties, TextRun } from 'docx';
import type { TextAlign } from './document-model.js';

export const BODY_FONT: IFontAttributesProperties = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  cs: 'Times New Roman',
  eastAsia: '宋体',
};

export const STRONG_FONT: IFontAttributesProperties = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  cs: 'Times New Roman',
  eastAsia: '黑体',
};

export function halfPoints(points: number): number {
  return Math.round(points * 2);
}

export function twips(points: number): number {
  return Math.round(points * 20);
}

export interface RunStyle {
  strong?: boolean;
  size?: number;
  color?: string;
}

/** One run per line: a line break in the text becomes a break in Word rather than a lost newline. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  return text.split(/\r?\n/).map(
    (line, index) =>
      new TextRun({
        text: line,
        ...(index > 0 ? { break: 1 } : {}),
        // Named on every run, not only in the styles, so text pasted into another document keeps its fonts.
        font: style.strong ? STRONG_FONT : BODY_FONT,
        ...(style.strong ? { bold: true } : {}),
        ...(style.size ? { size: halfPoints(style.size) } : {}),
        ...(style.color ? { color: style.color } : {}),
      }),
  );
}

export function alignmentOf(align: TextAlign | 'justify'): (typeof AlignmentType)[keyof typeof AlignmentType] {
  switch (align) {
    case 'left':
      return AlignmentType.LEFT;
    case 'center':
      return AlignmentType.CENTER;
    case 'right':
      return AlignmentType.RIGHT;
    case 'justify':
      return AlignmentType.JUSTIFIED;
  }
}
