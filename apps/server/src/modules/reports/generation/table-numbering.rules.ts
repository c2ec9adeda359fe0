/**
 * Tables are numbered in reading order (issue: quality annual reports, Q4 “DOCX (official layout: … table and case
 * directories, numbered tables and figures)”; 上海年报 表目录 runs 表1 … 表20 as the tables follow). A stored caption
 * may carry the number it had in its source (“表3 上海中职学校高水平开放实训中心立项名单”): that number is dropped and the
 * table takes its place in this report, so a generated 表1 never clashes with a register's.
 */
import type { TGeneratedReport } from '@chanjiao/contracts';

/** “表3 上海中职…” → “上海中职…”; “表 12” and a full-width space → the rest; a caption that is only a number (“表7”) → “”. */
export const captionWithoutNumber = (caption: string) => caption.replace(/^表\s*\d+(?:\s+|$)/u, '');

export const numberedCaption = (n: number, caption: string) => {
  const rest = captionWithoutNumber(caption);
  return rest === '' ? `表${n}` : `表${n} ${rest}`;
};

/**
 * The report with its tables numbered 表1, 表2, … in reading order (chapter by chapter, block by block), and each
 * difference naming its table by the number the table now has.
 */
export function numberTables<T extends Pick<TGeneratedReport, 'chapters' | 'differences'>>(report: T): T {
  let n = 0;
  const numbered = new Map<string, string>();
  const chapters = report.chapters.map((chapter) => ({
    ...chapter,
    blocks: chapter.blocks.map((block) => {
      if (block.kind !== 'table') return block;
      const caption = numberedCaption(++n, block.caption);
      const key = captionWithoutNumber(block.caption);
      if (!numbered.has(key)) numbered.set(key, caption);
      return { ...block, caption };
    }),
  }));
  const differences = report.differences.map((d) => {
    const key = captionWithoutNumber(d.table);
    return { ...d, table: numbered.get(key) ?? key };
  });
  return { ...report, chapters, differences };
}
