import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { TCallLimits, TTextLimits } from '@chanjiao/contracts';
import { organizations } from '../../organizations/organizations.table.js';
import { indicatorSystems } from '../indicators/indicators.table.js';

/** A call for applications (遴选通知). Form, indicator system and limits freeze when it opens. */
export const selectionCalls = pgTable(
  'selection_calls',
  {
    id: uuid().primaryKey().defaultRandom(),
    authorityOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    title: text().notNull(),
    documentNumber: text(),
    noticeText: text(),
    eligibility: text(),
    /** As the call states it, in Beijing time ("2026-05-28T23:59:59"); the rules read this. */
    deadlineLocal: text().notNull(),
    /** The same instant in UTC, for sorting and for "due soon" queries. */
    deadlineAt: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    status: text().notNull().default('draft'),
    indicatorSystemId: uuid()
      .notNull()
      .references(() => indicatorSystems.id),
    formKey: text().notNull(),
    formVersion: integer().notNull(),
    textLimits: jsonb().$type<TTextLimits>().notNull(),
    limits: jsonb().$type<TCallLimits>().notNull(),
    openedAt: timestamp({ withTimezone: true, mode: 'date' }),
    closedAt: timestamp({ withTimezone: true, mode: 'date' }),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('selection_calls_status_deadline_idx').on(t.status, t.deadlineAt),
    index('selection_calls_authority_idx').on(t.authorityOrgId),
  ],
);
