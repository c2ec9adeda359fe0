/**
 * Downloads of the results: the ranking and each application's score sheet (every expert, every point) as
 * XLSX through the kernel's formula-neutralising writer, and the published list as PDF through kernel/documents.
 */
import {
  AGGREGATION_METHODS,
  APPLICATION_UNIT_PLACES,
  SCORED_INDICATOR_CODES,
  SELECTION_INDICATORS,
  type TResultNotice,
  type TResults,
} from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { DomainError, notFound } from '../../../kernel/errors.js';
import { renderPdf } from '../../../kernel/documents/index.js';
import type { DocBlock } from '../../../kernel/documents/index.js';
import { writeXlsx, type XlsxColumn } from '../../../kernel/files/xlsx-writer.js';
import { APPLICATION_ENTITY } from '../applications/applications.service.js';
import { conflictKey } from '../experts/conflicts.rules.js';
import { loadCallReview } from '../reviews/call-review.js';
import { formatShanghai } from '../../../kernel/time/shanghai.js';
import { getResults } from './results.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const yesNo = (value: boolean) => (value ? '是' : '否');

export async function rankingXlsx(db: Executor, callId: string) {
  const results = await getResults(db, callId, 'zh-CN');
  type Row = (typeof results.rows)[number];
  const columns: XlsxColumn<Row>[] = [
    { header: '名次', width: 6, value: (row) => (row.tied ? `${row.rank}（并列）` : row.rank) },
    { header: '联合体名称', width: 30, value: (row) => row.consortiumName },
    { header: '依托园区', width: 24, value: (row) => row.parkName },
    { header: '申报单位', width: 24, value: (row) => row.applicantName },
    { header: '有效评审数', width: 10, value: (row) => row.validCount },
    { header: '回避未计入', width: 10, value: (row) => row.excludedCount },
    ...SCORED_INDICATOR_CODES.map((code): XlsxColumn<Row> => ({
      header: `${code}.${SELECTION_INDICATORS[code].name['zh-CN']}`,
      width: 10,
      value: (row) => Number(row.byIndicator[code]),
    })),
    { header: '汇总分', width: 10, value: (row) => Number(row.aggregate) },
    { header: '扣分（7.其他）', width: 10, value: (row) => Number(row.deduction) },
    { header: '总分', width: 10, value: (row) => Number(row.total) },
    { header: '列入培育名单', width: 10, value: (row) => yesNo(row.shortlisted) },
    { header: '向省教育厅推荐', width: 12, value: (row) => yesNo(row.recommended) },
    { header: '计算说明', width: 60, value: (row) => [row.explanation, row.note].filter(Boolean).join('；') },
  ];
  const content = await writeXlsx(columns, results.rows, { sheetName: '排名' });
  return { filename: `${results.call.title}评审排名.xlsx`, contentType: XLSX, content };
}

interface SheetLine {
  code: string;
  text: string;
  max: string;
  weight: string;
  values: Map<string, string | number | null>;
}

/** One column per expert, one row per observation point, then the subtotals, the deduction and the total. */
export async function scoreSheetXlsx(db: Executor, callId: string, applicationId: string) {
  const state = await loadCallReview(db, callId);
  const application = state.applications.find((entry) => entry.id === applicationId);
  if (!application) throw notFound(APPLICATION_ENTITY);
  const reviews = state.reviews.filter((review) => review.applicationId === applicationId);
  const line = (code: string, text: string, max = '', weight = ''): SheetLine => ({ code, text, max, weight, values: new Map() });
  const lines: SheetLine[] = [];
  for (const point of state.points.filter((entry) => entry.kind === 'score')) {
    const entry = line(point.code, point.text, String(point.maxScore ?? ''), String(point.weight ?? ''));
    for (const review of reviews) entry.values.set(review.id, state.sheets.get(review.id)!.scores[point.code] ?? null);
    lines.push(entry);
  }
  for (const code of SCORED_INDICATOR_CODES) {
    const entry = line(`指标${code}`, `${SELECTION_INDICATORS[code].name['zh-CN']}小计（得分×权重）`);
    for (const review of reviews) entry.values.set(review.id, state.sheets.get(review.id)!.byIndicator[code]);
    lines.push(entry);
  }
  const deduction = line('7', '其他（扣分）');
  const reason = line('', '扣分理由');
  const total = line('', '合计');
  const overall = line('', '总体评价');
  const status = line('', '状态');
  for (const review of reviews) {
    deduction.values.set(review.id, review.deduction);
    reason.values.set(review.id, review.deductionReason);
    total.values.set(review.id, state.sheets.get(review.id)!.total);
    overall.values.set(review.id, review.overallComment);
    const conflicted = state.conflicts.pairs.has(conflictKey(review.expertId, review.applicationId));
    status.values.set(review.id, `${review.status === 'submitted' ? '已提交' : '未提交'}${conflicted ? '；须回避，不计入' : ''}`);
  }
  lines.push(deduction, reason, total, overall, status);
  const columns: XlsxColumn<SheetLine>[] = [
    { header: '观测点', width: 8, value: (row) => row.code },
    { header: '内容', width: 50, value: (row) => row.text },
    { header: '最高分', width: 8, value: (row) => row.max },
    { header: '权重', width: 6, value: (row) => row.weight },
    ...reviews.map((review): XlsxColumn<SheetLine> => ({
      header: review.expertName,
      width: 14,
      value: (row) => row.values.get(review.id),
    })),
  ];
  const content = await writeXlsx(columns, lines, { sheetName: '评分表' });
  return { filename: `${application.consortiumName}专家评分表.xlsx`, contentType: XLSX, content };
}

/** "2026-06-25" as a Chinese document dates it: 2026年6月25日. */
function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/**
 * The published list (培育名单 and recommendations) as the authority issues it: its 文号 under the title, the
 * 公示期 and whom to contact with an objection, and the 落款 with its date — the same as the public page shows.
 */
export async function publishedListPdf(db: Executor, callId: string) {
  const results = await getResults(db, callId, 'zh-CN');
  if (!results.publishedAt || !results.notice) throw new DomainError('RESULT_NOT_PUBLISHED');
  const content = await renderPdf(publishedListBlocks(results, results.publishedAt, results.notice), {
    title: `${results.call.title}结果公示`,
    pageNumbers: true,
  });
  return { filename: `${results.call.title}结果公示.pdf`, contentType: 'application/pdf', content };
}

export function publishedListBlocks(results: TResults, publishedAt: string, notice: TResultNotice): DocBlock[] {
  const shortlisted = results.rows.filter((row) => row.shortlisted);
  const blocks: DocBlock[] = [
    { kind: 'paragraph', align: 'center', text: notice.documentNumber },
    { kind: 'title', text: `${results.call.title}结果公示` },
    {
      kind: 'paragraph',
      indent: true,
      text: `经专家评审，按${AGGREGATION_METHODS[results.method]['zh-CN']}汇总、扣除“7.其他”扣分后排名（同分时依次比较指标${results.tieBreakIndicators.join('、')}），确定培育名单如下（共 ${shortlisted.length} 个），其中标注“是”的择优向省教育厅推荐。`,
    },
    {
      kind: 'table',
      header: [['名次', '联合体名称', APPLICATION_UNIT_PLACES.park['zh-CN'], '总分', '向省教育厅推荐']],
      rows: shortlisted.map((row) => [String(row.rank), row.consortiumName, row.parkName, row.total, yesNo(row.recommended)]),
      columnWidths: [1, 4, 3, 1.2, 1.6],
    },
    {
      kind: 'paragraph',
      indent: true,
      text: `公示期为${chineseDate(notice.publicityFrom)}至${chineseDate(notice.publicityTo)}。公示期间如有异议，请以书面形式实名反映，联系方式：${notice.objectionContact}。`,
    },
    { kind: 'spacer' },
    { kind: 'paragraph', align: 'right', text: notice.signatory },
    { kind: 'paragraph', align: 'right', text: chineseDate(notice.issuedOn) },
    { kind: 'paragraph', align: 'right', size: 'small', text: `发布时间：${formatShanghai(new Date(publishedAt), 'minute')}（北京时间）` },
  ];
  return blocks;
}
