/** SQL of the ledger and the budgets. */
import { and, asc, eq, gte, isNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db/database.js';
import { financeBudgetLines, financeBudgets, financeEntries } from './finance.table.js';

export type EntryRow = typeof financeEntries.$inferSelect;
export type BudgetRow = typeof financeBudgets.$inferSelect;
export type BudgetLineRow = typeof financeBudgetLines.$inferSelect;

const yearRange = (year: number) => [`${year}-01-01`, `${year + 1}-01-01`] as const;

export async function listEntriesOfYear(db: Executor, bodyId: string, year: number): Promise<EntryRow[]> {
  const [from, to] = yearRange(year);
  return db
    .select()
    .from(financeEntries)
    .where(and(eq(financeEntries.bodyId, bodyId), gte(financeEntries.occurredOn, from), lt(financeEntries.occurredOn, to)))
    .orderBy(asc(financeEntries.occurredOn), asc(financeEntries.createdAt));
}

/** The balance carried into a year: all valid entries before it. */
export async function balanceBefore(db: Executor, bodyId: string, year: number): Promise<number> {
  const [row] = await db
    .select({
      balance: sql<string>`coalesce(sum(case when ${financeEntries.kind} = 'income' then ${financeEntries.amountFen} else -${financeEntries.amountFen} end), 0)::text`,
    })
    .from(financeEntries)
    .where(and(eq(financeEntries.bodyId, bodyId), lt(financeEntries.occurredOn, yearRange(year)[0]), isNull(financeEntries.voidedAt)));
  return Number(row?.balance ?? 0);
}

export async function insertEntry(db: Executor, values: typeof financeEntries.$inferInsert): Promise<EntryRow> {
  const [row] = await db.insert(financeEntries).values(values).returning();
  return row!;
}

export async function findEntry(db: Executor, bodyId: string, entryId: string): Promise<EntryRow | undefined> {
  const [row] = await db
    .select()
    .from(financeEntries)
    .where(and(eq(financeEntries.id, entryId), eq(financeEntries.bodyId, bodyId)))
    .limit(1);
  return row;
}

/** Voids an entry once; returns nothing when it was voided already. */
export async function voidEntry(db: Executor, entryId: string, reason: string) {
  const [row] = await db
    .update(financeEntries)
    .set({ voidedAt: new Date(), voidReason: reason })
    .where(and(eq(financeEntries.id, entryId), isNull(financeEntries.voidedAt)))
    .returning();
  return row;
}

export async function findBudget(db: Executor, bodyId: string, year: number): Promise<BudgetRow | undefined> {
  const [row] = await db
    .select()
    .from(financeBudgets)
    .where(and(eq(financeBudgets.bodyId, bodyId), eq(financeBudgets.year, year)))
    .limit(1);
  return row;
}

export async function listBudgetLines(db: Executor, budgetId: string): Promise<BudgetLineRow[]> {
  return db.select().from(financeBudgetLines).where(eq(financeBudgetLines.budgetId, budgetId)).orderBy(asc(financeBudgetLines.position));
}

export async function insertBudget(db: Executor, values: typeof financeBudgets.$inferInsert): Promise<BudgetRow> {
  const [row] = await db.insert(financeBudgets).values(values).returning();
  return row!;
}

/** Optimistic locking: applies only if nobody changed the budget since `version`. */
export async function touchBudget(db: Executor, id: string, version: number, values: Partial<typeof financeBudgets.$inferInsert>) {
  const [row] = await db
    .update(financeBudgets)
    .set({ ...values, version: sql`${financeBudgets.version} + 1` })
    .where(and(eq(financeBudgets.id, id), eq(financeBudgets.version, version)))
    .returning();
  return row;
}

export async function replaceBudgetLines(
  db: Executor,
  budgetId: string,
  lines: Omit<typeof financeBudgetLines.$inferInsert, 'budgetId' | 'position'>[],
) {
  await db.delete(financeBudgetLines).where(eq(financeBudgetLines.budgetId, budgetId));
  await db.insert(financeBudgetLines).values(lines.map((line, position) => ({ ...line, budgetId, position })));
}
