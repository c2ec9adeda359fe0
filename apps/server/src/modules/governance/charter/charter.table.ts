import type { TChairRotationRule, TCharterParameters } from '@chanjiao/contracts';
import { date, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bodies } from '../../bodies/bodies.table.js';

/**
 * Versions of a body's charter (章程): the text and the parameters the rules read. The highest version is in
 * force; earlier ones stay for the record. A version after the first is written only when an amendment vote
 * passes, and names the agenda item that adopted it. Version 1's `note` records its basis (the meeting and the
 * document that adopted it); `chairRotation` is 章程第六条 as data (among cities, member units, or neither).
 */
export const charterVersions = pgTable(
  'charter_versions',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    versionNo: integer().notNull(),
    /** 《…章程》 as registered; amendments keep it. */
    title: text().notNull(),
    text: text().notNull(),
    parameters: jsonb().$type<TCharterParameters>().notNull(),
    chairRotation: jsonb().$type<TChairRotationRule>().notNull(),
    effectiveOn: date({ mode: 'string' }).notNull(),
    adoptedByItemId: uuid(),
    note: text(),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('charter_versions_body_version_key').on(t.bodyId, t.versionNo)],
);
