import { boolean, index, integer, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../../organizations/organizations.table.js';

/**
 * An indicator system (附件1 建设指标) of one authority. Versions of the same name count up; a version is
 * frozen (frozenAt) when a call that uses it opens, and is never edited afterwards.
 */
export const indicatorSystems = pgTable(
  'selection_indicator_systems',
  {
    id: uuid().primaryKey().defaultRandom(),
    authorityOrgId: uuid()
      .notNull()
      .references(() => organizations.id),
    name: text().notNull(),
    versionNo: integer().notNull(),
    /** The version this one was copied from. */
    basedOnId: uuid(),
    note: text(),
    frozenAt: timestamp({ withTimezone: true, mode: 'date' }),
    isGenerated: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('selection_indicator_systems_version_key').on(t.authorityOrgId, t.name, t.versionNo)],
);

/** An observation point (观测点) with the maximum score and weight the authority gave it. */
export const indicatorPoints = pgTable(
  'selection_indicator_points',
  {
    id: uuid().primaryKey().defaultRandom(),
    systemId: uuid()
      .notNull()
      .references(() => indicatorSystems.id),
    indicatorCode: text().notNull(),
    indicatorName: text().notNull(),
    code: text().notNull(),
    text: text().notNull(),
    /** 'score', or 'deduction' for 7.其他. */
    kind: text().notNull(),
    maxScore: numeric({ precision: 8, scale: 2, mode: 'number' }),
    weight: numeric({ precision: 8, scale: 2, mode: 'number' }),
    position: integer().notNull(),
  },
  (t) => [
    uniqueIndex('selection_indicator_points_code_key').on(t.systemId, t.code),
    index('selection_indicator_points_system_idx').on(t.systemId),
  ],
);
