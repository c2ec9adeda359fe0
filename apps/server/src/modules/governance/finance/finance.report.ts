/**
 * The annual financial report (章程第二十五条「秘书处应每年向校长联席会议提交财务报告，汇报经费收支情况」),
 * generated from the ledger and the approved budget: a Word document for the meeting and a spreadsheet of the
 * entries for the auditors.
 */
import { BUDGET_PHASES, categoryLabel, ENTRY_KINDS, type EntryKind, type TBudget, type TFinanceLedger } from '@chanjiao/contracts';
import type { Executor } from '../../../kernel/db/database.js';
import { type DocBlock, renderDocx } from '../../../kernel/documents/index.js';
import { writeXlsx } from '../../../kernel/files/index.js';
import { formatYuan } from './finance.rules.js';
import { getBudget, listLedger } from './finance.service.js';
import { requireBody } from '../../bodies/index.js';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface AnnualReport {
  bodyName: string;
  year: number;
  ledger: TFinanceLedger;
  budget: TBudget;
}

export async function annualReport(db: Executor, bodyId: string, year: number): Promise<AnnualReport> {
  const body = await requireBody(db, bodyId);
  const [ledger, budget] = await Promise.all([listLedger(db, bodyId, year), getBudget(db, bodyId, year)]);
  return { bodyName: body.name, year, ledger, budget };
}

const zh = (text: { 'zh-CN': string }) => text['zh-CN'];

function approvalSentence(budget: TBudget): string {
  const approval = budget.approval;
  if (budget.phase === 'approved' && approval) {
    const resolution = approval.resolutionNo === null ? '' : `（第${approval.resolutionNo}号决议）`;
    return `${budget.year}年度经费预算经${approval.heldOn}召开的${approval.meetingTitle}审议批准${resolution}。`;
  }
  return `${budget.year}年度经费预算状态：${zh(BUDGET_PHASES[budget.phase])}，尚未经校长联席会议审议批准（章程第二十四条）；下表“预算”栏按现有草案列示。`;
}

function executionTable(budget: TBudget, kind: EntryKind): DocBlock {
  const rows = budget.execution.filter((row) => row.kind === kind);
  const sum = (pick: (row: (typeof rows)[number]) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return {
    kind: 'table',
    columnWidths: [5, 2, 2, 2, 1.5],
    header: [[kind === 'income' ? '经费来源（第二十二条）' : '开支用途（第二十三条）', '预算（元）', '实际（元）', '差额（元）', '执行率']],
    rows: [
      ...rows.map((row) => [
        zh(categoryLabel(row.category)),
        formatYuan(row.budgetFen),
        formatYuan(row.actualFen),
        formatYuan(row.varianceFen),
        row.rate ?? '—',
      ]),
      [
        { text: '合计', bold: true },
        formatYuan(sum((r) => r.budgetFen)),
        formatYuan(sum((r) => r.actualFen)),
        formatYuan(sum((r) => r.varianceFen)),
        '—',
      ],
    ],
  };
}

export function reportBlocks(report: AnnualReport): DocBlock[] {
  const { ledger, budget } = report;
  const valid = ledger.items.filter((entry) => !entry.voided);
  const overspent = budget.execution.filter((row) => row.overspent);
  return [
    { kind: 'title', text: `${report.bodyName}\n${report.year}年度财务报告` },
    {
      kind: 'paragraph',
      text: `根据章程第二十五条，秘书处向校长联席会议报告${report.year}年度经费收支情况。联盟为非营利机构，不向成员单位收取年费（第二十二条）；经费由秘书处统一管理，单独列账，专款专用（第二十四条）。`,
      indent: true,
    },
    { kind: 'heading', text: '一、收支总体情况' },
    {
      kind: 'fields',
      rows: [
        ['上年结余', `${formatYuan(ledger.openingFen)} 元`],
        ['本年收入', `${formatYuan(ledger.incomeFen)} 元`],
        ['本年支出', `${formatYuan(ledger.expenseFen)} 元`],
        ['年末结余', `${formatYuan(ledger.closingFen)} 元`],
      ],
    },
    { kind: 'heading', text: '二、预算审批与执行' },
    { kind: 'paragraph', text: approvalSentence(budget), indent: true },
    ...(overspent.length > 0
      ? [
          {
            kind: 'paragraph' as const,
            text: `超出预算的支出：${overspent.map((row) => `${zh(categoryLabel(row.category))}超支 ${formatYuan(row.varianceFen)} 元`).join('；')}。`,
            indent: true,
          },
        ]
      : []),
    { kind: 'heading', text: '三、收入情况', level: 2 },
    executionTable(budget, 'income'),
    { kind: 'heading', text: '四、支出情况', level: 2 },
    executionTable(budget, 'expense'),
    { kind: 'heading', text: '五、收支明细' },
    {
      kind: 'table',
      columnWidths: [2, 1, 3, 4, 2],
      header: [['日期', '收支', '类别', '摘要', '金额（元）']],
      rows: valid.map((entry) => [
        entry.occurredOn,
        zh(ENTRY_KINDS[entry.kind]),
        zh(categoryLabel(entry.category)),
        entry.description,
        formatYuan(entry.amountFen),
      ]),
    },
    { kind: 'spacer', lines: 2 },
    { kind: 'paragraph', text: `${report.bodyName}秘书处`, align: 'right' },
  ];
}

export async function reportDocx(report: AnnualReport) {
  const content = await renderDocx(reportBlocks(report), { title: `${report.bodyName}${report.year}年度财务报告`, pageNumbers: true });
  return { filename: `${report.bodyName}${report.year}年度财务报告.docx`, contentType: DOCX_TYPE, content };
}

/** The ledger of the year, voided entries marked, with totals computed from the rows. */
export async function reportXlsx(report: AnnualReport) {
  const entries = report.ledger.items;
  const totals = {
    occurredOn: '合计',
    kind: null,
    category: '',
    description: '',
    counterparty: null,
    voucherNo: null,
    voided: false,
    voidReason: null,
  };
  const rows = [
    ...entries.map((entry) => ({
      ...entry,
      income: entry.kind === 'income' && !entry.voided ? entry.amountFen : null,
      expense: entry.kind === 'expense' && !entry.voided ? entry.amountFen : null,
    })),
    { ...totals, income: report.ledger.incomeFen, expense: report.ledger.expenseFen },
  ];
  const yuan = (fen: number | null) => (fen === null ? null : fen / 100);
  const content = await writeXlsx(
    [
      { header: '日期', width: 12, value: (row) => row.occurredOn },
      { header: '收支', width: 6, value: (row) => (row.kind ? zh(ENTRY_KINDS[row.kind]) : null) },
      { header: '类别', width: 36, value: (row) => (row.category ? zh(categoryLabel(row.category)) : null) },
      { header: '摘要', width: 40, value: (row) => row.description },
      { header: '对方单位', width: 28, value: (row) => row.counterparty },
      { header: '凭证号', width: 12, value: (row) => row.voucherNo },
      { header: '收入（元）', width: 14, numFmt: '#,##0.00', value: (row) => yuan(row.income) },
      { header: '支出（元）', width: 14, numFmt: '#,##0.00', value: (row) => yuan(row.expense) },
      { header: '冲销说明', width: 24, value: (row) => (row.voided ? `已冲销：${row.voidReason ?? ''}` : null) },
    ],
    rows,
    { sheetName: `${report.year}年度收支明细` },
  );
  return { filename: `${report.bodyName}${report.year}年度收支明细.xlsx`, contentType: XLSX_TYPE, content };
}
