import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The reminder offsets a body or a call chose for one reminder source, e.g. [7, 1, -1]: 7 and 1 days before
 * the deadline and 1 day after it. Without a row the source's defaults apply.
 */
export const reminderRules = pgTable(
  'reminder_rules',
  {
    source: text().notNull(),
    /** The body, call or other record whose deadlines these rules govern. */
    scopeId: uuid().notNull(),
    offsetsDays: jsonb().$type<number[]>().notNull(),
    updatedBy: uuid(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer().notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.source, t.scopeId] })],
);
