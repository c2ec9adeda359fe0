import type { Bilingual, TShortageThresholds } from '@chanjiao/contracts';
import { boolean, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bodies } from '../../bodies/bodies.table.js';

/** A body's 紧缺人才目录 for three years, built by the rule with `thresholds`: draft → published → withdrawn. */
export const talentShortageCatalogues = pgTable(
  'talent_shortage_catalogues',
  {
    id: uuid().primaryKey().defaultRandom(),
    bodyId: uuid()
      .notNull()
      .references(() => bodies.id),
    title: text().notNull(),
    startYear: smallint().notNull(),
    status: text().notNull().default('draft'),
    thresholds: jsonb().$type<TShortageThresholds>().notNull(),
    publishedAt: timestamp({ withTimezone: true, mode: 'date' }),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('talent_shortage_catalogues_body_idx').on(t.bodyId, t.createdAt)],
);

export interface ShortageEvidenceDemand {
  demandId: string;
  orgName: string;
  position: string;
  counted: number;
}

/**
 * A major in the catalogue with the figures it entered on, frozen when the rule ran, so a published catalogue
 * keeps showing the evidence it was published with. A removed entry stays, with the secretariat's reason.
 */
export const talentShortageEntries = pgTable(
  'talent_shortage_entries',
  {
    id: uuid().primaryKey().defaultRandom(),
    catalogueId: uuid()
      .notNull()
      .references(() => talentShortageCatalogues.id),
    majorCode: text().notNull(),
    majorName: text().notNull(),
    level: text().notNull(),
    className: text().notNull(),
    categoryName: text().notNull(),
    demand: integer().notNull(),
    supply: integer().notNull(),
    gap: integer().notNull(),
    enterprises: integer().notNull(),
    /** rule | secretariat */
    origin: text().notNull(),
    reason: text(),
    explanation: jsonb().$type<Bilingual[]>().notNull(),
    demands: jsonb().$type<ShortageEvidenceDemand[]>().notNull(),
    removedReason: text(),
    removedAt: timestamp({ withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('talent_shortage_entries_key').on(t.catalogueId, t.majorCode)],
);

/** Every status a catalogue took, who set it and why (docs/sources.md §9 T1: each list keeps its status history). */
export const talentShortageStatusChanges = pgTable(
  'talent_shortage_status_changes',
  {
    id: uuid().primaryKey().defaultRandom(),
    catalogueId: uuid()
      .notNull()
      .references(() => talentShortageCatalogues.id),
    fromStatus: text(),
    toStatus: text().notNull(),
    reason: text(),
    actorName: text(),
    at: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('talent_shortage_status_changes_catalogue_idx').on(t.catalogueId, t.at)],
);
