/**
 * Loads the chosen Chinese fonts once per process. A CJK font is 15–25 MB and takes pdfkit a second or more
 * to parse, so the parsed faces are kept and shared by every PDF (pdfkit only reads them; each document makes
 * its own subset). A failure is not kept: once an administrator installs a font, the next PDF finds it.
 */
import { readFile } from 'node:fs/promises';
import { create, type Font } from 'fontkit';
import { bilingual, DomainError } from '../errors.js';
import { type CjkFontChoice, type FontFace, resolveCjkFonts, systemFontProbe } from './cjk-font.js';

export interface LoadedCjkFonts {
  body: Font;
  strong: Font;
  /** True when titles have no bold face of their own and the renderer must embolden the body face. */
  strongIsBody: boolean;
  choice: CjkFontChoice;
}

const CHINESE_PROBE = '中'.codePointAt(0)!;

let loading: Promise<LoadedCjkFonts> | undefined;

export function loadCjkFonts(): Promise<LoadedCjkFonts> {
  loading ??= resolveCjkFonts(process.env, systemFontProbe)
    .then(parseChoice)
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

export async function parseChoice(choice: CjkFontChoice): Promise<LoadedCjkFonts> {
  const files = new Map<string, Promise<Buffer>>();
  const read = (path: string) => {
    let content = files.get(path);
    if (!content) {
      content = readFile(path);
      files.set(path, content);
    }
    return content;
  };
  const body = parseFace(choice.body, await readOrExplain(choice.body.path, read));
  const sameFace = choice.strong.path === choice.body.path && choice.strong.postscriptName === choice.body.postscriptName;
  const strong = sameFace ? body : parseFace(choice.strong, await readOrExplain(choice.strong.path, read));
  warmUp(body);
  if (!sameFace) warmUp(strong);
  return { body, strong, strongIsBody: sameFace, choice };
}

/**
 * fontkit decodes a font's tables (character map, glyph substitutions, the 65,000-entry glyph index) the first
 * time text is laid out and subset. Doing that here, once, keeps it out of the first user's PDF (about 1.5 s).
 */
function warmUp(font: Font): void {
  const subset = font.createSubset();
  for (const glyph of font.layout('中文字体，。Aa1').glyphs) subset.includeGlyph(glyph);
  subset.encode();
}

async function readOrExplain(path: string, read: (path: string) => Promise<Buffer>): Promise<Buffer> {
  try {
    return await read(path);
  } catch {
    throw new DomainError('PDF_FONT_INVALID', {
      path,
      reason: bilingual('文件无法读取', 'the file cannot be read'),
    });
  }
}

function invalid(face: FontFace, zh: string, en: string): DomainError {
  return new DomainError('PDF_FONT_INVALID', { path: face.path, reason: bilingual(zh, en) });
}

export function parseFace(face: FontFace, content: Buffer): Font {
  let parsed: ReturnType<typeof create>;
  try {
    parsed = create(content, face.postscriptName);
  } catch {
    throw invalid(face, '不是可识别的 TrueType/OpenType 字体文件', 'not a TrueType/OpenType font file');
  }
  if (parsed === null) {
    const name = face.postscriptName ?? '';
    throw invalid(face, `字体集中没有名为 ${name} 的字体`, `the collection has no face named ${name}`);
  }
  const font = 'fonts' in parsed ? pickFromCollection(parsed.fonts) : parsed;
  if (!font) throw invalid(face, '字体集为空', 'the collection is empty');
  if (!font.hasGlyphForCodePoint(CHINESE_PROBE)) {
    throw invalid(face, '该字体不含中文字形', 'the font has no Chinese glyphs');
  }
  return font;
}

/** A collection given without a face name: prefer its Simplified-Chinese regular face. */
function pickFromCollection(fonts: Font[]): Font | undefined {
  return (
    fonts.find((font) => /sc-regular$/i.test(font.postscriptName)) ?? fonts.find((font) => /sc/i.test(font.postscriptName)) ?? fonts[0]
  );
}
