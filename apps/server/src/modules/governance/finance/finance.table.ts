import { bigint, boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../kernel/auth/auth.table.js';
import { bodies } from '../../bodies/bodies.table.js';
import { agendaItems } from '../meetings/meetings.table.js';

/**
 * The body's separate account (章程第二十四条: 单独列账). Amounts are integer 分. An entry is never edited or
 * deleted: a mistake is voided with a reason, so the report can always be traced.
 */
export const financeEntries = pgTable(
  'finance_entries',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    /** income | expense */
    kind: text().notNull(),
    category: text().notNull(),
    occurredOn: date({ mode: 'string' }).notNull(),
    amountFen: bigint({ mode: 'number' }).notNull(),
    description: text().notNull(),
    counterparty: text(),
    voucherNo: text(),
    recordedByUserId: uuid().references(() => users.id),
    voidedAt: timestamp({ withTimezone: true, mode: 'date' }),
    voidReason: text(),
    isGenerated: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('finance_entries_body_date_idx').on(t.bodyId, t.occurredOn)],
);

/** A year's budget (第二十四条); the vote on `approvalItemId` approves it. */
export const financeBudgets = pgTable(
  'finance_budgets',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    year: integer().notNull(),
    approvalItemId: uuid().references(() => agendaItems.id),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('finance_budgets_body_year_key').on(t.bodyId, t.year)],
);

export const financeBudgetLines = pgTable(
  'finance_budget_lines',
  {
    id: uuid().primaryKey().defaultRandom(),
    budgetId: uuid()
      .notNull()
      .references(() => financeBudgets.id),
    position: integer().notNull(),
    kind: text().notNull(),
    category: text().notNull(),
    amountFen: bigint({ mode: 'number' }).notNull(),
    note: text(),
  },
  (t) => [index('finance_budget_lines_budget_idx').on(t.budgetId, t.position)],
);
