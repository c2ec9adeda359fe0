/**
 * A report as a document (kernel/documents, rendered to DOCX and PDF): masthead with its number, the secretariat's
 * 导语, the five tables with their titles, then 分析 and 建议, and how the figures were counted.
 */
import { TALENT_REPORT_KINDS, type TReportDemandRow, type TTalentReport } from '@chanjiao/contracts';
import type { CellText, DocBlock } from '../../../kernel/documents/index.js';

const right = (value: number | string): CellText => ({ text: String(value), align: 'right' });
const signed = (gap: number) => right(gap > 0 ? `+${gap}` : gap);

function paragraphs(text: string): DocBlock[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ kind: 'paragraph', text: line, indent: true, align: 'justify' }));
}

/** The table titles, numbered as printed; tests and readers look for them. */
export function tableTitles(report: Pick<TTalentReport, 'year' | 'figures'>) {
  const [first, last] = [report.figures.years[0], report.figures.years.at(-1)];
  return {
    industry: `表1 按产业分的人才需求（${first}—${last}年，人）`,
    classes: `表2 按专业类分的人才需求（${first}—${last}年，人）`,
    gaps: `表3 各专业供需缺口（${first}—${last}年合计，人）`,
    shortage: '表4 紧缺人才目录',
    trend: `表5 ${report.year}年各季度供需趋势（人）`,
  };
}

function demandTable(rows: TReportDemandRow[], years: number[], firstColumn: string, withLevel: boolean): DocBlock {
  return {
    kind: 'table',
    header: [[firstColumn, ...(withLevel ? ['层次'] : []), ...years.map((y) => `${y}年`), '合计', '企业数']],
    rows: rows.map((row) => [
      row.name,
      ...(withLevel ? [row.level ?? ''] : []),
      ...row.demand.map(right),
      right(row.total),
      right(row.enterprises),
    ]),
    columnWidths: [3, ...(withLevel ? [1.4] : []), ...years.map(() => 1), 1.2, 1],
  };
}

export function reportBlocks(report: TTalentReport): DocBlock[] {
  const { figures } = report;
  const titles = tableTitles(report);
  const caption = (text: string): DocBlock => ({ kind: 'paragraph', text, bold: true, align: 'center' });
  const empty = (text: string): DocBlock => ({ kind: 'paragraph', text, size: 'small' });
  const masthead = [
    report.numberLabel ?? '（未发布稿）',
    `${report.body.name}秘书处`,
    report.publishedOn ?? `数据截至${figures.asOf}`,
  ].join('　');
  const gapRows: CellText[][] = figures.gaps.map((row) => [
    row.code,
    row.name,
    row.level,
    right(row.demand),
    right(row.supply),
    signed(row.gap),
  ]);
  if (figures.gapsOmitted) {
    const o = figures.gapsOmitted;
    gapRows.push([{ text: `其余${o.majors}个专业`, colSpan: 3 }, right(o.demand), right(o.supply), signed(o.gap)]);
  }
  gapRows.push([
    { text: '合计', colSpan: 3, align: 'center', bold: true },
    right(figures.totals.demand),
    right(figures.totals.supply),
    signed(figures.totals.gap),
  ]);
  return [
    { kind: 'title', text: TALENT_REPORT_KINDS[report.kind]['zh-CN'], color: 'red' },
    { kind: 'paragraph', text: masthead, align: 'center', size: 'small' },
    { kind: 'rule', color: 'red' },
    { kind: 'heading', text: report.title, level: 1 },
    { kind: 'heading', text: '一、导语', level: 2 },
    ...paragraphs(report.sections.intro),
    { kind: 'heading', text: '二、供需数据', level: 2 },
    caption(titles.industry),
    figures.byIndustry.length > 0 ? demandTable(figures.byIndustry, figures.years, '产业（专业大类）', false) : empty('本期无需求数据。'),
    caption(titles.classes),
    figures.byClass.length > 0 ? demandTable(figures.byClass, figures.years, '专业类', true) : empty('本期无需求数据。'),
    caption(titles.gaps),
    {
      kind: 'table',
      header: [['专业代码', '专业名称', '层次', '需求', '供给', '缺口']],
      rows: gapRows,
      columnWidths: [1.3, 3, 1.4, 1, 1, 1],
    },
    caption(titles.shortage),
    figures.shortage
      ? {
          kind: 'table',
          header: [['专业代码', '专业名称', '层次', '需求', '供给', '缺口', '企业数']],
          rows: figures.shortage.entries.map((e) => [
            e.code,
            e.name,
            e.level,
            right(e.demand),
            right(e.supply),
            signed(e.gap),
            right(e.enterprises),
          ]),
          columnWidths: [1.3, 3, 1.4, 1, 1, 1, 1],
        }
      : empty('本联合体尚未发布紧缺人才目录。'),
    ...(figures.shortage
      ? [empty(`依据：${figures.shortage.title}（${figures.shortage.publishedOn}发布）。${figures.shortage.rule}`)]
      : []),
    caption(titles.trend),
    {
      kind: 'table',
      header: [['季度', '需求', '供给', '缺口', '来源']],
      rows: figures.trend.map((point) => [
        `第${point.quarter}季度`,
        right(point.demand ?? '—'),
        right(point.supply ?? '—'),
        point.gap === null ? right('—') : signed(point.gap),
        point.source === 'this' ? '本期' : point.source === 'report' ? `${point.numberLabel}专报` : '未发布',
      ]),
      columnWidths: [1.5, 1, 1, 1, 2],
    },
    { kind: 'heading', text: '三、分析', level: 2 },
    ...paragraphs(report.sections.analysis),
    { kind: 'heading', text: '四、建议', level: 2 },
    ...paragraphs(report.sections.advice),
    { kind: 'rule' },
    empty(
      `数据说明：需求为成员企业填报的${figures.years[0]}—${figures.years.at(-1)}年需求人数，供给为成员学校的预计毕业生数，数据截至${figures.asOf}。`,
    ),
    ...figures.notes.map(empty),
  ];
}
