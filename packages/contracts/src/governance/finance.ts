/**
 * A body's finances (章程第五章 经费管理, 第二十二至二十五条): no membership fees; income by the five sources of
 * 第二十二条; expenses by the purposes of 第二十三条; an annual budget the joint meeting approves (第二十四条);
 * the annual financial report to the meeting (第二十五条). Amounts travel as 元 text with at most two decimals
 * and are kept as integer 分.
 */
import { z } from 'zod';
import { optionalText, requiredText, ZIsoDate } from '../common.js';
import { defineErrors } from '../errors.js';
import type { Bilingual } from '../i18n.js';

const l = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en });

/** 第二十二条 (一)–(五). */
export const INCOME_SOURCES = {
  chair_unit_support: l('（一）轮值主席单位为承办年度活动提供的经费支持', '(1) Support from the chair unit for the year’s events'),
  public_funding: l('（二）政府资助、社会捐赠与赞助', '(2) Government funding, donations and sponsorship'),
  service_income: l('（三）开展技术活动或服务的收入', '(3) Income from technical activities or services'),
  member_support: l('（四）成员单位提供的赞助和支持', '(4) Sponsorship and support from member units'),
  other_income: l('（五）其他合法收入', '(5) Other lawful income'),
} as const;
export type IncomeSource = keyof typeof INCOME_SOURCES;

/** 第二十三条: the secretariat's daily office, the alliance's cooperation projects and related activities. */
export const EXPENSE_PURPOSES = {
  secretariat_office: l('秘书处日常办公', 'Secretariat office'),
  cooperation_projects: l('联盟合作项目', 'Cooperation projects'),
  activities: l('联盟相关活动', 'Alliance activities'),
  other_expense: l('其他支出', 'Other'),
} as const;
export type ExpensePurpose = keyof typeof EXPENSE_PURPOSES;

export const ENTRY_KINDS = { income: l('收入', 'Income'), expense: l('支出', 'Expense') } as const;
export type EntryKind = keyof typeof ENTRY_KINDS;
export type LedgerCategory = keyof typeof INCOME_SOURCES | keyof typeof EXPENSE_PURPOSES;
export const LEDGER_CATEGORIES = [...Object.keys(INCOME_SOURCES), ...Object.keys(EXPENSE_PURPOSES)] as [
  LedgerCategory,
  ...LedgerCategory[],
];

export function categoryLabel(category: string): Bilingual {
  return (
    (INCOME_SOURCES as Record<string, Bilingual>)[category] ??
    (EXPENSE_PURPOSES as Record<string, Bilingual>)[category] ??
    l(category, category)
  );
}

/** 元 with at most two decimals, e.g. 12000 or 3650.50. */
export const ZYuan = z
  .string()
  .trim()
  .regex(/^\d{1,11}(\.\d{1,2})?$/, { message: 'i18n:YUAN_FORMAT' });

export const FINANCE_VALIDATION_MESSAGES = {
  YUAN_FORMAT: l('应为以“元”为单位的金额，最多两位小数，如 3650.50', 'must be an amount in yuan with at most two decimals, e.g. 3650.50'),
} satisfies Record<string, Bilingual>;

export const ZFinanceYearParams = z.object({ id: z.uuid(), year: z.coerce.number().int().min(2000).max(2200) });
export const ZFinanceEntryParams = z.object({ id: z.uuid(), entryId: z.uuid() });
export const ZFinanceYearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2200) });

export const ZFinanceEntryInput = z.object({
  kind: z.enum(['income', 'expense']),
  category: z.enum(LEDGER_CATEGORIES),
  occurredOn: ZIsoDate,
  amount: ZYuan,
  description: requiredText(200),
  counterparty: optionalText(100),
  voucherNo: optionalText(40),
});
export type TFinanceEntryInput = z.infer<typeof ZFinanceEntryInput>;

export const ZVoidEntryInput = z.object({ reason: requiredText(200) });

export const ZFinanceEntry = z.object({
  id: z.string(),
  kind: z.enum(['income', 'expense']),
  category: z.string(),
  occurredOn: z.string(),
  amountFen: z.number().int(),
  amount: z.string(),
  description: z.string(),
  counterparty: z.string().nullable(),
  voucherNo: z.string().nullable(),
  voided: z.boolean(),
  voidReason: z.string().nullable(),
  isGenerated: z.boolean(),
});
export type TFinanceEntry = z.infer<typeof ZFinanceEntry>;

export const ZBudgetLineInput = z.object({
  kind: z.enum(['income', 'expense']),
  category: z.enum(LEDGER_CATEGORIES),
  amount: ZYuan,
  note: optionalText(200),
});
export const ZBudgetInput = z.object({
  lines: z.array(ZBudgetLineInput).min(1).max(50),
  /** The version read; absent when the year has no budget yet. */
  version: z.number().int().positive().optional(),
});
export type TBudgetInput = z.infer<typeof ZBudgetInput>;

export const BUDGET_PHASES = {
  none: l('未编制', 'Not drafted'),
  draft: l('草案', 'Draft'),
  under_review: l('提交会议审议中', 'Before the meeting'),
  approved: l('已审议批准', 'Approved'),
  rejected: l('审议未通过', 'Not approved'),
} as const;
export type BudgetPhase = keyof typeof BUDGET_PHASES;

/** One line of budget against the ledger: budget, actual, difference and the execution rate. */
export const ZExecutionRow = z.object({
  kind: z.enum(['income', 'expense']),
  category: z.string(),
  budgetFen: z.number().int(),
  actualFen: z.number().int(),
  varianceFen: z.number().int(),
  /** 实际 ÷ 预算, as text with one decimal (e.g. “85.3%”); null without a budget. */
  rate: z.string().nullable(),
  overspent: z.boolean(),
});
export type TExecutionRow = z.infer<typeof ZExecutionRow>;

export const ZBudget = z.object({
  year: z.number().int(),
  phase: z.enum(Object.keys(BUDGET_PHASES) as [BudgetPhase, ...BudgetPhase[]]),
  lines: z.array(
    z.object({
      kind: z.enum(['income', 'expense']),
      category: z.string(),
      amountFen: z.number().int(),
      amount: z.string(),
      note: z.string().nullable(),
    }),
  ),
  approval: z
    .object({
      meetingId: z.string(),
      meetingTitle: z.string(),
      heldOn: z.string(),
      itemId: z.string(),
      voteStatus: z.string(),
      resolutionNo: z.number().int().nullable(),
    })
    .nullable(),
  execution: z.array(ZExecutionRow),
  version: z.number().int().nullable(),
});
export type TBudget = z.infer<typeof ZBudget>;

export const ZFinanceLedger = z.object({
  year: z.number().int(),
  items: z.array(ZFinanceEntry),
  openingFen: z.number().int(),
  incomeFen: z.number().int(),
  expenseFen: z.number().int(),
  closingFen: z.number().int(),
});
export type TFinanceLedger = z.infer<typeof ZFinanceLedger>;

export const FINANCE_ERRORS = defineErrors({
  FINANCE_CATEGORY_MISMATCH: {
    status: 400,
    message: {
      'zh-CN': '“{category}”不是{kind}类别：收入按章程第二十二条的五类来源登记，支出按第二十三条的用途登记',
      'en-US': '“{category}” is not an {kind} category: income follows the five sources of art. 22, expenses the purposes of art. 23',
    },
  },
  FINANCE_AMOUNT_ZERO: {
    status: 400,
    message: { 'zh-CN': '金额须大于 0 元', 'en-US': 'The amount must be above 0 yuan' },
  },
  FINANCE_ENTRY_VOIDED: {
    status: 409,
    message: {
      'zh-CN': '该笔账目已于此前冲销，不能重复冲销',
      'en-US': 'This entry has already been voided',
    },
  },
  BUDGET_LOCKED: {
    status: 409,
    message: {
      'zh-CN': '{year}年度预算当前为“{phase}”，不能修改或再次提交；审议未通过的预算修改后可重新提交',
      'en-US': 'The {year} budget is “{phase}” and cannot be changed or resubmitted; a rejected budget can be revised and resubmitted',
    },
  },
  BUDGET_MISSING: {
    status: 409,
    message: {
      'zh-CN': '{year}年度尚未编制预算，请先编制预算再提交校长联席会议审议（章程第二十四条）',
      'en-US': 'There is no {year} budget yet; draft it before putting it to the joint meeting (art. 24)',
    },
  },
});

export const FINANCE_LABELS: Record<string, Bilingual> = {
  category: l('类别', 'Category'),
  occurredOn: l('发生日期', 'Date'),
  amount: l('金额（元）', 'Amount (yuan)'),
  counterparty: l('对方单位', 'Counterparty'),
  voucherNo: l('凭证号', 'Voucher No.'),
  lines: l('预算明细', 'Budget lines'),
};
