/**
 * Money rules of 章程第五章. Amounts are integer 分 end to end: 元 text is parsed digit by digit, never through a
 * binary float, so 0.1 + 0.2 元 is exactly 30 分. The execution rate (实际 ÷ 预算) is computed from the two
 * amounts, never typed in (章程第二十五条; docs/sources.md 5.1).
 */
import { EXPENSE_PURPOSES, INCOME_SOURCES, type EntryKind } from '@chanjiao/contracts';

const YUAN = /^(\d{1,11})(?:\.(\d{1,2}))?$/;

/** “3650.5” → 365050 分; null when the text is not an amount in 元 with at most two decimals. */
export function parseYuan(text: string): number | null {
  const match = YUAN.exec(text.trim());
  if (!match) return null;
  const fraction = (match[2] ?? '').padEnd(2, '0');
  return Number(match[1]) * 100 + Number(fraction);
}

/** 365050 → “3,650.50” (grouped) or “3650.50”; negative balances keep their sign. */
export function formatYuan(fen: number, grouping = true): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100).toString();
  const cents = (abs % 100).toString().padStart(2, '0');
  return `${sign}${grouping ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole}.${cents}`;
}

export function sumFen(amounts: number[]): number {
  const total = amounts.reduce((sum, amount) => sum + amount, 0);
  if (!Number.isSafeInteger(total)) throw new RangeError('amount out of range');
  return total;
}

/** 第二十二条 lists income sources, 第二十三条 expense purposes: a category belongs to exactly one side. */
export function categoryFits(kind: EntryKind, category: string): boolean {
  return kind === 'income' ? category in INCOME_SOURCES : category in EXPENSE_PURPOSES;
}

/** actual ÷ budget as a percentage with one decimal, rounded half up in integer arithmetic. */
export function executionRate(actualFen: number, budgetFen: number): string | null {
  if (budgetFen <= 0) return null;
  const permille = Math.floor((actualFen * 2000 + budgetFen) / (budgetFen * 2));
  return `${Math.floor(permille / 10)}.${permille % 10}%`;
}

export interface Amounted {
  kind: EntryKind;
  category: string;
  amountFen: number;
}

/**
 * 第二十四条 (budget approved by the meeting) against the ledger: one row per category present in either, in the
 * order of 第二十二、二十三条. Spending above the approved amount is flagged; income above it is not.
 */
export function budgetExecution(budget: Amounted[], actual: Amounted[]) {
  const total = (rows: Amounted[], kind: EntryKind, category: string) =>
    sumFen(rows.filter((row) => row.kind === kind && row.category === category).map((row) => row.amountFen));
  const order: [EntryKind, string][] = [
    ...Object.keys(INCOME_SOURCES).map((c) => ['income', c] as [EntryKind, string]),
    ...Object.keys(EXPENSE_PURPOSES).map((c) => ['expense', c] as [EntryKind, string]),
  ];
  const used = (kind: EntryKind, category: string) => [...budget, ...actual].some((row) => row.kind === kind && row.category === category);
  return order
    .filter(([kind, category]) => used(kind, category))
    .map(([kind, category]) => {
      const budgetFen = total(budget, kind, category);
      const actualFen = total(actual, kind, category);
      return {
        kind,
        category,
        budgetFen,
        actualFen,
        varianceFen: actualFen - budgetFen,
        rate: executionRate(actualFen, budgetFen),
        overspent: kind === 'expense' && actualFen > budgetFen,
      };
    });
}

/** 第二十五条's report: what was carried over, came in, went out, and remains. */
export function yearBalances(openingFen: number, entries: Amounted[]) {
  const incomeFen = sumFen(entries.filter((e) => e.kind === 'income').map((e) => e.amountFen));
  const expenseFen = sumFen(entries.filter((e) => e.kind === 'expense').map((e) => e.amountFen));
  return { openingFen, incomeFen, expenseFen, closingFen: openingFen + incomeFen - expenseFen };
}
