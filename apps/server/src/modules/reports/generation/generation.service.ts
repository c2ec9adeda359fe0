/**
 * Generates a report from the cycle's outline and the participants' data (docs/sources.md §9 Q4): a school's own report, or
 * the authority's report rolled up by level (rollup.rules.ts) with 表1 and its 合计, and 表3 培训情况 from the authority's own
 * figures. Tables are numbered in reading order (table-numbering.rules.ts) before anything reads the model: the web shows
 * it as HTML; DOCX and PDF are rendered from the same model through kernel/documents.
 */
import type { ReportLevel, ReportStatus, TGeneratedBlock, TGeneratedReport } from '@chanjiao/contracts';
import type { Actor } from '../../../kernel/audit/audit.service.js';
import type { Executor } from '../../../kernel/db/database.js';
import type { DocBlock } from '../../../kernel/documents/index.js';
import type { Grant } from '../../../kernel/rbac/rbac.rules.js';
import { findOrgsByIds } from '../../organizations/index.js';
import { coverageByLevel } from '../cycles/coverage.rules.js';
import { requireCycleWithProgress } from '../cycles/cycles.service.js';
import { computeRates } from '../data/rates.rules.js';
import { placeUnderChapters, tableDirectory } from '../registers/registers.rules.js';
import { registerTablesOfCycle } from '../registers/registers.service.js';
import { listReportsOfCycle } from '../review/reports.repository.js';
import type { LoadedReport } from '../review/reports.service.js';
import { requireReadable } from '../review/reports.service.js';
import { authorityDataOf } from '../data/authority-data.service.js';
import { trainingDifferences } from '../data/training.rules.js';
import { outcomesText, statedDifferences, structureText, table1, table3, teachersText, type UnitData } from './report-blocks.rules.js';
import { coverageText, districtTable, enterpriseTable, schoolTable, schoolTableCaption } from './rollup.rules.js';
import { numberTables } from './table-numbering.rules.js';

type Topic = 'structure' | 'outcomes' | 'teachers' | 'cooperation' | 'service';

/** Which chapter of the outline takes which data block: the first whose heading names its subject. */
const TOPIC_WORDS: Record<Topic, string[]> = {
  structure: ['基本情况', '结构规模'],
  outcomes: ['学生发展', '就业'],
  teachers: ['教师', '教学改革'],
  cooperation: ['产教融合', '校企合作'],
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
  return numberTables<TGeneratedReport>({
    title: `${orgName}${cycle.reportYear}年度质量报告`,
    subtitle: cycle.title,
    basis: approved ? 'approved' : 'all',
    chapters: chaptersOf(cycle.outline, {
      structure: [...text(structureText([unit])), table1([unit], cycle.reportYear)],
      outcomes: text(outcomesText(report.data, rates)),
      teachers: text(teachersText(report.data, rates)),
      cooperation: [],
      service: [],
    }),
    leftOut: approved ? [] : [orgName],
    differences: [],
  });
}

/**
 * The authority's report rolled up by level: its schools in 表1 per school level, its districts and its enterprises in
 * tables of their own, and (where the cycle collects several levels) each level's counts and coverage. A district's cycle
 * of 中职 schools gives 表1 as before, with the 合计 a document states checked against it.
 */
export async function generateForCycle(db: Executor, id: string, basis: 'approved' | 'all'): Promise<TGeneratedReport> {
  const { cycle, authorityName, progress } = await requireCycleWithProgress(db, id);
  const rows = await listReportsOfCycle(db, id);
  const published = new Set(progress.filter((p) => p.published).map((p) => p.id));
  const inBasis = (r: (typeof rows)[number]) => basis === 'all' || r.report.status === 'approved';
  const unapproved = rows.filter((r) => r.report.status !== 'approved');
  const used = rows.filter(inBasis);
  const where = await addresses(
    db,
    used.map((r) => r.report.orgId),
  );
  const unitsOf = (level: ReportLevel): UnitData[] =>
    used
      .filter((r) => r.report.level === level)
      .map((r) => ({ name: r.orgName, address: where.get(r.report.orgId) ?? null, data: r.report.data }));
  const [secondary, higher] = [unitsOf('school_secondary'), unitsOf('school_higher')];
  const year = cycle.reportYear;
  const enterprises = rows
    .filter((r) => r.report.level === 'enterprise')
    .map((r) => ({
      name: r.orgName,
      status: r.report.status as ReportStatus,
      published: published.has(r.report.id),
      data: inBasis(r) ? r.report.data : null,
    }));
  // Coverage counts the cycle's participants whatever the basis: approval and publication are facts, not data.
  // No lateness is printed, so no day is given.
  const coverage =
    cycle.levels.length > 1
      ? coverageText(
          coverageByLevel(
            cycle.levels,
            rows.map((r) => ({ level: r.report.level, status: r.report.status as ReportStatus, published: published.has(r.report.id) })),
            cycle.deadlines,
            '',
          ),
        )
      : null;
  const { training } = authorityDataOf(cycle.authorityData);
  const chapters = chaptersOf(cycle.outline, {
    structure: [
      ...text(coverage),
      ...text(structureText([...secondary, ...higher])),
      ...schoolTable('school_secondary', secondary, cycle.levels, year),
      ...schoolTable('school_higher', higher, cycle.levels, year),
      ...districtTable(unitsOf('district'), year),
    ],
    outcomes: [],
    teachers: [],
    cooperation: enterpriseTable(enterprises, year),
    service: table3(training.years),
  });
  const secondaryInCycle = rows.filter((r) => r.report.level === 'school_secondary').length;
  return numberTables<TGeneratedReport>({
    title: cycle.title,
    subtitle: authorityName,
    basis,
    // The registers' tables (上海年报 表1–20) under the chapters their blocks name.
    chapters: placeUnderChapters(chapters, await registerTablesOfCycle(db, id)),
    leftOut: unapproved.map((r) => r.orgName),
    differences: [
      ...statedDifferences(
        secondary,
        schoolTableCaption('school_secondary', cycle.levels, year),
        cycle.statedTable1Totals,
        secondaryInCycle,
      ),
      ...trainingDifferences(training.years, training.stated),
    ],
  });
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
