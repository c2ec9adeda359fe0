import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DomainError } from '../errors.js';
import { parseFace } from './cjk-font-loader.js';
import { type FontconfigEntry, parseFontconfigList, resolveCjkFonts } from './cjk-font.js';

const NOTO = '/usr/share/fonts/opentype/noto';
const SERIF = `${NOTO}/NotoSerifCJK-Regular.ttc`;
const SANS = `${NOTO}/NotoSansCJK-Regular.ttc`;
const SANS_BOLD = `${NOTO}/NotoSansCJK-Bold.ttc`;
const WENQUANYI = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

function probe(files: string[], fontconfig: FontconfigEntry[] = []) {
  return {
    exists: (path: string) => Promise.resolve(files.includes(path)),
    listChineseFonts: () => Promise.resolve(fontconfig),
  };
}

describe('choosing the Chinese font for PDFs', () => {
  it('uses CHANJIAO_CJK_FONT first, with the face named by CHANJIAO_CJK_FONT_NAME, for all text', async () => {
    const choice = await resolveCjkFonts(
      { CHANJIAO_CJK_FONT: '/srv/fonts/simsun.ttc', CHANJIAO_CJK_FONT_NAME: 'SimSun' },
      probe(['/srv/fonts/simsun.ttc', SERIF, SANS_BOLD]),
    );
    expect(choice).toEqual({
      source: 'environment',
      body: { path: '/srv/fonts/simsun.ttc', postscriptName: 'SimSun' },
      strong: { path: '/srv/fonts/simsun.ttc', postscriptName: 'SimSun' },
    });
  });

  it('refuses a CHANJIAO_CJK_FONT that does not exist rather than silently using another font', async () => {
    await expect(resolveCjkFonts({ CHANJIAO_CJK_FONT: '/srv/fonts/missing.ttf' }, probe([SERIF]))).rejects.toMatchObject({
      code: 'PDF_FONT_INVALID',
      params: { path: '/srv/fonts/missing.ttf' },
    });
  });

  it('takes Noto Serif CJK for body text and Noto Sans CJK Bold for titles from fonts-noto-cjk', async () => {
    const wenquanyi = { file: WENQUANYI, postscriptName: 'WenQuanYiMicroHei', style: 'Regular' };
    const choice = await resolveCjkFonts({}, probe([SANS, SERIF, SANS_BOLD], [wenquanyi]));
    expect(choice).toEqual({
      source: 'noto',
      body: { path: SERIF, postscriptName: 'NotoSerifCJKsc-Regular' },
      strong: { path: SANS_BOLD, postscriptName: 'NotoSansCJKsc-Bold' },
    });
  });

  it('falls back to Noto Sans for body text, and to the body face for titles when no bold Noto is installed', async () => {
    const choice = await resolveCjkFonts({ CHANJIAO_CJK_FONT: '  ' }, probe([SANS]));
    expect(choice.body).toEqual({ path: SANS, postscriptName: 'NotoSansCJKsc-Regular' });
    expect(choice.strong).toEqual(choice.body);
  });

  it('finds Noto CJK where other distributions put it', async () => {
    const choice = await resolveCjkFonts({}, probe(['/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc']));
    expect(choice.body.path).toBe('/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc');
  });

  it('otherwise takes what fontconfig lists for Chinese, preferring Simplified Chinese, upright, proportional faces', async () => {
    const choice = await resolveCjkFonts(
      {},
      probe(
        [],
        [
          { file: '/usr/share/fonts/a/ukai.ttc', postscriptName: 'AR-PL-UKai-TW', style: 'Book' },
          { file: '/usr/share/fonts/b/mono.ttc', postscriptName: 'SourceHanMonoSC-Regular', style: 'Regular' },
          { file: '/usr/share/fonts/c/hans.otf', postscriptName: 'SourceHanSerifSC-Regular', style: 'Regular' },
          { file: '/usr/share/fonts/c/hans-bold.otf', postscriptName: 'SourceHanSansSC-Bold', style: 'Bold' },
          { file: '/usr/share/fonts/d/face.pcf.gz', postscriptName: 'BitmapSC', style: 'Regular' },
        ],
      ),
    );
    expect(choice).toEqual({
      source: 'fontconfig',
      body: { path: '/usr/share/fonts/c/hans.otf' },
      strong: { path: '/usr/share/fonts/c/hans-bold.otf' },
    });
  });

  it('names the face inside a collection found by fontconfig, and uses it for titles too when there is no bold face', async () => {
    const choice = await resolveCjkFonts({}, probe([], [{ file: WENQUANYI, postscriptName: 'WenQuanYiMicroHei', style: 'Regular' }]));
    expect(choice.body).toEqual({ path: WENQUANYI, postscriptName: 'WenQuanYiMicroHei' });
    expect(choice.strong).toEqual(choice.body);
  });

  it('fails with PDF_FONT_MISSING, telling the administrator what to install, when there is no Chinese font', async () => {
    const failure = resolveCjkFonts({}, probe([], [{ file: '/fonts/x.pcf', postscriptName: 'X', style: 'Regular' }]));
    await expect(failure).rejects.toMatchObject({ code: 'PDF_FONT_MISSING', status: 500 });
    const error = await failure.then(
      () => expect.unreachable('a PDF without a Chinese font must not be attempted'),
      (caught: unknown) => caught as DomainError,
    );
    expect(error.messageIn('zh-CN')).toContain('fonts-noto-cjk');
    expect(error.messageIn('en-US')).toContain('CHANJIAO_CJK_FONT');
  });

  it('reads the lines of `fc-list -f "%{file}\\t%{postscriptname}\\t%{style[0]}\\n"`', () => {
    expect(parseFontconfigList(`${SANS}\tNotoSansCJKsc-Regular\tRegular\n\n/broken line\n`)).toEqual([
      { file: SANS, postscriptName: 'NotoSansCJKsc-Regular', style: 'Regular' },
    ]);
  });
});

describe('parsing the chosen font', () => {
  it('rejects a file that is not a font', () => {
    expect(() => parseFace({ path: '/tmp/notes.txt' }, Buffer.from('这不是字体文件'))).toThrow(
      expect.objectContaining({ code: 'PDF_FONT_INVALID' }),
    );
  });

  it.skipIf(!existsSync(SERIF))('rejects a face name the collection does not hold, and picks its SC face when none is given', () => {
    const content = readFileSync(SERIF);
    expect(() => parseFace({ path: SERIF, postscriptName: 'SimSun' }, content)).toThrow(
      expect.objectContaining({ code: 'PDF_FONT_INVALID' }),
    );
    expect(parseFace({ path: SERIF }, content).postscriptName).toBe('NotoSerifCJKsc-Regular');
  });

  const latinOnly = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
  it.skipIf(!existsSync(latinOnly))('rejects a font without Chinese characters, which would print empty boxes', () => {
    expect(() => parseFace({ path: latinOnly }, readFileSync(latinOnly))).toThrow(expect.objectContaining({ code: 'PDF_FONT_INVALID' }));
  });
});
