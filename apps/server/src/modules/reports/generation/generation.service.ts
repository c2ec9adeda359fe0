/**
 * Generates a report from the cycle's outline and the participants' data (docs/sources.md §9 Q4): a school's own report, or
 * the authority's report over its units with 表1 and its 合计, and 表3 培训情况 from the authority's own figures. The web shows the model as HTML; DOCX and PDF are
 * rendered from the same model through kernel/documents.
 */
import type { TGeneratedBlock, TGeneratedReport } from '@chanjiao/contracts';
import type { Actor } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import type { DocBlock } from '../../../kernel/documents/index.js';
import type { Grant } from '../../../kernel/rbac/rbac.rules.js';
import { findOrgsByIds } from '../../organizations/index.js';
import { requireCycle } from '../cycles/cycles.service.js';
import { computeRates } from '../data/rates.rules.js';
import { placeUnderChapters, tableDirectory } from '../registers/registers.rules.js';
import { registerTablesOfCycle } from '../registers/registers.service.js';
import { listReportsOfCycle } from '../review/reports.repository.js';
import type { LoadedReport } from '../review/reports.service.js';
import { requireReadable } from '../review/reports.service.js';
import { authorityDataOf } from '../data/authority-data.service.js';
import { trainingDifferences } from '../data/training.rules.js';
import { outcomesText, statedDifferences, structureText, table1, table3, teachersText, type UnitData } from './report-blocks.rules.js';

type Topic = 'structure' | 'outcomes' | 'teachers' | 'service';

/** Which chapter of the outline takes which data block: the first whose heading names its subject. */
const TOPIC_WORDS: Record<Topic, string[]> = {
  structure: ['基本情况', '结构规模'],
  outcomes: ['学生发展', '就业'],
  teachers: ['教师', '教学改革'],
  service: ['服务贡献', '社会服务'],
};

function chaptersOf(outline: string[], blocks: Record<Topic, TGeneratedBlock[]>) {
  const chapters = outline.map((heading) => ({ heading, blocks: [] as TGeneratedBlock[] }));
  for (const topic of Object.keys(blocks) as Topic[]) {
    if (blocks[topic].length === 0) continue;
    const at = chapters.find((c) => TOPIC_WORDS[topic].some((word) => c.heading.includes(word))) ?? chapters[0];
    at?.blocks.push(...blocks[topic]);
  }
  return chapters;
}

const text = (value: string | null): TGeneratedBlock[] => (value ? [{ kind: 'text', text: value }] : []);

async function addresses(db: Executor, orgIds: string[]) {
  return new Map((await findOrgsByIds(db, orgIds)).map((o) => [o.id, o.address ?? null]));
}

export async function generateForReport(db: Executor, grants: Grant[], actor: Actor, id: string): Promise<TGeneratedReport> {
  return generateOfLoaded(db, await requireReadable(db, grants, actor, id));
}

/** The report of a participant already loaded: for its readers above, or for the public once it is published. */
export async function generateOfLoaded(
  db: Executor,
  loaded: Pick<LoadedReport, 'report' | 'cycle' | 'orgName'>,
): Promise<TGeneratedReport> {
  const { report, cycle, orgName } = loaded;
  const unit: UnitData = { name: orgName, address: (await addresses(db, [report.orgId])).get(report.orgId) ?? null, data: report.data };
  const rates = computeRates(report.data);
  const approved = report.status === 'approved';
  return {
    title: `${orgName}${cycle.reportYear}年度质量报告`,
    subtitle: cycle.title,
    basis: approved ? 'approved' : 'all',
    chapters: chaptersOf(cycle.outline, {
      structure: [...text(structureText([unit])), table1([unit], cycle.reportYear)],
      outcomes: text(outcomesText(report.data, rates)),
      teachers: text(teachersText(report.data, rates)),
      service: [],
    }),
    leftOut: approved ? [] : [orgName],
    differences: [],
  };
}

export async function generateForCycle(db: Executor, id: string, basis: 'approved' | 'all'): Promise<TGeneratedReport> {
  const { cycle, authorityName } = await requireCycle(db, id);
  const rows = await listReportsOfCycle(db, id);
  const unapproved = rows.filter((r) => r.report.status !== 'approved');
  const used = basis === 'all' ? rows : rows.filter((r) => r.report.status === 'approved');
  const where = await addresses(
    db,
    used.map((r) => r.report.orgId),
  );
  const units: UnitData[] = used.map((r) => ({ name: r.orgName, address: where.get(r.report.orgId) ?? null, data: r.report.data }));
  const { training } = authorityDataOf(cycle.authorityData);
  const chapters = chaptersOf(cycle.outline, {
    structure: units.length > 0 ? [...text(structureText(units)), table1(units, cycle.reportYear)] : [],
    outcomes: [],
    teachers: [],
    service: table3(training.years),
  });
  return {
    title: cycle.title,
    subtitle: authorityName,
    basis,
    // The registers' tables (上海年报 表1–20) under the chapters their blocks name.
    chapters: placeUnderChapters(chapters, await registerTablesOfCycle(db, id)),
    leftOut: unapproved.map((r) => r.orgName),
    differences: [
      ...statedDifferences(units, cycle.reportYear, cycle.statedTable1Totals, rows.length),
      ...trainingDifferences(training.years, training.stated),
    ],
  };
}

/** Columns that name a row are wider than the figures'; a register table's 序号 is narrow and the rest share. */
function columnWidths(block: { header: string[]; labelColumns: number }): number[] {
  if (block.header[0] === '序号') return block.header.map((_, i) => (i === 0 ? 1 : 3));
  return block.header.map((_, i) => (i < block.labelColumns ? 3 : 1));
}

/** The model as blocks of kernel/documents, for DOCX and PDF. */
export function documentBlocks(report: TGeneratedReport): DocBlock[] {
  const blocks: DocBlock[] = [
    { kind: 'title', text: report.title },
    { kind: 'paragraph', text: report.subtitle, align: 'center' },
  ];
  if (report.basis === 'all' && report.leftOut.length > 0) {
    blocks.push({ kind: 'paragraph', text: `草稿预览：含尚未审定的数据（${report.leftOut.join('、')}）`, align: 'center', size: 'small' });
  }
  const directory = tableDirectory(report.chapters);
  // A report of several tables opens with their directory (表目录), as the city report does.
  if (directory.length > 1) {
    blocks.push({ kind: 'heading', text: '表目录', level: 1 });
    for (const caption of directory) blocks.push({ kind: 'paragraph', text: caption, size: 'small' });
  }
  for (const chapter of report.chapters) {
    blocks.push({ kind: 'heading', text: chapter.heading, level: 1 });
    for (const block of chapter.blocks) {
      if (block.kind === 'text') blocks.push({ kind: 'paragraph', text: block.text, indent: true });
      else {
        blocks.push({ kind: 'paragraph', text: block.caption, align: 'center', bold: true });
        const totals = block.totals
          ? [
              block.totals.map((value, i) => ({
                text: value,
                bold: true,
                align: i < block.labelColumns ? ('left' as const) : ('right' as const),
              })),
            ]
          : [];
        blocks.push({ kind: 'table', header: [block.header], rows: [...block.rows, ...totals], columnWidths: columnWidths(block) });
      }
    }
  }
  for (const d of report.differences) {
    blocks.push({
      kind: 'paragraph',
      text: `核对：${d.source}所载“${d.column}”合计为 ${d.stated}，按表中各行计算为 ${d.computed ?? '—'}`,
      size: 'small',
    });
  }
  if (report.basis === 'approved' && report.leftOut.length > 0) {
    blocks.push({ kind: 'paragraph', text: `以下单位的年报尚未审定，未计入本报告数据：${report.leftOut.join('、')}`, size: 'small' });
  }
  return blocks;
}
