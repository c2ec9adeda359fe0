/**
 * A generated report (docs/sources.md §9 Q4): the cycle's outline as chapters, filled with live data blocks computed from the
 * participants' data — 普陀区年报 表1 办学情况表 with its 合计 row, 表3 培训情况 from the authority's own figures, and the summary figures the text quotes
 * (“在校学生8,116人，在编在岗教职工1,087人”). The web shows it as HTML; the server renders DOCX and PDF from it.
 */
import { z } from 'zod';

export const ZGeneratedTable = z.object({
  kind: z.literal('table'),
  caption: z.string(),
  header: z.array(z.string()),
  /** How many leading columns name the row (学校名称、办学地址; 年度): the others hold figures. */
  labelColumns: z.number().int().min(1),
  rows: z.array(z.array(z.string())),
  /** Computed from the rows, never typed. */
  totals: z.array(z.string()).nullable(),
});
export const ZGeneratedText = z.object({ kind: z.literal('text'), text: z.string() });
export const ZGeneratedBlock = z.discriminatedUnion('kind', [ZGeneratedTable, ZGeneratedText]);
export type TGeneratedBlock = z.infer<typeof ZGeneratedBlock>;

export const ZGeneratedReport = z.object({
  title: z.string(),
  subtitle: z.string(),
  /** approved: only approved data (what a published report uses); all: a preview that includes unapproved data. */
  basis: z.enum(['approved', 'all']),
  chapters: z.array(z.object({ heading: z.string(), blocks: z.array(ZGeneratedBlock) })),
  /** Units whose data is not approved yet: left out of a report on approved data, named in a preview that includes it. */
  leftOut: z.array(z.string()),
  /** Where a stated 合计 (an imported report's) differs from the one computed from the units' data. */
  differences: z.array(
    z.object({ table: z.string(), column: z.string(), stated: z.number(), computed: z.number().nullable(), source: z.string() }),
  ),
});
export type TGeneratedReport = z.infer<typeof ZGeneratedReport>;

export const ZGeneratedQuery = z.object({ basis: z.enum(['approved', 'all']).default('approved') });
export type TGeneratedQuery = z.infer<typeof ZGeneratedQuery>;
