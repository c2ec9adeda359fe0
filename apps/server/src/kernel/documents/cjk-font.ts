/**
 * Which Chinese font a PDF embeds. PDF viewers have no Chinese font of their own to fall back on, so the
 * server must embed one, and nothing may be downloaded at run time. Order of preference:
 *   1. CHANJIAO_CJK_FONT (a .ttf, .otf or .ttc file; CHANJIAO_CJK_FONT_NAME picks a face of a .ttc by its
 *      PostScript name), used for all text;
 *   2. Noto Serif CJK SC for body text and Noto Sans CJK SC Bold for titles (the Song and Hei styles a Chinese
 *      document uses), from Debian's fonts-noto-cjk or the same files elsewhere;
 *   3. any other font fontconfig lists for Chinese (`fc-list :lang=zh`).
 */
import { execFile } from 'node:child_process';
import { access } from 'node:fs/promises';
import { promisify } from 'node:util';
import { bilingual, DomainError } from '../errors.js';

export interface FontFace {
  path: string;
  /** PostScript name of the face inside a collection (.ttc); unset for single-face files. */
  postscriptName?: string;
}

export interface CjkFontChoice {
  /** Body text (Song style when available). */
  body: FontFace;
  /** Titles, headings and bold text (Hei style when available); may be the body face. */
  strong: FontFace;
  source: 'environment' | 'noto' | 'fontconfig';
}

export interface FontconfigEntry {
  file: string;
  postscriptName: string;
  style: string;
}

export interface FontProbe {
  exists(path: string): Promise<boolean>;
  listChineseFonts(): Promise<FontconfigEntry[]>;
}

/** Debian and Ubuntu, Arch, Fedora. */
const NOTO_DIRECTORIES = ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/noto-cjk', '/usr/share/fonts/google-noto-cjk'];
const NOTO_BODY = [
  { file: 'NotoSerifCJK-Regular.ttc', postscriptName: 'NotoSerifCJKsc-Regular' },
  { file: 'NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKsc-Regular' },
];
const NOTO_STRONG = [
  { file: 'NotoSansCJK-Bold.ttc', postscriptName: 'NotoSansCJKsc-Bold' },
  { file: 'NotoSerifCJK-Bold.ttc', postscriptName: 'NotoSerifCJKsc-Bold' },
];
const LOADABLE_FONT_FILE = /\.(ttf|otf|ttc)$/i;

export async function resolveCjkFonts(env: NodeJS.ProcessEnv, probe: FontProbe): Promise<CjkFontChoice> {
  const configured = env.CHANJIAO_CJK_FONT?.trim();
  if (configured) {
    if (!(await probe.exists(configured))) {
      throw new DomainError('PDF_FONT_INVALID', {
        path: configured,
        reason: bilingual('文件不存在或无权读取', 'the file does not exist or cannot be read'),
      });
    }
    const postscriptName = env.CHANJIAO_CJK_FONT_NAME?.trim() || undefined;
    const face = { path: configured, ...(postscriptName ? { postscriptName } : {}) };
    return { body: face, strong: face, source: 'environment' };
  }
  const noto = await findNoto(probe);
  if (noto) return noto;
  const fromFontconfig = chooseFromFontconfig(await probe.listChineseFonts());
  if (fromFontconfig) return fromFontconfig;
  throw new DomainError('PDF_FONT_MISSING');
}

async function firstExisting(probe: FontProbe, candidates: { file: string; postscriptName: string }[]): Promise<FontFace | undefined> {
  for (const directory of NOTO_DIRECTORIES) {
    for (const candidate of candidates) {
      const path = `${directory}/${candidate.file}`;
      if (await probe.exists(path)) return { path, postscriptName: candidate.postscriptName };
    }
  }
  return undefined;
}

async function findNoto(probe: FontProbe): Promise<CjkFontChoice | undefined> {
  const body = await firstExisting(probe, NOTO_BODY);
  if (!body) return undefined;
  const strong = (await firstExisting(probe, NOTO_STRONG)) ?? body;
  return { body, strong, source: 'noto' };
}

const BOLD_STYLE = /bold|heavy|black|粗/i;
/** Simplified-Chinese faces first: a Japanese or Traditional face draws some common characters differently. */
const SIMPLIFIED = /sc\b|sc-|gb|cn|hans|simplified/i;

function rank(entry: FontconfigEntry): number {
  let score = 0;
  if (SIMPLIFIED.test(entry.postscriptName)) score += 4;
  if (!/mono/i.test(entry.postscriptName)) score += 2;
  if (!/italic|oblique/i.test(entry.style)) score += 1;
  return score;
}

export function chooseFromFontconfig(entries: FontconfigEntry[]): CjkFontChoice | undefined {
  const usable = entries.filter((entry) => LOADABLE_FONT_FILE.test(entry.file));
  const best = (list: FontconfigEntry[]) => [...list].sort((a, b) => rank(b) - rank(a))[0];
  const regular = best(usable.filter((entry) => !BOLD_STYLE.test(entry.style)));
  const bold = best(usable.filter((entry) => BOLD_STYLE.test(entry.style)));
  const bodyEntry = regular ?? bold;
  if (!bodyEntry) return undefined;
  const face = (entry: FontconfigEntry): FontFace =>
    /\.ttc$/i.test(entry.file) && entry.postscriptName ? { path: entry.file, postscriptName: entry.postscriptName } : { path: entry.file };
  return { body: face(bodyEntry), strong: face(bold ?? bodyEntry), source: 'fontconfig' };
}

const run = promisify(execFile);

/** The real file system and fontconfig; fontconfig missing altogether simply yields no fonts. */
export const systemFontProbe: FontProbe = {
  async exists(path) {
    try {
      await access(path);
      return true;
    } catch {
      return false;
    }
  },
  async listChineseFonts() {
    try {
      const { stdout } = await run('fc-list', [':lang=zh', '-f', '%{file}\\t%{postscriptname}\\t%{style[0]}\\n'], {
        timeout: 5000,
      });
      return parseFontconfigList(stdout);
    } catch {
      return [];
    }
  },
};

export function parseFontconfigList(output: string): FontconfigEntry[] {
  return output
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((parts) => parts.length >= 3 && parts[0])
    .map(([file = '', postscriptName = '', style = '']) => ({ file, postscriptName, style }));
}
