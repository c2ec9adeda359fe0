/**
 * The part of fontkit (pdfkit's own font parser) this kernel uses: it parses a CJK font once so every PDF
 * reuses it, instead of pdfkit re-parsing 20 MB for each document. fontkit ships no type declarations.
 */
declare module 'fontkit' {
  export interface Glyph {
    readonly id: number;
  }
  export interface GlyphRun {
    readonly glyphs: Glyph[];
  }
  export interface Subset {
    includeGlyph(glyph: number | Glyph): number;
    encode(): Uint8Array;
  }
  export interface Font {
    readonly postscriptName: string;
    readonly familyName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): GlyphRun;
    createSubset(): Subset;
  }
  export interface FontCollection {
    readonly fonts: Font[];
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection | null;
}
