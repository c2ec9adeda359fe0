import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Every status an entry of a list took (docs/sources.md §9 T1: “each entry has a status history … who changed it and why”), for
 * the lists that share the draft → published → withdrawn lifecycle: `entryType` says which table `entryId` is in.
 */
export const talentListStatusChanges = pgTable(
  'talent_list_status_changes',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** job | item | student */
    entryType: text().notNull(),
    entryId: uuid().notNull(),
    /** The entry's version after the change: the order of changes made in the same instant. */
    seq: integer().notNull(),
    action: text().notNull(),
    fromStatus: text(),
    toStatus: text().notNull(),
    reason: text(),
    actorName: text(),
    at: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('talent_list_status_changes_entry_idx').on(t.entryType, t.entryId, t.seq)],
);
