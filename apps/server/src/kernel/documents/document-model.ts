/**
 * One block model that renders to both PDF and DOCX, so a module describes a certificate, bulletin or list once
 * and offers it in either format. Sizes are in points (1/72 inch).
 */
export type TextAlign = 'left' | 'center' | 'right';

export type CellText = string | { text: string; colSpan?: number; rowSpan?: number; bold?: boolean; align?: TextAlign };

export type DocBlock =
  /** Centred and large: a bulletin's masthead (red) or a certificate's title. */
  | { kind: 'title'; text: string; color?: 'red' | 'black' }
  | { kind: 'heading'; text: string; level?: 1 | 2 }
  | {
      kind: 'paragraph';
      text: string;
      align?: TextAlign | 'justify';
      /** Indents the first line by two characters, as Chinese body text does. */
      indent?: boolean;
      bold?: boolean;
      size?: 'small' | 'normal' | 'large';
    }
  /** A two-column label | value table. */
  | { kind: 'fields'; rows: [label: string, value: string][] }
  /** Rows list their cells left to right, leaving out places covered by a rowSpan from above (as in HTML). */
  | { kind: 'table'; header?: CellText[][]; rows: CellText[][]; columnWidths?: number[] /* relative */ }
  | { kind: 'rule'; color?: 'red' | 'black' }
  /** PNG or JPEG, e.g. a seal; width and height in points. Centred unless `align` says otherwise. */
  | { kind: 'image'; data: Buffer; width: number; height: number; align?: TextAlign }
  | { kind: 'spacer'; lines?: number }
  | { kind: 'pageBreak' };

export interface DocOptions {
  title: string;
  landscape?: boolean;
  author?: string;
  /** Prints “— n —” centred at the foot of every page (the GB/T 9704 style). */
  pageNumbers?: boolean;
}
