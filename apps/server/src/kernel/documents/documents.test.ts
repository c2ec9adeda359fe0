import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { EVERY_BLOCK } from './documents.test-support.js';
import { type DocBlock, renderDocx, renderPdf } from './index.js';

const POPPLER = spawnSync('pdftotext', ['-v']).error === undefined;
const NEEDS_POPPLER = '(needs pdftotext from poppler-utils; skipped without it)';
const workDir = mkdtempSync(join(tmpdir(), 'chanjiao-documents-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** The text of each page as pdftotext reads it, without white space (it drops or adds spaces between CJK glyphs). */
function pdfPages(pdf: Buffer): string[] {
  const file = join(workDir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .map((page) => page.replace(/\s+/g, ''))
    .filter((page) => page.length > 0);
}

async function docxPart(docx: Buffer, part: string): Promise<string> {
  const file = (await JSZip.loadAsync(docx)).file(part);
  if (!file) throw new Error(`${part} is missing from the DOCX`);
  return file.async('string');
}

const OPTIONS = { title: '产教融合工作简报', author: '联盟秘书处', pageNumbers: true };

describe('PDF output', () => {
  it('embeds a subset of a Chinese font on an A4 page', async () => {
    const pdf = await renderPdf(EVERY_BLOCK, OPTIONS);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    // A subset's name carries a six-letter tag: ABCDEF+NotoSerifCJKsc-Regular.
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+\S*CJK/);
    expect(raw).toContain('/FontFile3');
    expect(raw).toContain('/MediaBox [0 0 595.28 841.89]');
    expect(pdf.length).toBeLessThan(400_000);
  });

  it.skipIf(!POPPLER)(`prints the Chinese text of every block, page numbers and the page break ${NEEDS_POPPLER}`, async () => {
    const pages = pdfPages(await renderPdf(EVERY_BLOCK, OPTIONS));
    expect(pages).toHaveLength(2);
    for (const text of [
      '产教融合工作简报',
      '上海市产教融合联盟秘书处',
      '一、理事会会议纪要',
      '联盟第二届理事会第三次会议于2026年2月28日召开，应到理事9人，实到6人',
      '（一）表决结果',
      '赞成4票，反对1票，弃权1票，决议通过。',
      '抄送：市教委职成处。',
      '统一社会信用代码12310107425011234X',
      '推荐结果',
      '苏州工业园区职业技术学院',
      '入选',
      '合计',
      '—1—',
    ]) {
      expect(pages[0]).toContain(text);
    }
    expect(pages[1]).toContain('附件：成员单位名单（第二页）');
    expect(pages[1]).toContain('—2—');
  });

  it.skipIf(!POPPLER)(`repeats a long table's header on every page and keeps merged rows together ${NEEDS_POPPLER}`, async () => {
    const groups = Array.from({ length: 30 }, (_, index) => String(index + 1).padStart(2, '0'));
    const rows = groups.flatMap((group) => [
      [{ text: `组${group}`, rowSpan: 4 }, `成员${group}-1`, '第一位'],
      [`成员${group}-2`, '第二位'],
      [`成员${group}-3`, '第三位'],
      [`成员${group}-4`, '第四位'],
    ]);
    const pages = pdfPages(await renderPdf([{ kind: 'table', header: [['分组', '成员', '备注']], rows }], { title: '分组名单' }));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) {
      expect(page).toContain('分组');
      expect(page).toContain('备注');
    }
    for (const group of groups) {
      const page = pages.find((text) => text.includes(`组${group}`));
      expect(page, `组${group}`).toBeDefined();
      for (const member of [1, 2, 3, 4]) expect(page).toContain(`成员${group}-${member}`);
    }
  });

  it('lays a landscape document on A4 turned sideways', async () => {
    const pdf = await renderPdf([{ kind: 'paragraph', text: '横向名单' }], { title: '名单', landscape: true });
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 841.89 595.28]');
  });
});

describe('DOCX output', () => {
  it('writes the text of every block with 宋体 for body text and 黑体 for titles, on A4', async () => {
    const docx = await renderDocx(EVERY_BLOCK, OPTIONS);
    const xml = await docxPart(docx, 'word/document.xml');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const expected of [
      '产教融合工作简报',
      '一、理事会会议纪要',
      '联盟第二届理事会第三次会议于2026年2月28日召开',
      '赞成4票，反对1票，弃权1票，决议通过。',
      '注：本简报发至各成员单位。抄送：市教委职成处。',
      '统一社会信用代码12310107425011234X',
      '苏州工业园区职业技术学院',
      '附件：成员单位名单（第二页）',
    ]) {
      expect(text).toContain(expected);
    }
    expect(xml).toContain('w:eastAsia="宋体"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain('<w:color w:val="C00000"/>'); // the red masthead
    expect(xml).toMatch(/<w:pBdr><w:bottom w:val="single" w:color="C00000"/); // the red rule under it
    expect(xml).toContain('<w:ind w:firstLine="480"/>'); // two characters of 12 pt
    expect(xml).toContain('<w:br w:type="page"/>');
    const styles = await docxPart(docx, 'word/styles.xml');
    expect(styles).toMatch(/<w:rFonts [^>]*w:eastAsia="宋体"/);
    expect(styles).toContain('w:eastAsia="zh-CN"');
  });

  it('draws bordered tables with merged cells, a repeated shaded header and fixed column widths', async () => {
    const xml = await docxPart(await renderDocx(EVERY_BLOCK, OPTIONS), 'word/document.xml');
    expect(xml).toMatch(/<w:tblBorders><w:top w:val="single"/);
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:gridSpan w:val="2"/>');
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).toContain('<w:vMerge w:val="continue"/>');
    expect(xml).toContain('w:fill="F2F2F2"');
    // 序号 | 单位 | 票数 | 结论 at 1 : 4 : 1.5 : 1.5 of the 8306-twip text width.
    expect(xml).toMatch(/<w:tblGrid><w:gridCol w:w="1038"\/><w:gridCol w:w="4153"\/><w:gridCol w:w="1557"\/><w:gridCol w:w="1557"\/>/);
  });

  it('embeds the seal picture and numbers the pages in the footer', async () => {
    const docx = await renderDocx(EVERY_BLOCK, OPTIONS);
    const zip = await JSZip.loadAsync(docx);
    expect(Object.keys(zip.files).filter((name) => name.startsWith('word/media/') && name.endsWith('.png'))).toHaveLength(1);
    expect(await docxPart(docx, 'word/document.xml')).toContain('cx="914400" cy="914400"'); // 72 pt = 1 inch
    expect(await docxPart(docx, 'word/footer1.xml')).toMatch(/PAGE/);
    expect(await docxPart(docx, 'docProps/core.xml')).toContain('<dc:title>产教融合工作简报</dc:title>');
  });

  it('turns the page for a landscape document', async () => {
    const xml = await docxPart(
      await renderDocx([{ kind: 'paragraph', text: '横向名单' }], { title: '名单', landscape: true }),
      'word/document.xml',
    );
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
  });
});

describe('pictures', () => {
  const gif: DocBlock = { kind: 'image', data: Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), width: 72, height: 72 };

  it.each([
    ['PDF', renderPdf],
    ['DOCX', renderDocx],
  ])('are refused in %s unless PNG or JPEG, with a message saying what to upload', async (_format, render) => {
    await expect(render([gif], { title: '证书' })).rejects.toMatchObject({ code: 'DOCUMENT_IMAGE_UNSUPPORTED', status: 400 });
  });
});
